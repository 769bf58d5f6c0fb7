"""An optional countdown for a practice card, driven by a monotonic clock.

Signals:
    finished(): the countdown reached zero.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

TICK_MS = 200


class PracticeTimer(QWidget):
    """Minutes to run for (0 = no timer), and what is left while it runs."""

    finished = Signal()

    def __init__(
        self,
        default_minutes: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._ends_at: float | None = None
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 60)
        self.minutes.setValue(default_minutes)
        self.minutes.setSpecialValueText(self.tr("No timer"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Timer length in minutes"))
        label = QLabel(self.tr("&Timer"), self)
        label.setBuddy(self.minutes)
        # Room for the last glyph: the mnemonic makes QLabel measure a hair short here.
        label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
        self.remaining = QLabel(self)
        self.remaining.setAccessibleName(self.tr("Time left"))
        self.remaining.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.minutes)
        layout.addSpacing(12)
        layout.addWidget(self.remaining, 1)
        self._tick = QTimer(self)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._on_tick_timeout)

    @property
    def is_running(self) -> bool:
        """True while counting down."""
        return self._ends_at is not None

    def start(self) -> None:
        """Begin counting down (nothing happens with "No timer")."""
        if self.minutes.value() == 0:
            self.remaining.clear()
            return
        self._ends_at = self._clock() + self.minutes.value() * 60
        self.minutes.setEnabled(False)
        self._tick.start(TICK_MS)
        self.refresh()

    def stop(self) -> None:
        """Stop and clear the countdown."""
        self._ends_at = None
        self._tick.stop()
        self.minutes.setEnabled(True)
        self.remaining.clear()

    def seconds_left(self) -> int | None:
        """Whole seconds left (rounded up), or None when not running."""
        if self._ends_at is None:
            return None
        return max(0, math.ceil(self._ends_at - self._clock() - 1e-9))

    def refresh(self) -> None:
        """Show what is left; finish at zero."""
        left = self.seconds_left()
        if left is None:
            return
        if left == 0:
            self.stop()
            self.remaining.setText(self.tr("Time's up. Take one more slow breath."))
            self.finished.emit()
            return
        self.remaining.setText(self.tr("%1 left").replace("%1", f"{left // 60}:{left % 60:02d}"))

    def hideEvent(self, event: QHideEvent) -> None:
        """Keep counting by the clock, but stop waking up while nobody sees it."""
        super().hideEvent(event)
        self._tick.stop()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the clock when shown again."""
        super().showEvent(event)
        if self._ends_at is not None:
            self._tick.start(TICK_MS)
            self.refresh()

    @Slot()
    def _on_tick_timeout(self) -> None:
        self.refresh()
