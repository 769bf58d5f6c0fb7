"""A desktop notice that the pause is over, only where the platform offers one; never private."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget


class EndNotice:
    """Shows one neutral tray message; does nothing on desktops without a tray."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._tray: QSystemTrayIcon | None = None

    @staticmethod
    def available() -> bool:
        """True when this desktop can show tray messages."""
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def show(self, title: str, text: str) -> bool:
        """Show the notice; the text must be Healer's own words, never journal text."""
        if not self.available():
            return False
        if self._tray is None:
            icon = QApplication.windowIcon()
            self._tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self._parent)
            self._tray.setToolTip(title)
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        return True

    def clear(self) -> None:
        """Take the tray icon away again."""
        if self._tray is not None:
            self._tray.hide()
