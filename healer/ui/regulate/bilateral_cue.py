"""A left/right alternating cue for butterfly tapping or walking in rhythm.

Like the pacer, the side is a pure function of elapsed monotonic time; the timer
only asks for repaints. The side is also named in words ("Left"/"Right").
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from healer.ui.common.painting import blend, with_alpha

FRAME_INTERVAL_MS = 33


def side_at(elapsed: float, tempo: int) -> tuple[int, float]:
    """Which side is lit (0 left, 1 right) and how far through its beat, at `tempo` per minute."""
    beat = 60.0 / tempo
    count, into = divmod(max(0.0, elapsed), beat)
    return int(count) % 2, into / beat


class BilateralCue(QWidget):
    """Two soft dots that take turns, at an adjustable tempo (beats per minute)."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tempo = 60
        self._started_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Left and right rhythm"))

    def sizeHint(self) -> QSize:
        """Wide and low."""
        return QSize(420, 120)

    @property
    def tempo(self) -> int:
        """Beats per minute."""
        return self._tempo

    def set_tempo(self, tempo: int) -> None:
        """Change the tempo; a running cue keeps its current side."""
        if self._started_at is not None:
            side, into = side_at(self._clock() - self._started_at, self._tempo)
            self._started_at = self._clock() - (side + into) * 60.0 / tempo
        self._tempo = tempo
        self.update()

    @property
    def is_running(self) -> bool:
        """True while the dots alternate."""
        return self._started_at is not None

    @property
    def is_animating(self) -> bool:
        """True while the repaint timer runs."""
        return self._timer.isActive()

    def start(self) -> None:
        """Begin on the left."""
        self._started_at = self._clock()
        if self.isVisible():
            self._timer.start(FRAME_INTERVAL_MS)
        self.update()

    def stop(self) -> None:
        """Stop alternating."""
        self._started_at = None
        self._timer.stop()
        self.update()

    def current_side(self) -> int | None:
        """0 (left) or 1 (right) while running, else None."""
        if self._started_at is None:
            return None
        return side_at(self._clock() - self._started_at, self._tempo)[0]

    def paintEvent(self, event: QPaintEvent) -> None:
        """Two dots; the lit one glows and is named below."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        accent = blend(palette.color(QPalette.ColorRole.Highlight), window, 0.55)
        side = self.current_side()
        text_height = self.fontMetrics().height() + 6
        radius = min(34.0, (self.height() - text_height) / 2 - 6)
        y = (self.height() - text_height) / 2
        names = (self.tr("Left"), self.tr("Right"))
        for index, x in enumerate((self.width() * 0.3, self.width() * 0.7)):
            lit = side == index
            painter.setPen(QPen(with_alpha(accent, 0.9), 1.6))
            painter.setBrush(with_alpha(accent, 0.9 if lit else 0.12))
            painter.drawEllipse(QPointF(x, y), radius, radius)
            painter.setPen(
                palette.color(
                    QPalette.ColorRole.WindowText if lit else QPalette.ColorRole.PlaceholderText
                )
            )
            painter.drawText(
                QRectF(x - 60, y + radius + 4, 120, text_height),
                Qt.AlignmentFlag.AlignCenter,
                names[index],
            )
        painter.end()

    def hideEvent(self, event: QHideEvent) -> None:
        """No repaints while hidden."""
        super().hideEvent(event)
        self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        """Pick the rhythm up again by the clock."""
        super().showEvent(event)
        if self._started_at is not None:
            self._timer.start(FRAME_INTERVAL_MS)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.update()
