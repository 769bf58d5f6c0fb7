"""kill -9 while writing: every acknowledged activation survives, whole and intact (R9, R10)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from crash_child import expected_input
from support import PASSPHRASE

from healer.domain.activation import ActivationQuery
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 24
KILL_AFTER_SECONDS = (0.05, 1.0)


def run_and_kill(vault_path: Path, run: int, delay: float) -> dict[int, int]:
    """Start a writer, let it commit for `delay` seconds, SIGKILL it; returns {id: seq} acked."""
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(vault_path), str(run)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        assert child.stdin is not None
        assert child.stdout is not None
        child.stdin.write(PASSPHRASE.encode() + b"\n")
        child.stdin.close()
        ready = child.stdout.readline()
        if ready != b"ready\n":
            child.kill()
            child.wait(timeout=30)
            assert child.stderr is not None
            pytest.fail(f"writer did not start: {ready!r} {child.stderr.read().decode()}")
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        out = child.stdout.read()
        assert child.wait(timeout=30) == -signal.SIGKILL
    *complete, tail = out.split(b"\n")
    assert tail == b"", "each acknowledgement is one atomic write of a whole line"
    acked: dict[int, int] = {}
    for line in complete:
        seq, activation_id = (int(part) for part in line.split())
        assert activation_id not in acked, "an id was acknowledged twice"
        acked[activation_id] = seq
    return acked


def verify(vault_path: Path, acked: dict[int, int], newest: dict[int, int]) -> int:
    """Open, check, and compare every acknowledged row field by field; returns the row count."""
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        report = vault.check()
        assert report.ok, report.problems
        repository = ActivationRepository(vault)
        stored = {a.id: a for a in repository.find(ActivationQuery())}
        missing = sorted(set(acked) - set(stored))
        assert not missing, f"acknowledged ids lost: {missing[:10]}"
        for activation_id, seq in acked.items():
            assert stored[activation_id].content == expected_input(seq).validated(), seq
        for activation_id, seq in newest.items():  # the index holds the latest rows too
            hits = repository.find(ActivationQuery(search=f"seq{seq}"))
            assert [a.id for a in hits] == [activation_id]
        fts_rows = vault.connection.execute("SELECT count(*) FROM activation_fts").fetchone()[0]
        assert fts_rows == len(stored)
        return len(stored)
    finally:
        vault.close()


@pytest.mark.slow
def test_sigkill_during_writes_never_loses_an_acknowledged_activation(vault_path: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    acked: dict[int, int] = {}
    runs_with_writes = 0
    rows = 0
    for run in range(KILLS):
        this_run = run_and_kill(vault_path, run, rng.uniform(*KILL_AFTER_SECONDS))
        assert not set(this_run) & set(acked), f"seed {seed}: an old id was reused"
        acked.update(this_run)
        runs_with_writes += bool(this_run)
        newest = dict(sorted(this_run.items())[-3:])
        rows = verify(vault_path, acked, newest)
        assert rows >= len(acked), f"seed {seed}"
        # At most the one transaction whose acknowledgement died with the pipe is extra.
        assert rows <= len(acked) + run + 1, f"seed {seed}"

    assert runs_with_writes >= KILLS // 2, f"seed {seed}: most kills should land mid-write"
    print(f"crash test: seed {seed}, {KILLS} kills, {len(acked)} acknowledged, {rows} rows")
