"""Backups and restoring, for the window and healer-cli: the storage rules behind one door."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from healer.domain.clock import utc_now
from healer.storage.backup_folder import (
    AutomaticBackup,
    clear_problems,
    default_backup_folder,
    note_problem,
    take_problem,
)
from healer.storage.destinations import is_protected
from healer.storage.restore import BackupSummary
from healer.storage.restore import read_backup_summary as _read_summary
from healer.storage.restore import restore_backup as _restore

__all__ = [
    "AutomaticBackup",
    "BackupSummary",
    "clear_problems",
    "default_backup_folder",
    "local_today",
    "never_written_over",
    "note_problem",
    "read_backup_summary",
    "restore_backup",
    "take_problem",
]


def read_backup_summary(path: Path, passphrase: str) -> BackupSummary:
    """Unlock a backup with its own passphrase and say what it holds (no journal text)."""
    return _read_summary(path, passphrase)


def restore_backup(vault_path: Path, backup: Path, passphrase: str) -> Path | None:
    """Replace the (closed) vault with the backup; returns where the previous one was kept."""
    return _restore(vault_path, backup, passphrase, utc_now())


def local_today() -> date:
    """Today on this computer's calendar: automatic backups are one per local day."""
    return utc_now().astimezone().date()


def never_written_over(path: Path, vault_path: Path) -> bool:
    """True for the vault, a backup or one of their side files: refused even if confirmed."""
    return is_protected(path.expanduser().absolute(), [vault_path])
