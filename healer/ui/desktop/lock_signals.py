"""Asks for a lock when the desktop session locks or the computer is about to sleep.

Listens on D-Bus: logind's PrepareForSleep(true) and the session's Lock on the system bus,
and ActiveChanged(true) from the freedesktop and GNOME screensavers on the session bus.
Where a bus or a service is missing nothing is said; the idle lock still works.

Signals:
    lock_requested(reason): the screen locked or the computer is going to sleep, and the
        LOCK_ON_SCREEN_LOCK preference (read at that moment) says to lock.
"""

from __future__ import annotations

import os

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath, QDBusPendingCallWatcher

from healer.ui.desktop.bus import session_bus, system_bus
from healer.ui.settings import LOCK_ON_SCREEN_LOCK

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
# (service, path, interface) of the screensavers that announce ActiveChanged(bool).
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)

SCREEN = "screen"
SLEEP = "sleep"


class DesktopLockSignals(QObject):
    """Connects once to whatever buses exist; emits lock_requested with SCREEN or SLEEP."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._system = system_bus()
        self._session = session_bus()
        self._session_path = ""
        self._pending: QDBusPendingCallWatcher | None = None
        self.listening: list[str] = []
        if self._system is not None:
            manager = (LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER)
            self._listen(
                self._system, manager, "PrepareForSleep", "_on_logind_prepare_for_sleep(bool)"
            )
            self._find_login_session(self._system)
        if self._session is not None:
            for screensaver in SCREENSAVERS:
                self._listen(
                    self._session,
                    screensaver,
                    "ActiveChanged",
                    "_on_screensaver_active_changed(bool)",
                )

    @property
    def pending(self) -> QDBusPendingCallWatcher | None:
        """The question to logind about our session, while it waits for an answer."""
        return self._pending

    @property
    def session_path(self) -> str:
        """The logind session object whose Lock signal is heard ("" until it is known)."""
        return self._session_path

    def _listen(
        self, bus: QDBusConnection, where: tuple[str, str, str], name: str, slot: str
    ) -> None:
        """Connect `slot` to the signal `name` of (service, path, interface) on `bus`."""
        service, path, interface = where
        # PySide6 takes the SLOT() text as str; its stubs say bytes, which it refuses.
        receiver = SLOT(slot)
        if bus.connect(service, path, interface, name, self, receiver):  # type: ignore[call-overload]
            self.listening.append(f"{interface}.{name} {path}")

    def _find_login_session(self, bus: QDBusConnection) -> None:
        """Ask logind which session is ours (XDG_SESSION_ID, else "auto": the caller's own)."""
        message = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        message.setArguments([os.environ.get("XDG_SESSION_ID") or "auto"])
        self._pending = QDBusPendingCallWatcher(bus.asyncCall(message, 5000), self)
        self._pending.finished.connect(self._on_pending_finished)

    @Slot(QDBusPendingCallWatcher)
    def _on_pending_finished(self, watcher: QDBusPendingCallWatcher) -> None:
        self._pending = None
        reply = watcher.reply()
        watcher.deleteLater()
        arguments = reply.arguments() if reply.type() == reply.MessageType.ReplyMessage else []
        value = arguments[0] if arguments else None
        path = value.path() if isinstance(value, QDBusObjectPath) else value
        if not isinstance(path, str) or not path or self._system is None:
            return  # no logind, or no session of ours: the screensavers and sleep still count
        self._session_path = path
        self._listen(
            self._system, (LOGIN1, path, LOGIN1_SESSION), "Lock", "_on_login_session_lock()"
        )

    @Slot(bool)
    def _on_logind_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self._request(SLEEP)

    @Slot()
    def _on_login_session_lock(self) -> None:
        self._request(SCREEN)

    @Slot(bool)
    def _on_screensaver_active_changed(self, active: bool) -> None:
        if active:
            self._request(SCREEN)

    def _request(self, reason: str) -> None:
        # Read now, not at start-up, so a change in Preferences counts at once.
        if LOCK_ON_SCREEN_LOCK.read():
            self.lock_requested.emit(reason)
