"""The entry form's "what happened to the urge" row: at once, after a pause (how long), or not.

Signals:
    changed(): the person picked another answer or another pause length.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from healer.domain.urge import MAX_PAUSE_SECONDS, UrgeOutcome, UrgeRecord

_NOT_NOTED = ""


class UrgeField(QWidget):
    """A choice plus, for a pause, its length in minutes; nothing chosen means not noted."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setAccessibleName(self.tr("What happened to the urge"))
        for text, value in (
            (self.tr("Not noted"), _NOT_NOTED),
            (self.tr("Acted on at once"), UrgeOutcome.AT_ONCE.value),
            (self.tr("Acted on after a pause"), UrgeOutcome.AFTER_PAUSE.value),
            (self.tr("Not acted on"), UrgeOutcome.NOT_ACTED.value),
        ):
            self.outcome_combo.addItem(text, value)
        self.pause_spin = QSpinBox(self)
        self.pause_spin.setRange(0, MAX_PAUSE_SECONDS // 60)
        self.pause_spin.setValue(20)
        self.pause_spin.setAccessibleName(self.tr("How long the pause was, in minutes"))
        self.pause_label = QLabel(self.tr("after"), self)
        self.pause_label.setBuddy(self.pause_spin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outcome_combo, 1)
        layout.addWidget(self.pause_label)
        layout.addWidget(self.pause_spin)
        self.outcome_combo.currentIndexChanged.connect(self._on_outcome_combo_current_index_changed)
        self.pause_spin.valueChanged.connect(self._on_pause_spin_value_changed)
        self._show_unit()
        self._show_pause()

    def value(self) -> UrgeRecord | None:
        """The answer, or None when not noted."""
        data = str(self.outcome_combo.currentData() or _NOT_NOTED)
        if data == _NOT_NOTED:
            return None
        outcome = UrgeOutcome(data)
        if outcome is UrgeOutcome.AFTER_PAUSE:
            return UrgeRecord(outcome, self.pause_spin.value() * 60)
        return UrgeRecord(outcome)

    def set_value(self, urge: UrgeRecord | None) -> None:
        """Show a stored answer."""
        data = _NOT_NOTED if urge is None else urge.outcome.value
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(data)))
        if urge is not None and urge.pause_seconds is not None:
            self.pause_spin.setValue(round(urge.pause_seconds / 60))
        self._show_pause()

    def draft_fields(self) -> dict[str, str]:
        """The answer as draft text."""
        return {
            "urge_outcome": str(self.outcome_combo.currentData() or _NOT_NOTED),
            "urge_pause_minutes": str(self.pause_spin.value()),
        }

    def set_draft_fields(self, fields: dict[str, str]) -> None:
        """Show an answer kept in a draft (unknown text is taken as not noted)."""
        index = self.outcome_combo.findData(fields.get("urge_outcome", _NOT_NOTED))
        self.outcome_combo.setCurrentIndex(max(0, index))
        minutes = fields.get("urge_pause_minutes", "")
        if minutes.isdigit():
            self.pause_spin.setValue(int(minutes))
        self._show_pause()

    def _show_pause(self) -> None:
        is_pause = self.outcome_combo.currentData() == UrgeOutcome.AFTER_PAUSE.value
        self.pause_label.setVisible(is_pause)
        self.pause_spin.setVisible(is_pause)

    @Slot(int)
    def _on_outcome_combo_current_index_changed(self, index: int) -> None:
        del index
        self._show_pause()
        self.changed.emit()

    def _show_unit(self) -> None:
        # The words around the number follow its plural form (and may come before it).
        value = self.pause_spin.value()
        before, _, after = self.tr("%n min", "", value).partition(str(value))
        self.pause_spin.setPrefix(before)
        self.pause_spin.setSuffix(after)

    @Slot(int)
    def _on_pause_spin_value_changed(self, value: int) -> None:
        del value
        self._show_unit()
        self.changed.emit()
