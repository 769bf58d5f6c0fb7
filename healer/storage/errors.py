"""Errors opening, reading or writing a vault; messages name files, never journal text."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from healer.domain.errors import HealerError, Words
from healer.domain.words import QT_TRANSLATE_NOOP

# The usual end of a refusal, filled into DiskFullError; callers name what else was kept.
NOTHING_CHANGED = QT_TRANSLATE_NOOP("errors", "nothing was changed")


class VaultError(HealerError):
    """Something about the vault file stops the operation."""


class VaultNotFoundError(VaultError):
    """No vault exists at the given path."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "No vault at %1. Create one first (healer-cli init)."), path
        )
        self.path = path


class VaultExistsError(VaultError):
    """Creating a vault would overwrite an existing file."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "%1 already exists; a new vault is never written over it."),
            path,
        )
        self.path = path


class WrongPassphraseError(VaultError):
    """The passphrase does not open the vault (or page one of the file is damaged)."""

    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Wrong passphrase for %1."), path)
        self.path = path


class NotAVaultError(VaultError):
    """The file exists but is not a Healer vault, or is damaged beyond opening."""

    def __init__(self, path: Path, reason: str | Words) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "%1 is not a Healer vault or is damaged: %2."), path, reason
        )
        self.path = path


class VaultBusyError(VaultError):
    """Another process holds the vault locked for longer than the busy timeout."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "%1 is busy in another Healer window or command; try again in a moment."
            ),
            path,
        )
        self.path = path


class VaultClosedError(VaultError):
    """The vault was locked or closed; unlock it again to continue."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The vault is locked."))


class NotFoundError(VaultError):
    """A record id that the vault does not hold."""

    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "No %1 with id %2."), kind, record_id)
        self.kind = kind
        self.record_id = record_id


class ImportFormatError(VaultError):
    """An import file that cannot be read; the message names the line or field."""


class VaultDamagedError(VaultError):
    """Pages of the vault fail their checks; it is open for reading and rescue only."""

    def __init__(self, path: Path, detail: str | Words, *, rescuable: bool = True) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "%1: %2."), path, detail)
        self.path = path
        # False when the vault cannot be opened at all, so no rescue export can read it.
        self.rescuable = rescuable


class VaultReadOnlyError(VaultError):
    """A write to a vault that could only be opened read-only."""

    def __init__(self, path: Path, reason: str | Words) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "%1 is read-only (%2); nothing was changed. You can still read and export it.",
            ),
            path,
            reason,
        )
        self.path = path
        self.reason = reason


class VaultInUseError(VaultError):
    """Another process has the vault open, so an operation needing it alone is refused."""

    def __init__(self, path: Path, action: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "%1 is open in another Healer window or command; close it before you %2."
                " Nothing was changed.",
            ),
            path,
            action,
        )
        self.path = path


class DiskFullError(VaultError):
    """The disk ran out of space; what was being written was given up whole."""

    def __init__(self, folder: Path, kept: str = NOTHING_CHANGED) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk is full; %1. Free some space on the disk holding %2 and try again.",
            ),
            kept,
            folder,
        )
        self.folder = folder


class DestinationError(VaultError):
    """A file Healer was asked to write cannot or must not be written there."""

    def __init__(self, path: Path, text: str, *values: object) -> None:
        super().__init__(text, *values)
        self.path = path


class DestinationExistsError(DestinationError):
    """Something already exists where a new file was asked for (and no --force)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "%1 already exists; nothing was written. Choose a new name, or add --force"
                " to replace it.",
            ),
            path,
        )


class ProtectedDestinationError(DestinationError):
    """The destination is a vault, a backup or one of their side files: never written over."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "%1 is a Healer vault, a backup or one of their files; Healer never writes"
                " over it, even with --force. Choose a new name.",
            ),
            path,
        )


class BackupNotVerifiedError(DestinationError):
    """A backup copy was written but failed its checks when opened again, so it was deleted."""

    def __init__(self, path: Path, problems: int) -> None:
        super().__init__(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup written to %1 did not pass its checks when opened again"
                " (%2 problems), so it was deleted; your vault is unchanged. The disk there"
                " may be failing: try another place.",
            ),
            path.parent,
            problems,
        )


class BackupFolderMissingError(DestinationError):
    """The backups folder the person chose is not there (a USB stick not plugged in)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            folder,
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup folder %1 is not there (a USB stick or network folder that is"
                " not connected?); no automatic backup was made. Connect it, or choose another"
                " folder in Preferences.",
            ),
            folder,
        )


_SQLITE_FULL = 13
_SQLITE_IOERR = 10
_LOW_SPACE_BYTES = 64 * 1024  # less than SQLite needs for a -shm file and a few pages


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """True when the disk (or the quota) ran out: an OSError, or SQLite's SQLITE_FULL.

    SQLite reports a -shm file it could not grow as a plain I/O error; with folder given,
    an I/O error on a disk with (almost) no space left counts as full too.
    """
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return False
    if code & 0xFF == _SQLITE_FULL:
        return True
    return code & 0xFF == _SQLITE_IOERR and folder is not None and low_on_space(folder)


def low_on_space(folder: Path) -> bool:
    """True when the disk holding folder has (almost) no space left."""
    try:
        usage = os.statvfs(folder)
    except OSError:
        return False
    return usage.f_bavail * usage.f_frsize < _LOW_SPACE_BYTES
