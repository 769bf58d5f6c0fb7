"""Restore from a backup: its own passphrase, what it holds, then the person's go-ahead."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.services.backups import BackupSummary, read_backup_summary
from healer.services.errors import HealerError, WrongPassphraseError
from healer.ui.common.error_text import error_text
from healer.ui.common.formatting import to_local_qdatetime
from healer.ui.unlock.common import (
    DIALOG_WIDTH,
    busy_cursor,
    heading_label,
    message_label,
    note_label,
    passphrase_field,
    show_message,
)


class RestoreDialog(QDialog):
    """Unlocks one backup to show what it holds; accepted means "replace my vault with it"."""

    def __init__(self, backup: Path, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backup = backup
        self._passphrase = ""
        self.summary: BackupSummary | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.tr("Restore from a backup"))
        self.setMinimumWidth(DIALOG_WIDTH + 40)

        heading = heading_label(self.tr("Restore from a backup"), self)
        where = note_label(self.tr("Backup: %1").replace("%1", str(backup)), self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = note_label(
            self.tr(
                "Type the passphrase this backup was made with. It may be an older one, "
                "if you changed your passphrase since."
            ),
            self,
        )
        self.passphrase = passphrase_field(self.tr("Passphrase of the backup"), self)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        self.open_button = QPushButton(self.tr("&Open the backup"), self)
        self.open_button.setAccessibleName(self.tr("Open the backup"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.addRow(label, self.passphrase)
        form.addRow("", self.open_button)
        self.message = message_label(self)
        self.contents = note_label("", self)
        self.contents.setAccessibleName(self.tr("What the backup holds"))
        self.contents.setVisible(False)
        self.consequence = note_label(
            self.tr(
                "Restoring replaces your journal with this backup. Your current vault is "
                "kept beside it under a dated name (%1.before-restore-…), so nothing is lost. "
                "Afterwards Healer opens with the backup's passphrase."
            ).replace("%1", vault_path.name),
            self,
        )
        self.consequence.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(self._on_passphrase_text_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        for widget in (heading, where, intro):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (self.message, self.contents, self.consequence):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def take_passphrase(self) -> str:
        """The backup's passphrase, once (the dialog forgets it)."""
        passphrase, self._passphrase = self._passphrase, ""
        return passphrase

    def _on_passphrase_text_changed(self, _text: str) -> None:
        # A different passphrase is a different question: the summary shown no longer holds.
        if self.summary is not None:
            self.summary = None
            self._passphrase = ""
            self.contents.setVisible(False)
            self.consequence.setVisible(False)
            self.restore_button.setEnabled(False)
            self.open_button.setDefault(True)
        show_message(self.message, "")

    def _on_open_button_clicked(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            show_message(self.message, self.tr("Type the backup's passphrase first."))
            return
        try:
            with busy_cursor():
                summary = read_backup_summary(self._backup, passphrase)
        except WrongPassphraseError:
            show_message(
                self.message,
                self.tr(
                    "That passphrase doesn't open this backup. It may be the one you used "
                    "before your last change of passphrase."
                ),
            )
            self.passphrase.selectAll()
            return
        except HealerError as error:
            show_message(self.message, error_text(error))
            return
        self.summary = summary
        self._passphrase = passphrase
        self.contents.setText(describe(summary, self.locale()))
        self.contents.setAccessibleDescription(self.contents.text())
        self.contents.setVisible(True)
        self.consequence.setVisible(True)
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus(Qt.FocusReason.OtherFocusReason)
        show_message(self.message, "")

    def _on_buttons_accepted(self) -> None:
        if self.summary is not None and self._passphrase:
            # Cleared quietly: a change of text otherwise withdraws the summary shown.
            blocked = self.passphrase.blockSignals(True)
            self.passphrase.clear()
            self.passphrase.blockSignals(blocked)
            self.accept()


def describe(summary: BackupSummary, locale: QLocale) -> str:
    """What the backup holds: counts and dates only, never a word of the journal."""
    if not summary.entries or summary.first_started is None or summary.last_started is None:
        return QCoreApplication.translate("RestoreDialog", "This backup holds no entries.")
    first, last = _day(summary.first_started, locale), _day(summary.last_started, locale)
    if summary.entries == 1:
        text = QCoreApplication.translate(
            "RestoreDialog", "This backup holds 1 entry, on %1."
        ).replace("%1", first)
    elif first == last:
        text = QCoreApplication.translate(
            "RestoreDialog", "This backup holds %Ln entries, all on %1.", None, summary.entries
        ).replace("%1", first)
    else:
        text = (
            QCoreApplication.translate(
                "RestoreDialog",
                "This backup holds %Ln entries, from %1 to %2.",
                None,
                summary.entries,
            )
            .replace("%1", first)
            .replace("%2", last)
        )
    if summary.newest_written is not None:
        newest = QCoreApplication.translate("RestoreDialog", "The newest was written on %1.")
        text += " " + newest.replace("%1", _day(summary.newest_written, locale))
    return text


def _day(moment: datetime, locale: QLocale) -> str:
    return locale.toString(to_local_qdatetime(moment).date(), QLocale.FormatType.LongFormat)
