"""Where a file is chosen and whether an existing one may be replaced: one place tests replace.

Qt's file dialogs ask nothing about replacing here (Healer asks itself, after it has
checked that the file is not a vault or a backup, which no answer may replace).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def default_folder() -> Path:
    """The person's Documents folder, else their home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def choose_save_file(
    parent: QWidget, caption: str, suggested: Path, name_filter: str
) -> Path | None:
    """The file a person names for writing, or None if they cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(suggested),
        name_filter,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def choose_open_file(parent: QWidget, caption: str, folder: Path, name_filter: str) -> Path | None:
    """The file a person picks for reading, or None if they cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(folder), name_filter)
    return Path(name) if name else None


def ask_replace(parent: QWidget, path: Path) -> bool:
    """Ask before writing over a file the person already has; True to replace it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ExchangeFiles", "Replace the file?"))
    box.setText(
        QCoreApplication.translate("ExchangeFiles", "“%1” already exists.").replace("%1", path.name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ExchangeFiles", "Replacing it writes the export over what it holds now, in %1."
        ).replace("%1", str(path.parent))
    )
    replace = box.addButton(
        QCoreApplication.translate("ExchangeFiles", "Replace"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("ExchangeFiles", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is replace
