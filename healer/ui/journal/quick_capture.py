"""Quick capture: a few words and an intensity, saved with Enter as an episode starting now.

Signals:
    saved(activation_id): an episode was logged.
    full_entry_requested(text, intensity): the person wants the whole form, carrying this over
        (intensity None when not rated).
    problem(message): saving was refused; the message is calm and safe to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.draft import QUICK_CAPTURE_SLOT
from healer.domain.errors import HealerError
from healer.services.session import Session
from healer.ui.journal.intensity_slider import IntensitySlider, rating_words


class QuickCaptureWidget(QWidget):
    """One line to log an activation the moment it happens; the rest can follow later."""

    saved = Signal(int)
    full_entry_requested = Signal(str, object)
    problem = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session

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

        self.log_button = QPushButton(self.tr("&Log it"), self)
        self.log_button.setAccessibleName(self.tr("Log this activation now"))
        self.full_button = QPushButton(self.tr("Full entr&y…"), self)
        self.full_button.setAccessibleName(self.tr("Open the full entry form"))

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(4)
        layout.addWidget(trigger_label, 0, 0)
        layout.addWidget(intensity_label, 0, 1, 1, 2)
        layout.addWidget(self.trigger_edit, 1, 0)
        layout.addWidget(self.intensity_slider, 1, 1)
        layout.addWidget(self.intensity_value, 1, 2)
        layout.addWidget(self.log_button, 1, 3)
        layout.addWidget(self.full_button, 1, 4)
        layout.setColumnStretch(0, 1)

        self.trigger_edit.returnPressed.connect(self._on_trigger_edit_return_pressed)
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.full_button.clicked.connect(self._on_full_button_clicked)
        self.intensity_slider.rating_changed.connect(self._on_intensity_slider_rating_changed)
        self._on_intensity_slider_rating_changed(None)
        self._restore_draft()

    def save(self) -> int | None:
        """Log what is typed as an open episode starting now; returns the new id."""
        text = self.trigger_edit.text()
        if not text.strip():
            self.problem.emit(self.tr("Type a few words about what happened first."))
            self.trigger_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        content = ActivationInput(
            trigger=text, intensity=self.intensity_slider.rating(), started_at=utc_now()
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
        """Empty the line and put the slider back to rest, not rated."""
        self.trigger_edit.clear()
        self.intensity_slider.set_rating(None)

    def save_draft(self) -> None:
        """Keep a half-typed line in the vault (before a lock); an empty line keeps nothing."""
        fields = {"trigger": self.trigger_edit.text()}
        rating = self.intensity_slider.rating()
        if fields["trigger"].strip() and rating is not None:
            fields["intensity"] = str(rating)
        self._session.journal.save_draft(QUICK_CAPTURE_SLOT, fields)

    def _restore_draft(self) -> None:
        draft = self._session.journal.draft(QUICK_CAPTURE_SLOT)
        if draft is None:
            return
        self.trigger_edit.setText(draft.fields.get("trigger", ""))
        intensity = draft.fields.get("intensity", "")
        if intensity.isdigit():
            self.intensity_slider.set_rating(int(intensity))

    @Slot()
    def _on_trigger_edit_return_pressed(self) -> None:
        self.save()

    @Slot()
    def _on_log_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_full_button_clicked(self) -> None:
        self.full_entry_requested.emit(self.trigger_edit.text(), self.intensity_slider.rating())

    @Slot(object)
    def _on_intensity_slider_rating_changed(self, rating: int | None) -> None:
        rating_words(self.intensity_value, rating)
