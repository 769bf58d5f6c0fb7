"""Backup and restore of a 100k-entry vault: what a person waits for behind the busy dialog."""

from __future__ import annotations

import itertools
import os
import shutil
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from harness import Budget, Case, record_single
from histories import PASSPHRASE, HistoryFactory, open_history

from healer.storage import vault as vault_module
from healer.storage.restore import read_backup_summary, restore_backup
from healer.storage.vault import Vault

ROWS = 100_000
ROUNDS = 5
CASE_BACKUP = "Back up now, 100k vault (a fresh file each round, fsync'd)"
CASE_RESTORE = "Restore from a backup, 100k vault (into a closed vault beside it)"
NOW = datetime(2026, 11, 30, 16, 12, tzinfo=UTC)


def _timed(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return (time.perf_counter() - began) * 1000


@pytest.fixture(scope="module")
def source(history: HistoryFactory) -> Iterator[Vault]:
    vault = open_history(history(ROWS, keyed=True))
    yield vault
    vault.close()


def test_backup_timings(source: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = itertools.count()
    target = tmp_path / "backups"

    def fresh() -> Path:
        for old in target.glob("*"):
            old.unlink()
        return target / f"healer-backup-{next(names)}.vault"

    def plain_copy() -> float:
        destination = fresh()
        target.mkdir(exist_ok=True)

        def copy() -> None:
            shutil.copyfile(source.path, destination)
            with destination.open("rb") as stream:
                os.fsync(stream.fileno())

        return _timed(copy)

    def verified() -> float:
        destination = fresh()
        return _timed(lambda: source.backup(destination))

    def unverified() -> float:
        destination = fresh()
        with monkeypatch.context() as patch:
            patch.setattr(vault_module, "copy_problems", lambda _connection, _path: [])
            return _timed(lambda: source.backup(destination))

    Case(
        CASE_BACKUP,
        baseline="plain file copy of the vault (cp + fsync; not a consistent snapshot)",
        notes={
            "Vault.backup: VACUUM INTO + the copy's page and integrity checks": (
                "the app and healer-cli backup"
            ),
        },
        budget=Budget(absolute=30_000),
    ).run(
        {
            "plain file copy of the vault (cp + fsync; not a consistent snapshot)": plain_copy,
            "VACUUM INTO alone, unchecked": unverified,
            "Vault.backup: VACUUM INTO + the copy's page and integrity checks": verified,
        },
        rounds=ROUNDS,
    )
    record_single(
        CASE_BACKUP,
        "vault size",
        source.path.stat().st_size / 1e6,
        "MB",
    )


def test_restore_timings(source: Vault, tmp_path: Path) -> None:
    backup = source.backup(tmp_path / "healer-backup.vault")
    home = tmp_path / "home-vault"
    home.mkdir(mode=0o700)
    vault_path = home / "healer.vault"
    shutil.copyfile(backup, vault_path)

    def summary() -> float:
        return _timed(lambda: read_backup_summary(backup, PASSPHRASE))

    def restore() -> float:
        for kept in home.glob("*before-restore*"):
            kept.unlink()
        return _timed(lambda: restore_backup(vault_path, backup, PASSPHRASE, NOW))

    def reopen() -> float:
        return _timed(lambda: Vault.open(vault_path, PASSPHRASE).close())

    Case(CASE_RESTORE, budget=Budget(absolute=30_000)).run(
        {
            "what the backup holds (unlock with its passphrase + counts)": summary,
            "restore_backup: summary, copy + fsync, checks, dated link, rename": restore,
            "reopen the restored vault (unlock)": reopen,
        },
        rounds=ROUNDS,
    )
