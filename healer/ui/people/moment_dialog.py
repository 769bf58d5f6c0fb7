"""The full moment form: when, who, what I shared, how I said it, how it went, links.

What is typed is kept as a draft in the vault a moment after each change (like entry
drafts), so closing the form or a lock loses nothing; saving removes the draft.

Signals:
    saved(moment_id): the moment was written to the vault.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from healer.domain.activation import ActivationQuery
from healer.domain.errors import HealerError, ValidationError
from healer.domain.moments import (
    MOMENT_DRAFT_SLOT,
    RESPONSES,
    Delivery,
    Moment,
    MomentInput,
    Response,
)
from healer.services.session import Session
from healer.ui.common.autosave import Autosave
from healer.ui.common.fit import fit_to_screen
from healer.ui.common.form_pieces import button_row
from healer.ui.common.formatting import format_when, to_local_qdatetime
from healer.ui.people.form_values import (
    NOT_SAID,
    data_text,
    enum_or_none,
    int_or_none,
    spin_text,
    spin_value,
)
from healer.ui.people.texts import delivery_name, myself, response_name

AUTOSAVE_MS = 800
_RECENT_LINKS = 20
_PREVIEW = 40


def _utc(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


class MomentDialog(QDialog):
    """Write a new moment, or change one; the who may be preset from the quick log."""

    saved = Signal(int)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        moment: Moment | None = None,
        person_id: int | None = None,
        response: Response | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._moment_id = moment.id if moment is not None else None
        self.setWindowTitle(self.tr("Change a moment") if moment else self.tr("Log a moment"))
        self._autosave = Autosave(self.save_draft, AUTOSAVE_MS, self)
        self._build()
        self._fill_choices(moment)
        if moment is not None:
            self._show(moment.content)
        else:
            self.when_edit.setDateTime(QDateTime.currentDateTime())
            self._select(self.who_combo, person_id)
            self._select(self.response_combo, response)
        self.restored_draft = self._restore_draft()
        self._autosave.loading = False
        fit_to_screen(self, QSize(600, 520))

    # -- building ----------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        lead = QLabel(
            self.tr(
                "One time you reached out from activation or vulnerability, or met your "
                "own need. Only how it went is needed; the rest helps you see it later."
            ),
            self,
        )
        lead.setWordWrap(True)
        lead.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(lead)
        form = QFormLayout()
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName(self.tr("When it happened"))
        self.who_combo = QComboBox(self)
        self.who_combo.setAccessibleName(self.tr("Who met you"))
        self.shared_edit = QPlainTextEdit(self)
        self.shared_edit.setAccessibleName(self.tr("What I shared"))
        self.shared_edit.setPlaceholderText(self.tr("In your own words (optional)"))
        self.shared_edit.setTabChangesFocus(True)
        self.shared_edit.setFixedHeight(self.shared_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.delivery_combo = QComboBox(self)
        self.delivery_combo.setAccessibleName(self.tr("How I said it"))
        self.delivery_combo.addItem(self.tr("Not said"), None)
        for delivery in Delivery:
            self.delivery_combo.addItem(delivery_name(delivery), delivery)
        self.response_combo = QComboBox(self)
        self.response_combo.setAccessibleName(self.tr("How they responded"))
        self.response_combo.setPlaceholderText(self.tr("Choose…"))
        for response in RESPONSES:
            self.response_combo.addItem(response_name(response), response)
        self.response_combo.setCurrentIndex(-1)
        self.before_spin = self._feeling(self.tr("How I felt before, 0 to 10"))
        self.after_spin = self._feeling(self.tr("How I felt after, 0 to 10"))
        self.activation_combo = QComboBox(self)
        self.activation_combo.setAccessibleName(self.tr("The activation it came from"))
        self.pause_combo = QComboBox(self)
        self.pause_combo.setAccessibleName(self.tr("The 20-minute pause before it"))
        for label, field in (
            (self.tr("&When"), self.when_edit),
            (self.tr("&Who"), self.who_combo),
            (self.tr("What I &shared"), self.shared_edit),
            (self.tr("How I &said it"), self.delivery_combo),
            (self.tr("How they &responded"), self.response_combo),
            (self.tr("Felt &before"), self.before_spin),
            (self.tr("Felt &after"), self.after_spin),
            (self.tr("Ac&tivation"), self.activation_combo),
            (self.tr("&Pause before"), self.pause_combo),
        ):
            buddy = QLabel(label, self)
            buddy.setBuddy(field)
            form.addRow(buddy, field)
        layout.addLayout(form)
        self._build_buttons(layout)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What needs another look"))
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the form and its draft"))
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close; what you wrote is kept as a draft"))
        self.close_button.clicked.connect(self.close)
        self.save_button = QPushButton(self.tr("Sa&ve moment"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout.addLayout(button_row(self.clear_button, self.close_button, self.save_button))
        for signal in (
            self.when_edit.dateTimeChanged,
            self.who_combo.currentIndexChanged,
            self.shared_edit.textChanged,
            self.delivery_combo.currentIndexChanged,
            self.response_combo.currentIndexChanged,
            self.before_spin.valueChanged,
            self.after_spin.valueChanged,
            self.activation_combo.currentIndexChanged,
            self.pause_combo.currentIndexChanged,
        ):
            signal.connect(self._on_field_changed)

    def _feeling(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(NOT_SAID, 10)
        spin.setSpecialValueText(self.tr("Not said"))
        spin.setValue(NOT_SAID)
        spin.setAccessibleName(name)
        return spin

    def _fill_choices(self, moment: Moment | None) -> None:
        """Who (Myself first, then current people), recent activations and pauses."""
        keep_person = moment.content.person_id if moment is not None else None
        self.who_combo.addItem(myself(), None)
        for person in self._session.people.people():
            if not person.content.archived or person.id == keep_person:
                self.who_combo.addItem(person.name, person.id)
        locale = QLocale()
        self.activation_combo.addItem(self.tr("None"), None)
        recent = self._session.journal.find(ActivationQuery(limit=_RECENT_LINKS))
        keep_activation = moment.content.activation_id if moment is not None else None
        if keep_activation is not None and all(a.id != keep_activation for a in recent):
            recent.append(self._session.journal.get(keep_activation))
        for activation in recent:
            trigger = " ".join(activation.content.trigger.split())
            if len(trigger) > _PREVIEW:
                trigger = trigger[: _PREVIEW - 1] + "…"
            when = format_when(activation.content.started_at, locale)
            self.activation_combo.addItem(f"{when} · {trigger}", activation.id)
        self.pause_combo.addItem(self.tr("None"), None)
        for run in self._session.pause.runs(_RECENT_LINKS):
            self.pause_combo.addItem(format_when(run.record.started_at, locale), run.id)

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _show(self, content: MomentInput) -> None:
        self.when_edit.setDateTime(to_local_qdatetime(content.happened_at))
        self._select(self.who_combo, content.person_id)
        self.shared_edit.setPlainText(content.shared)
        self._select(self.delivery_combo, content.delivery)
        self._select(self.response_combo, content.response)
        self.before_spin.setValue(
            NOT_SAID if content.feeling_before is None else content.feeling_before
        )
        self.after_spin.setValue(
            NOT_SAID if content.feeling_after is None else content.feeling_after
        )
        self._select(self.activation_combo, content.activation_id)
        self._select(self.pause_combo, content.pause_id)

    def start_from_pause(self, pause_id: int) -> None:
        """Begin from a finished pause: its need in its words, said as a need, linked."""
        runs = {run.id: run for run in self._session.pause.runs(_RECENT_LINKS)}
        run = runs.get(pause_id)
        if run is None:
            return
        self._select(self.pause_combo, pause_id)
        self._select(self.delivery_combo, Delivery.NEED)
        self._select(self.activation_combo, run.record.activation_id)
        self.shared_edit.setPlainText(run.record.need_draft)

    # -- drafts ------------------------------------------------------------

    def _fields(self) -> dict[str, str]:
        response = self.response_combo.currentData()
        delivery = self.delivery_combo.currentData()
        who = self.who_combo.currentData()
        return {
            "moment_id": "" if self._moment_id is None else str(self._moment_id),
            "happened_at": self.when_edit.dateTime().toString(Qt.DateFormat.ISODate),
            "who": "" if who is None else str(who),
            "shared": self.shared_edit.toPlainText(),
            "delivery": "" if delivery is None else delivery.value,
            "response": "" if response is None else response.value,
            "feeling_before": spin_text(self.before_spin),
            "feeling_after": spin_text(self.after_spin),
            "activation_id": data_text(self.activation_combo),
            "pause_id": data_text(self.pause_combo),
        }

    def save_draft(self) -> None:
        """Keep what the form holds, if the person changed anything (quietly)."""
        self._autosave.stop()
        if not self._autosave.dirty:
            return
        try:
            self._session.people.save_draft(MOMENT_DRAFT_SLOT, self._fields())
        except HealerError:
            return  # the words stay in the form; saving the moment will say what is wrong
        self._autosave.dirty = False

    def _restore_draft(self) -> bool:
        """Bring back a draft of this same form (new, or this moment); True when one was."""
        try:
            draft = self._session.people.draft(MOMENT_DRAFT_SLOT)
        except HealerError:
            return False
        if draft is None:
            return False
        fields = draft.fields
        if fields.get("moment_id", "") != ("" if self._moment_id is None else str(self._moment_id)):
            return False
        when = QDateTime.fromString(fields.get("happened_at", ""), Qt.DateFormat.ISODate)
        if when.isValid():
            self.when_edit.setDateTime(when)
        self._select(self.who_combo, int_or_none(fields.get("who", "")))
        self.shared_edit.setPlainText(fields.get("shared", ""))
        self._select(self.delivery_combo, enum_or_none(Delivery, fields.get("delivery", "")))
        self._select(self.response_combo, enum_or_none(Response, fields.get("response", "")))
        for spin, key in ((self.before_spin, "feeling_before"), (self.after_spin, "feeling_after")):
            value = int_or_none(fields.get(key, ""))
            spin.setValue(NOT_SAID if value is None else value)
        self._select(self.activation_combo, int_or_none(fields.get("activation_id", "")))
        self._select(self.pause_combo, int_or_none(fields.get("pause_id", "")))
        self.problem.setText(self.tr("This is what you were writing; it was kept as a draft."))
        return True

    # -- saving ------------------------------------------------------------

    def content(self) -> MomentInput | None:
        """What the form says, or None (with the problem shown) when no response is chosen."""
        response = self.response_combo.currentData()
        if not isinstance(response, Response):
            self.problem.setText(self.tr("Please choose how they responded."))
            self.response_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return MomentInput(
            happened_at=_utc(self.when_edit.dateTime()),
            response=response,
            person_id=self.who_combo.currentData(),
            shared=self.shared_edit.toPlainText(),
            delivery=self.delivery_combo.currentData(),
            feeling_before=spin_value(self.before_spin),
            feeling_after=spin_value(self.after_spin),
            activation_id=self.activation_combo.currentData(),
            pause_id=self.pause_combo.currentData(),
        )

    def save_moment(self) -> bool:
        """Write the moment; a problem is shown in the form and nothing typed is lost."""
        content = self.content()
        if content is None:
            return False
        people = self._session.people
        try:
            if self._moment_id is None:
                moment = people.log_moment(content, discard_draft=MOMENT_DRAFT_SLOT)
            else:
                moment = people.update_moment(
                    self._moment_id, content, discard_draft=MOMENT_DRAFT_SLOT
                )
        except ValidationError as error:
            self.problem.setText(
                self.tr("Please look at this once more: %1").replace("%1", error.problem)
            )
            return False
        except HealerError:
            self.problem.setText(
                self.tr("The moment could not be saved just now; what you wrote is still here.")
            )
            return False
        self._autosave.stop()
        self._autosave.dirty = False
        self.saved.emit(moment.id)
        self.accept()
        return True

    # -- events ------------------------------------------------------------

    @Slot()
    def _on_field_changed(self) -> None:
        self._autosave.changed()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save_moment()

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        self._autosave.loading = True
        self.shared_edit.clear()
        self.delivery_combo.setCurrentIndex(0)
        self.response_combo.setCurrentIndex(-1)
        self.before_spin.setValue(NOT_SAID)
        self.after_spin.setValue(NOT_SAID)
        self.activation_combo.setCurrentIndex(0)
        self.pause_combo.setCurrentIndex(0)
        self.problem.clear()
        self._autosave.loading = False
        self._autosave.stop()
        self._autosave.dirty = False
        try:
            self._session.people.discard_draft(MOMENT_DRAFT_SLOT)
        except HealerError:
            self.problem.setText(self.tr("The draft could not be removed just now."))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the words as a draft before the form goes."""
        self.save_draft()
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape closes too, keeping the draft."""
        self.save_draft()
        super().reject()
