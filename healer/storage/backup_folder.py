"""Automatic backups: one verified copy a day into the backups folder, and the rotation.

Only Healer's own automatic backups are ever removed: a file must carry the automatic
name pattern (healer-auto-backup-YYYY-MM-DD.vault), be a regular file (not a link) and
look like an SQLCipher file. Anything else in the folder is never touched.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from healer.domain.backups import (
    automatic_backup_day,
    automatic_backup_name,
    backup_due,
    days_to_prune,
)
from healer.storage.destinations import translated_os_errors
from healer.storage.errors import BackupFolderMissingError
from healer.storage.files import atomic_write_bytes, ensure_private_dir
from healer.storage.vault import Vault
from healer.storage.vault_file import looks_like_vault

DEFAULT_FOLDER_NAME = "backups"


@dataclass(frozen=True, slots=True)
class AutomaticBackup:
    """What one automatic run did: the copy written (None when one of today existed)."""

    written: Path | None
    pruned: list[Path] = field(default_factory=list)


def default_backup_folder(vault_path: Path) -> Path:
    """The `backups` folder beside the vault."""
    return vault_path.parent / DEFAULT_FOLDER_NAME


def automatic_backups(folder: Path) -> dict[date, Path]:
    """Healer's own automatic backups in folder, by day; nothing else is listed."""
    found: dict[date, Path] = {}
    try:
        names = os.listdir(folder)
    except OSError:
        return found
    for name in names:
        day = automatic_backup_day(name)
        if day is None:
            continue
        path = folder / name
        try:
            if not stat.S_ISREG(os.lstat(path).st_mode):
                continue  # a link or a folder under our name is not ours to remove
        except OSError:
            continue
        if looks_like_vault(path):
            found[day] = path
    return found


def run_automatic_backup(source: Vault, folder: Path | None, today: date) -> AutomaticBackup:
    """Back up into folder unless a backup of today is there, then prune the rotation.

    folder None means the default folder, created when missing; a folder the person
    chose must exist (a USB stick that is not plugged in is said so, not recreated).
    """
    if folder is None:
        folder = default_backup_folder(source.path)
        with translated_os_errors(folder / automatic_backup_name(today)):
            ensure_private_dir(folder)
    elif not folder.is_dir():
        raise BackupFolderMissingError(folder)
    existing = automatic_backups(folder)
    written = None
    if backup_due(existing, today):
        written = source.backup(folder / automatic_backup_name(today))
        existing[today] = written
    pruned: list[Path] = []
    for day in days_to_prune(existing):
        with contextlib.suppress(FileNotFoundError):
            existing[day].unlink()
            pruned.append(existing[day])
    return AutomaticBackup(written, pruned)


# -- a failure, told once ------------------------------------------------------------------
# Kept beside the vault (a reason naming folders, never journal text), so a failure at
# quit is told at the next unlock, and one that repeats (a stick left at home) only once.


def _problem_note(vault_path: Path, shown: bool) -> Path:
    suffix = ".backup-problem-shown" if shown else ".backup-problem"
    return vault_path.with_name(f".{vault_path.name}{suffix}")


def note_problem(vault_path: Path, reason: str) -> None:
    """Remember why an automatic backup failed, unless that reason was already told."""
    with contextlib.suppress(OSError, UnicodeDecodeError):
        if _problem_note(vault_path, shown=True).read_text(encoding="utf-8") == reason:
            return
    with contextlib.suppress(OSError):
        atomic_write_bytes(_problem_note(vault_path, shown=False), reason.encode("utf-8"))


def take_problem(vault_path: Path) -> str | None:
    """The reason not yet told, marked as told; None when there is none."""
    note = _problem_note(vault_path, shown=False)
    try:
        reason = note.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    with contextlib.suppress(OSError):
        os.replace(note, _problem_note(vault_path, shown=True))
    return reason or None


def clear_problems(vault_path: Path) -> None:
    """A backup succeeded: forget every earlier failure."""
    for shown in (False, True):
        with contextlib.suppress(OSError):
            _problem_note(vault_path, shown).unlink(missing_ok=True)
