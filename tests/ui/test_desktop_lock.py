"""The screen locking or the computer going to sleep locks the real window (private D-Bus)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_bus_fakes import DAEMON, PrivateBus, private_buses
from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot
from stand_in import StandInTab, stand_in_tabs
from support import PASSPHRASE

from healer.ui.controller import AppController
from healer.ui.desktop.bus import session_bus as session_bus_connection
from healer.ui.desktop.bus import system_bus as system_bus_connection
from healer.ui.desktop.lock_signals import DesktopLockSignals
from healer.ui.settings import LOCK_ON_SCREEN_LOCK
from healer.ui.unlock.unlock_dialog import UnlockDialog

pytestmark = pytest.mark.skipif(
    DAEMON is None, reason="dbus-daemon is not installed (Debian package dbus-daemon)"
)

SESSION_PATH = "/org/freedesktop/login1/session/_31"
DRAFT = "heron-velvet-2718"


@pytest.fixture
def buses(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[PrivateBus, PrivateBus]]:
    """A private session bus and a private bus playing the system bus, each with fakes."""
    with private_buses(2) as (session, system):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session.address)
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", system.address)
        monkeypatch.setenv("XDG_SESSION_ID", "31")
        system.command(f"logind {SESSION_PATH}")
        session.command("own org.freedesktop.ScreenSaver")
        session.command("own org.gnome.ScreenSaver")
        yield session, system


def _unlocked(qtbot: QtBot, vault_path: Path) -> AppController:
    controller = AppController(vault_path, stand_in_tabs(), idle_ms=0)
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.wait_signal(controller.unlocked):
        gate.unlock_button.click()
    assert controller.window is not None
    qtbot.add_widget(controller.window)
    # The session's object path comes back from logind asynchronously.
    signals = controller.desktop_signals
    qtbot.wait_until(lambda: signals.session_path == SESSION_PATH)
    return controller


SIGNALS = {
    "logind PrepareForSleep(true)": (
        "system",
        "/org/freedesktop/login1 org.freedesktop.login1.Manager PrepareForSleep true",
        "went to sleep",
    ),
    "logind Session.Lock": (
        "system",
        f"{SESSION_PATH} org.freedesktop.login1.Session Lock",
        "screen",
    ),
    "freedesktop ActiveChanged(true)": (
        "session",
        "/org/freedesktop/ScreenSaver org.freedesktop.ScreenSaver ActiveChanged true",
        "screen",
    ),
    "GNOME ActiveChanged(true)": (
        "session",
        "/org/gnome/ScreenSaver org.gnome.ScreenSaver ActiveChanged true",
        "screen",
    ),
}


@pytest.mark.parametrize("name", list(SIGNALS))
def test_a_desktop_signal_locks_the_window_drafts_saved(
    qtbot: QtBot, vault_path: Path, buses: tuple[PrivateBus, PrivateBus], name: str
) -> None:
    bus_name, signal, words = SIGNALS[name]
    session_bus, system_bus = buses
    controller = _unlocked(qtbot, vault_path)
    window = controller.window
    assert window is not None
    journal = window.built_pages["journal"]
    assert isinstance(journal, StandInTab)
    qtbot.keyClicks(journal.draft, DRAFT)

    with qtbot.wait_signal(window.locked):
        (system_bus if bus_name == "system" else session_bus).command(f"emit {signal}")

    assert window.session is None
    assert "save_drafts" in journal.calls
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.add_widget(gate)
    assert words in gate.reason.text()
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.wait_signal(controller.unlocked):
        gate.unlock_button.click()
    rebuilt = window.built_pages["journal"]
    assert isinstance(rebuilt, StandInTab)
    assert [rebuilt.entries.item(i).text() for i in range(rebuilt.entries.count())] == [DRAFT]
    window.lock()
    controller.shutdown()


class _Barrier(QObject):
    """Hears a test-only signal sent after others: by then the others were delivered too."""

    heard = Signal()

    @Slot()
    def on_barrier(self) -> None:
        self.heard.emit()


def _drain(qtbot: QtBot, private: PrivateBus, connection: QDBusConnection | None) -> None:
    """Wait until every signal the fake sent before now has reached the app (same order)."""
    assert connection is not None
    barrier = _Barrier()
    receiver = SLOT("on_barrier()")
    assert connection.connect("", "/test", "org.healer.Test", "Barrier", barrier, receiver)  # type: ignore[call-overload]
    with qtbot.wait_signal(barrier.heard):
        private.command("emit /test org.healer.Test Barrier")


def test_waking_up_and_the_screensaver_ending_do_not_lock(
    qtbot: QtBot, vault_path: Path, buses: tuple[PrivateBus, PrivateBus]
) -> None:
    session_bus, system_bus = buses
    controller = _unlocked(qtbot, vault_path)
    window = controller.window
    assert window is not None
    system_bus.command(
        "emit /org/freedesktop/login1 org.freedesktop.login1.Manager PrepareForSleep false"
    )
    session_bus.command("emit /org/gnome/ScreenSaver org.gnome.ScreenSaver ActiveChanged false")
    _drain(qtbot, system_bus, system_bus_connection())
    _drain(qtbot, session_bus, session_bus_connection())
    assert window.session is not None
    window.lock()
    controller.shutdown()


def test_with_the_preference_off_the_signals_do_not_lock(
    qtbot: QtBot, vault_path: Path, buses: tuple[PrivateBus, PrivateBus]
) -> None:
    session_bus, system_bus = buses
    controller = _unlocked(qtbot, vault_path)
    window = controller.window
    assert window is not None
    LOCK_ON_SCREEN_LOCK.write(False)  # after start-up: the preference is read per signal
    system_bus.command(
        "emit /org/freedesktop/login1 org.freedesktop.login1.Manager PrepareForSleep true"
    )
    system_bus.command(f"emit {SESSION_PATH} org.freedesktop.login1.Session Lock")
    session_bus.command("emit /org/gnome/ScreenSaver org.gnome.ScreenSaver ActiveChanged true")
    session_bus.command(
        "emit /org/freedesktop/ScreenSaver org.freedesktop.ScreenSaver ActiveChanged true"
    )
    _drain(qtbot, system_bus, system_bus_connection())
    _drain(qtbot, session_bus, session_bus_connection())
    assert window.session is not None, "the preference was off when the signals came"

    LOCK_ON_SCREEN_LOCK.write(True)  # and on again: the next signal locks
    with qtbot.wait_signal(window.locked):
        session_bus.command("emit /org/gnome/ScreenSaver org.gnome.ScreenSaver ActiveChanged true")
    controller.shutdown()


def test_without_any_bus_nothing_is_said_and_the_idle_lock_stays(
    qtbot: QtBot, vault_path: Path
) -> None:
    # conftest leaves no session bus and points the system bus at a missing socket;
    # pytest fails on any Qt warning, so silence is checked too.
    controller = AppController(vault_path, stand_in_tabs(), idle_ms=50)
    assert controller.desktop_signals.listening == []
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.wait_signal(controller.unlocked):
        gate.unlock_button.click()
    window = controller.window
    assert window is not None
    qtbot.add_widget(window)
    with qtbot.wait_signal(window.locked, timeout=5000):
        pass  # the idle lock, after 50 ms without input
    controller.shutdown()


def test_buses_without_the_services_say_nothing(
    qtbot: QtBot, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with private_buses(2) as (session, system):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session.address)
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", system.address)
        signals = DesktopLockSignals()
        # logind is missing: its answer is an error, and the session's Lock is not heard.
        pending = signals.pending
        assert pending is not None
        qtbot.wait_until(lambda: signals.pending is None)
        assert signals.session_path == ""
        assert len(signals.listening) == 4  # sleep and the three screensaver paths


@pytest.mark.parametrize(("variable", "asked"), [("31", "31"), (None, "auto")])
def test_logind_is_asked_for_our_own_session(
    qtbot: QtBot,
    buses: tuple[PrivateBus, PrivateBus],
    monkeypatch: pytest.MonkeyPatch,
    variable: str | None,
    asked: str,
) -> None:
    _session_bus, system_bus = buses
    if variable is None:
        monkeypatch.delenv("XDG_SESSION_ID")  # "auto": logind answers with the caller's session
    signals = DesktopLockSignals()
    qtbot.wait_until(lambda: signals.session_path == SESSION_PATH)
    assert [call["args"] for call in system_bus.calls("GetSession")] == [[asked]]
    assert f"org.freedesktop.login1.Session.Lock {SESSION_PATH}" in signals.listening
