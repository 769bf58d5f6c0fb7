"""What the fault-injection tests share: healer-cli in a child, a small tmpfs, a full disk."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault

MARKER = "Qz9plaintext"  # inside the journal text of every filled vault


@dataclass(frozen=True)
class Result:
    """What one healer-cli process did."""

    code: int
    out: str
    err: str


def cli_env(root: Path) -> dict[str, str]:
    """An environment whose home and XDG folders live under root."""
    env = {k: v for k, v in os.environ.items() if k != "HEALER_VAULT" and not k.startswith("XDG_")}
    home = root / "home"
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        TZ="UTC",
    )
    return env


def cli(env: dict[str, str], *args: str, stdin: str = PASSPHRASE + "\n") -> Result:
    """Run healer-cli once; journal text and tracebacks never reach stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "healer.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=env["HOME"],
        timeout=120,
        check=False,
    )
    result = Result(done.returncode, done.stdout, done.stderr)
    assert MARKER not in result.err
    assert "Unexpected error" not in result.err, result.err
    return result


def note(text: str) -> str:
    """What healer-cli prints for an error: one line on stderr."""
    return f"healer-cli: {text}\n"


def disk_full(folder: Path, kept: str = "nothing was changed") -> str:
    """The disk-full sentence for folder."""
    return note(
        f"The disk is full; {kept}. Free some space on the disk holding {folder} and try again."
    )


def fill(vault_path: Path, count: int, *, text_size: int = 0) -> None:
    """Add count activations with journal text (MARKER in each) to a closed vault."""
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        base = datetime(2025, 1, 1, tzinfo=UTC)
        story = ("long story " * (text_size // 11 + 1))[:text_size]
        with vault.transaction() as connection:
            for n in range(count):
                content = ActivationInput(
                    trigger=f"{MARKER} entry {n}",
                    intensity=n % 11,
                    started_at=base + timedelta(hours=n),
                    story=story,
                ).validated()
                ActivationRepository.insert(connection, content, uid=str(uuid.uuid4()))
    finally:
        vault.close()


def row_count(vault_path: Path, passphrase: str = PASSPHRASE) -> int:
    """How many activations the vault holds (opening it with passphrase)."""
    vault = Vault.open(vault_path, passphrase)
    try:
        with vault.reading() as connection:
            return int(connection.execute("SELECT count(*) FROM activation").fetchone()[0])
    finally:
        vault.close()


@contextlib.contextmanager
def small_tmpfs(folder: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of size_kib mounted on folder (needs root); skips, saying why, where it cannot."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        reason = f"cannot mount a small tmpfs here ({mounted.stderr.strip() or 'not root'})"
        print(reason)
        pytest.skip(reason)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path, leave: int = 0) -> None:
    """Fill the filesystem holding folder, then give back `leave` bytes."""
    filler = folder / "filler"
    chunk = b"\0" * 65536
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while chunk:
            try:
                os.write(descriptor, chunk)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
                chunk = chunk[: len(chunk) // 2]
    finally:
        os.close(descriptor)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))


def kill_when_a_file_appears(
    child: subprocess.Popen[bytes], folder: Path, *, ignore: frozenset[str] = frozenset()
) -> int:
    """SIGKILL child the moment any new name shows in folder (the worst moment for a
    writer that builds under a visible name); its exit code if it ends first."""
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline:
        try:
            names = set(os.listdir(folder)) - ignore
        except FileNotFoundError:
            names = set()
        if names:
            child.send_signal(signal.SIGKILL)
            break
        time.sleep(0.0005)
    return child.wait(timeout=60)
