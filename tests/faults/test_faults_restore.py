"""kill -9 in the middle of restoring a backup: the vault still opens, old or new, never neither."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import PASSPHRASE, bulk_fill

from healer.services.session import Session
from healer.storage import partials
from healer.storage.errors import WrongPassphraseError
from healer.storage.vault import Vault

CHILD = Path(__file__).with_name("restore_child.py")
OTHER_PASSPHRASE = "the backup's own older passphrase"
KILLS = 12


def make_backup(folder: Path, passphrase: str, entries: int) -> Path:
    """A vault of `entries` entries under passphrase, and its backup."""
    session = Session.create(folder / "source.vault", passphrase)
    try:
        bulk_fill(session, entries)
        return session.backup(folder / "backup.vault")
    finally:
        session.lock()


def opened_count(vault_path: Path) -> tuple[str, int]:
    """Which passphrase opens the vault now, and how many entries it holds (checked)."""
    for passphrase in (PASSPHRASE, OTHER_PASSPHRASE):
        try:
            vault = Vault.open(vault_path, passphrase)
        except WrongPassphraseError:
            continue
        try:
            assert vault.check().ok
            count = vault.connection.execute("SELECT count(*) FROM activation").fetchone()[0]
            return passphrase, int(count)
        finally:
            vault.close()
    pytest.fail("neither passphrase opens the vault")


@pytest.mark.slow
def test_sigkill_while_restoring_leaves_a_vault_that_opens(tmp_path: Path) -> None:
    first = make_backup(tmp_path / "a", PASSPHRASE, 4000)
    second = make_backup(tmp_path / "b", OTHER_PASSPHRASE, 2500)
    expected = {PASSPHRASE: 4000, OTHER_PASSPHRASE: 2500}
    vault_path = tmp_path / "restored" / "healer.vault"
    vault_path.parent.mkdir(mode=0o700)
    vault_path.write_bytes(first.read_bytes())
    vault_path.chmod(0o600)
    rng = random.Random(1604)
    finished_restores = 0
    killed_midway = 0
    for _ in range(KILLS):
        with subprocess.Popen(
            [sys.executable, str(CHILD), str(vault_path), str(first), str(second)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as child:
            assert child.stdin is not None
            assert child.stdout is not None
            child.stdin.write(f"{PASSPHRASE}\n{OTHER_PASSPHRASE}\n".encode())
            child.stdin.close()
            assert child.stdout.readline() == b"ready\n"
            time.sleep(rng.uniform(0.05, 2.0))
            child.send_signal(signal.SIGKILL)
            finished_restores += len(child.stdout.read().splitlines())
            assert child.wait(timeout=30) == -signal.SIGKILL
        killed_midway += bool(list(vault_path.parent.glob(".healer.vault.healer-partial-*")))
        passphrase, count = opened_count(vault_path)
        assert count == expected[passphrase]
        # Every previous vault kept beside it opens too: a dated copy is never half-made.
        for kept in vault_path.parent.glob("healer.vault.before-restore-*"):
            assert kept.stat().st_size % 4096 == 0
    assert finished_restores > 0, "the kills all came before any restore could finish"
    assert killed_midway > 0, "no kill landed while a copy was being made"
    # What a killed restore left half-made goes at the next run's sweep.
    partials.sweep_ledger(partials.ledger_for(vault_path))
    assert not list(vault_path.parent.glob(".*partial*"))
    assert opened_count(vault_path)[1] in expected.values()
