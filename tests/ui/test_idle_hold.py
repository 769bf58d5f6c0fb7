"""The idle lock waits while breathing or a pause runs, says why it locked, and comes back there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from stand_in import StandInTab
from support import PASSPHRASE, FakeClock

from healer.services.session import Session
from healer.ui.controller import AppController
from healer.ui.main_window import MainWindow
from healer.ui.pause.tab import PauseTab
from healer.ui.regulate.tab import RegulateTab
from healer.ui.tabs import TabSpec
from healer.ui.unlock.unlock_dialog import UnlockDialog


def _tabs(clock: FakeClock) -> tuple[TabSpec, ...]:
    def regulate(session: Session, parent: QWidget | None) -> QWidget:
        return RegulateTab(session, parent, clock=clock)

    def pause(session: Session, parent: QWidget | None) -> QWidget:
        return PauseTab(session, parent, clock=clock)

    return (
        TabSpec("journal", lambda: "Journal", StandInTab),
        TabSpec("regulate", lambda: "Regulate", regulate),
        TabSpec("pause", lambda: "Pause", pause),
    )


def _unlock(qtbot: QtBot, controller: AppController) -> MainWindow:
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.add_widget(gate)
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.wait_signal(controller.unlocked):
        gate.unlock_button.click()
    window = controller.window
    assert window is not None
    return window


@pytest.fixture
def controller(qtbot: QtBot, vault_path: Path, clock: FakeClock) -> Iterator[AppController]:
    controller = AppController(vault_path, _tabs(clock), idle_ms=40)
    controller.start()
    yield controller
    window = controller.window
    if window is not None:
        window.lock()
    controller.shutdown()


def test_breathing_holds_the_idle_lock_and_unlock_says_why(
    qtbot: QtBot, controller: AppController
) -> None:
    window = _unlock(qtbot, controller)
    qtbot.add_widget(window)
    regulate = window.show_tab("regulate")
    assert isinstance(regulate, RegulateTab)
    regulate.pacer_page.controller.start()

    with qtbot.wait_signal(controller.idle_watcher.held, timeout=5000):
        pass
    assert window.session is not None, "hands-free breathing is not idleness"
    regulate.pacer_page.controller.pause()
    with qtbot.wait_signal(controller.idle_watcher.held, timeout=5000):
        pass
    assert window.session is not None, "a paused breath is still a practice under way"

    regulate.pacer_page.controller.halt()
    with qtbot.wait_signal(window.locked, timeout=5000):
        pass
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    assert not gate.reason.isHidden()
    assert "locked itself" in gate.reason.text()
    assert "where you were" in gate.reason.text()

    window = _unlock(qtbot, controller)
    assert window.tab_widget.currentWidget().objectName() == "tab-regulate"
    back = window.built_pages["regulate"]
    assert isinstance(back, RegulateTab)
    assert back.stack.currentWidget() is back.pacer_page


def test_a_running_pause_holds_the_idle_lock(
    qtbot: QtBot, controller: AppController, clock: FakeClock
) -> None:
    window = _unlock(qtbot, controller)
    qtbot.add_widget(window)
    pause = window.show_tab("pause")
    assert isinstance(pause, PauseTab)
    pause.start_activated()
    naming = pause.naming_page
    naming.episode_combo.setCurrentIndex(naming.episode_combo.findData(0))
    naming.begin_button.click()
    assert pause.phase == "waiting"

    with qtbot.wait_signal(controller.idle_watcher.held, timeout=5000):
        pass
    assert window.session is not None, "waiting out the wave is not idleness"

    pause.set_aside()
    with qtbot.wait_signal(window.locked, timeout=5000):
        pass
    window = _unlock(qtbot, controller)
    assert window.tab_widget.currentWidget().objectName() == "tab-pause"


def test_a_manual_lock_gives_no_reason(qtbot: QtBot, controller: AppController) -> None:
    controller.idle_watcher.stop()
    window = _unlock(qtbot, controller)
    qtbot.add_widget(window)
    controller.idle_watcher.stop()
    window.lock_action.trigger()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    assert gate.reason.isHidden()
