"""A row of eleven buttons, 0 to 10: an intensity in one tap, or none at all.

Signals:
    value_changed(value): the tapped number, or -1 when cleared.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from healer.domain.activation import MAX_INTENSITY, MIN_INTENSITY


class IntensityTaps(QWidget):
    """Pick how strong the feeling is; tapping the chosen number again clears it."""

    value_changed = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.setAccessibleName(name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: list[QToolButton] = []
        for number in range(MIN_INTENSITY, MAX_INTENSITY + 1):
            button = QToolButton(self)
            button.setText(str(number))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("10") + 16)
            button.setAccessibleName(
                self.tr("%1: %2 of 10").replace("%1", name).replace("%2", str(number))
            )
            self._group.addButton(button, number)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self._group.idClicked.connect(self._on_group_id_clicked)
        # The chosen number must stand out clearly in light, dark and high-contrast
        # palettes alike; the sheet only refers to palette roles.
        self.setStyleSheet(
            "QToolButton { padding: 3px 6px; border: 1px solid palette(mid);"
            " border-radius: 6px; background: palette(base); color: palette(text); }"
            "QToolButton:hover { border-color: palette(highlight); }"
            "QToolButton:focus { border: 2px solid palette(highlight); }"
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight);"
            " font-weight: bold; }"
        )

    def value(self) -> int | None:
        """The chosen intensity, or None when nothing was tapped."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show a value (None clears)."""
        self._value = value
        for number, button in enumerate(self.buttons):
            button.setChecked(number == value)
        self.value_changed.emit(-1 if value is None else value)

    @Slot(int)
    def _on_group_id_clicked(self, number: int) -> None:
        self.set_value(None if number == self._value else number)
