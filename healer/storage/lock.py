"""The one lock protocol app and CLI share: byte-range locks on an empty 0600 file.

The file `<vault>.lock` beside the vault holds no data; its bytes are lock slots:

- byte 0, the window slot: held exclusively by the one app window open on the vault;
- byte 1, the use slot: held shared by every process with the vault unlocked, and
  taken exclusively (without waiting) by a passphrase change, which must be alone.

Open-file-description locks (Linux F_OFD_SETLK) conflict between two opens even in one
process and vanish when the process dies, so a crash never leaves a stale lock; the last
holder to let go removes the file.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import struct
from pathlib import Path

from healer.storage.files import PRIVATE_FILE_MODE

WINDOW_SLOT = 0
USE_SLOT = 1
_SLOTS = 2
# struct flock on Linux: l_type, l_whence, l_start, l_len, l_pid (0 for OFD locks).
_FLOCK = "hhqqi4x"
_OFD_SETLK = getattr(fcntl, "F_OFD_SETLK", fcntl.F_SETLK)
_BUSY = (errno.EAGAIN, errno.EACCES)


def lock_file_path(vault_path: Path) -> Path:
    """The lock file beside a vault."""
    return vault_path.with_name(f"{vault_path.name}.lock")


class VaultLock:
    """One open of the lock file and the slots it holds."""

    def __init__(self, vault_path: Path) -> None:
        self.path = lock_file_path(vault_path)
        self._fd: int | None = None

    def _open(self) -> int | None:
        """The lock file's descriptor; None where it cannot be created (a read-only folder)."""
        if self._fd is not None:
            return self._fd
        for _ in range(5):
            try:
                fd = os.open(
                    self.path,
                    os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC,
                    PRIVATE_FILE_MODE,
                )
            except OSError:
                return None
            os.fchmod(fd, PRIVATE_FILE_MODE)
            # A releasing holder may have removed the file between our open and now.
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return fd
            os.close(fd)
        return None

    def _set(self, kind: int, start: int, length: int) -> bool:
        fd = self._open()
        return True if fd is None else _lock(fd, kind, start, length)

    def share(self) -> bool:
        """Hold the use slot shared; False if a passphrase change has the vault alone."""
        return self._set(fcntl.F_RDLCK, USE_SLOT, 1)

    def take_alone(self) -> bool:
        """Hold the use slot exclusively; False if any other process has the vault open."""
        return self._set(fcntl.F_WRLCK, USE_SLOT, 1)

    def take_window(self) -> bool:
        """Hold the window slot; False if another app window has this vault."""
        return self._set(fcntl.F_WRLCK, WINDOW_SLOT, 1)

    def release(self) -> None:
        """Let go of every slot; the last holder removes the file (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                if _lock(fd, fcntl.F_WRLCK, 0, _SLOTS) and (
                    os.stat(self.path).st_ino == os.fstat(fd).st_ino
                ):
                    os.unlink(self.path)
        finally:
            os.close(fd)


def _lock(fd: int, kind: int, start: int, length: int) -> bool:
    """Set one byte-range lock without waiting; False if another holder is in the way."""
    try:
        fcntl.fcntl(fd, _OFD_SETLK, struct.pack(_FLOCK, kind, os.SEEK_SET, start, length, 0))
    except OSError as error:
        if error.errno in _BUSY:
            return False
        raise
    return True
