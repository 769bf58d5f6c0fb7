"""Vault care through the File menu in a real X window; run by test_vault_care_journey.py.

back up -> change the passphrase (and back up again, as offered) -> restore the first backup
with its old passphrase -> export JSON and the readable document -> import another export.
Real menus, real dialogs (Qt's own file dialog, answered by typing a path), real files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.errors import HealerError
from healer.services.session import Session
from healer.ui.backup.restore_dialog import RestoreDialog
from healer.ui.controller import AppController
from healer.ui.exchange.export_dialog import ExportDialog
from healer.ui.exchange.import_dialog import ImportDialog
from healer.ui.main_window import MainWindow
from healer.ui.unlock.change_dialog import ChangePassphraseDialog
from healer.ui.unlock.create_dialog import CreateVaultDialog

FIRST = "slow tide over grey pebbles"
SECOND = "lanterns drift past the quiet harbour"
TRIGGERS = ("No reply since lunch", "Plans moved <again> & nobody said")


def _shot(widget: QWidget, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
        QGuiApplication.sync()
    folder = Path(os.environ["HEALER_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def _when_modal(kind: type[QWidget], answer: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog of this kind once it is up (it runs its own loop)."""

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            answer(modal)
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(0, look)


def _type_path(path: Path) -> Callable[[QWidget], None]:
    """Answer Qt's own file dialog as a person would: type the path, press Enter."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        (name,) = [edit for edit in dialog.findChildren(QLineEdit) if edit.isVisible()]
        name.setText(str(path))
        _shot(dialog, f"file-dialog-{path.stem}")
        dialog.accept()

    return answer


def _from_file_menu(qtbot: QtBot, window: MainWindow, action: QAction) -> None:
    """Open File with Alt+F, move to the action, press Enter."""
    menu = window.menus["file"]
    window.activateWindow()  # a notice just closed: the keys go to the window again
    qtbot.wait_until(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(menu.isVisible)
    assert action in menu.actions()
    menu.setActiveAction(action)
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def _notice(qtbot: QtBot, window: MainWindow, title: str, shot: str) -> str:
    """Wait for the window's notice with this title, keep its picture, close it; its text."""
    box: list[QMessageBox] = []

    def shown() -> bool:
        box[:] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        return bool(box) and box[0].windowTitle() == title

    qtbot.wait_until(shown, timeout=60_000)
    _shot(box[0], shot)
    text = box[0].text()
    box[0].accept()
    return text


def _count(path: Path, passphrase: str) -> int:
    session = Session.unlock(path, passphrase)
    try:
        return session.journal.count()
    finally:
        session.lock()


def _opens(path: Path, passphrase: str) -> bool:
    try:
        Session.unlock(path, passphrase).lock()
    except HealerError:
        return False
    return True


def test_vault_care_journey(qtbot: QtBot, tmp_path: Path) -> None:
    assert QGuiApplication.platformName() == "xcb"
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    controller = AppController(tmp_path / "vault" / "healer.vault", idle_ms=0)
    try:
        _journey(qtbot, controller, tmp_path)
    finally:
        controller.shutdown()


