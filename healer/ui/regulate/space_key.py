"""Space for the pacer wherever the focus is, except where Space already means something."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# Outside the pacer these keep their own Space: pressing a button, typing, opening a list.
SPACE_USERS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


class SpaceFollowsFocus(QObject):
    """Widens a page's Space shortcut to its window while the page shows.

    Right after opening Regulate the focus sits on the tab bar or the practice list, where
    "Press Space or Start" used to do nothing.
    """

    def __init__(self, page: QWidget, shortcut: QShortcut) -> None:
        super().__init__(page)
        self._page = page
        self._shortcut = shortcut
        # A window shortcut still needs its page visible: hidden pacer, no Space.
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_application_focus_changed)

    @Slot(QWidget, QWidget)
    def _on_application_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        del old
        self._shortcut.setEnabled(
            now is None or self._page.isAncestorOf(now) or not isinstance(now, SPACE_USERS)
        )
