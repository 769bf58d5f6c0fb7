"""Locking: drafts saved, vault closed, every page destroyed, nothing private left in widgets."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from pytestqt.qtbot import QtBot
from shell_helpers import flush_deletes, stand_in_window_fixture, widget_texts  # noqa: F401
from stand_in import StandInTab, stand_in_tabs
from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.services.session import Session
from healer.ui.controller import AppController
from healer.ui.main_window import MainWindow
from healer.ui.unlock.unlock_dialog import UnlockDialog

MARKER = "zebra-marmalade-4711"
DRAFT = "pelican-quartz-0815"


def test_lock_clears_everything(qtbot: QtBot, stand_in_window: MainWindow) -> None:
    window = stand_in_window
    session = window.session
    assert session is not None
    session.journal.log(ActivationInput(trigger=MARKER, intensity=6, started_at=utc_now()))
    window.tab_widget.setCurrentIndex(1)  # the second page reads the vault when built
    journal = window.built_pages["journal"]
    assert isinstance(journal, StandInTab)
    qtbot.keyClicks(journal.draft, DRAFT)
    pages = list(window.built_pages.values())
    assert any(MARKER in text for text in widget_texts(window))

    with qtbot.wait_signal(window.locked):
        window.lock_action.trigger()

    assert "save_drafts" in journal.calls
    assert not session.is_open
    assert window.session is None
    assert window.built_pages == {}
    assert not window.isVisible()
    flush_deletes()
    assert not any(shiboken6.isValid(page) for page in pages)
    texts = widget_texts(window)
    assert not any(MARKER in text or DRAFT in text for text in texts)
    assert not window.undo_action.isEnabled()


def test_lock_then_unlock_keeps_the_draft(qtbot: QtBot, vault_path: Path) -> None:
    controller = AppController(vault_path, stand_in_tabs(), idle_ms=0)
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.wait_signal(controller.unlocked):
        gate.unlock_button.click()
    window = controller.window
    assert window is not None
    qtbot.add_widget(window)
    assert window.isVisible()
    journal = window.built_pages["journal"]
    assert isinstance(journal, StandInTab)
    assert "focus_quick_capture" in journal.calls
    qtbot.keyClicks(journal.draft, DRAFT)

    window.lock_action.trigger()
    assert not window.isVisible()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    assert gate.isVisible()
    qtbot.add_widget(gate)

    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.wait_signal(controller.unlocked):
        gate.unlock_button.click()
    assert window.isVisible()
    rebuilt = window.built_pages["journal"]
    assert isinstance(rebuilt, StandInTab)
    assert rebuilt is not journal
    assert [rebuilt.entries.item(i).text() for i in range(rebuilt.entries.count())] == [DRAFT]
    window.lock()
    controller.shutdown()


def test_quit_at_the_gate_asks_to_quit(qtbot: QtBot, vault_path: Path) -> None:
    controller = AppController(vault_path, stand_in_tabs(), idle_ms=0)
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    with qtbot.wait_signal(controller.quit_requested):
        gate.quit_button.click()
    assert controller.window is None
    controller.shutdown()


def test_idle_locks_the_window(qtbot: QtBot, vault_path: Path) -> None:
    controller = AppController(vault_path, stand_in_tabs(), idle_ms=50)
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.wait_signal(controller.unlocked):
        gate.unlock_button.click()
    window = controller.window
    assert window is not None
    qtbot.add_widget(window)
    with qtbot.wait_signal(window.locked, timeout=10_000):
        pass
    assert window.session is None
    assert isinstance(controller.gate, UnlockDialog)
    assert not controller.idle_watcher.active
    qtbot.add_widget(controller.gate)
    controller.shutdown()


def test_idle_lock_can_be_off(session: Session) -> None:
    from healer.ui.idle_lock import IdleWatcher

    watcher = IdleWatcher(0)
    watcher.start()
    assert not watcher.active
    watcher = IdleWatcher(60_000)
    watcher.start()
    assert watcher.active
    watcher.stop()


def test_quit_saves_drafts_and_closes_the_vault(qtbot: QtBot, vault_path: Path) -> None:
    session = Session.unlock(vault_path, PASSPHRASE)
    window = MainWindow(session, stand_in_tabs())
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    journal = window.built_pages["journal"]
    assert isinstance(journal, StandInTab)
    qtbot.keyClicks(journal.draft, DRAFT)
    window.quit_action.trigger()
    assert not window.isVisible()
    assert not session.is_open
    reopened = Session.unlock(vault_path, PASSPHRASE)
    assert [a.content.trigger for a in reopened.journal.find()] == [DRAFT]
    reopened.lock()


def test_auto_lock_minutes_come_from_settings(vault_path: Path) -> None:
    from healer.ui.settings import AUTO_LOCK_MINUTES

    assert AUTO_LOCK_MINUTES.default == 5
    try:
        AUTO_LOCK_MINUTES.write(0)
        assert AppController(vault_path, stand_in_tabs()).idle_watcher.timeout_ms == 0
        AUTO_LOCK_MINUTES.write(10)
        assert AppController(vault_path, stand_in_tabs()).idle_watcher.timeout_ms == 600_000
        AUTO_LOCK_MINUTES.write(-3)  # clamped to "off", never negative
        assert AUTO_LOCK_MINUTES.read() == 0
    finally:
        AUTO_LOCK_MINUTES.write(AUTO_LOCK_MINUTES.default)
