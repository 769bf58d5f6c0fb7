"""The file choosers and the one question of the backup actions (tests replace these)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def choose_backup_destination(parent: QWidget, suggested: Path) -> Path | None:
    """Where to write a backup; None when the person cancels.

    Replacing an existing file is asked afterwards by the caller, which knows whether the
    file may be replaced at all (never a vault or a backup).
    """
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BackupPickers", "Back up the vault"),
        str(suggested),
        QCoreApplication.translate("BackupPickers", "Healer backups (*.vault);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def choose_backup_to_restore(parent: QWidget, folder: Path) -> Path | None:
    """The backup to restore; None when the person cancels."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupPickers", "Restore from a backup"),
        str(folder),
        QCoreApplication.translate(
            "BackupPickers", "Healer backups (*.vault *.vault.*);;All files (*)"
        ),
    )
    return Path(name) if name else None


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask one yes/no question; the safe answer (No) is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes
