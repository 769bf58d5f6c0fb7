"""Why a vault can only be read: a read-only file, folder or medium."""

from __future__ import annotations

import os
from pathlib import Path

from healer.domain.errors import Words, words
from healer.domain.words import QT_TRANSLATE_NOOP


def read_only_reason(path: Path) -> tuple[Words, bool] | None:
    """None when the vault can be written; else the plain reason, and whether to open it immutable.

    Immutable tells SQLite it cannot create the -shm/-wal side files there.
    """
    folder = path.parent
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return words(QT_TRANSLATE_NOOP("errors", "it is on a read-only filesystem")), True
    except OSError:
        return None
    if not os.access(folder, os.W_OK | os.X_OK):
        return words(QT_TRANSLATE_NOOP("errors", "its folder %1 is read-only"), folder), True
    if not os.access(path, os.W_OK):
        mode = path.stat().st_mode & 0o777
        reason = words(
            QT_TRANSLATE_NOOP("errors", "the file's permissions are %1, without write access"),
            f"{mode:04o}",
        )
        return reason, _wal_empty(path)
    return None


def _wal_empty(path: Path) -> bool:
    """A write-ahead log with pages in it must be read, so the file is not immutable then."""
    try:
        return Path(str(path) + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True
