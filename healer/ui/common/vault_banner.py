"""A banner over the tabs when the vault can only be read (read-only medium, or damaged)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from healer.domain.errors import Words
from healer.ui.common.error_text import words_text


class VaultStateBanner(QLabel):
    """Says plainly that changes cannot be saved and why; hidden while the vault is writable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vault-state-banner")
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(8)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Vault state"))
        self.hide()

    def show_state(self, read_only: Words | None, damaged: bool) -> None:
        """Show the reason the vault is read-only, or hide the banner when it is writable."""
        if damaged:
            self.setText(
                self.tr(
                    "Read-only: the vault is damaged (some pages fail their checks)."
                    " You can read and export what is still readable; restore a backup"
                    " before writing again."
                )
            )
        elif read_only is not None:
            reason = words_text(read_only)
            self.setText(
                self.tr("Read-only: %1. You can read and export, but not change anything.").replace(
                    "%1", reason[:1].upper() + reason[1:]
                )
            )
        else:
            self.clear()
            self.hide()
            return
        self.show()
