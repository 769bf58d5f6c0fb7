"""The end of a pause reaches the desktop's notification service, or falls back (private D-Bus)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from desktop_bus_fakes import DAEMON, PrivateBus, private_buses
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.appinfo import APP_ID
from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.pause.tab import PauseTab
from healer.ui.tabs import TabSpec, default_tabs

pytestmark = pytest.mark.skipif(
    DAEMON is None, reason="dbus-daemon is not installed (Debian package dbus-daemon)"
)

TRIGGER = "osprey-lantern-1618"  # journal text that must never reach a notification


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateBus]:
    """A private session bus with a fake-services child (no service registered yet)."""
    with private_buses(1) as (session_bus,):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus.address)
        yield session_bus


def _ended_pause(qtbot: QtBot, session: Session, clock: FakeClock) -> tuple[MainWindow, PauseTab]:
    """A shown window whose pause ended while the person was on another tab."""
    specs = [
        spec
        if spec.key != "pause"
        else TabSpec(
            spec.key, spec.title, lambda s, p: PauseTab(s, p, clock=clock), build_now=spec.build_now
        )
        for spec in default_tabs()
    ]
    window = MainWindow(session, specs)
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    page = window.show_tab("pause")
    assert isinstance(page, PauseTab)
    page.start_page.start_button.click()
    naming = page.naming_page
    naming.episode_combo.setCurrentIndex(naming.episode_combo.findData(-1))
    qtbot.keyClicks(naming.trigger_edit, TRIGGER)
    naming.minutes_spin.setValue(5)
    naming.begin_button.click()
    window.show_tab("regulate")
    with qtbot.wait_signal(page.phase_changed):
        clock.advance(5 * 60 + 1)
    assert page.phase == "reassess"
    return window, page


def test_the_end_of_a_pause_is_a_desktop_notification_in_neutral_words(
    qtbot: QtBot, session: Session, clock: FakeClock, bus: PrivateBus
) -> None:
    bus.command("notifications")
    window, page = _ended_pause(qtbot, session, clock)

    [call] = bus.calls("Notify")
    app_name, replaces_id, icon, summary, body, actions, hints, timeout = call["args"]
    assert (app_name, replaces_id, icon) == ("Healer", 0, APP_ID)
    assert summary == "Your pause is over"
    assert body == "Come back to Healer when you're ready."
    assert actions == ["default", "Your pause is over", "check-in", "Check in now"]
    assert hints == {"desktop-entry": APP_ID}
    assert timeout == -1
    assert TRIGGER not in str(call)
    assert page.notice.desktop.current_id == call["id"]
    assert page.notice._tray is None  # the tray was not needed

    # Opening the pause tab makes the notification old news: it is closed.
    window.show_tab("pause")
    assert bus.calls("CloseNotification") == [
        {"event": "call", "method": "CloseNotification", "args": [call["id"]]}
    ]
    assert page.notice.desktop.current_id == 0
    window.lock()


def test_check_in_now_in_the_notification_brings_the_pause_forward(
    qtbot: QtBot, session: Session, clock: FakeClock, bus: PrivateBus
) -> None:
    bus.command("notifications")
    window, page = _ended_pause(qtbot, session, clock)
    [call] = bus.calls("Notify")
    box = page.notice.box
    assert box is not None
    assert box.isVisible()  # the in-app notice as well: the pause tab was out of sight

    with qtbot.wait_signal(page.notice.desktop.action_invoked):
        bus.command(f"action {call['id']} check-in")
    assert window.tab_widget.currentWidget().objectName() == "tab-pause"
    assert not box.isVisible()
    assert page.phase == "reassess"
    window.lock()


def test_another_apps_notification_action_is_ignored(
    qtbot: QtBot, session: Session, clock: FakeClock, bus: PrivateBus
) -> None:
    bus.command("notifications")
    window, page = _ended_pause(qtbot, session, clock)
    [call] = bus.calls("Notify")
    heard: list[str] = []
    page.notice.desktop.action_invoked.connect(heard.append)
    bus.command(f"action {call['id'] + 100} check-in")
    with qtbot.wait_signal(page.notice.desktop.action_invoked):
        bus.command(f"action {call['id']} default")
    assert heard == ["default"]
    window.lock()


def test_without_a_notification_service_the_in_app_notice_is_used(
    qtbot: QtBot, session: Session, clock: FakeClock, bus: PrivateBus
) -> None:
    # A session bus, but nothing owns org.freedesktop.Notifications (and no tray offscreen).
    window, page = _ended_pause(qtbot, session, clock)
    assert bus.calls("Notify") == []
    assert page.notice.desktop.current_id == 0
    box = page.notice.box
    assert box is not None
    assert box.isVisible()
    assert "pause is over" in box.text()
    window.lock()


def test_without_any_session_bus_the_in_app_notice_is_used(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    window, page = _ended_pause(qtbot, session, clock)  # conftest leaves no session bus
    assert page.notice.desktop.current_id == 0
    box = page.notice.box
    assert box is not None
    assert box.isVisible()
    window.lock()


def test_a_service_that_went_away_falls_back_and_is_asked_afresh(
    qtbot: QtBot, session: Session, clock: FakeClock, bus: PrivateBus
) -> None:
    from healer.ui.desktop.notifications import DesktopNotifications

    notifications = DesktopNotifications()
    assert not notifications.show("Your pause is over", "Come back.")  # nobody there yet
    bus.command("notifications")
    assert notifications.show("Your pause is over", "Come back.")  # found when it appears
    first = notifications.current_id
    assert notifications.show("Your pause is over", "Come back.")
    assert bus.calls("Notify")[-1]["args"][1] == first  # replaces its own notification


def test_coming_back_to_the_window_on_the_pause_closes_the_notification(
    qtbot: QtBot, session: Session, clock: FakeClock, bus: PrivateBus
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    bus.command("notifications")
    window, page = _ended_pause(qtbot, session, clock)
    window.show_tab("pause")
    # As when the window was behind another while the pause tab was showing:
    assert page.notice.show("Your pause is over", "Come back to Healer when you're ready.")
    notification_id = page.notice.desktop.current_id
    assert notification_id

    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert bus.calls("CloseNotification")[-1]["args"] == [notification_id]
    assert page.notice.desktop.current_id == 0
    window.lock()
