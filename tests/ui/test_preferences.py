"""Preferences…: every setting in one dialog, stored at once and taking effect where it is read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from stand_in import stand_in_tabs
from support import PASSPHRASE

from healer.services.session import Session
from healer.ui import settings
from healer.ui.common.appearance import apply_appearance, is_dark
from healer.ui.controller import AppController
from healer.ui.main_window import MainWindow
from healer.ui.pause.tab import PauseTab
from healer.ui.preferences.dialog import PreferencesDialog
from healer.ui.regulate.tab import RegulateTab
from healer.ui.unlock.unlock_dialog import UnlockDialog


@pytest.fixture
def dialog(qtbot: QtBot) -> PreferencesDialog:
    shown = PreferencesDialog()
    qtbot.add_widget(shown)
    with qtbot.wait_exposed(shown):
        shown.show()
    return shown


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> Iterator[MainWindow]:
    shown = MainWindow(session)
    qtbot.add_widget(shown)
    with qtbot.wait_exposed(shown):
        shown.show()
    yield shown
    apply_appearance("system")  # the application palette outlives the test


def test_the_dialog_shows_what_is_stored(qtbot: QtBot) -> None:
    settings.AUTO_LOCK_MINUTES.write(12)
    settings.LOCK_ON_SCREEN_LOCK.write(False)
    settings.CLIPBOARD_CLEAR_SECONDS.write(0)
    settings.AUTO_BACKUP.write(False)
    settings.BACKUP_FOLDER.write("/media/stick/healer")
    settings.PAUSE_MINUTES.write(25)
    settings.REDUCED_MOTION.write(True)
    settings.APPEARANCE.write("dark")
    shown = PreferencesDialog()
    qtbot.add_widget(shown)
    assert shown.idle_spin.value() == 12
    assert not shown.screen_lock_check.isChecked()
    assert shown.clipboard_spin.text() == "Never"
    assert not shown.auto_backup_check.isChecked()
    assert not shown.choose_button.isEnabled()  # no folder to pick while backups are off
    assert shown.folder_field.text() == "/media/stick/healer"
    assert shown.pause_spin.value() == 25
    assert shown.motion_check.isChecked()
    assert shown.appearance_combo.currentData() == "dark"


def test_each_control_stores_its_setting_and_says_which(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    changed: list[str] = []
    dialog.preference_changed.connect(changed.append)
    dialog.idle_spin.setValue(0)
    assert dialog.idle_spin.text() == "Never"
    dialog.screen_lock_check.click()
    dialog.clipboard_spin.setValue(30)
    dialog.auto_backup_check.click()
    dialog.pause_spin.setValue(15)
    dialog.motion_check.click()
    dialog.appearance_combo.setCurrentIndex(dialog.appearance_combo.findData("light"))
    try:
        assert settings.AUTO_LOCK_MINUTES.read() == 0
        assert settings.LOCK_ON_SCREEN_LOCK.read() is False
        assert settings.CLIPBOARD_CLEAR_SECONDS.read() == 30
        assert settings.AUTO_BACKUP.read() is False
        assert settings.PAUSE_MINUTES.read() == 15
        assert settings.REDUCED_MOTION.read() is True
        assert settings.APPEARANCE.read() == "light"
        assert changed == [
            settings.AUTO_LOCK_MINUTES.key,
            settings.LOCK_ON_SCREEN_LOCK.key,
            settings.CLIPBOARD_CLEAR_SECONDS.key,
            settings.AUTO_BACKUP.key,
            settings.PAUSE_MINUTES.key,
            settings.REDUCED_MOTION.key,
            settings.APPEARANCE.key,
        ]
        changed.clear()
        dialog.restore_defaults()
        assert settings.AUTO_LOCK_MINUTES.read() == settings.AUTO_LOCK_MINUTES.default
        assert settings.APPEARANCE.read() == "system"
        assert dialog.idle_spin.value() == settings.AUTO_LOCK_MINUTES.default
        assert dialog.auto_backup_check.isChecked()
        assert len(changed) == 7  # the folder was already the default
    finally:
        apply_appearance("system")


def test_the_backup_folder_is_picked_or_set_back(
    qtbot: QtBot, dialog: PreferencesDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "ask_folder", lambda: "")
    dialog.choose_button.click()  # cancelled: nothing changes
    assert settings.BACKUP_FOLDER.read() == ""
    monkeypatch.setattr(dialog, "ask_folder", lambda: str(tmp_path))
    dialog.choose_button.click()
    assert settings.BACKUP_FOLDER.read() == str(tmp_path)
    assert dialog.folder_field.text() == str(tmp_path)
    dialog.default_button.click()
    assert settings.BACKUP_FOLDER.read() == ""
    assert dialog.folder_field.text() == ""
    assert "beside your vault" in dialog.folder_field.placeholderText()


def test_the_action_has_the_platform_keys_and_role(window: MainWindow) -> None:
    action = window.preferences_action
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        assert key in action.shortcuts()
    assert action.menuRole() is QAction.MenuRole.PreferencesRole


def test_motion_and_pause_length_take_effect_in_open_tabs(qtbot: QtBot, window: MainWindow) -> None:
    regulate = window.page("regulate")
    pause = window.page("pause")
    assert isinstance(regulate, RegulateTab)
    assert isinstance(pause, PauseTab)
    assert not regulate.pacer_page.reduced_motion()
    assert pause.start_page.minutes_spin.value() == 20
    dialog = window.show_preferences()
    dialog.motion_check.click()
    dialog.pause_spin.setValue(35)
    assert regulate.pacer_page.motion_check.isChecked()
    assert regulate.pacer_page.pacer.reduced_motion
    assert pause.start_page.minutes_spin.value() == 35
    pause.start_activated()
    assert pause.naming_page.minutes_spin.value() == 35
    dialog.close_button.click()


def test_the_pause_tab_length_is_the_same_preference(qtbot: QtBot, window: MainWindow) -> None:
    pause = window.page("pause")
    assert isinstance(pause, PauseTab)
    pause.start_page.minutes_spin.setValue(10)
    assert settings.PAUSE_MINUTES.read() == 10
    dialog = window.show_preferences()
    assert dialog.pause_spin.value() == 10


def test_appearance_applies_live_and_back(qtbot: QtBot, window: MainWindow) -> None:
    system = QApplication.palette().color(QPalette.ColorRole.Window).name()
    dialog = window.show_preferences()
    dialog.appearance_combo.setCurrentIndex(dialog.appearance_combo.findData("dark"))
    assert is_dark(QApplication.palette())
    qtbot.wait_until(lambda: is_dark(window.palette()))  # widgets hear of it by event
    dialog.appearance_combo.setCurrentIndex(dialog.appearance_combo.findData("light"))
    qtbot.wait_until(lambda: not is_dark(window.palette()))
    dialog.appearance_combo.setCurrentIndex(dialog.appearance_combo.findData("system"))
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == system


def test_the_idle_lock_follows_the_preference_at_once(qtbot: QtBot, vault_path: Path) -> None:
    controller = AppController(vault_path, stand_in_tabs())
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.wait_signal(controller.unlocked):
        gate.unlock_button.click()
    window = controller.window
    assert window is not None
    qtbot.add_widget(window)
    assert controller.idle_watcher.timeout_ms == 5 * 60_000
    dialog = window.show_preferences()
    dialog.idle_spin.setValue(0)
    assert controller.idle_watcher.timeout_ms == 0
    assert not controller.idle_watcher.active
    dialog.idle_spin.setValue(3)
    assert controller.idle_watcher.timeout_ms == 3 * 60_000
    assert controller.idle_watcher.active
    dialog.close_button.click()
    window.lock()
    assert not controller.idle_watcher.active
    qtbot.add_widget(controller.gate)
    controller.shutdown()


def test_the_language_row_offers_the_system_and_each_language_in_its_own_name(
    qtbot: QtBot, dialog: PreferencesDialog
) -> None:
    combo = dialog.language_combo
    shown = [combo.itemText(index) for index in range(combo.count())]
    # The tests run under the C locale: the system's language is English.
    assert shown == ["System (English)", "English", "Español"]
    assert combo.currentData() == "system"
    changed: list[str] = []
    dialog.preference_changed.connect(changed.append)
    combo.setCurrentIndex(combo.findData("es"))
    assert settings.LANGUAGE.read() == "es"
    assert changed == [settings.LANGUAGE.key]
    reopened = PreferencesDialog()
    qtbot.add_widget(reopened)
    assert reopened.language_combo.currentText() == "Español"
    dialog.restore_defaults()
    assert settings.LANGUAGE.read() == "system"
    assert combo.currentData() == "system"
