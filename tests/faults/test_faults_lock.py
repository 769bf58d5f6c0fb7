"""One lock protocol for app and CLI: a passphrase change waits until it has the vault alone."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import ENTRIES, cli_env, make_filled_vault, run_cli
from support import PASSPHRASE

NEW = "a brand new passphrase for the vault"


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_filled_vault(tmp_path_factory.mktemp("lock") / "filled.vault")


@pytest.fixture
def vault(filled: Path, tmp_path: Path) -> Path:
    path = tmp_path / "vaults" / "journal.vault"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(filled, path)
    return path


@pytest.fixture
def holder(vault: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A real second process with the vault unlocked."""
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("holder.py")), str(vault), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(tmp_path),
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "ready\n"
    with process:
        yield process
        process.kill()


def test_passwd_is_refused_while_another_process_has_the_vault_open(
    vault: Path, tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    before = vault.read_bytes()
    run = run_cli(tmp_path, "passwd", "--vault", str(vault), stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert run.code == 1
    assert run.err == (
        f"healer-cli: {vault} is open in another Healer window or command; close it before"
        " you change the passphrase. Nothing was changed.\n"
    )
    assert vault.read_bytes() == before
    # The other session still works: it was not cut off by a changed key.
    out, _ = holder.communicate("\n", timeout=60)
    assert (holder.returncode, out) == (0, f"{ENTRIES}\n")
    # Alone now, the change goes through, and the lock file is gone with the last holder.
    run = run_cli(tmp_path, "passwd", "--vault", str(vault), stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert run.code == 0, run.err
    assert run_cli(tmp_path, "list", "--vault", str(vault), stdin=f"{NEW}\n").code == 0
    assert not (vault.parent / "journal.vault.lock").exists()


def test_the_lock_file_is_private_and_empty(vault: Path, holder: subprocess.Popen[str]) -> None:
    lock = vault.parent / "journal.vault.lock"
    info = lock.stat()
    assert stat.S_IMODE(info.st_mode) == 0o600
    assert info.st_size == 0
    assert os.uname().nodename.encode() not in lock.read_bytes()
