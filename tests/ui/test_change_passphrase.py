"""Change passphrase…: checks, refusals, re-encryption off the GUI thread, a backup offered."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from shell_helpers import stand_in_window_fixture  # noqa: F401
from support import PASSPHRASE

from healer.services.errors import HealerError, WrongPassphraseError
from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.unlock.change_dialog import ChangePassphraseDialog

NEW = "seven pale lanterns drift home"


def _dialog(qtbot: QtBot, session: Session) -> ChangePassphraseDialog:
    dialog = ChangePassphraseDialog(session)
    qtbot.add_widget(dialog)
    with qtbot.wait_exposed(dialog):
        dialog.show()
    return dialog


def _fill(qtbot: QtBot, dialog: ChangePassphraseDialog, current: str, new: str, again: str) -> None:
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.confirmation, again)


def _opens(path: Path, passphrase: str) -> bool:
    try:
        Session.unlock(path, passphrase).lock()
    except WrongPassphraseError:
        return False
    return True


def test_a_change_runs_in_the_background_then_offers_a_backup(
    qtbot: QtBot, session: Session
) -> None:
    dialog = _dialog(qtbot, session)
    _fill(qtbot, dialog, PASSPHRASE, NEW, NEW)
    dialog.change_button.click()
    # The current passphrase leaves the field at once; the window keeps painting meanwhile.
    assert dialog.current.text() == ""
    assert dialog.is_busy
    assert dialog.busy.isVisible()
    assert not dialog.change_button.isEnabled()
    dialog.reject()  # Escape while busy does nothing
    assert dialog.isVisible()
    qtbot.wait_until(lambda: dialog.changed, timeout=20_000)
    assert not dialog.is_busy
    assert dialog.new.text() == ""
    assert dialog.confirmation.text() == ""
    assert dialog.backup_button.isVisible()
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "Backups made before now still open only with the old passphrase" in text

    with qtbot.wait_signal(dialog.backup_requested):
        dialog.backup_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    path = session.vault_path
    session.lock()
    assert _opens(path, NEW)
    assert not _opens(path, PASSPHRASE)


def test_a_wrong_current_passphrase_changes_nothing(qtbot: QtBot, session: Session) -> None:
    dialog = _dialog(qtbot, session)
    _fill(qtbot, dialog, "not the passphrase at all", NEW, NEW)
    dialog.change_button.click()
    qtbot.wait_until(lambda: not dialog.is_busy, timeout=20_000)
    assert "not the current passphrase" in dialog.message.text()
    assert dialog.current.hasFocus()
    assert not dialog.changed
    path = session.vault_path
    session.lock()
    assert _opens(path, PASSPHRASE)


def test_refusals_before_any_work(qtbot: QtBot, session: Session) -> None:
    dialog = _dialog(qtbot, session)
    dialog.change_button.click()
    assert "current passphrase first" in dialog.message.text()

    _fill(qtbot, dialog, PASSPHRASE, "michaelmichael", "michaelmichael")
    dialog.change_button.click()
    assert "too easy to guess" in dialog.message.text()
    assert "Repeating" in dialog.message.text()
    assert not dialog.is_busy

    dialog.new.clear()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.confirmation, NEW + "s")
    dialog.change_button.click()
    assert "not the same" in dialog.message.text()
    assert dialog.confirmation.text() == ""

    dialog.new.clear()
    qtbot.keyClicks(dialog.new, PASSPHRASE)
    qtbot.keyClicks(dialog.confirmation, PASSPHRASE)
    dialog.change_button.click()
    assert "same as the current one" in dialog.message.text()
    assert not dialog.is_busy
    assert dialog.current.text() == PASSPHRASE  # nothing was tried, nothing to retype


def test_the_meter_follows_the_new_passphrase(qtbot: QtBot, session: Session) -> None:
    dialog = _dialog(qtbot, session)
    qtbot.keyClicks(dialog.new, "kitten sofa")
    assert dialog.meter.estimate.warned
    assert dialog.meter.hint.startswith("Fair")
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, NEW)
    assert dialog.meter.hint.startswith("Strong")


def test_the_session_refuses_the_same_or_a_wrong_current_passphrase(session: Session) -> None:
    with pytest.raises(WrongPassphraseError):
        session.change_passphrase(NEW, current="wrong passphrase here")
    with pytest.raises(HealerError, match="same as the current"):
        session.change_passphrase(PASSPHRASE, current=PASSPHRASE)
    assert session.journal.find() == []  # still open and usable


def test_the_file_menu_offers_it_and_the_idle_lock_waits(
    qtbot: QtBot, stand_in_window: MainWindow
) -> None:
    window = stand_in_window
    file_actions = window.menus["file"].actions()
    names = [action.text() for action in file_actions]
    change = names.index("Change &passphrase…")
    assert names[change + 1] == "Pr&eferences…"
    assert file_actions[change + 2].isSeparator()
    assert names[change + 3] == "&Lock"
    window.passphrase_action.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    assert isinstance(dialog, ChangePassphraseDialog)
    qtbot.wait_until(dialog.isVisible)
    _fill(qtbot, dialog, PASSPHRASE, NEW, NEW)
    dialog.change_button.click()
    assert window.activity_running()  # the idle lock waits for the re-encryption
    qtbot.wait_until(lambda: dialog.changed, timeout=20_000)
    assert not window.activity_running()
    dialog.close_button.click()


def test_locking_closes_the_dialog(qtbot: QtBot, stand_in_window: MainWindow) -> None:
    dialog = stand_in_window.change_passphrase()
    assert dialog is not None
    qtbot.wait_until(dialog.isVisible)
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    with qtbot.wait_signal(stand_in_window.locked):
        stand_in_window.lock_action.trigger()
    qtbot.wait_until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert stand_in_window.change_passphrase() is None
