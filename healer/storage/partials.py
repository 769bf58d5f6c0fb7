"""Half-written files under a temporary name: where they may be, and removing them once stale.

A file Healer builds under a temporary name (a backup, a new vault, an export where the
filesystem has no unnamed files) is called `.NAME.healer-partial-PID`. A process killed
while building one cannot remove it, so the folder is noted in a ledger beside the vault
first; the next run of any command sweeps the noted folders and removes every partial
whose process is gone. Older versions named backup partials `.NAME.partial-PID`; the
sweep removes those too.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

PARTIAL_INFIX = ".healer-partial-"
LEDGER_SUFFIX = ".partials"
_PARTIAL_NAME = re.compile(r"^\..+\.(?:healer-)?partial-(\d+)(?:-wal|-shm|-journal)?$")


def partial_path(destination: Path) -> Path:
    """The temporary name this process gives for a file that will become destination."""
    return destination.with_name(f".{destination.name}{PARTIAL_INFIX}{os.getpid()}")


def ledger_for(vault_path: Path) -> Path:
    """The ledger of folders that may hold partials, kept beside the vault (no file names)."""
    return vault_path.with_name(f".{vault_path.name}{LEDGER_SUFFIX}")


@contextlib.contextmanager
def partial_file(destination: Path, ledger: Path | None) -> Iterator[Path]:
    """A temporary name beside destination, noted in the ledger, removed on any error."""
    temp = partial_path(destination)
    if ledger is not None:
        _note(ledger, destination.parent)
    try:
        yield temp
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(temp) + suffix).unlink(missing_ok=True)
        if ledger is not None:
            _forget_clean_folders(ledger)


def sweep(folder: Path) -> int:
    """Remove partials in folder whose process has ended; returns how many were removed."""
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        match = _PARTIAL_NAME.match(name)
        if match is None or _alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            (folder / name).unlink()
            removed += 1
    return removed


def sweep_ledger(ledger: Path) -> int:
    """Sweep the ledger's own folder and every folder it notes; forget folders now clean."""
    removed = sweep(ledger.parent)
    for line in _noted(ledger):
        removed += sweep(Path(line))
    _forget_clean_folders(ledger)
    return removed


def _noted(ledger: Path) -> list[str]:
    try:
        text = ledger.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [line for line in dict.fromkeys(text.splitlines()) if line]


def _forget_clean_folders(ledger: Path) -> None:
    """Keep in the ledger only folders that still hold a partial; no ledger when none do."""
    noted = _noted(ledger)
    still = [line for line in noted if _has_partials(Path(line))]
    if still == noted and noted:
        return
    with contextlib.suppress(OSError):
        if still:
            ledger.write_text("".join(f"{line}\n" for line in still), encoding="utf-8")
        else:
            ledger.unlink(missing_ok=True)


def _note(ledger: Path, folder: Path) -> None:
    """Append folder to the ledger (one small O_APPEND write, so writers never interleave)."""
    line = f"{folder}\n".encode()
    with contextlib.suppress(OSError):
        with contextlib.suppress(OSError, UnicodeDecodeError):
            if line.decode() in ledger.read_text(encoding="utf-8").splitlines(keepends=True):
                return
        descriptor = os.open(ledger, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(descriptor, line)
        finally:
            os.close(descriptor)


def _has_partials(folder: Path) -> bool:
    try:
        return any(_PARTIAL_NAME.match(name) for name in os.listdir(folder))
    except OSError:
        return False


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True
