"""What can be told about a vault file before it is keyed: its kind, its size, its first page."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from healer.domain.words import QT_TRANSLATE_NOOP
from healer.storage.errors import NotAVaultError, VaultNotFoundError

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_PAGE_SIZE = 4096


def first_page(path: Path) -> bytes:
    """The file's first page as stored (encrypted), to tell whether a rekey changed it."""
    with path.open("rb") as stream:
        return stream.read(_PAGE_SIZE)


def refuse_non_vault(path: Path) -> None:
    """Raise before keying for files that cannot be a vault, so nothing is created over them."""
    if not path.exists():
        raise VaultNotFoundError(path)
    if not path.is_file():
        raise NotAVaultError(path, QT_TRANSLATE_NOOP("errors", "it is not a regular file"))
    size = path.stat().st_size
    if size == 0:
        raise NotAVaultError(path, QT_TRANSLATE_NOOP("errors", "the file is empty"))
    with path.open("rb") as stream:
        head = stream.read(len(_PLAIN_SQLITE_HEADER))
    if head == _PLAIN_SQLITE_HEADER:
        raise NotAVaultError(
            path, QT_TRANSLATE_NOOP("errors", "it is an unencrypted SQLite database")
        )
    if size % _PAGE_SIZE:
        raise NotAVaultError(
            path, QT_TRANSLATE_NOOP("errors", "its size is not a whole number of pages")
        )


def looks_like_vault(path: Path) -> bool:
    """An SQLCipher file: whole pages of what looks random from the first byte (the salt)."""
    try:
        with path.open("rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode) or not info.st_size or info.st_size % _PAGE_SIZE:
                return False
            head = stream.read(_PAGE_SIZE)
    except OSError:
        return False
    return len(set(head[:16])) >= 12 and len(set(head)) >= 200
