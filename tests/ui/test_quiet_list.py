"""The shared calm list: on the window colour, with a scroll bar that paints as any other."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from healer.ui.common.quiet_list import quieten


def test_a_long_quiet_list_shows_the_window_colour_and_a_painted_scroll_bar(
    qtbot: QtBot,
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    view = QListWidget(holder)
    QVBoxLayout(holder).addWidget(view)
    view.addItems([f"A moment worth noting, number {n}" for n in range(80)])
    quieten(view, "Moments")
    holder.resize(320, 240)
    holder.show()
    qtbot.waitExposed(holder)
    image = holder.grab().toImage()
    window = holder.palette().color(QPalette.ColorRole.Window)
    bar = view.verticalScrollBar()
    assert bar.isVisible()
    # Low in the groove, below the handle (the list is at its top).
    point = bar.mapTo(holder, QPoint(bar.width() // 2, bar.height() - bar.width() - 8))
    groove = image.pixelColor(point)
    # A style sheet's "transparent" once reached the scroll bar, which then painted black.
    assert abs(groove.lightness() - window.lightness()) < 60, groove.name()
    # Between the rows, the list shows the window's own colour, not the base of an entry.
    gap = view.viewport().mapTo(holder, QPoint(view.viewport().width() - 4, 2))
    assert image.pixelColor(gap) == window
