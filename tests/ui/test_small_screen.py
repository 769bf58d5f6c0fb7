"""A small laptop: every tab at 1000×600, dialogs within the screen, Tab reaches every control."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support import wait_loaded

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.services.session import Session
from healer.ui.common.fit import fit_rect
from healer.ui.journal.tab import JournalTab
from healer.ui.main_window import MainWindow
from healer.ui.regulate.tab import RegulateTab

SMALL_WINDOW = (1000, 600)
TAB_KEYS = ("journal", "regulate", "pause", "parts", "people", "charts")


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> Iterator[MainWindow]:
    shown = MainWindow(session)
    qtbot.addWidget(shown)
    shown.resize(*SMALL_WINDOW)
    shown.show()
    yield shown
    shown.close()


@pytest.mark.parametrize("key", TAB_KEYS)
def test_each_tab_fits_a_small_laptop(window: MainWindow, key: str) -> None:
    page = window.show_tab(key)
    QApplication.processEvents()
    width, height = SMALL_WINDOW
    for measured in (window.minimumSizeHint(), window.minimumSize()):
        assert measured.width() <= width, (key, measured)
        assert measured.height() <= height, (key, measured)
    window.resize(width, height)
    QApplication.processEvents()
    holder = page.parentWidget()
    assert holder is not None
    # The page gets at least what it asks for: nothing of it is cut at this size.
    assert page.minimumSizeHint().width() <= holder.width(), key
    assert page.minimumSizeHint().height() <= holder.height(), key


def test_regulate_fits_with_the_save_panel_offered(window: MainWindow) -> None:
    page = window.show_tab("regulate")
    assert isinstance(page, RegulateTab)
    page.record_panel.offer(
        PracticeUseInput(PracticeKind.BREATHING, utc_now(), duration_seconds=60)
    )
    QApplication.processEvents()
    assert page.record_panel.isVisible()
    width, height = SMALL_WINDOW
    measured = window.minimumSizeHint()
    assert measured.width() <= width
    assert measured.height() <= height, measured
    window.resize(width, height)
    QApplication.processEvents()
    # The panel's buttons can be reached: scrolled into view when focused.
    page.record_panel.save_button.setFocus()
    QApplication.processEvents()
    assert page.record_panel.save_button.isVisible()
    page.record_panel.hide()
    QApplication.processEvents()
    assert not page.record_panel.parentWidget().isVisible()


def test_fit_rect_keeps_a_dialog_inside_a_small_screen() -> None:
    # A 1024×640 screen with a 27-pixel panel at the top.
    available = QRect(0, 27, 1024, 613)
    placed = fit_rect(QRect(600, 300, 880, 700), available)
    assert available.contains(placed)
    assert placed.size().width() == 880
    assert placed.size().height() == 613
    untouched = fit_rect(QRect(40, 60, 500, 400), available)
    assert untouched == QRect(40, 60, 500, 400)


def test_entry_form_opens_within_the_screen(qtbot: QtBot, session: Session) -> None:
    tab = JournalTab(session)
    qtbot.addWidget(tab)
    dialog = tab.new_entry()
    QApplication.processEvents()
    assert dialog.width() <= SMALL_WINDOW[0]
    assert dialog.height() <= SMALL_WINDOW[1]
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry())
    for button in (dialog.save_button, dialog.keep_button, dialog.discard_button):
        assert dialog.rect().contains(button.geometry()), button.text()
    assert "Ctrl+Enter" in dialog.save_hint.text()
    dialog.done(0)


def _walk(start: QWidget, presses: int) -> list[QWidget]:
    """The widgets forward Tab visits from `start`, in order."""
    seen: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def test_tab_walks_the_journal_in_order(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    session.journal.log(ActivationInput(trigger="A late reply", intensity=6, started_at=utc_now()))
    tab = window.show_tab("journal")
    assert isinstance(tab, JournalTab)
    wait_loaded(qtbot, tab)
    with qtbot.wait_active(window):
        window.activateWindow()
    tab.table.selectRow(0)
    tab.quick_capture.trigger_edit.setFocus()
    seen = _walk(tab.quick_capture.trigger_edit, 16)
    wanted = [
        tab.filter_bar.search_edit,
        tab.filter_bar.category_combo,
        tab.filter_bar.from_edit,
        tab.filter_bar.to_edit,
        tab.table,
        tab.open_button,
        tab.settle_button,
        tab.delete_button,
    ]
    places = [seen.index(widget) for widget in wanted]
    assert places == sorted(places)
    assert seen.count(tab.filter_bar.from_edit) == 1


@pytest.mark.parametrize("key", TAB_KEYS)
def test_tab_reaches_every_control(qtbot: QtBot, window: MainWindow, key: str) -> None:
    page = window.show_tab(key)
    with qtbot.wait_active(window):
        window.activateWindow()
    QApplication.processEvents()
    wanted = {
        child
        for child in page.findChildren(QWidget)
        if child.isVisibleTo(window)
        and child.isEnabled()
        and child.focusProxy() is None
        and child.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    }
    assert wanted, key
    window.tab_widget.tabBar().setFocus()
    seen = set(_walk(window.tab_widget.tabBar(), 3 * len(wanted) + 10))
    missing = [child.accessibleName() or type(child).__name__ for child in wanted - seen]
    assert not missing, (key, missing)
