"""kill -9 during an export: no plaintext is ever left behind but the finished export."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_tools import MARKER, cli, cli_env, fill, kill_when_a_file_appears
from support import PASSPHRASE, copy_vault

from healer.storage import partials

pytestmark = pytest.mark.slow

CHILD = Path(__file__).with_name("writer_child.py")
ENTRIES = 3000
KILLS = 8


@pytest.fixture(scope="module")
def big_vault(vault_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault whose JSON export is about 10 MB of journal text."""
    path = copy_vault(vault_template, tmp_path_factory.mktemp("big") / "healer.vault")
    fill(path, ENTRIES, text_size=3000)
    return path


def _plaintext_files(root: Path) -> list[Path]:
    """Every file under root holding journal text (the vault itself is encrypted)."""
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and MARKER.encode() in path.read_bytes():
            found.append(path)
    return found


def _export_and_kill(env: dict[str, str], vault: Path, target: Path, delay: float) -> int | None:
    """Start `healer-cli export`, SIGKILL it after delay (or, with delay 0, the moment a
    file shows in the folder); its exit code if it finished first."""
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "healer.cli",
            "export",
            "-o",
            str(target),
            "--vault",
            str(vault),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    ) as child:
        assert child.stdin is not None
        child.stdin.write(PASSPHRASE.encode() + b"\n")
        child.stdin.close()
        if delay:
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            code = child.wait(timeout=60)
        else:
            code = kill_when_a_file_appears(child, target.parent)
    return None if code == -signal.SIGKILL else code


def test_killed_exports_leave_no_plaintext(big_vault: Path, tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "journal.json"
    started = time.monotonic()
    assert cli(env, "export", "-o", str(target), "--vault", str(big_vault)).code == 0
    took = time.monotonic() - started
    target.unlink()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    finished = 0
    for run in range(KILLS):
        # Half the kills at a random moment, half the moment a file shows in the folder.
        delay = rng.uniform(0.1, took * 1.1) if run % 2 else 0.0
        code = _export_and_kill(env, big_vault, target, delay)
        assert code in (None, 0), f"seed {seed}: exit {code}"
        finished += code == 0
        left = _plaintext_files(tmp_path)
        assert left in ([], [target]), f"seed {seed}: {left}"
        if left:
            document = json.loads(target.read_text(encoding="utf-8"))
            assert len(document["activations"]) == ENTRIES, f"seed {seed}"
            target.unlink()
        assert [p.name for p in out.iterdir()] == [], f"seed {seed}: no hidden file either"
    print(f"export kills: seed {seed}, {KILLS} kills, {finished} finished first, {took:.1f} s each")


def _run_child_and_kill(mode: str, destination: Path, ledger: Path) -> None:
    with subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(destination), str(ledger)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == b"started\n", child.stderr.read() if child.stderr else line
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL


def test_a_write_killed_midway_leaves_nothing_on_disk(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _run_child_and_kill("unnamed", out / "journal.json", tmp_path / ".healer.vault.partials")
    assert list(out.iterdir()) == []
    assert not (tmp_path / ".healer.vault.partials").exists()


def test_without_unnamed_files_the_next_run_removes_the_partial(
    vault_template: Path, tmp_path: Path
) -> None:
    """The fallback for filesystems without O_TMPFILE: a named partial, swept next time."""
    vault = copy_vault(vault_template, tmp_path / "vaultdir" / "healer.vault")
    out = tmp_path / "elsewhere"
    out.mkdir()
    _run_child_and_kill("named", out / "journal.json", partials.ledger_for(vault))
    left = _plaintext_files(out)
    assert len(left) == 1
    assert left[0].name.startswith(".journal.json.healer-partial-")
    env = cli_env(tmp_path)
    assert cli(env, "list", "--vault", str(vault)).code == 0  # any command sweeps
    assert list(out.iterdir()) == []
    assert not partials.ledger_for(vault).exists()
