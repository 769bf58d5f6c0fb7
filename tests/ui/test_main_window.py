"""The main window: menus, shortcuts with fallbacks, lazy pages, routing, undo and status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from shell_helpers import stand_in_window_fixture  # noqa: F401 (fixture)
from stand_in import StandInTab

from healer.ui.main_window import MainWindow
from healer.ui.tabs import default_tabs


def _keys(action_keys: list[QKeySequence]) -> set[str]:
    return {key.toString(QKeySequence.SequenceFormat.PortableText) for key in action_keys}


def test_menus_in_order(stand_in_window: MainWindow) -> None:
    titles = [action.text() for action in stand_in_window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]


def test_actions_have_shortcuts_and_fallbacks(stand_in_window: MainWindow) -> None:
    window = stand_in_window
    expected = {
        window.quit_action: "Ctrl+Q",
        window.lock_action: "Ctrl+L",
        window.new_entry_action: "Ctrl+N",
        window.find_action: "Ctrl+F",
        window.help_action: "F1",
        window.undo_action: "Ctrl+Z",
        window.redo_action: "Ctrl+Shift+Z",
    }
    for action, key in expected.items():
        assert key in _keys(action.shortcuts()), action.text()
        assert action in window.actions(), action.text()
    menu_actions = {a for menu in window.menus.values() for a in menu.actions()}
    assert set(expected) <= menu_actions
    assert window.about_action in menu_actions
    assert window.about_qt_action in menu_actions


def test_title_is_only_the_app_name(stand_in_window: MainWindow) -> None:
    assert stand_in_window.windowTitle() == "Healer"


def test_pages_are_built_on_first_show(stand_in_window: MainWindow) -> None:
    window = stand_in_window
    assert list(window.built_pages) == ["journal"]
    window.tab_widget.setCurrentIndex(1)
    assert list(window.built_pages) == ["journal", "second"]
    assert len(StandInTab.instances) == 2


def test_find_and_new_entry_reach_the_journal(stand_in_window: MainWindow) -> None:
    window = stand_in_window
    window.tab_widget.setCurrentIndex(1)
    window.find_action.trigger()
    assert window.tab_widget.currentIndex() == 0
    journal = window.built_pages["journal"]
    assert isinstance(journal, StandInTab)
    # Shown, the journal puts the cursor in quick capture; then Find moves it to search.
    assert journal.calls == ["focus_quick_capture", "focus_search"]
    window.new_entry_action.trigger()
    assert journal.calls == ["focus_quick_capture", "focus_search", "new_entry"]


def test_keyboard_shortcut_reaches_the_page(qtbot: QtBot, stand_in_window: MainWindow) -> None:
    window = stand_in_window
    with qtbot.wait_active(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    journal = window.built_pages["journal"]
    assert isinstance(journal, StandInTab)
    assert "focus_search" in journal.calls


def test_status_bar_shows_page_messages(stand_in_window: MainWindow) -> None:
    journal = stand_in_window.built_pages["journal"]
    assert isinstance(journal, StandInTab)
    journal.status_message.emit("Saved")
    assert stand_in_window.statusBar().currentMessage() == "Saved"


def test_undo_follows_the_current_page(stand_in_window: MainWindow) -> None:
    window = stand_in_window
    journal = window.built_pages["journal"]
    assert isinstance(journal, StandInTab)
    assert not window.undo_action.isEnabled()
    journal.push_edit("edit")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert journal.undo_stack.index() == 0
    assert window.redo_action.isEnabled()
    window.tab_widget.setCurrentIndex(1)
    assert not window.redo_action.isEnabled()
    window.tab_widget.setCurrentIndex(0)
    window.redo_action.trigger()
    assert journal.undo_stack.index() == 1


def test_about_box_carries_the_safety_note(stand_in_window: MainWindow) -> None:
    box = stand_in_window.show_about()
    assert "not a medical device" in box.informativeText()
    assert "crisis line" in box.informativeText()
    box.close()


def test_default_tabs_start_with_the_path_then_the_activation_log() -> None:
    tabs = default_tabs()
    assert [spec.key for spec in tabs[:2]] == ["path", "journal"]
    keys = [spec.key for spec in tabs]
    # The roadmap's order (body first); a tab is listed only once it exists.
    roadmap = ["path", "journal", "regulate", "pause", "parts", "people", "charts", "support"]
    assert keys == [key for key in roadmap if key in keys]
    assert {"journal", "regulate", "pause"} <= set(keys)
