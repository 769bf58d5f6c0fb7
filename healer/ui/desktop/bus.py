"""Connections to the desktop's D-Bus buses, or None where a bus is missing (quietly)."""

from __future__ import annotations

import os

from PySide6.QtDBus import QDBusConnection

SESSION_ADDRESS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
SYSTEM_ADDRESS_VARIABLE = "DBUS_SYSTEM_BUS_ADDRESS"
# Where the system bus listens when DBUS_SYSTEM_BUS_ADDRESS is not set (the D-Bus spec's default).
DEFAULT_SYSTEM_ADDRESS = "unix:path=/run/dbus/system_bus_socket"


def session_bus() -> QDBusConnection | None:
    """The desktop session's bus, or None when there is none (a console, a container)."""
    return _connect("session", os.environ.get(SESSION_ADDRESS_VARIABLE, ""))


def system_bus() -> QDBusConnection | None:
    """The system bus (where logind lives), or None when there is none."""
    return _connect("system", os.environ.get(SYSTEM_ADDRESS_VARIABLE) or DEFAULT_SYSTEM_ADDRESS)


def _connect(kind: str, address: str) -> QDBusConnection | None:
    # Qt's sessionBus()/systemBus() read the address once per process, and with no bus they
    # try X11 autolaunch; an explicit address is read when asked and fails without a word.
    if not address:
        return None
    # One connection per address: a name reused for another address would hand back the old one.
    name = f"healer-{kind}-{address}"
    connection = QDBusConnection.connectToBus(address, name)
    if connection.isConnected():
        return connection
    QDBusConnection.disconnectFromBus(name)  # a bus started later is then found
    return None
