"""Unlocking: a wrong passphrase is met calmly and changes nothing on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from support import PASSPHRASE

from healer.ui.unlock.unlock_dialog import UnlockDialog


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def _dialog(qtbot: QtBot, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(path)
    qtbot.add_widget(dialog)
    with qtbot.wait_exposed(dialog):
        dialog.show()
    return dialog


def test_wrong_passphrase_clears_field_and_leaves_files_alone(
    qtbot: QtBot, vault_path: Path
) -> None:
    before = _snapshot(vault_path.parent)
    dialog = _dialog(qtbot, vault_path)
    qtbot.keyClicks(dialog.passphrase, "not the right words")
    dialog.unlock_button.click()
    assert dialog.message.isVisible()
    assert "didn't open" in dialog.message.text()
    assert dialog.passphrase.text() == ""
    assert dialog.isVisible()
    assert dialog.session is None
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert _snapshot(vault_path.parent) == before

    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert not dialog.message.isVisible()
    with qtbot.wait_signal(dialog.accepted):
        dialog.unlock_button.click()
    session = dialog.take_session()
    assert session.is_open
    assert dialog.passphrase.text() == ""
    session.lock()


def test_empty_passphrase_gets_a_hint(qtbot: QtBot, vault_path: Path) -> None:
    dialog = _dialog(qtbot, vault_path)
    dialog.unlock_button.click()
    assert dialog.message.isVisible()
    assert dialog.session is None


def test_missing_vault_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "gone.vault")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.unlock_button.click()
    assert "No vault" in dialog.message.text()
    assert dialog.session is None
