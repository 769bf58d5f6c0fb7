"""Colour mixing and the soft rounded panel the cards and panels are painted as."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget


def blend(first: QColor, second: QColor, share: float) -> QColor:
    """`share` of the first colour mixed into the second."""
    return QColor.fromRgbF(
        first.redF() * share + second.redF() * (1 - share),
        first.greenF() * share + second.greenF() * (1 - share),
        first.blueF() * share + second.blueF() * (1 - share),
    )


def with_alpha(colour: QColor, alpha: float) -> QColor:
    """A copy of the colour with the given opacity (0..1)."""
    copy = QColor(colour)
    copy.setAlphaF(alpha)
    return copy


def paint_rounded_panel(
    widget: QWidget,
    border: QPalette.ColorRole,
    border_alpha: float,
    fill: QPalette.ColorRole,
    radius: float,
) -> None:
    """Fill the widget as a rounded panel with a faint border, all from its palette."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = widget.palette()
    painter.setPen(QPen(with_alpha(palette.color(border), border_alpha), 1))
    painter.setBrush(palette.color(fill))
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.end()
