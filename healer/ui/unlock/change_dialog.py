"""File ▸ Change passphrase…: the current one, the new one twice, then a fresh backup offered.

Signals:
    backup_requested(): the person asked for a backup under the new passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from healer.domain.passphrase import normalize_passphrase
from healer.services.errors import HealerError, WrongPassphraseError
from healer.services.strength import estimate_strength
from healer.ui.common.error_text import error_text, words_text
from healer.ui.unlock.common import (
    DIALOG_WIDTH,
    grow_to_content,
    heading_label,
    message_label,
    note_label,
    passphrase_field,
    show_message,
)
from healer.ui.unlock.strength_meter import StrengthMeter, refusal_text

if TYPE_CHECKING:
    from healer.services.session import Session


@dataclass(frozen=True, slots=True)
class _Outcome:
    """How the change went, reported from the worker thread (never a passphrase)."""

    changed: bool
    wrong_current: bool = False
    reason: str = ""


def _change(session: Session, current: str, new: str) -> _Outcome:
    try:
        session.change_passphrase(new, current=current)
    except WrongPassphraseError:
        return _Outcome(changed=False, wrong_current=True)
    except HealerError as error:  # user-fixable: disk full, vault in use, read-only
        return _Outcome(changed=False, reason=error_text(error))
    return _Outcome(changed=True)


class ChangePassphraseDialog(QDialog):
    """Re-encrypts the vault under a new passphrase, off the GUI thread."""

    backup_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._busy = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change your passphrase"))
        self.setMinimumWidth(DIALOG_WIDTH + 80)
        # Two pages in one layout, one hidden: unlike a stacked widget, the layout then
        # grows the dialog for wrapped text (the strength advice) on the page shown.
        self.form_page = self._build_form_page()
        self.done_page = self._build_done_page()
        self.done_page.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self.form_page)
        layout.addWidget(self.done_page)
        session.locked.connect(self._on_session_locked)
        if session.read_only is not None:
            self.change_button.setEnabled(False)
            show_message(
                self.message,
                self.tr(
                    "The passphrase cannot be changed: the vault is open read-only because %1."
                ).replace("%1", words_text(session.read_only)),
            )
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- pages -------------------------------------------------------------

    def _build_form_page(self) -> QWidget:
        page = QWidget(self)
        heading = heading_label(self.tr("Change your passphrase"), page)
        intro = note_label(
            self.tr(
                "Your journal is re-encrypted with the new passphrase. If anything interrupts "
                "it, one of the two passphrases, old or new, still opens it."
            ),
            page,
        )
        self.current = passphrase_field(self.tr("Current passphrase"), page)
        self.new = passphrase_field(self.tr("New passphrase"), page)
        self.confirmation = passphrase_field(self.tr("New passphrase again"), page)
        self.meter = StrengthMeter(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        for text, field in (
            (self.tr("&Current passphrase:"), self.current),
            (self.tr("&New passphrase:"), self.new),
        ):
            label = QLabel(text, page)
            label.setBuddy(field)
            form.addRow(label, field)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.meter)
        again = QLabel(self.tr("&Again:"), page)
        again.setBuddy(self.confirmation)
        form.addRow(again, self.confirmation)
        self.message = message_label(page)
        self.busy = self._build_busy_row(page)
        self.buttons = QDialogButtonBox(page)
        self.change_button = self.buttons.addButton(
            self.tr("C&hange passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.new.textChanged.connect(self._on_new_text_changed)
        self.current.textChanged.connect(self._on_field_text_changed)
        self.confirmation.textChanged.connect(self._on_field_text_changed)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(4)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.busy)
        column.addStretch(1)
        column.addWidget(self.buttons)
        return page

    def _build_busy_row(self, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        bar = QProgressBar(row)
        bar.setRange(0, 0)  # no steps to count: SQLCipher rewrites every page in one go
        bar.setTextVisible(False)
        bar.setMaximumHeight(6)
        bar.setFixedWidth(96)
        bar.setAccessibleName(self.tr("Changing the passphrase"))
        text = QLabel(self.tr("Re-encrypting your journal… a large one takes a little while."), row)
        text.setWordWrap(True)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(10)
        line.addWidget(bar, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addWidget(text, 1)
        row.setVisible(False)
        return row

    def _build_done_page(self) -> QWidget:
        page = QWidget(self)
        heading = heading_label(self.tr("Passphrase changed"), page)
        done = note_label(self.tr("From now on only the new passphrase opens your journal."), page)
        backups = note_label(
            self.tr(
                "Backups made before now still open only with the old passphrase. Make a "
                "fresh backup now, so you have one that opens with the new passphrase."
            ),
            page,
        )
        self.done_buttons = QDialogButtonBox(page)
        self.backup_button = self.done_buttons.addButton(
            self.tr("&Back up now…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.backup_button.setDefault(True)
        self.close_button = self.done_buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.close_button.clicked.connect(self.accept)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(done)
        column.addWidget(backups)
        column.addStretch(1)
        column.addWidget(self.done_buttons)
        return page

    # -- state -------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        """True while the vault is being re-encrypted (the dialog cannot be closed then)."""
        return self._busy

    @property
    def changed(self) -> bool:
        """True once the new passphrase is in place."""
        return not self.done_page.isHidden()

    def reject(self) -> None:
        """Cancel and Escape close the dialog, except while the vault is being re-encrypted."""
        if not self._busy:
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.current, self.new, self.confirmation, self.change_button):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    # -- slots -------------------------------------------------------------

    def _on_new_text_changed(self, text: str) -> None:
        self.meter.update_for(text)
        show_message(self.message, "")
        grow_to_content(self)  # the advice may wrap onto more lines

    def _on_field_text_changed(self, _text: str) -> None:
        show_message(self.message, "")

    def _refuse(self, text: str, field: QWidget) -> None:
        show_message(self.message, text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_buttons_accepted(self) -> None:
        current, new = self.current.text(), self.new.text()
        if not current:
            self._refuse(self.tr("Type your current passphrase first."), self.current)
            return
        estimate = estimate_strength(new)
        if estimate.refused:
            self._refuse(refusal_text(estimate), self.new)
            return
        if new != self.confirmation.text():
            self.confirmation.clear()
            self._refuse(
                self.tr("The two new passphrases are not the same yet. Please type it again."),
                self.confirmation,
            )
            return
        if normalize_passphrase(new) == normalize_passphrase(current):
            self._refuse(
                self.tr("The new passphrase is the same as the current one. Choose another."),
                self.new,
            )
            return
        # The current passphrase is kept only as long as the change needs it.
        self.current.clear()
        self._set_busy(True)
        session = self._session
        session.reads.submit(
            lambda: _change(session, current, new),
            receiver=self,
            on_done=self._on_change_done,
            on_failed=self._on_change_failed,
        )

    def _on_change_done(self, outcome: _Outcome) -> None:
        self._set_busy(False)
        if outcome.wrong_current:
            self._refuse(
                self.tr("That is not the current passphrase. Nothing was changed."), self.current
            )
            return
        if not outcome.changed:
            self._refuse(outcome.reason, self.current)
            return
        self.new.clear()
        self.confirmation.clear()
        self.show_done()

    def show_done(self) -> None:
        """The second page: changed, what that means for old backups, a backup offered."""
        self.form_page.setVisible(False)
        self.done_page.setVisible(True)
        self.setMinimumHeight(0)
        self.adjustSize()
        self.backup_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_change_failed(self, _reason: str) -> None:
        self._set_busy(False)
        self._refuse(
            self.tr("The passphrase could not be changed; the current one still opens it."),
            self.current,
        )

    def _on_backup_button_clicked(self) -> None:
        self.accept()
        self.backup_requested.emit()

    def _on_session_locked(self) -> None:
        # The journal was locked meanwhile: nothing here may stay on screen.
        self._busy = False
        self.reject()
