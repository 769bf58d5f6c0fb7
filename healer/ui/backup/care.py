"""The window's backup actions: Back up now, Restore from a backup, and automatic backups.

Writing and restoring run on a worker thread behind a busy dialog, so the window keeps
painting while a large vault is copied and checked. Automatic backups run when the
window locks or closes after a change; they never stop either, and a failure is told
once, calmly, at the next unlock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from healer.domain.backups import manual_backup_name
from healer.services.backups import (
    clear_problems,
    default_backup_folder,
    local_today,
    never_written_over,
    note_problem,
    restore_backup,
    take_problem,
)
from healer.services.errors import HealerError
from healer.services.jobs import Job, run_job
from healer.services.session import Session
from healer.ui.backup import pickers
from healer.ui.backup.restore_dialog import RestoreDialog
from healer.ui.common.error_text import error_text
from healer.ui.settings import AUTO_BACKUP, BACKUP_FOLDER

_log = logging.getLogger(__name__)
T = TypeVar("T")
_SHOW_BUSY_AFTER_MS = 400


class BackupHost(Protocol):
    """What the care needs of the main window."""

    @property
    def session(self) -> Session | None:
        """The unlocked session, or None while locked."""

    def release_session(self) -> Session | None:
        """Save drafts and tear the pages down; the session is handed back still open."""

    def attach_session(self, session: Session) -> None:
        """Take a newly unlocked session and rebuild the visible page."""

    def show_locked(self) -> None:
        """Hide and ask for the passphrase again."""


class BackupCare(QObject):
    """Owned by the main window; every backup dialog and job hangs off it."""

    def __init__(self, window: QWidget, host: BackupHost) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self.job: Job[Any] | None = None
        self.busy: QProgressDialog | None = None
        self.notice: QMessageBox | None = None

    # -- back up now -----------------------------------------------------------------

    def back_up_now(self) -> None:
        """Ask where, write the copy, check it, and say so."""
        session = self._host.session
        if session is None or self.job is not None:
            return
        folder = backup_folder(session.vault_path)
        start = folder if folder.is_dir() else session.vault_path.parent
        chosen = pickers.choose_backup_destination(
            self._window, start / manual_backup_name(local_today())
        )
        if chosen is None:
            return
        destination = chosen.expanduser().absolute()
        force = False
        if destination.exists() or destination.is_symlink():
            if never_written_over(destination, session.vault_path):
                self._tell(
                    QMessageBox.Icon.Warning,
                    self.tr("Choose another name"),
                    self.tr(
                        "%1 is a Healer vault or backup. Healer never writes over one; "
                        "choose a new name."
                    ).replace("%1", str(destination)),
                )
                return
            if not pickers.confirm(
                self._window,
                self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it with the backup?").replace(
                    "%1", str(destination)
                ),
                self.tr("&Replace"),
            ):
                return
            force = True
        self._start(
            lambda: session.backup(destination, force=force),
            self.tr("Writing the backup and checking it…"),
            self._on_backup_written,
            self._on_backup_failed,
        )

    def _on_backup_written(self, written: object) -> None:
        self._tell(
            QMessageBox.Icon.Information,
            self.tr("Backup done"),
            self.tr(
                "Your backup is written to %1 and checked: it opens, and every page passed "
                "its checks. It opens with the same passphrase as your vault."
            ).replace("%1", str(written)),
        )

    def _on_backup_failed(self, error: HealerError) -> None:
        self._tell(QMessageBox.Icon.Warning, self.tr("No backup was made"), error_text(error))

    # -- restore -----------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        """Pick a backup, unlock it with its own passphrase, show it, then swap it in."""
        session = self._host.session
        if session is None or self.job is not None:
            return
        vault_path = session.vault_path
        folder = backup_folder(vault_path)
        chosen = pickers.choose_backup_to_restore(
            self._window, folder if folder.is_dir() else vault_path.parent
        )
        if chosen is None:
            return
        dialog = RestoreDialog(chosen, vault_path, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            dialog.deleteLater()
            return
        passphrase = dialog.take_passphrase()
        dialog.deleteLater()
        released = self._host.release_session()
        if released is not None:
            released.lock()  # the restore needs the vault closed and alone

        def on_restored(kept: object) -> None:
            self._on_restored(vault_path, passphrase, kept)

        self._start(
            lambda: restore_backup(vault_path, chosen, passphrase),
            self.tr("Restoring the backup…"),
            on_restored,
            self._on_restore_failed,
        )

    def _on_restored(self, vault_path: Path, passphrase: str, kept: object) -> None:
        try:
            session = Session.unlock(vault_path, passphrase)
        except HealerError as error:
            self._on_restore_failed(error)
            return
        self._host.attach_session(session)
        text = self.tr("Your journal is now the backup's. It opens with the backup's passphrase.")
        if kept is not None:
            text += " " + self.tr("Your previous vault is kept as %1.").replace("%1", str(kept))
        self._tell(QMessageBox.Icon.Information, self.tr("Backup restored"), text)

    def _on_restore_failed(self, error: HealerError) -> None:
        self._host.show_locked()
        self._tell(
            QMessageBox.Icon.Warning,
            self.tr("The backup was not restored"),
            error_text(error) + "\n\n" + self.tr("Unlock your journal with your usual passphrase."),
        )

    # -- automatic backups ---------------------------------------------------------------

    def back_up_if_due(self, session: Session) -> None:
        """At lock or quit: a daily copy after a change. Never raises, never blocks leaving."""
        if not AUTO_BACKUP.read() or not session.is_open or session.read_only is not None:
            return
        chosen = BACKUP_FOLDER.read().strip()
        folder = Path(chosen).expanduser() if chosen else None
        # The window may be about to vanish; the cursor says the wait is Healer's.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = session.automatic_backup(folder, local_today())
        except HealerError as error:
            note_problem(session.vault_path, error_text(error))
            return
        except Exception as error:  # noqa: BLE001 (a backup must never stop the window closing)
            _log.warning("automatic backup failed: %s", type(error).__name__)
            note_problem(
                session.vault_path,
                self.tr("The automatic backup stopped on an unexpected error (%1).").replace(
                    "%1", type(error).__name__
                ),
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if done is not None and done.written is not None:
            _log.info("automatic backup written, %d pruned", len(done.pruned))
            clear_problems(session.vault_path)

    def tell_pending_problem(self) -> None:
        """After an unlock: say once why the last automatic backup failed, if it did."""
        session = self._host.session
        if session is None:
            return
        reason = take_problem(session.vault_path)
        if reason:
            QTimer.singleShot(
                0,
                lambda: self._tell(
                    QMessageBox.Icon.Information,
                    self.tr("The automatic backup was not made"),
                    reason + "\n\n" + self.tr("Your journal itself is safe and unchanged."),
                ),
            )

    # -- pieces --------------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[], T],
        label: str,
        on_done: Callable[[T], None],
        on_failed: Callable[[HealerError], None],
    ) -> None:
        busy = QProgressDialog(label, "", 0, 0, self._window)
        busy.setWindowTitle(self.tr("Healer"))
        busy.setCancelButton(None)  # a copy half-made is no use: it runs to the end
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(_SHOW_BUSY_AFTER_MS)
        busy.setAccessibleName(label)
        self.busy = busy
        self.job = run_job(work, receiver=self, on_done=on_done, on_failed=on_failed)
        self.job.finished.connect(self._on_job_finished)

    def _on_job_finished(self) -> None:
        if self.busy is not None:
            self.busy.reset()
            self.busy.deleteLater()
        self.busy = None
        self.job = None

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()


def backup_folder(vault_path: Path) -> Path:
    """The folder chosen in Preferences, else the default beside the vault."""
    chosen = BACKUP_FOLDER.read().strip()
    return Path(chosen).expanduser() if chosen else default_backup_folder(vault_path)
