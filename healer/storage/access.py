"""Why a vault can only be read: a read-only file, folder or medium."""

from __future__ import annotations

import os
from pathlib import Path


def read_only_reason(path: Path) -> tuple[str, bool] | None:
    """None when the vault can be written; else the plain reason, and whether to open it immutable.

    Immutable tells SQLite it cannot create the -shm/-wal side files there.
    """
    folder = path.parent
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "it is on a read-only filesystem", True
    except OSError:
        return None
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"its folder {folder} is read-only", True
    if not os.access(path, os.W_OK):
        mode = path.stat().st_mode & 0o777
        return f"the file's permissions are {mode:04o}, without write access", _wal_empty(path)
    return None


def _wal_empty(path: Path) -> bool:
    """A write-ahead log with pages in it must be read, so the file is not immutable then."""
    try:
        return Path(str(path) + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True
