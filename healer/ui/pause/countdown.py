"""A calm ring that empties as the pause passes, with the time left in its middle."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

RING_WIDTH = 10


def format_clock(seconds: float) -> str:
    """Whole minutes and seconds, rounded up so the last second shows 0:01, not 0:00."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownRing(QWidget):
    """Paints the share of the pause still to come; colours come from the palette only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0.0
        self._planned = 1.0
        self._paused = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 180)
        self.setAccessibleName(self.tr("Time left in the pause"))

    def sizeHint(self) -> QSize:
        """Room for the ring and its numbers."""
        return QSize(240, 240)

    def set_time(self, remaining: float, planned: float, *, paused: bool) -> None:
        """Show how much of the pause is left."""
        self._remaining = max(0.0, remaining)
        self._planned = max(1.0, planned)
        self._paused = paused
        text = format_clock(self._remaining)
        self.setAccessibleDescription(
            self.tr("%1 left, paused").replace("%1", text)
            if paused
            else self.tr("%1 left").replace("%1", text)
        )
        self.update()

    @property
    def text(self) -> str:
        """What the middle of the ring says."""
        return format_clock(self._remaining)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The faint full track, the remaining arc over it, the numbers in the middle."""
        del event
        palette = self.palette()
        side = min(self.width(), self.height()) - RING_WIDTH * 2
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side).adjusted(
            1, 1, -1, -1
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlphaF(0.35)
        painter.setPen(QPen(track, RING_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawEllipse(rect)
        arc = QColor(palette.color(QPalette.ColorRole.Highlight))
        if self._paused:
            arc.setAlphaF(0.45)
        painter.setPen(QPen(arc, RING_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        span = int(-360 * 16 * self._remaining / self._planned)
        if span:
            painter.drawArc(rect, 90 * 16, span)
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 2.6)
        font.setWeight(font.Weight.Light)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
        if self._paused:
            small = painter.font()
            small.setPointSizeF(small.pointSizeF() / 2.6)
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            below = rect.adjusted(0, rect.height() * 0.32, 0, 0)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, self.tr("paused"))
        painter.end()
