"""Fitting onto small screens: dialogs placed within the screen, columns that scroll."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room left around a dialog for the window manager's frame and title bar.
FRAME_ALLOWANCE = QSize(16, 40)


def fit_rect(wanted: QRect, available: QRect) -> QRect:
    """`wanted`, shrunk to fit inside `available` and moved inside it (never off-screen)."""
    width = min(wanted.width(), available.width())
    height = min(wanted.height(), available.height())
    left = min(max(wanted.left(), available.left()), available.left() + available.width() - width)
    top = min(max(wanted.top(), available.top()), available.top() + available.height() - height)
    return QRect(left, top, width, height)


def available_geometry(widget: QWidget) -> QRect:
    """The screen area a window of `widget` may use (panels and docks left out)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    # The frame and title bar the window manager adds are outside the widget's geometry.
    return area.adjusted(0, 0, -FRAME_ALLOWANCE.width(), -FRAME_ALLOWANCE.height())


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Size a dialog at `wanted`, or smaller where the screen is smaller, centred on its parent."""
    area = available_geometry(widget)
    size = wanted.expandedTo(widget.minimumSizeHint()).boundedTo(area.size())
    parent = widget.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else area.center()
    wanted_rect = QRect(QPoint(0, 0), size)
    wanted_rect.moveCenter(centre)
    placed = fit_rect(wanted_rect, area)
    widget.resize(placed.size())
    widget.move(placed.topLeft())


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` in a frameless vertical scroll area, for a column taller than a small screen."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
