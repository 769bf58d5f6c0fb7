"""Opens one vault-care dialog over the window, and closes it when the vault is locked."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from healer.services.session import Session
from healer.ui.exchange.busy import JobDialog

DialogName = Literal["export", "import", "check"]


def open_dialog(window: QWidget, session: Session, name: DialogName) -> JobDialog:
    """Build the dialog and show it window-modal; the check starts at once."""
    dialog: JobDialog
    if name == "export":
        from healer.ui.exchange.export_dialog import ExportDialog  # noqa: PLC0415 (on first use)

        dialog = ExportDialog(session, window)
    elif name == "import":
        from healer.ui.exchange.import_dialog import ImportDialog  # noqa: PLC0415

        dialog = ImportDialog(session, window)
    else:
        from healer.ui.exchange.check_dialog import CheckDialog  # noqa: PLC0415

        dialog = CheckDialog(session, window)
        dialog.start()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # Locking closes the vault under the dialog: it goes too, whatever it was doing.
    session.locked.connect(dialog.abandon)
    dialog.open()
    return dialog
