"""kill -9 during init and backup: no empty vault, no partial left after the next run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_tools import cli, cli_env, fill, kill_when_a_file_appears, note, row_count
from support import PASSPHRASE, copy_vault

pytestmark = pytest.mark.slow

KILLS = 6


def _start(env: dict[str, str], *args: str, stdin: str) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, "-m", "healer.cli", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert child.stdin is not None
    child.stdin.write(stdin.encode())
    child.stdin.close()
    return child


def _kill_after(child: subprocess.Popen[bytes], delay: float) -> int:
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    return child.wait(timeout=60)


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


def test_a_killed_init_leaves_no_vault_and_never_blocks_the_next(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    outcomes = []
    for run in range(KILLS):
        folder = tmp_path / f"run{run}"
        vault = folder / "healer.vault"
        child = _start(env, "init", "--vault", str(vault), stdin=PASSPHRASE + "\n")
        # Half the kills at a random moment, half the moment a file shows in the folder.
        if run % 2:
            code = _kill_after(child, rng.uniform(0.05, 1.5))
        else:
            code = kill_when_a_file_appears(child, folder)
        outcomes.append(code)
        if vault.exists():  # finished before the kill: a whole vault
            assert vault.stat().st_size > 0, f"seed {seed}"
            assert row_count(vault) == 0
            continue
        # Killed first: nothing at the name, and the next init simply works.
        again = cli(env, "init", "--vault", str(vault))
        assert again.code == 0, f"seed {seed}: {again.err}"
        assert row_count(vault) == 0
        left = [p.name for p in folder.iterdir() if "partial" in p.name]
        assert left == [], f"seed {seed}: {left}"
    print(f"init kills: seed {seed}, exit codes {outcomes}")


def test_the_partial_of_a_killed_init_is_removed_by_the_next_run(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    vault = tmp_path / "v" / "healer.vault"
    vault.parent.mkdir()
    stale = vault.parent / f".healer.vault.healer-partial-{_dead_pid()}"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{stale}{suffix}").write_bytes(b"\0" * 4096)
    result = cli(env, "list", "--vault", str(vault))
    assert (result.code, result.err) == (
        1,
        note(f"No vault at {vault}. Create one first (healer-cli init)."),
    )
    assert list(vault.parent.iterdir()) == []


def test_an_empty_file_left_by_an_older_init_is_explained(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    vault = tmp_path / "v" / "healer.vault"
    vault.parent.mkdir()
    vault.touch()
    result = cli(env, "init", "--vault", str(vault))
    assert (result.code, result.err) == (
        1,
        note(
            f"{vault} is an empty file, perhaps left by an interrupted init of an older Healer;"
            " it holds nothing. Delete it, then run init again."
        ),
    )
    assert vault.read_bytes() == b""


def test_killed_backups_are_swept_by_the_next_run(vault_template: Path, tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    vault = copy_vault(vault_template, tmp_path / "vaultdir" / "healer.vault")
    fill(vault, 3000, text_size=3000)
    before = vault.read_bytes()
    backups = tmp_path / "backups"
    started = time.monotonic()
    assert cli(env, "backup", str(backups / "first.vault"), "--vault", str(vault)).code == 0
    took = time.monotonic() - started
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    partials_seen = 0
    for run in range(KILLS):
        child = _start(
            env,
            "backup",
            str(backups / f"copy{run}.vault"),
            "--vault",
            str(vault),
            stdin=PASSPHRASE + "\n",
        )
        if run % 2:
            _kill_after(child, rng.uniform(took * 0.4, took))
        else:  # the moment this run's file shows
            kill_when_a_file_appears(child, backups, ignore=frozenset(os.listdir(backups)))
        partials_seen += any(p.name.startswith(f".copy{run}.") for p in backups.iterdir())
    # One left by an older Healer beside the vault, under the old name.
    (vault.parent / f".healer.vault.before-v2.partial-{_dead_pid()}").write_bytes(b"\0" * 4096)
    assert cli(env, "list", "--vault", str(vault)).code == 0  # any command sweeps
    left = sorted(p.name for p in backups.iterdir())
    assert all(not name.startswith(".") for name in left), f"seed {seed}: {left}"
    for name in left:  # a backup that finished first is whole
        assert row_count(backups / name) == 3000
    assert sorted(p.name for p in vault.parent.iterdir()) == ["healer.vault"]
    assert vault.read_bytes() == before
    print(f"backup kills: seed {seed}, {partials_seen} of {KILLS} left a partial until swept")
