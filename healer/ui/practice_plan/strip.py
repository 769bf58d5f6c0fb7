"""Fourteen calm squares, one per day of a plan: a tick where it was done, nothing red."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from healer.domain.practice_plan import PLAN_DAYS, PlanDay

_CELL = 26
_GAP = 8


class PlanStrip(QWidget):
    """Two rows of seven: done days filled with a tick, days gone by outlined, days ahead faint.

    A day gone by without the practice looks like a day still ahead, only firmer: a
    missed day is no failure, so it gets no colour of its own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[PlanDay, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_days(self, days: tuple[PlanDay, ...], description: str) -> None:
        """The fourteen days, and the same in words for screen readers."""
        self._days = days
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:
        """Two weeks, one row each."""
        return QSize(7 * _CELL + 6 * _GAP + 4, 2 * _CELL + _GAP + 4)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than a week."""
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Each day as a rounded square."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fill = palette.color(QPalette.ColorRole.Highlight)
        tick = palette.color(QPalette.ColorRole.HighlightedText)
        # The text colour, softened: visible on every theme (some darks make Mid vanish).
        firm = QColor(palette.color(QPalette.ColorRole.WindowText))
        firm.setAlpha(120)
        faint = QColor(firm)
        faint.setAlpha(70)
        for index, day in enumerate(self._days[:PLAN_DAYS]):
            row, column = divmod(index, 7)
            rect = QRectF(2 + column * (_CELL + _GAP), 2 + row * (_CELL + _GAP), _CELL, _CELL)
            if day.done:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 6, 6)
                self._tick(painter, rect, tick)
            else:
                pen = QPen(firm if day.begun else faint, 1.3)
                if not day.begun:
                    pen.setStyle(Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.7, 0.7, -0.7, -0.7), 6, 6)
            if day.today:
                painter.setPen(QPen(fill, 2.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), 8, 8)
        painter.end()

    @staticmethod
    def _tick(painter: QPainter, rect: QRectF, colour: QColor) -> None:
        path = QPainterPath()
        path.moveTo(QPointF(rect.left() + rect.width() * 0.28, rect.top() + rect.height() * 0.52))
        path.lineTo(QPointF(rect.left() + rect.width() * 0.44, rect.top() + rect.height() * 0.68))
        path.lineTo(QPointF(rect.left() + rect.width() * 0.73, rect.top() + rect.height() * 0.34))
        pen = QPen(colour, 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
