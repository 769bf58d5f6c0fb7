"""The calm list look the tabs share: on the window colour, rounded selection, wrapped text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget


def quiet_list_view(parent: QWidget, name: str, *, compact: bool = False) -> QListView:
    """A list on the window colour with rounded selection: calm, not a spreadsheet.

    compact tightens the rows, for lists that sit beside a form on a small screen.
    """
    return quieten(QListView(parent), name, compact=compact)


def quieten(view: QListView, name: str, *, compact: bool = False) -> QListView:
    """Give a list view (a QListWidget too) the calm look of quiet_list_view."""
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setSpacing(2 if compact else 3)
    view.setWordWrap(True)
    # Long names wrap inside the column instead of scrolling sideways.
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    # On the window colour: the viewport paints nothing of its own. (A "background:
    # transparent" style sheet would reach the scroll bar too, which then painted black.)
    view.viewport().setAutoFillBackground(False)
    padding = "6px 10px" if compact else "8px 10px"
    view.setStyleSheet(
        "QListView { outline: 0; }"
        f"QListView::item {{ padding: {padding}; border-radius: 8px; }}"
        "QListView::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
    )
    return view
