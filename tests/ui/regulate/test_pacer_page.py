"""The breathing page: keyboard, full screen, remembered choices and reduced motion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.breathing import BOX, CUSTOM_KEY, BreathPhase, LengthKind
from healer.domain.practice import PracticeKind
from healer.ui.regulate import pacer_page as pacer_page_module
from healer.ui.regulate.pacer_controller import PacerState
from healer.ui.regulate.pacer_page import PacerPage


def activate(qtbot: QtBot, page: PacerPage) -> None:
    with qtbot.wait_active(page):
        page.activateWindow()
    page.pacer.setFocus()


def test_space_starts_and_pauses_and_escape_stops(
    pacer_page: PacerPage, qtbot: QtBot, clock: FakeClock
) -> None:
    activate(qtbot, pacer_page)
    qtbot.keyClick(pacer_page.pacer, Qt.Key.Key_Space)
    assert pacer_page.controller.state is PacerState.RUNNING
    assert pacer_page.start_button.text() == "&Pause"
    assert not pacer_page.pattern_combo.isEnabled()
    clock.advance(30)
    qtbot.keyClick(pacer_page.pacer, Qt.Key.Key_Space)
    assert pacer_page.controller.state is PacerState.PAUSED
    with qtbot.wait_signal(pacer_page.run_ended) as ended:
        qtbot.keyClick(pacer_page.pacer, Qt.Key.Key_Escape)
    use = ended.args[0]
    assert use.kind is PracticeKind.BREATHING
    assert use.duration_seconds == 30
    assert use.pattern == "4/0/8/0"
    assert pacer_page.controller.state is PacerState.IDLE
    assert pacer_page.pattern_combo.isEnabled()


def test_f11_shows_the_pacer_alone_and_comes_back(
    pacer_page: PacerPage, qtbot: QtBot, clock: FakeClock
) -> None:
    activate(qtbot, pacer_page)
    pacer_page.controller.start()
    qtbot.keyClick(pacer_page.pacer, Qt.Key.Key_F11)
    window = pacer_page.full_screen
    assert window is not None
    qtbot.wait_until(lambda: window.isFullScreen())
    assert not pacer_page.pacer.isVisible()
    assert not pacer_page.pacer.is_animating  # one visible view, one timer
    assert window.pacer.is_animating
    clock.advance(5)
    assert window.pacer.picture().label == "Breathe out"
    with qtbot.wait_active(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert pacer_page.controller.state is PacerState.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.wait_until(lambda: pacer_page.full_screen is None)
    assert pacer_page.pacer.isVisible()
    assert pacer_page.controller.state is PacerState.PAUSED  # leaving full screen keeps it


def test_the_pattern_and_length_are_remembered(qtbot: QtBot, clock: FakeClock) -> None:
    first = PacerPage(clock)
    qtbot.add_widget(first)
    first.pattern_combo.setCurrentIndex(first.pattern_combo.findData(BOX.key))
    first.length_combo.setCurrentIndex(first.length_combo.findData(LengthKind.BREATHS.value))
    first.amount.setValue(12)
    assert first.controller.pattern == BOX.pattern
    again = PacerPage(clock)
    qtbot.add_widget(again)
    assert again.pattern_combo.currentData() == BOX.key
    assert again.controller.pattern == BOX.pattern
    assert again.chosen_length().kind is LengthKind.BREATHS
    assert again.amount.value() == 12
    stored = {key: QSettings().value(key) for key in QSettings().allKeys()}
    assert set(stored) <= {
        "regulate/pattern",
        "regulate/length_kind",
        "regulate/length_amount",
        "regulate/reduced_motion",
    }


def test_a_custom_pattern_with_fractions(pacer_page: PacerPage, clock: FakeClock) -> None:
    pacer_page.pattern_combo.setCurrentIndex(pacer_page.pattern_combo.findData(CUSTOM_KEY))
    assert pacer_page.custom_row.isVisible()
    pacer_page.custom_spins["inhale"].setValue(3.5)
    pacer_page.custom_spins["hold_in"].setValue(1.5)
    pacer_page.custom_spins["exhale"].setValue(7.5)
    assert pacer_page.controller.pattern.spec() == "3.5/1.5/7.5/0"
    pacer_page.controller.start()
    clock.advance(4.0)
    assert pacer_page.pacer.current_frame().phase is BreathPhase.HOLD_IN


def test_an_impossible_custom_hold_is_explained(pacer_page: PacerPage) -> None:
    pacer_page.pattern_combo.setCurrentIndex(pacer_page.pattern_combo.findData(CUSTOM_KEY))
    pacer_page.custom_spins["hold_out"].setValue(0.5)
    assert pacer_page.problem.isVisible()
    assert "either off (0) or at least 1 second" in pacer_page.problem.text()
    assert not pacer_page.start_button.isEnabled()
    pacer_page.custom_spins["hold_out"].setValue(2)
    assert not pacer_page.problem.isVisible()
    assert pacer_page.start_button.isEnabled()


def test_the_reduced_motion_setting_is_applied_and_kept(
    pacer_page: PacerPage, qtbot: QtBot, clock: FakeClock
) -> None:
    assert not pacer_page.pacer.reduced_motion
    pacer_page.motion_check.setChecked(True)
    assert pacer_page.pacer.reduced_motion
    again = PacerPage(clock)
    qtbot.add_widget(again)
    assert again.motion_check.isChecked()
    assert again.pacer.reduced_motion


def test_the_system_motion_preference_is_followed(
    qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pacer_page_module, "system_prefers_reduced_motion", lambda: True)
    page = PacerPage(clock)
    qtbot.add_widget(page)
    assert not page.motion_check.isChecked()
    assert page.pacer.reduced_motion


def test_the_real_motion_preference_query_works() -> None:
    from healer.ui.regulate.motion import system_prefers_reduced_motion

    hints = QApplication.styleHints()
    assert hasattr(hints, "accessibility")  # Qt 6.12: the guarded path is the one taken
    assert system_prefers_reduced_motion() is False  # offscreen reports no preference
