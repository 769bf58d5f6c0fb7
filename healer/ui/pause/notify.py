"""Telling the person the pause is over: window alert, in-app notice, desktop notification.

The desktop's notification service (D-Bus) comes first; the tray message is the fallback
where there is none. Many desktops have no tray, so the window alert (a taskbar hint) and
the notice inside Healer work everywhere. Never private words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from healer.ui.desktop.notifications import DesktopNotifications

# The key of the notification's "Check in now" action ("default" is a click on the notification).
CHECK_IN = "check-in"


class EndNotice:
    """Shows one neutral desktop notification, else a tray message, else nothing."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._tray: QSystemTrayIcon | None = None
        self.box: QMessageBox | None = None
        self.desktop = DesktopNotifications(parent)

    @staticmethod
    def available() -> bool:
        """True when this desktop can show tray messages."""
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def show(self, title: str, text: str) -> bool:
        """Show the notice; the text must be Healer's own words, never journal text."""
        # "default" is a click on the notification itself: it checks in too.
        actions = (
            ("default", title),
            (CHECK_IN, QCoreApplication.translate("EndNotice", "Check in now")),
        )
        if self.desktop.show(title, text, actions):
            return True
        if not self.available():
            return False
        if self._tray is None:
            icon = QApplication.windowIcon()
            self._tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self._parent)
            self._tray.setToolTip(title)
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        return True

    def alert(self) -> None:
        """Ask the desktop to draw attention to the window (a taskbar hint), tray or not."""
        QApplication.alert(self._parent.window(), 0)

    def show_in_app(self, text: str, check_in: Callable[[], None]) -> QMessageBox:
        """A plain notice over the window, not modal: breathing or typing can go on."""
        if self.box is None:
            box = QMessageBox(self._parent)
            box.setWindowTitle(QCoreApplication.translate("EndNotice", "Your pause is over"))
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowModality(Qt.WindowModality.NonModal)
            go = box.addButton(
                QCoreApplication.translate("EndNotice", "&Check in now"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            go.setAccessibleName(QCoreApplication.translate("EndNotice", "Check in now"))
            later = box.addButton(
                QCoreApplication.translate("EndNotice", "&Later"), QMessageBox.ButtonRole.RejectRole
            )
            later.setAccessibleName(QCoreApplication.translate("EndNotice", "Later"))
            box.setDefaultButton(go)
            box.accepted.connect(check_in)
            self.box = box
        self.box.setText(text)
        self.box.show()
        self.box.raise_()
        self.box.activateWindow()
        return self.box

    def clear(self) -> None:
        """Take the notification, the tray icon and the in-app notice away again."""
        self.desktop.close()
        if self._tray is not None:
            self._tray.hide()
        if self.box is not None:
            self.box.hide()
