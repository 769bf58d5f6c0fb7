"""First run: the create-vault dialog validates, explains, and creates the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from healer.domain.strength import Strength
from healer.services.session import Session
from healer.ui.unlock.create_dialog import CreateVaultDialog


def _dialog(qtbot: QtBot, path: Path) -> CreateVaultDialog:
    dialog = CreateVaultDialog(path)
    qtbot.add_widget(dialog)
    with qtbot.wait_exposed(dialog):
        dialog.show()
    return dialog


def _label_texts(dialog: CreateVaultDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_mismatch_asks_again_and_creates_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "healer.vault"
    dialog = _dialog(qtbot, path)
    qtbot.keyClicks(dialog.passphrase, "quiet river under stone")
    qtbot.keyClicks(dialog.confirmation, "quiet river under stones")
    dialog.create_button.click()
    assert dialog.message.isVisible()
    assert "not the same" in dialog.message.text()
    assert dialog.confirmation.text() == ""
    assert dialog.passphrase.text() == "quiet river under stone"
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert not path.exists()


def test_too_short_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "healer.vault"
    dialog = _dialog(qtbot, path)
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.confirmation, "short")
    dialog.create_button.click()
    assert dialog.message.isVisible()
    assert "at least 8 characters" in dialog.message.text()
    assert not path.exists()
    assert dialog.session is None


def test_a_guessable_passphrase_is_refused_with_advice(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "healer.vault"
    dialog = _dialog(qtbot, path)
    qtbot.keyClicks(dialog.passphrase, "michaelmichael")
    qtbot.keyClicks(dialog.confirmation, "michaelmichael")
    assert dialog.meter.strength is Strength.WEAK
    assert "Repeating" in dialog.meter.hint
    dialog.create_button.click()
    assert "too easy to guess" in dialog.message.text()
    assert "Repeating" in dialog.message.text()
    assert not path.exists()
    assert dialog.session is None


def test_strength_hint_follows_typing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "healer.vault")
    seen = [dialog.meter.strength]
    hints = {dialog.meter.hint}
    for char in "seven pale lanterns":
        qtbot.keyClicks(dialog.passphrase, char)
        seen.append(dialog.meter.strength)
        hints.add(dialog.meter.hint)
    assert seen[0] is Strength.EMPTY
    assert Strength.TOO_SHORT in seen
    assert seen[-1] is Strength.STRONG
    assert len(hints) >= 3
    dialog.passphrase.clear()
    assert dialog.meter.strength is Strength.EMPTY


def test_notes_warn_and_point_to_crisis_help(qtbot: QtBot, tmp_path: Path) -> None:
    text = _label_texts(_dialog(qtbot, tmp_path / "healer.vault"))
    assert "recover a forgotten passphrase" in text
    assert "not therapy" in text
    assert "emergency services" in text
    assert "crisis line" in text


def test_success_creates_a_vault_that_opens(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "healer.vault"
    dialog = _dialog(qtbot, path)
    qtbot.keyClicks(dialog.passphrase, "quiet river under stone")
    qtbot.keyClicks(dialog.confirmation, "quiet river under stone")
    with qtbot.wait_signal(dialog.accepted):
        dialog.create_button.click()
    assert path.is_file()
    session = dialog.take_session()
    assert session.is_open
    assert dialog.passphrase.text() == ""
    assert dialog.confirmation.text() == ""
    session.lock()
    reopened = Session.unlock(path, "quiet river under stone")
    assert reopened.is_open
    reopened.lock()


def test_quit_rejects(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "healer.vault")
    with qtbot.wait_signal(dialog.rejected):
        dialog.quit_button.click()
    assert dialog.session is None


def test_a_message_grows_the_dialog_instead_of_squeezing_it(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "new" / "healer.vault")
    field_height = dialog.passphrase.height()
    meter_height = dialog.meter.height()
    height = dialog.height()
    qtbot.keyClicks(dialog.passphrase, "quiet river under stone")
    qtbot.keyClicks(dialog.confirmation, "quiet river under stones")
    dialog.create_button.click()
    qtbot.wait_until(lambda: dialog.message.isVisible())
    assert dialog.height() > height
    assert dialog.passphrase.height() == field_height
    assert dialog.meter.height() == meter_height
