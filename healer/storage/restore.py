"""Restoring a backup: what it holds (read with its own passphrase), and the atomic swap.

The swap never leaves the person without a vault: the backup is copied to a hidden
temporary file beside the vault, flushed and checked; the current vault is kept under a
dated name (a hard link, else a copy); only then does one rename put the backup in its
place. A crash at any point leaves the old vault or the new one at the vault's name, and
a half-made temporary file that the next run sweeps away.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from healer.domain.clock import parse_stored
from healer.domain.errors import words
from healer.domain.words import QT_TRANSLATE_NOOP
from healer.storage import migrations, partials, sqlcipher
from healer.storage.checks import page_problems
from healer.storage.damage import passphrase_opens_later_pages
from healer.storage.destinations import translated_os_errors
from healer.storage.errors import (
    DiskFullError,
    NotAVaultError,
    VaultDamagedError,
    VaultError,
    VaultInUseError,
    WrongPassphraseError,
)
from healer.storage.files import create_empty_private_file, fsync_path
from healer.storage.lock import VaultLock
from healer.storage.vault import CANNOT_OPEN, CANNOT_READ, NO_HEALER_DATA, START_DAMAGED
from healer.storage.vault_file import refuse_non_vault

_CHUNK = 1024 * 1024
_SPARE_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, without a word of journal text."""

    entries: int
    first_started: datetime | None
    last_started: datetime | None
    newest_written: datetime | None


@contextlib.contextmanager
def _opened(path: Path, passphrase: str) -> Iterator[sqlcipher.Connection]:
    """The file read-only with its own passphrase; it is never written, not even a -shm."""
    refuse_non_vault(path)
    try:
        connection = sqlcipher.open_connection(path, read_only=True, immutable=True)
    except sqlcipher.OperationalError:
        raise NotAVaultError(path, CANNOT_OPEN) from None
    try:
        try:
            sqlcipher.apply_key(connection, passphrase)
            sqlcipher.read_first_page(connection)
        except sqlcipher.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", None) == sqlcipher.SQLITE_NOTADB:
                if passphrase_opens_later_pages(path, passphrase):
                    raise VaultDamagedError(path, START_DAMAGED, rescuable=False) from None
                raise WrongPassphraseError(path) from None
            raise NotAVaultError(path, CANNOT_READ) from None
        version = migrations.schema_version(connection)
        if version == 0:
            raise NotAVaultError(path, NO_HEALER_DATA)
        if version > migrations.LATEST_VERSION:
            raise VaultError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "%1 was written by a newer version of Healer; update the app to restore it.",
                ),
                path,
            )
        yield connection
    finally:
        connection.close()


def read_backup_summary(path: Path, passphrase: str) -> BackupSummary:
    """Unlock a backup with its own passphrase and count what it holds."""
    path = path.expanduser().absolute()
    with _opened(path, passphrase) as connection:
        try:
            row = connection.execute(
                "SELECT count(*) AS entries, min(started_at) AS first, max(started_at) AS last,"
                " max(created_at) AS written FROM activation"
            ).fetchone()
        except sqlcipher.DatabaseError:
            raise VaultDamagedError(
                path,
                QT_TRANSLATE_NOOP("errors", "its entries cannot be read, so it cannot be restored"),
                rescuable=False,
            ) from None
    return BackupSummary(
        int(row["entries"]), _moment(row["first"]), _moment(row["last"]), _moment(row["written"])
    )


def restore_backup(vault_path: Path, backup: Path, passphrase: str, now: datetime) -> Path | None:
    """Put the backup in the vault's place; returns where the previous vault was kept.

    Takes the vault alone (no other Healer window or command may have it open), so the
    caller must have closed its own session first. None when there was no vault yet.
    """
    vault_path = vault_path.expanduser().absolute()
    backup = backup.expanduser().absolute()
    with contextlib.suppress(OSError):
        if os.path.samefile(vault_path, backup):
            raise VaultError(
                QT_TRANSLATE_NOOP(
                    "errors", "%1 is the vault itself, not a backup; nothing was changed."
                ),
                backup,
            )
    read_backup_summary(backup, passphrase)  # the passphrase and the version, before anything
    folder = vault_path.parent
    lock = VaultLock(vault_path)
    try:
        if not lock.take_alone():
            raise VaultInUseError(vault_path, QT_TRANSLATE_NOOP("errors", "restore a backup"))
        _refuse_unsaved_log(vault_path)
        if shutil.disk_usage(folder).free < backup.stat().st_size + _SPARE_BYTES:
            raise DiskFullError(folder)
        partials.sweep(folder)
        with partials.partial_file(vault_path, partials.ledger_for(vault_path)) as temp:
            _copy(backup, temp, vault_path)
            with _opened(temp, passphrase) as connection:
                problems = page_problems(connection, "main")
            if problems:
                raise VaultDamagedError(
                    backup,
                    words(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "the copy of the backup fails its checks (%1 problems),"
                            " so it was not restored; nothing was changed",
                        ),
                        len(problems),
                    ),
                    rescuable=False,
                )
            kept = _keep_current(vault_path, now)
            for suffix in ("-wal", "-shm"):  # empty: the log was checked above
                Path(str(vault_path) + suffix).unlink(missing_ok=True)
            with translated_os_errors(vault_path):
                os.replace(temp, vault_path)
        fsync_path(folder)
    finally:
        lock.release()
    return kept


def before_restore_name(vault_path: Path, now: datetime) -> Path:
    """Where the current vault is kept: healer.vault.before-restore-2026-11-30T1612."""
    stamp = now.astimezone().strftime("%Y-%m-%dT%H%M")
    candidate = vault_path.with_name(f"{vault_path.name}.before-restore-{stamp}")
    number = 1
    while os.path.lexists(candidate):
        number += 1
        candidate = vault_path.with_name(f"{vault_path.name}.before-restore-{stamp}-{number}")
    return candidate


def _refuse_unsaved_log(vault_path: Path) -> None:
    """A non-empty -wal holds committed pages not yet in the file; they must not be lost."""
    for suffix in ("-wal", "-journal"):
        try:
            size = Path(str(vault_path) + suffix).stat().st_size
        except FileNotFoundError:
            continue
        if size:
            raise VaultError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "%1 has changes not yet written into the file (a Healer that"
                    " stopped while it was open); unlock it once with Healer or run healer-cli"
                    " check, then restore again. Nothing was changed.",
                ),
                vault_path,
            )


def _copy(backup: Path, temp: Path, vault_path: Path) -> None:
    with translated_os_errors(vault_path):
        create_empty_private_file(temp)
        with backup.open("rb") as source, temp.open("r+b") as target:
            shutil.copyfileobj(source, target, _CHUNK)
            target.flush()
            os.fsync(target.fileno())


def _keep_current(vault_path: Path, now: datetime) -> Path | None:
    """Keep the current vault under a dated name: a second name for the same file."""
    if not vault_path.exists():
        return None
    kept = before_restore_name(vault_path, now)
    with translated_os_errors(kept):
        try:
            os.link(vault_path, kept)
        except OSError:
            # No hard links there (some network and FAT disks): a flushed copy instead.
            with partials.partial_file(kept, None) as temp:
                _copy(vault_path, temp, kept)
                os.rename(temp, kept)
        fsync_path(vault_path.parent)
    return kept


def _moment(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return parse_stored(text)
    except ValueError:
        return None
