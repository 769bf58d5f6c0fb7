"""The regulate tab inside the main window: Ctrl+B from anywhere, and teardown on lock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.regulate.tab import RegulateTab


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> Iterator[MainWindow]:
    main = MainWindow(session)
    qtbot.add_widget(main)
    with qtbot.wait_exposed(main):
        main.show()
    yield main
    if main.session is not None:
        main.lock()


def test_regulate_comes_right_after_the_activation_log(window: MainWindow) -> None:
    titles = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
    assert titles[:3] == ["Your path", "Activation log", "Regulate"]
    assert "regulate" not in window.built_pages  # built on first show only


def test_ctrl_b_opens_the_pacer_from_anywhere(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.wait_active(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    page = window.built_pages["regulate"]
    assert isinstance(page, RegulateTab)
    assert window.tab_widget.currentWidget().objectName() == "tab-regulate"
    assert page.stack.currentWidget() is page.pacer_page
    qtbot.wait_until(lambda: page.pacer_page.pacer.hasFocus())
    qtbot.keyClick(page.pacer_page.pacer, Qt.Key.Key_Space)
    assert page.pacer_page.controller.is_running


def test_locking_tears_the_tab_down_with_its_timer_stopped(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.show_tab("regulate")
    assert isinstance(page, RegulateTab)
    page.pacer_page.controller.start()
    pacer = page.pacer_page.pacer
    qtbot.wait_until(lambda: pacer.is_animating)  # the new page is shown by a queued call
    stopped: list[bool] = []
    page.pacer_page.controller.state_changed.connect(lambda: stopped.append(not pacer.is_animating))
    with qtbot.wait_signal(page.destroyed):
        window.lock()
    assert window.built_pages == {}
    assert stopped == [True]  # halted on lock, with the frame timer already stopped
