"""The keyboard in Regulate: Space finds the pacer, focus follows the practice, never hides."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.practice import PracticeKind
from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.regulate.cards import OrientingCard
from healer.ui.regulate.pacer_controller import PacerState
from healer.ui.regulate.tab import RegulateTab


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> Iterator[MainWindow]:
    shown = MainWindow(session)
    qtbot.addWidget(shown)
    with qtbot.wait_exposed(shown):
        shown.show()
    with qtbot.wait_active(shown):
        shown.activateWindow()
    yield shown
    shown.close()


def test_space_starts_the_pacer_right_after_opening_regulate(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.tab_widget.tabBar().setFocus()
    tab = window.show_tab("regulate")
    assert isinstance(tab, RegulateTab)
    qtbot.wait_until(tab.pacer_page.isVisible)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert not tab.pacer_page.isAncestorOf(focused), focused
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert tab.pacer_page.controller.state is PacerState.RUNNING
    tab.practice_list.setFocus()
    qtbot.keyClick(tab.practice_list, Qt.Key.Key_Space)
    assert tab.pacer_page.controller.state is PacerState.PAUSED
    tab.pacer_page.stop_everything()


def test_space_keeps_its_meaning_elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.show_tab("regulate")
    assert isinstance(tab, RegulateTab)
    qtbot.wait_until(tab.pacer_page.isVisible)
    window.show_tab("journal")
    qtbot.wait_until(lambda: not tab.pacer_page.isVisible())
    qtbot.keyClick(window.tab_widget.tabBar(), Qt.Key.Key_Space)
    assert tab.pacer_page.controller.state is PacerState.IDLE  # the pacer is hidden
    tab.show_practice(PracticeKind.ORIENTING)
    window.show_tab("regulate")
    card = tab.cards[PracticeKind.ORIENTING]
    assert isinstance(card, OrientingCard)
    qtbot.wait_until(card.isVisible)
    qtbot.keyClick(window.tab_widget.tabBar(), Qt.Key.Key_Space)
    assert tab.pacer_page.controller.state is PacerState.IDLE


def test_look_around_puts_the_cursor_in_the_first_field(
    regulate_tab: RegulateTab, qtbot: QtBot
) -> None:
    card = regulate_tab.cards[PracticeKind.ORIENTING]
    assert isinstance(card, OrientingCard)
    regulate_tab.show_practice(PracticeKind.ORIENTING)
    with qtbot.wait_active(regulate_tab):
        regulate_tab.activateWindow()
    card.begin_button.click()
    assert QApplication.focusWidget() is card.fields[0]
    qtbot.keyClicks(card.fields[0], "a lamp")
    assert card.is_running
    assert card.fields[0].text() == "a lamp"


def test_focus_leaves_the_dismissed_save_panel(
    regulate_tab: RegulateTab, qtbot: QtBot, clock: FakeClock
) -> None:
    with qtbot.wait_active(regulate_tab):
        regulate_tab.activateWindow()
    page = regulate_tab.pacer_page
    page.controller.toggle()
    clock.advance(30)
    page.controller.stop()
    panel = regulate_tab.record_panel
    qtbot.wait_until(panel.isVisible)
    panel.skip_button.setFocus()
    panel.skip_button.click()
    assert not panel.isVisible()
    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused.isVisible()
    assert focused is page.pacer
