"""The regulate tab holds the two-week plan as a page of its own, beside the history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from healer.domain.practice_plan import PlanPractice
from healer.services.session import Session
from healer.ui.regulate.tab import RegulateTab


def test_the_plan_button_shows_the_plan_and_a_practice_brings_the_practice_back(
    qtbot: QtBot, regulate_tab: RegulateTab
) -> None:
    qtbot.mouseClick(regulate_tab.plan_button, Qt.MouseButton.LeftButton)
    assert regulate_tab.stack.currentWidget() is regulate_tab.plan_page
    assert regulate_tab.plan_panel.isVisible()
    qtbot.mouseClick(regulate_tab.history_button, Qt.MouseButton.LeftButton)
    assert regulate_tab.stack.currentWidget() is regulate_tab.history_page
    assert not regulate_tab.plan_button.isChecked()
    regulate_tab.show_plan()
    assert not regulate_tab.history_button.isChecked()
    regulate_tab.practice_list.setCurrentRow(1)
    assert regulate_tab.stack.currentWidget() is not regulate_tab.plan_page
    assert not regulate_tab.plan_button.isChecked()


def test_starting_a_plan_from_the_tab_says_so_in_the_status_bar(
    qtbot: QtBot, regulate_tab: RegulateTab, session: Session
) -> None:
    regulate_tab.show_plan()
    panel = regulate_tab.plan_panel
    qtbot.wait_until(lambda: panel.overview is not None)
    panel.practice_combo.choose(PlanPractice.BREATHING)
    with qtbot.wait_signal(regulate_tab.status_message) as said:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert "Plan started" in str(said.args[0])
    current = session.practice_plans.current()
    assert current is not None
    assert current.practice is PlanPractice.BREATHING
