"""Quick capture: a few words, an intensity and maybe a trigger, saved with Enter as begun now.

Choosing a kind of trigger shows the person's plan for it, right when it is needed.

Signals:
    saved(activation_id): an episode was logged.
    full_entry_requested(text, intensity, category): the person wants the whole form, carrying
        this over (intensity None when not rated, category "" for none).
    plan_requested(category): the person wants to write or change the plan for a trigger.
    problem(message): saving was refused; the message is calm and safe to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.draft import QUICK_CAPTURE_SLOT
from healer.domain.errors import HealerError
from healer.services.journal import shown_category
from healer.services.session import Session
from healer.ui.journal.intensity_slider import IntensitySlider, rating_words
from healer.ui.journal.plan_line import PlanLine

_NO_CATEGORY = ""


class QuickCaptureWidget(QWidget):
    """One line to log an activation the moment it happens; the rest can follow later."""

    saved = Signal(int)
    full_entry_requested = Signal(str, object, str)
    plan_requested = Signal(str)
    problem = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._plans: dict[str, str] = {}

        self.trigger_edit = QLineEdit(self)
        self.trigger_edit.setPlaceholderText(self.tr("A few words are enough, then press Enter"))
        self.trigger_edit.setAccessibleName(self.tr("What happened"))
        self.trigger_edit.setClearButtonEnabled(True)
        self.trigger_edit.setMaxLength(2000)
        trigger_label = QLabel(self.tr("&What happened?"), self)
        trigger_label.setBuddy(self.trigger_edit)

        self.intensity_slider = IntensitySlider(self)
        self.intensity_slider.setMinimumWidth(160)
        self.intensity_slider.setAccessibleName(self.tr("How strong, from 0 to 10"))
        intensity_label = QLabel(self.tr("How stro&ng?"), self)
        intensity_label.setBuddy(self.intensity_slider)
        self.intensity_value = QLabel(self)
        self.intensity_value.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.tr("not rated")) + 4
        )
        self.intensity_value.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.intensity_value.setAccessibleName(self.tr("Intensity"))

        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Kind of trigger (optional)"))
        self.category_combo.setMinimumContentsLength(14)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        category_label = QLabel(self.tr("&Kind of trigger"), self)
        category_label.setBuddy(self.category_combo)
        self.plan_line = PlanLine(self)

        self.log_button = QPushButton(self.tr("&Log it"), self)
        self.log_button.setAccessibleName(self.tr("Log this activation now"))
        self.full_button = QPushButton(self.tr("Full entr&y…"), self)
        self.full_button.setAccessibleName(self.tr("Open the full entry form"))

        self._lay_out(trigger_label, intensity_label, category_label)
        self.reload_categories()
        self.trigger_edit.returnPressed.connect(self._on_trigger_edit_return_pressed)
        self.category_combo.currentIndexChanged.connect(self._on_category_combo_index_changed)
        self.plan_line.plan_requested.connect(self.plan_requested)
        session.changes.data_changed.connect(self._on_session_data_changed)
        session.locked.connect(self._on_session_locked)
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.full_button.clicked.connect(self._on_full_button_clicked)
        self.intensity_slider.rating_changed.connect(self._on_intensity_slider_rating_changed)
        self._on_intensity_slider_rating_changed(None)
        self._restore_draft()

    def _lay_out(
        self, trigger_label: QLabel, intensity_label: QLabel, category_label: QLabel
    ) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(4)
        layout.addWidget(trigger_label, 0, 0)
        layout.addWidget(intensity_label, 0, 1, 1, 2)
        layout.addWidget(category_label, 0, 3)
        layout.addWidget(self.trigger_edit, 1, 0)
        layout.addWidget(self.intensity_slider, 1, 1)
        layout.addWidget(self.intensity_value, 1, 2)
        layout.addWidget(self.category_combo, 1, 3)
        layout.addWidget(self.log_button, 1, 4)
        layout.addWidget(self.full_button, 1, 5)
        layout.addWidget(self.plan_line, 2, 0, 1, 6)
        layout.setColumnStretch(0, 1)

    def save(self) -> int | None:
        """Log what is typed as an open episode starting now; returns the new id."""
        text = self.trigger_edit.text()
        if not text.strip():
            self.problem.emit(self.tr("Type a few words about what happened first."))
            self.trigger_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        content = ActivationInput(
            trigger=text,
            intensity=self.intensity_slider.rating(),
            started_at=utc_now(),
            category=self.category() or None,
        )
        try:
            activation = self._session.journal.log(content, discard_draft=QUICK_CAPTURE_SLOT)
        except HealerError as error:
            self.problem.emit(
                self.tr("This could not be saved yet; your words are still here. %1").replace(
                    "%1", str(error)
                )
            )
            return None
        self.reset()
        self.saved.emit(activation.id)
        return activation.id

    def reset(self) -> None:
        """Empty the line, put the slider back to rest (not rated) and choose no trigger."""
        self.trigger_edit.clear()
        self.intensity_slider.set_rating(None)
        self.category_combo.setCurrentIndex(0)

    def category(self) -> str:
        """The trigger category chosen ("" for none)."""
        return str(self.category_combo.currentData() or "")

    def reload_categories(self, select: str | None = None) -> None:
        """Refill the trigger list (plans included), keeping or choosing a selection."""
        current = select if select is not None else self.category()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("Not sure yet"), _NO_CATEGORY)
        self._plans = {}
        if self._session.is_open:
            for category in self._session.journal.categories():
                self.category_combo.addItem(shown_category(category.name), category.name)
                self._plans[category.name] = category.plan
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(current)))
        self.category_combo.blockSignals(False)
        self._show_plan()

    def _show_plan(self) -> None:
        name = self.category()
        self.plan_line.show_plan(name or None, self._plans.get(name, ""))

    def save_draft(self) -> None:
        """Keep a half-typed line in the vault (before a lock); an empty line keeps nothing."""
        fields = {"trigger": self.trigger_edit.text()}
        rating = self.intensity_slider.rating()
        if fields["trigger"].strip() and rating is not None:
            fields["intensity"] = str(rating)
        if fields["trigger"].strip() and self.category():
            fields["category"] = self.category()
        self._session.journal.save_draft(QUICK_CAPTURE_SLOT, fields)

    def _restore_draft(self) -> None:
        draft = self._session.journal.draft(QUICK_CAPTURE_SLOT)
        if draft is None:
            return
        self.trigger_edit.setText(draft.fields.get("trigger", ""))
        intensity = draft.fields.get("intensity", "")
        if intensity.isdigit():
            self.intensity_slider.set_rating(int(intensity))
        self.reload_categories(select=draft.fields.get("category", ""))

    @Slot()
    def _on_trigger_edit_return_pressed(self) -> None:
        self.save()

    @Slot()
    def _on_log_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_full_button_clicked(self) -> None:
        self.full_entry_requested.emit(
            self.trigger_edit.text(), self.intensity_slider.rating(), self.category()
        )

    @Slot(int)
    def _on_category_combo_index_changed(self, index: int) -> None:
        del index
        self._show_plan()

    @Slot()
    def _on_session_locked(self) -> None:
        # The person's trigger names and plans do not stay on screen or in memory.
        self.reload_categories(select="")

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & Change.CATEGORY and self._session.is_open:
            self.reload_categories()

    @Slot(object)
    def _on_intensity_slider_rating_changed(self, rating: int | None) -> None:
        rating_words(self.intensity_value, rating)
