"""The people tab's calm list look, shared by its pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget


def quiet_list_view(parent: QWidget, name: str) -> QListView:
    """A list on the window colour with rounded selection: calm, not a spreadsheet."""
    view = QListView(parent)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setSpacing(2)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setStyleSheet(
        "QListView { background: transparent; outline: 0; }"
        "QListView::item { padding: 6px 10px; border-radius: 8px; }"
        "QListView::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
    )
    return view
