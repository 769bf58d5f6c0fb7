"""First run: choose a passphrase (twice), read the two honest notes, create the vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from healer.services.errors import HealerError
from healer.services.strength import estimate_strength
from healer.ui.unlock.common import (
    DIALOG_WIDTH,
    busy_cursor,
    heading_label,
    message_label,
    note_label,
    passphrase_field,
    safety_note,
    show_message,
)
from healer.ui.unlock.strength_meter import StrengthMeter, refusal_text

if TYPE_CHECKING:
    from healer.services.session import Session


class CreateVaultDialog(QDialog):
    """Creates the encrypted vault; on success `session` holds it unlocked."""

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault_path = vault_path
        self._session: Session | None = None
        self.setWindowTitle(self.tr("Welcome to Healer"))
        self.setAccessibleName(self.tr("Create your vault"))
        self.setMinimumWidth(DIALOG_WIDTH)

        heading = heading_label(self.tr("Welcome to Healer"), self)
        intro = note_label(
            self.tr(
                "Your journal stays on this computer, in one file locked with a passphrase. "
                "Choose one you can remember; a short sentence works well."
            ),
            self,
        )
        self.passphrase = passphrase_field(self.tr("Passphrase"), self)
        self.confirmation = passphrase_field(self.tr("Passphrase again"), self)
        self.meter = StrengthMeter(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        passphrase_label = QLabel(self.tr("&Passphrase:"), self)
        passphrase_label.setBuddy(self.passphrase)
        confirmation_label = QLabel(self.tr("&Again:"), self)
        confirmation_label.setBuddy(self.confirmation)
        form.addRow(passphrase_label, self.passphrase)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.meter)
        form.addRow(confirmation_label, self.confirmation)

        self.message = message_label(self)
        self._build_buttons()
        self.passphrase.textChanged.connect(self._on_passphrase_text_changed)
        self.confirmation.textChanged.connect(self._on_confirmation_text_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addSpacing(4)
        self._add_notes(layout)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.passphrase, self.confirmation)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_notes(self, layout: QVBoxLayout) -> None:
        warning = note_label(
            self.tr(
                "Nobody can recover a forgotten passphrase, not even Healer. "
                "If you lose it, the journal cannot be opened again."
            ),
            self,
        )
        warning_font = warning.font()
        warning_font.setBold(True)
        warning.setFont(warning_font)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        safety = note_label(safety_note(), self)
        layout.addWidget(warning)
        layout.addWidget(rule)
        layout.addWidget(safety)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("&Create vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setAccessibleName(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @property
    def session(self) -> Session | None:
        """The unlocked session once the vault was created."""
        return self._session

    def take_session(self) -> Session:
        """Hand the session over (the dialog forgets it)."""
        session, self._session = self._session, None
        if session is None:
            raise RuntimeError("The vault has not been created")
        return session

    def _on_passphrase_text_changed(self, text: str) -> None:
        self.meter.update_for(text)
        show_message(self.message, "")

    def _on_confirmation_text_changed(self, _text: str) -> None:
        show_message(self.message, "")

    def _on_buttons_accepted(self) -> None:
        passphrase = self.passphrase.text()
        estimate = estimate_strength(passphrase)
        if estimate.refused:
            show_message(self.message, refusal_text(estimate))
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if passphrase != self.confirmation.text():
            self.confirmation.clear()
            show_message(
                self.message,
                self.tr("The two passphrases are not the same yet. Please type it again."),
            )
            self.confirmation.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # Imported here, not at the top: the dialog paints before the vault code loads.
        from healer.services.session import Session  # noqa: PLC0415
        from healer.ui.common.error_text import error_text  # noqa: PLC0415

        try:
            with busy_cursor():
                self._session = Session.create(self._vault_path, passphrase)
        except HealerError as error:
            show_message(self.message, error_text(error))
            return
        self.passphrase.clear()
        self.confirmation.clear()
        self.accept()
