"""Later runs and after a lock: type the passphrase; a wrong one just asks again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from healer.services.errors import HealerError, WrongPassphraseError
from healer.ui.unlock.common import (
    DIALOG_WIDTH,
    busy_cursor,
    heading_label,
    message_label,
    note_label,
    passphrase_field,
    show_message,
)

if TYPE_CHECKING:
    from healer.services.session import Session


class UnlockDialog(QDialog):
    """Opens an existing vault; on success `session` holds it unlocked."""

    def __init__(self, vault_path: Path, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self._vault_path = vault_path
        self._session: Session | None = None
        self.setWindowTitle(self.tr("Unlock Healer"))
        self.setAccessibleName(self.tr("Unlock your vault"))
        self.setMinimumWidth(DIALOG_WIDTH)

        heading = heading_label(self.tr("Welcome back"), self)
        intro = note_label(self.tr("Type your passphrase to open your journal."), self)
        # After an automatic lock: say why, so a locked screen mid-breath is not a mystery.
        self.reason = note_label(reason, self)
        self.reason.setAccessibleName(self.tr("Why Healer locked"))
        self.reason.setVisible(bool(reason))
        self.passphrase = passphrase_field(self.tr("Passphrase"), self)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.addRow(label, self.passphrase)
        self.message = message_label(self)

        # parent= by keyword: a bare positional argument is weighed against the
        # Qt.Orientation overload, which builds the Qt namespace (see unlock/common.py).
        self.buttons = QDialogButtonBox(parent=self)
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(self._on_passphrase_text_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    @property
    def session(self) -> Session | None:
        """The unlocked session once the passphrase was right."""
        return self._session

    def take_session(self) -> Session:
        """Hand the session over (the dialog forgets it)."""
        session, self._session = self._session, None
        if session is None:
            raise RuntimeError("The vault has not been unlocked")
        return session

    def _on_passphrase_text_changed(self, text: str) -> None:
        if text:
            show_message(self.message, "")

    def _on_buttons_accepted(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            show_message(self.message, self.tr("Type your passphrase, then press Unlock."))
            return
        # Imported here, not at the top: the dialog paints before the vault code loads.
        from healer.services.session import Session  # noqa: PLC0415
        from healer.ui.common.error_text import error_text  # noqa: PLC0415

        try:
            with busy_cursor():
                self._session = Session.unlock(self._vault_path, passphrase)
        except WrongPassphraseError:
            self._retry(
                self.tr("That passphrase didn't open the journal. Take your time and try again.")
            )
            return
        except HealerError as error:
            self._retry(error_text(error))
            return
        self.passphrase.clear()
        self.accept()

    def _retry(self, text: str) -> None:
        self.passphrase.clear()
        show_message(self.message, text)
        self.passphrase.setFocus()