def _journey(qtbot: QtBot, controller: AppController, tmp_path: Path) -> None:
    vault = tmp_path / "vault" / "healer.vault"
    controller.start()
    gate = controller.gate
    assert isinstance(gate, CreateVaultDialog)
    qtbot.add_widget(gate)
    qtbot.keyClicks(gate.passphrase, FIRST)
    qtbot.keyClicks(gate.confirmation, FIRST)
    with qtbot.wait_signal(controller.unlocked):
        gate.create_button.click()
    window = controller.window
    assert window is not None
    qtbot.add_widget(window)
    window.resize(1280, 800)
    with qtbot.wait_exposed(window):
        window.show()
    with qtbot.wait_active(window):
        window.activateWindow()
    session = window.session
    assert session is not None
    for trigger in TRIGGERS:
        session.journal.log(ActivationInput(trigger=trigger, intensity=6, started_at=utc_now()))

    # 1. File ▸ Back up now…: a checked copy where the person types.
    first_backup = tmp_path / "stick" / "first.vault"
    first_backup.parent.mkdir()
    _when_modal(QFileDialog, _type_path(first_backup))
    _from_file_menu(qtbot, window, window.backup_action)
    assert "checked" in _notice(qtbot, window, "Backup done", "01-backup-done")
    assert _count(first_backup, FIRST) == 2

    # 2. File ▸ Change passphrase…, then the fresh backup it offers.
    _from_file_menu(qtbot, window, window.passphrase_action)
    (change,) = [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]
    qtbot.keyClicks(change.current, FIRST)
    qtbot.keyClicks(change.new, SECOND)
    qtbot.keyClicks(change.confirmation, SECOND)
    _shot(change, "02-change-passphrase")
    change.change_button.click()
    qtbot.wait_until(lambda: change.changed, timeout=60_000)
    qtbot.wait_until(lambda: change.backup_button.isVisible())
    _shot(change, "03-passphrase-changed")
    second_backup = tmp_path / "stick" / "after-change.vault"
    _when_modal(QFileDialog, _type_path(second_backup))
    change.backup_button.click()
    _notice(qtbot, window, "Backup done", "04-second-backup-done")
    assert _opens(second_backup, SECOND)
    assert not _opens(second_backup, FIRST)
    assert _opens(first_backup, FIRST)  # an older backup keeps its passphrase

    # A third entry after both backups: the restore must take it away again.
    session = window.session
    assert session is not None
    session.journal.log(ActivationInput(trigger="later", intensity=3, started_at=utc_now()))

    # 3. File ▸ Restore from a backup…: the first backup, opened with its own (old) passphrase.
    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.passphrase.setText(FIRST)
        dialog.open_button.click()
        qtbot.wait_until(dialog.restore_button.isEnabled, timeout=60_000)
        _shot(dialog, "05-restore-preview")
        assert "2 entries" in dialog.contents.text()
        dialog.restore_button.click()

    _when_modal(QFileDialog, _type_path(first_backup))
    _when_modal(RestoreDialog, restore)
    _from_file_menu(qtbot, window, window.restore_action)
    text = _notice(qtbot, window, "Backup restored", "06-restored")
    session = window.session
    assert session is not None
    assert session.journal.count() == 2
    (kept,) = vault.parent.glob("healer.vault.before-restore-*")
    assert str(kept) in text
    assert _count(kept, SECOND) == 3  # the vault as it was, under the passphrase it had

    # 4. File ▸ Export…: Healer JSON, then the readable document.
    _from_file_menu(qtbot, window, window.export_action)
    (export,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert export.warning.isVisible()
    assert export.warning.accessibleName() == "This file is not encrypted"
    json_file = tmp_path / "out" / "journal.json"
    json_file.parent.mkdir()
    for kind, path in (("JSON", json_file), ("HTML", tmp_path / "out" / "journal.html")):
        (choice,) = [b for b in export.choices.values() if kind in b.text()]
        choice.click()
        _shot(export, f"07-export-{kind.lower()}")
        _when_modal(QFileDialog, _type_path(path))
        export.export_button.click()
        qtbot.wait_until(lambda path=path: str(path) in export.outcome.text(), timeout=60_000)
    export.close()
    document = json.loads(json_file.read_text())
    assert sorted(a["trigger"] for a in document["activations"]) == sorted(TRIGGERS)
    html = (tmp_path / "out" / "journal.html").read_text()
    assert "Plans moved &lt;again&gt; &amp; nobody said" in html
    assert "<again>" not in html

    # 5. File ▸ Import…: another journal's export, previewed, then added.
    other_path = tmp_path / "other" / "h.vault"
    other = Session.create(other_path, FIRST)
    try:
        other.journal.log(
            ActivationInput(trigger="From the old laptop", intensity=5, started_at=utc_now())
        )
        other_export = tmp_path / "other" / "old-laptop.json"
        other.exchange.export_json(other_export)
    finally:
        other.lock()
    _from_file_menu(qtbot, window, window.import_action)
    (importing,) = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    _when_modal(QFileDialog, _type_path(other_export))
    importing.choose_button.click()
    qtbot.wait_until(importing.import_button.isEnabled, timeout=60_000)
    _shot(importing, "08-import-preview")
    importing.import_button.click()
    qtbot.wait_until(lambda: session.journal.count() == 3, timeout=60_000)
    _shot(importing, "09-imported")
    importing.close()
    window.lock()
    assert _count(vault, FIRST) == 3
