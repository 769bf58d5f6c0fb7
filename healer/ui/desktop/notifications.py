"""One desktop notification at a time through org.freedesktop.Notifications (D-Bus).

Stock GNOME shows no tray icons, so a tray message alone is nearly silent there; the
notification service is what every desktop shows. Only Healer's own neutral words go in.

Signals:
    action_invoked(key): the person chose one of the notification's actions ("default" is
        a click on the notification itself).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from healer.appinfo import APP_ID, APP_NAME
from healer.ui.desktop.bus import session_bus

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
NOTIFY = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
CLOSE = "CloseNotification(uint)"
# A notification service that does not answer within this is treated as absent.
CALL_TIMEOUT_MS = 3000
# -1: the service's own default display time.
DEFAULT_EXPIRY = -1


class DesktopNotifications(QObject):
    """Shows, replaces and closes Healer's one notification; False where there is no service."""

    action_invoked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listening = False
        self._interface: QDBusInterface | None = None
        self._id = 0

    @property
    def current_id(self) -> int:
        """The id the service gave the notification showing now; 0 when none is."""
        return self._id

    def show(self, summary: str, body: str, actions: Sequence[tuple[str, str]] = ()) -> bool:
        """Show (or replace) the notification; False when no service took it."""
        interface = self._connect()
        if interface is None:
            return False
        flat = [part for key, label in actions for part in (key, label)]
        # The dynamic interface knows Notify's D-Bus types (replaces_id is a uint32, which a
        # Python int passed to call() would not be), so it is called through Qt's meta-object.
        notification_id = QMetaObject.invokeMethod(
            interface,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG("QString", APP_NAME),
            Q_ARG("uint", self._id),
            Q_ARG("QString", APP_ID),  # the icon installed under the app id
            Q_ARG("QString", summary),
            Q_ARG("QString", body),
            Q_ARG("QStringList", flat),
            Q_ARG("QVariantMap", {"desktop-entry": APP_ID}),
            Q_ARG("int", DEFAULT_EXPIRY),
        )
        if interface.lastError().isValid() or not isinstance(notification_id, int):
            self._forget()
            return False
        self._id = notification_id
        return True

    def close(self) -> None:
        """Take the notification away (it is no longer news); nothing when none is shown."""
        if not self._id or self._interface is None:
            self._id = 0
            return
        QMetaObject.invokeMethod(
            self._interface,
            "CloseNotification",
            Qt.ConnectionType.DirectConnection,
            Q_ARG("uint", self._id),
        )
        self._id = 0

    def _connect(self) -> QDBusInterface | None:
        if self._interface is not None:
            return self._interface
        bus = session_bus()
        if bus is None:
            return None
        # Introspection tells the interface the methods' D-Bus types (see show()).
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus, self)
        meta = interface.metaObject()
        if (
            not interface.isValid()
            or meta.indexOfMethod(NOTIFY) < 0
            or meta.indexOfMethod(CLOSE) < 0
        ):
            interface.deleteLater()
            return None
        interface.setTimeout(CALL_TIMEOUT_MS)
        if not self._listening:
            self._listen(bus)
        self._interface = interface
        return interface

    def _listen(self, bus: QDBusConnection) -> None:
        """Hear which action was chosen and when the notification went (once per object)."""
        self._listening = True
        for name, slot in (
            ("ActionInvoked", "_on_notifications_action_invoked(uint,QString)"),
            ("NotificationClosed", "_on_notifications_notification_closed(uint,uint)"),
        ):
            # PySide6 takes the SLOT() text as str; its stubs say bytes, which it refuses.
            receiver = SLOT(slot)
            bus.connect(SERVICE, PATH, INTERFACE, name, self, receiver)  # type: ignore[call-overload]

    def _forget(self) -> None:
        """After a failed call: ask afresh next time (the service may have restarted)."""
        if self._interface is not None:
            self._interface.deleteLater()
        self._interface = None
        self._id = 0

    @Slot("uint", str)
    def _on_notifications_action_invoked(self, notification_id: int, key: str) -> None:
        if notification_id == self._id and self._id:  # other apps' notifications too
            self.action_invoked.emit(key)

    @Slot("uint", "uint")
    def _on_notifications_notification_closed(self, notification_id: int, _reason: int) -> None:
        if notification_id == self._id:
            self._id = 0
