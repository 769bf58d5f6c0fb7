"""The full entry form: six prompts, times, intensity, category and person, kept as a draft.

Signals:
    saved(activation_id): the entry was written to the vault and the form closed.
    draft_kept(): what was typed was kept as a draft (autosave, close or lock).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from healer.domain.activation import (
    TEXT_FIELDS,
    Activation,
    ActivationInput,
)
from healer.domain.clock import utc_now
from healer.domain.draft import NEW_ENTRY_SLOT, edit_slot
from healer.domain.errors import HealerError, ValidationError
from healer.domain.urge import UrgeRecord
from healer.services.session import Session
from healer.ui.common.autosave import Autosave
from healer.ui.common.fit import fit_to_screen
from healer.ui.common.formatting import format_time, format_when, to_local_qdatetime
from healer.ui.journal.entry_choices import EntryChoices
from healer.ui.journal.intensity_slider import rating_words

AUTOSAVE_MS = 2500
# Roomy where the screen allows; fit_to_screen shrinks it on a small laptop.
PREFERRED_SIZE = QSize(880, 600)


class EntryDialog(EntryChoices):
    """Write or complete one episode; nothing typed is lost to a lock, a crash or a mistake."""

    saved = Signal(int)
    draft_kept = Signal()

    def __init__(
        self,
        session: Session,
        activation: Activation | None = None,
        parent: QWidget | None = None,
        *,
        initial_trigger: str = "",
        initial_intensity: int | None = None,
        initial_category: str = "",
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._plans = {}
        self._activation = activation
        self._slot = edit_slot(activation.id) if activation is not None else NEW_ENTRY_SLOT
        self._autosave = Autosave(self.save_draft_now, AUTOSAVE_MS, self)
        self.setWindowTitle(self.tr("Edit entry") if activation else self.tr("New entry"))
        self.setModal(False)

        self.prompt_edits: dict[str, QPlainTextEdit] = {}
        self._errors: dict[str, QLabel] = {}
        self._build()
        self._connect()
        self.reload_categories()
        self._fill_from(activation, initial_trigger, initial_intensity, initial_category)
        self._offer_draft()
        self._autosave.loading = False
        self.prompt_edits["trigger"].setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self, PREFERRED_SIZE)

    def _connect(self) -> None:
        self.start_fresh_button.clicked.connect(self._on_start_fresh_button_clicked)
        self.dialogue_links.linkActivated.connect(self._on_dialogue_links_link_activated)
        for edit in self.prompt_edits.values():
            edit.textChanged.connect(self._on_field_changed)
        self.started_edit.dateTimeChanged.connect(self._on_field_changed)
        self.settled_check.toggled.connect(self._on_settled_check_toggled)
        self.settled_edit.dateTimeChanged.connect(self._on_field_changed)
        self.look_again_button.clicked.connect(self._on_look_again_button_clicked)
        self.intensity_slider.rating_changed.connect(self._on_intensity_slider_rating_changed)
        self.category_combo.currentIndexChanged.connect(self._on_category_combo_index_changed)
        self.plan_line.plan_requested.connect(self._on_plan_line_plan_requested)
        self._session.changes.data_changed.connect(self._on_session_data_changed)
        self.new_category_button.clicked.connect(self._on_new_category_button_clicked)
        self.new_category_edit.returnPressed.connect(self._on_new_category_edit_return_pressed)
        self.person_edit.textChanged.connect(self._on_field_changed)
        self.urge_field.changed.connect(self._on_field_changed)
        self.save_shortcut.activated.connect(self._on_save_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    # -- filling -----------------------------------------------------------

    def _fill_from(
        self, activation: Activation | None, trigger: str, intensity: int | None, category: str = ""
    ) -> None:
        if activation is not None:
            content = activation.content
            fields = {name: getattr(content, name) for name in TEXT_FIELDS}
            self._set_fields(
                {
                    **fields,
                    "intensity": "" if content.intensity is None else str(content.intensity),
                    "started_at": _iso(content.started_at),
                    "settled_at": _iso(content.settled_at) if content.settled_at else "",
                    "category": content.category or "",
                    "person": content.person,
                    **self._stored_urge_fields(content.urge_outcome),
                }
            )
            return
        now = _iso(utc_now())
        self._set_fields(
            {
                "trigger": trigger,
                "intensity": "" if intensity is None else str(intensity),
                "started_at": now,
                "settled_at": "",
                "category": category,
            }
        )
        self._autosave.dirty = bool(trigger.strip())

    def _set_fields(self, fields: Mapping[str, str]) -> None:
        for name, edit in self.prompt_edits.items():
            edit.setPlainText(fields.get(name, ""))
        intensity = fields.get("intensity", "")
        self.intensity_slider.set_rating(int(intensity) if intensity.isdigit() else None)
        started = _parse_iso(fields.get("started_at", ""))
        self.started_edit.setDateTime(started if started.isValid() else QDateTime.currentDateTime())
        settled = _parse_iso(fields.get("settled_at", ""))
        self.settled_check.setChecked(settled.isValid())
        self.settled_edit.setDateTime(settled if settled.isValid() else QDateTime.currentDateTime())
        self.settled_edit.setEnabled(settled.isValid())
        self._offer_looking_again(settled.isValid())
        self.reload_categories(select=fields.get("category", ""))
        self.person_edit.setText(fields.get("person", ""))
        self.urge_field.set_draft_fields(dict(fields))

    def fields(self) -> dict[str, str]:
        """Everything the form holds, as text (the shape a draft is kept in)."""
        values = {name: edit.toPlainText() for name, edit in self.prompt_edits.items()}
        rating = self.intensity_slider.rating()
        values["intensity"] = "" if rating is None else str(rating)
        values["started_at"] = self.started_edit.dateTime().toString(Qt.DateFormat.ISODate)
        values["settled_at"] = (
            self.settled_edit.dateTime().toString(Qt.DateFormat.ISODate)
            if self.settled_check.isChecked()
            else ""
        )
        values["category"] = str(self.category_combo.currentData() or "")
        values["person"] = self.person_edit.text()
        values.update(self.urge_field.draft_fields())
        return values

    def _offer_draft(self) -> None:
        draft = self._session.journal.draft(self._slot)
        if draft is None or draft.is_empty:
            return
        self._set_fields(draft.fields)
        when = format_time(draft.updated_at, self.locale())
        self.draft_notice_label.setText(
            self.tr(
                "You were in the middle of this entry (kept at %1). It is filled in below."
            ).replace("%1", when)
        )
        self.draft_notice.show()

    # -- saving ------------------------------------------------------------

    @property
    def slot(self) -> str:
        """The draft slot this form keeps its text in."""
        return self._slot

    def save_draft_now(self) -> None:
        """Write what the form holds into the vault, if anything changed since the last time."""
        self._autosave.stop()
        if not self._autosave.dirty or not self._session.is_open:
            return
        try:
            self._session.journal.save_draft(self._slot, self.fields())
        except HealerError:
            self.draft_status.setText(self.tr("The draft could not be kept just now."))
            return
        self._autosave.dirty = False
        self.draft_status.setText(
            self.tr("Draft kept at %1").replace("%1", format_time(utc_now(), self.locale()))
        )
        self.draft_kept.emit()

    def save_entry(self) -> int | None:
        """Validate and save; on a problem, show it beside the field and keep everything."""
        for label in self._errors.values():
            label.hide()
        content = self._content()
        try:
            if self._activation is None:
                activation = self._session.journal.log(content, discard_draft=self._slot)
            else:
                activation = self._session.journal.update(
                    self._activation.id, content, discard_draft=self._slot
                )
        except ValidationError as error:
            self._show_problem(error)
            self.save_draft_now()
            return None
        except HealerError as error:
            self.save_draft_now()
            # Say why (a full disk, a busy vault); HealerError messages never quote text.
            self.draft_status.setText(
                self.tr("This could not be saved yet; your words are still here. %1").replace(
                    "%1", str(error)
                )
            )
            return None
        self._autosave.dirty = False
        self.saved.emit(activation.id)
        self.accept()
        return activation.id

    def _stored_urge_fields(self, urge: UrgeRecord | None) -> dict[str, str]:
        self.urge_field.set_value(urge)
        return self.urge_field.draft_fields()

    def _content(self) -> ActivationInput:
        texts = {name: edit.toPlainText() for name, edit in self.prompt_edits.items()}
        category = str(self.category_combo.currentData() or "") or None
        settled = _utc(self.settled_edit.dateTime()) if self.settled_check.isChecked() else None
        return ActivationInput(
            trigger=texts["trigger"],
            body=texts["body"],
            story=texts["story"],
            urge=texts["urge"],
            did=texts["did"],
            after=texts["after"],
            # Kept as typed even when the episode is open again (hidden, not thrown away).
            looking_again=texts["looking_again"],
            intensity=self.intensity_slider.rating(),
            started_at=_utc(self.started_edit.dateTime()),
            settled_at=settled,
            category=category,
            person=self.person_edit.text(),
            urge_outcome=self.urge_field.value(),
        )

    def _show_problem(self, error: ValidationError) -> None:
        messages = {
            "trigger": self.tr("A few words about what happened are enough to save this."),
            "settled_at": self.tr(
                "The settled time is before the start. Please look at the two times again."
            ),
            "person": self.tr("This name is a little long; please shorten it."),
        }
        field = error.field if error.field in self._errors else "trigger"
        text = messages.get(error.field)
        if text is None:
            text = self.tr("Please look at this once more: %1").replace("%1", error.problem)
        label = self._errors[field]
        label.setText(text)
        label.show()
        focus: QWidget | None = self.prompt_edits.get(field)
        if focus is None and field == "settled_at":
            focus = self.settled_edit
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window keeps the draft: nothing typed is thrown away by accident."""
        self.save_draft_now()
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape keeps the draft too."""
        self.save_draft_now()
        super().reject()

    # -- slots -------------------------------------------------------------

    @Slot(bool)
    def _on_settled_check_toggled(self, checked: bool) -> None:
        self.settled_edit.setEnabled(checked)
        self._offer_looking_again(checked)
        if checked and not self._autosave.loading:
            self.settled_edit.setDateTime(QDateTime.currentDateTime())
        self._on_field_changed()

    @Slot(object)
    def _on_intensity_slider_rating_changed(self, rating: int | None) -> None:
        rating_words(self.intensity_value, rating)
        self._on_field_changed()

    @Slot()
    def _on_start_fresh_button_clicked(self) -> None:
        self._session.journal.discard_draft(self._slot)
        self._autosave.loading = True
        self._fill_from(self._activation, "", None)
        self._autosave.loading = False
        self._autosave.dirty = False
        self.draft_notice.hide()
        self.prompt_edits["trigger"].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _on_dialogue_links_link_activated(self, href: str) -> None:
        from healer.ui.common.dialogue_reader import DialogueReaderDialog  # noqa: PLC0415 (on demand)

        if self._activation is None or not href.isdigit():
            return
        when = format_when(self._activation.content.started_at, self.locale())
        dialog = DialogueReaderDialog(self._session.parts.dialogue(int(href)), when, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    @Slot()
    def _on_discard_button_clicked(self) -> None:
        self._autosave.stop()
        self._session.journal.discard_draft(self._slot)
        self._autosave.dirty = False
        super().reject()

    @Slot()
    def _on_keep_button_clicked(self) -> None:
        self.save_draft_now()
        self.accept()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save_entry()


def _iso(moment: datetime) -> str:
    return to_local_qdatetime(moment).toString(Qt.DateFormat.ISODate)


def _parse_iso(text: str) -> QDateTime:
    """A kept ISO time back as local time (invalid when empty or unreadable)."""
    parsed = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    return parsed.toLocalTime() if parsed.isValid() else parsed


def _utc(moment: QDateTime) -> datetime:
    """What a time field shows (local time) as an aware UTC instant, whole seconds."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)
