"""Fourteen small marks, one per day of the first two weeks: filled where a day has entries."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from healer.domain.twoweek import TRACKING_DAYS

_DOT = 12
_GAP = 6


class DayStrip(QWidget):
    """A quiet row of dots: covered days filled, days still ahead drawn faint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._covered: tuple[bool, ...] = (False,) * TRACKING_DAYS
        self._elapsed = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_days(self, covered: tuple[bool, ...], elapsed: int) -> None:
        """Which days have entries, and how many of the fourteen have begun."""
        self._covered = covered
        self._elapsed = elapsed
        self.update()

    def sizeHint(self) -> QSize:
        """Room for two rows of seven (one per week)."""
        return QSize(7 * _DOT + 6 * _GAP + 2, 2 * _DOT + _GAP + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Two weeks as two rows of seven dots."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        filled = palette.color(QPalette.ColorRole.Highlight)
        outline = palette.color(QPalette.ColorRole.Mid)
        faint = palette.color(QPalette.ColorRole.Midlight)
        for day, covered in enumerate(self._covered):
            row, column = divmod(day, 7)
            centre = QPointF(
                1 + column * (_DOT + _GAP) + _DOT / 2, 1 + row * (_DOT + _GAP) + _DOT / 2
            )
            rect = QRectF(centre.x() - _DOT / 2, centre.y() - _DOT / 2, _DOT, _DOT)
            if covered:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(filled)
            else:
                painter.setPen(QPen(outline if day < self._elapsed else faint, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(0.6, 0.6, -0.6, -0.6))
        painter.end()
