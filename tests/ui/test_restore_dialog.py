"""The restore dialog: its own passphrase, what the backup holds, and nothing before that."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from support import PASSPHRASE, bulk_fill

from healer.services.session import Session
from healer.ui.backup.restore_dialog import RestoreDialog


def test_the_backup_is_shown_only_after_its_passphrase_opens_it(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    bulk_fill(session, 30)
    backup = session.backup(tmp_path / "old.vault")
    dialog = RestoreDialog(backup, session.vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled()
    assert dialog.focusWidget() is dialog.passphrase

    qtbot.keyClicks(dialog.passphrase, "not this one")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "doesn't open this backup" in dialog.message.text()
    assert not dialog.restore_button.isEnabled()

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.contents.isVisible()
    assert "30 entries" in dialog.contents.text()
    assert "2026" in dialog.contents.text()
    assert "entry 000" not in dialog.contents.text()  # bulk_fill's triggers: never shown
    assert dialog.restore_button.isEnabled()
    assert dialog.focusWidget() is dialog.restore_button

    # Another passphrase typed: the summary no longer stands.
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Backspace)
    assert not dialog.contents.isVisible()
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE[-1])
    dialog.open_button.click()
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.passphrase.text() == ""
    assert dialog.take_passphrase() == PASSPHRASE
    assert dialog.take_passphrase() == ""


def test_a_file_that_is_no_backup_is_said_plainly(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    stranger = tmp_path / "photo.vault"
    stranger.write_bytes(b"\x89PNG" + b"\0" * 100)
    dialog = RestoreDialog(stranger, session.vault_path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.open_button.click()
    assert "is not a Healer vault" in dialog.message.text()
    assert not dialog.restore_button.isEnabled()
