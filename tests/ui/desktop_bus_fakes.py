"""Private D-Bus daemons for tests, and a child process playing logind, screensavers, notifications.

The child owns the well-known names, so the app's sender-matched signal connections hear it
exactly as they would hear the real services. Blocking calls from the app need the fake in
another process (a fake in the test's own thread could never answer them).

Child protocol: commands on stdin, one per line; events on stdout as JSON lines.
    ping                           nothing (a round trip: earlier events are read)
    own NAME                       take a well-known name on the bus
    logind SESSION_PATH            serve org.freedesktop.login1.Manager.GetSession
    notifications                  serve org.freedesktop.Notifications (calls reported)
    emit PATH INTERFACE NAME [true|false]   send a signal (with one boolean, or none)
    action ID KEY                  send Notifications.ActionInvoked(ID, KEY)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HELPER = Path(__file__)
DAEMON = shutil.which("dbus-daemon")


@dataclass
class PrivateBus:
    """One dbus-daemon of ours, and the fake-services child connected to it."""

    address: str
    daemon: subprocess.Popen[bytes]
    child: subprocess.Popen[str] | None = None
    events: list[dict[str, Any]] = field(default_factory=list)

    def start_child(self) -> None:
        """Start the fake-services process on this bus and wait until it is connected."""
        self.child = subprocess.Popen(
            [sys.executable, str(HELPER), self.address],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        self.wait_for("ready")

    def command(self, line: str) -> dict[str, Any]:
        """Send one command to the child and wait for its acknowledgement."""
        assert self.child is not None
        assert self.child.stdin is not None
        self.child.stdin.write(line + "\n")
        self.child.stdin.flush()
        return self.wait_for("done")

    def wait_for(self, kind: str) -> dict[str, Any]:
        """Read the child's events up to the first of `kind` (all are kept in `events`)."""
        assert self.child is not None
        assert self.child.stdout is not None
        while True:
            line = self.child.stdout.readline()
            assert line, "the fake-services child ended early"
            event: dict[str, Any] = json.loads(line)
            self.events.append(event)
            if event["event"] == kind:
                return event

    def calls(self, method: str) -> list[dict[str, Any]]:
        """Method calls the child received so far, in order."""
        self.command("ping")  # every event printed before it is read by then
        return [e for e in self.events if e["event"] == "call" and e["method"] == method]

    def stop(self) -> None:
        """End the child and the daemon (both ours) and close their pipes."""
        for process in (self.child, self.daemon):
            if process is None:
                continue
            if process.poll() is None:
                process.terminate()
            process.communicate(timeout=10)


def start_bus(folder: Path) -> PrivateBus:
    """A dbus-daemon with the session configuration, listening in `folder`."""
    assert DAEMON is not None
    config = folder / "bus.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN'"
        " 'http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd'>\n"
        "<busconfig><type>session</type>"
        f"<listen>unix:dir={folder}</listen>"
        "<policy context='default'><allow send_destination='*' eavesdrop='true'/>"
        "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>\n"
    )
    daemon = subprocess.Popen(
        [DAEMON, f"--config-file={config}", "--print-address=1", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it complains it may not raise its file limit; harmless
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().decode().strip()
    assert address, "dbus-daemon did not start"
    return PrivateBus(address, daemon)


@contextmanager
def private_buses(count: int) -> Iterator[list[PrivateBus]]:
    """`count` private buses (each with a fake-services child), stopped afterwards."""
    with tempfile.TemporaryDirectory(prefix="healer-dbus-") as root:
        buses: list[PrivateBus] = []
        try:
            for index in range(count):
                folder = Path(root) / str(index)
                folder.mkdir()
                bus = start_bus(folder)
                buses.append(bus)
                bus.start_child()
            yield buses
        finally:
            for bus in buses:
                bus.stop()


# -- the child ---------------------------------------------------------------------------------


def _child(address: str) -> int:
    from PySide6.QtCore import (
        ClassInfo,
        QCoreApplication,
        QObject,
        QSocketNotifier,
        Signal,
        Slot,
    )
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath

    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "fakes")
    exported = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
    )

    def say(event: str, **fields: object) -> None:
        print(json.dumps({"event": event, **fields}), flush=True)

    @ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
    class Manager(QObject):
        def __init__(self, session_path: str) -> None:
            super().__init__()
            self.session_path = session_path

        @Slot(str, result=QDBusObjectPath)
        def GetSession(self, session_id: str) -> QDBusObjectPath:
            say("call", method="GetSession", args=[session_id])
            return QDBusObjectPath(self.session_path)

    @ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
    class Notifications(QObject):
        ActionInvoked = Signal("uint", str)
        NotificationClosed = Signal("uint", "uint")

        def __init__(self) -> None:
            super().__init__()
            self.last = 0

        # The exact D-Bus signature (susssasa{sv}i): a call with other types is refused.
        @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
        def Notify(
            self,
            app_name: str,
            replaces_id: int,
            icon: str,
            summary: str,
            body: str,
            actions: list[str],
            hints: dict[str, object],
            timeout: int,
        ) -> int:
            self.last = replaces_id or self.last + 1
            say(
                "call",
                method="Notify",
                args=[
                    app_name,
                    replaces_id,
                    icon,
                    summary,
                    body,
                    list(actions),
                    {key: str(value) for key, value in hints.items()},
                    timeout,
                ],
                id=self.last,
            )
            return self.last

        @Slot("uint")
        def CloseNotification(self, notification_id: int) -> None:
            say("call", method="CloseNotification", args=[notification_id])

        @Slot(result="QStringList")
        def GetCapabilities(self) -> list[str]:
            return ["body", "actions"]

    kept: list[QObject] = []

    def run(words: list[str]) -> None:
        match words:
            case ["ping"]:
                pass
            case ["own", name]:
                assert bus.registerService(name), name
            case ["logind", session_path]:
                kept.append(Manager(session_path))
                assert bus.registerObject("/org/freedesktop/login1", kept[-1], exported)
                assert bus.registerService("org.freedesktop.login1")
            case ["notifications"]:
                kept.append(Notifications())
                assert bus.registerObject("/org/freedesktop/Notifications", kept[-1], exported)
                assert bus.registerService("org.freedesktop.Notifications")
            case ["emit", path, interface, name, *value]:
                message = QDBusMessage.createSignal(path, interface, name)
                if value:
                    message.setArguments([value[0] == "true"])
                assert bus.send(message)
            case ["action", notification_id, key]:
                service = next(obj for obj in kept if isinstance(obj, Notifications))
                service.ActionInvoked.emit(int(notification_id), key)
            case _:
                raise ValueError(words)

    def on_stdin() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        run(line.split())
        say("done")

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_stdin)
    say("ready", connected=bus.isConnected())
    return app.exec()


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1]))
