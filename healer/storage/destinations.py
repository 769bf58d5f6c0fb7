"""Files Healer writes where the person chose: the one guard against clobbering, and the writer.

Every writer (JSON and CSV exports, backups, chart files) asks `check_destination` first:
an existing file is replaced only with force, and a Healer vault, a backup or a side file
of one (-wal, -shm, -journal, .lock) never, compared by inode so symlinks and hard links
change nothing. `write_private_file` builds the file as an unnamed O_TMPFILE and links it
into place once complete, so a killed export leaves no plaintext under any name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from healer.domain.errors import words
from healer.domain.words import QT_TRANSLATE_NOOP
from healer.storage import partials
from healer.storage.errors import (
    DestinationError,
    DestinationExistsError,
    DiskFullError,
    ProtectedDestinationError,
    VaultError,
)
from healer.storage.files import PRIVATE_FILE_MODE, ensure_private_dir, fsync_path
from healer.storage.vault_file import looks_like_vault as _looks_like_vault

VAULT_SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
_SYSTEM_FILESYSTEMS = frozenset(
    {"proc", "sysfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "debugfs", "tracefs",
     "securityfs", "configfs", "bpf", "pstore", "efivarfs", "fusectl", "mqueue"}
)  # fmt: skip
_UNNAMED_UNSUPPORTED = frozenset({errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL})


def check_destination(destination: Path, *, force: bool, protected: Sequence[Path] = ()) -> Path:
    """The absolute destination if Healer may write it; raises a DestinationError otherwise."""
    destination = destination.expanduser().absolute()
    _check_folder(destination)
    if is_protected(destination, protected):
        raise ProtectedDestinationError(destination)
    if destination.is_dir():
        raise DestinationError(
            destination,
            QT_TRANSLATE_NOOP("errors", "%1 is a folder; give the name of a file to write."),
            destination,
        )
    if os.path.lexists(destination) and not force:
        raise DestinationExistsError(destination)
    return destination


def is_protected(destination: Path, protected: Sequence[Path] = ()) -> bool:
    """True for a vault or backup (these or any that looks like one) and their side files."""
    try:
        target = os.stat(destination)  # through symlinks: the file that would be replaced
    except OSError:
        target = None
    for vault in protected:
        for suffix in ("", *VAULT_SIDE_SUFFIXES):
            candidate = Path(str(vault) + suffix)
            with contextlib.suppress(OSError):
                if target is not None and os.path.samestat(target, os.stat(candidate)):
                    return True
            # A side file that does not exist yet would still be read as the vault's.
            with contextlib.suppress(OSError):
                if destination.name == candidate.name and os.path.samefile(
                    destination.parent, candidate.parent
                ):
                    return True
    names = {destination}
    with contextlib.suppress(OSError, RuntimeError):
        names.add(destination.resolve())
    for name in names:
        if _looks_like_vault(name):
            return True
        for suffix in VAULT_SIDE_SUFFIXES:
            if name.name.endswith(suffix) and _looks_like_vault(
                name.with_name(name.name.removesuffix(suffix))
            ):
                return True
    return False


def write_private_file(
    destination: Path,
    data: bytes,
    *,
    force: bool,
    protected: Sequence[Path] = (),
    ledger: Path | None = None,
) -> Path:
    """Write a 0600 file all at once or not at all; returns where it was written."""
    destination = check_destination(destination, force=force, protected=protected)
    with translated_os_errors(destination):
        ensure_private_dir(destination.parent)
        partials.sweep(destination.parent)
        descriptor = _open_unnamed(destination.parent)
        if descriptor is None:
            _write_named(destination, data, force=force, ledger=ledger)
        else:
            try:
                _write_all(descriptor, data)
                _link_into_place(f"/proc/self/fd/{descriptor}", destination, force, ledger)
            finally:
                os.close(descriptor)
        fsync_path(destination.parent)
    return destination


@contextlib.contextmanager
def translated_os_errors(destination: Path) -> Iterator[None]:
    """Turn an OSError while writing destination into one plain sentence (a VaultError)."""
    try:
        yield
    except OSError as error:
        raise os_error_message(destination, error) from None


def os_error_message(destination: Path, error: OSError) -> VaultError:
    """What an OSError while writing destination means for the person."""
    folder = destination.parent
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(folder)
    if isinstance(error, FileExistsError):
        return DestinationExistsError(destination)
    system = _system_filesystem(folder)
    if system is not None:
        text = words(
            QT_TRANSLATE_NOOP(
                "errors", "%1 belongs to the system (%2) and holds no files of yours"
            ),
            folder,
            system,
        )
    elif code == errno.EROFS:
        text = words(QT_TRANSLATE_NOOP("errors", "%1 is on a read-only disk"), folder)
    elif code in (errno.EACCES, errno.EPERM):
        text = words(QT_TRANSLATE_NOOP("errors", "you may not write in %1"), folder)
    elif code == errno.EISDIR:
        text = words(QT_TRANSLATE_NOOP("errors", "%1 is a folder"), destination)
    elif code == errno.ENOTDIR:
        text = words(QT_TRANSLATE_NOOP("errors", "%1 is not a folder"), folder)
    else:
        text = words(
            QT_TRANSLATE_NOOP("errors", "%1 cannot be written (%2)"),
            destination,
            error.strerror or type(error).__name__,
        )
    return DestinationError(
        destination,
        QT_TRANSLATE_NOOP("errors", "%1; nothing was written. Choose another place."),
        text,
    )


def _check_folder(destination: Path) -> None:
    """The nearest existing folder above destination must be a folder, not a file."""
    for ancestor in destination.parents:
        try:
            mode = os.stat(ancestor).st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError:
            return  # the write itself will say what is wrong
        if not stat.S_ISDIR(mode):
            raise DestinationError(
                destination,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "%1 is a file, not a folder; nothing was written. Choose another place.",
                ),
                ancestor,
            )
        return


def _open_unnamed(folder: Path) -> int | None:
    """An unnamed 0600 file in folder, or None where the filesystem has none."""
    if not os.path.isdir("/proc/self/fd"):
        return None
    try:
        descriptor = os.open(folder, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    except OSError as error:
        if error.errno in _UNNAMED_UNSUPPORTED and _system_filesystem(folder) is None:
            return None
        raise
    os.fchmod(descriptor, PRIVATE_FILE_MODE)
    return descriptor


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]
    os.fsync(descriptor)


def _link_into_place(source: str, destination: Path, force: bool, ledger: Path | None) -> None:
    """Give the finished file its name; link() never replaces, so only force replaces."""
    if not force or not os.path.lexists(destination):
        _link_following(source, destination)
        return
    # Replacing needs rename(); the named moment is between these two calls only.
    with partials.partial_file(destination, ledger) as temp:
        _link_following(source, temp)
        check_destination(destination, force=True)
        os.replace(temp, destination)


def _link_following(source: str, destination: Path) -> None:
    """linkat(AT_SYMLINK_FOLLOW): a folder descriptor makes Python call linkat, not link."""
    folder = os.open(destination.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.link(source, destination.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _write_named(destination: Path, data: bytes, *, force: bool, ledger: Path | None) -> None:
    """The fallback: a named partial, noted in the ledger so a later run removes it."""
    with partials.partial_file(destination, ledger) as temp:
        descriptor = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
        try:
            _write_all(descriptor, data)
        finally:
            os.close(descriptor)
        if force:
            os.replace(temp, destination)
        elif os.path.lexists(destination):
            raise DestinationExistsError(destination)
        else:
            os.rename(temp, destination)


def _system_filesystem(folder: Path) -> str | None:
    """The type of a kernel filesystem (proc, sysfs, …) that folder is on, else None."""
    try:
        resolved = str(folder.resolve())
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as mounts:
            entries = [line.split() for line in mounts]
    except (OSError, RuntimeError):
        return None
    best, kind = "", ""
    for fields in entries:
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in _SYSTEM_FILESYSTEMS else None
