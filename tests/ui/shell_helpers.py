"""Helpers for shell tests: a main window over the stand-in tab, and widget-text walking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from stand_in import StandInTab, stand_in_tabs

from healer.services.session import Session
from healer.ui.main_window import MainWindow


@pytest.fixture(name="stand_in_window")
def stand_in_window_fixture(qtbot: QtBot, session: Session) -> Iterator[MainWindow]:
    """A shown main window whose tabs are stand-ins with the journal tab's API."""
    StandInTab.instances.clear()
    window = MainWindow(session, stand_in_tabs())
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    yield window
    StandInTab.instances.clear()


def flush_deletes() -> None:
    """Run pending deleteLater() calls now."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts: list[str] = []
    root = QModelIndex()
    rows = min(model.rowCount(root), 500)
    # QAbstractListModel hides columnCount(); a list has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(rows):
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if value is not None:
                    texts.append(str(value))
    return texts


def widget_texts(root: QWidget) -> list[str]:
    """Every piece of text the widget tree holds: labels, fields, models, titles, tips."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts.append(widget.currentText())
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
    return texts
