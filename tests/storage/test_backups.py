"""Backups on real vaults: verified copies, the automatic rotation, and restoring."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.domain.backups import automatic_backup_name, manual_backup_name
from healer.storage import vault as vault_module
from healer.storage.backup_folder import automatic_backups, run_automatic_backup
from healer.storage.errors import (
    BackupFolderMissingError,
    BackupNotVerifiedError,
    VaultDamagedError,
    VaultError,
    VaultInUseError,
    WrongPassphraseError,
)
from healer.storage.files import fsync_path
from healer.storage.journal.activations import ActivationRepository
from healer.storage.restore import read_backup_summary, restore_backup
from healer.storage.vault import Vault

OLD_PASSPHRASE = "an older passphrase, long enough"
TODAY = date(2026, 11, 30)
NOW = datetime(2026, 11, 30, 16, 12, tzinfo=UTC)
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
PAGE_SIZE = 4096


def add_entries(vault: Vault, count: int, *, first: int = 0) -> None:
    repository = ActivationRepository(vault)
    for number in range(first, first + count):
        repository.add(
            ActivationInput(
                trigger=f"trigger {number}",
                intensity=number % 11,
                started_at=START + timedelta(days=number),
            ).validated()
        )


def triggers(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    opened = Vault.open(path, passphrase)
    try:
        rows = opened.connection.execute("SELECT trigger_text FROM activation ORDER BY id")
        return [row[0] for row in rows]
    finally:
        opened.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_page(path: Path, page: int) -> None:
    with path.open("r+b") as stream:
        stream.seek((page - 1) * PAGE_SIZE + 300)
        byte = stream.read(1)
        stream.seek((page - 1) * PAGE_SIZE + 300)
        stream.write(bytes([byte[0] ^ 0xFF]))


# -- a verified backup --------------------------------------------------------------


def test_a_copy_damaged_on_its_way_to_disk_is_deleted_and_said(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_entries(vault, 5)

    def damaging_fsync(path: Path) -> None:
        if ".healer-partial-" in path.name:
            flip_page(path, 2)  # as a failing disk would hand the bytes back
        fsync_path(path)

    monkeypatch.setattr(vault_module, "fsync_path", damaging_fsync)
    destination = tmp_path / "out" / "copy.vault"
    with pytest.raises(BackupNotVerifiedError, match="deleted"):
        vault.backup(destination)
    assert sorted(os.listdir(destination.parent)) == []
    # The vault's own connection is unharmed by the failed check.
    assert not vault.damaged
    assert vault.connection.execute("SELECT count(*) FROM activation").fetchone()[0] == 5
    monkeypatch.undo()
    vault.backup(destination)
    assert triggers(destination) == [f"trigger {n}" for n in range(5)]


# -- automatic backups -------------------------------------------------------------------


def test_automatic_backup_goes_beside_the_vault_once_a_day(vault: Vault) -> None:
    add_entries(vault, 2)
    first = run_automatic_backup(vault, None, TODAY)
    folder = vault.path.parent / "backups"
    assert first.written == folder / automatic_backup_name(TODAY)
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert triggers(first.written) == ["trigger 0", "trigger 1"]
    again = run_automatic_backup(vault, None, TODAY)
    assert again.written is None
    assert run_automatic_backup(vault, None, TODAY + timedelta(days=1)).written is not None


def test_rotation_prunes_only_healers_own_automatic_backups(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    source = vault.backup(tmp_path / "one.vault")
    for back in range(1, 60):
        day = TODAY - timedelta(days=back)
        os.link(source, folder / automatic_backup_name(day))
    # Not ours, though named like ours or like a backup: never removed.
    strangers = {
        folder / automatic_backup_name(TODAY - timedelta(days=90)): b"a note, not a vault",
        folder / manual_backup_name(TODAY - timedelta(days=100)): source.read_bytes(),
        folder / "holiday.jpg": b"\xff\xd8",
    }
    for path, data in strangers.items():
        path.write_bytes(data)
    link = folder / automatic_backup_name(TODAY - timedelta(days=95))
    link.symlink_to(source)

    result = run_automatic_backup(vault, folder, TODAY)
    assert result.written == folder / automatic_backup_name(TODAY)
    remaining = automatic_backups(folder)
    assert len(remaining) == 11
    assert all(day in remaining for day in (TODAY - timedelta(days=n) for n in range(7)))
    assert len(result.pruned) == 60 - 11
    for path, data in strangers.items():
        assert path.read_bytes() == data
    assert link.is_symlink()


def test_a_chosen_folder_that_is_gone_is_said_not_created(vault: Vault, tmp_path: Path) -> None:
    gone = tmp_path / "media" / "STICK" / "healer"
    with pytest.raises(BackupFolderMissingError, match="not there"):
        run_automatic_backup(vault, gone, TODAY)
    assert not gone.parent.exists()


# -- what a backup holds -----------------------------------------------------------------


def test_summary_reads_a_backup_with_its_own_passphrase_and_writes_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    add_entries(vault, 4)
    backup = vault.backup(tmp_path / "b" / "old.vault")
    before = digest(backup)
    summary = read_backup_summary(backup, PASSPHRASE)
    assert summary.entries == 4
    assert summary.first_started == START
    assert summary.last_started == START + timedelta(days=3)
    assert summary.newest_written is not None
    with pytest.raises(WrongPassphraseError):
        read_backup_summary(backup, "not the passphrase at all")
    assert digest(backup) == before
    assert sorted(os.listdir(backup.parent)) == ["old.vault"]


# -- restoring ---------------------------------------------------------------------------


def test_restore_replaces_the_vault_and_keeps_the_old_one_dated(
    vault_path: Path, tmp_path: Path
) -> None:
    opened = Vault.open(vault_path, PASSPHRASE)
    add_entries(opened, 3)
    backup = opened.backup(tmp_path / "b" / "backup.vault")
    opened.change_passphrase(OLD_PASSPHRASE + " but newer")
    add_entries(opened, 2, first=3)
    opened.close()

    kept = restore_backup(vault_path, backup, PASSPHRASE, NOW)
    assert kept is not None
    assert kept.name.startswith("healer.vault.before-restore-2026-11-30T")
    assert triggers(vault_path) == [f"trigger {n}" for n in range(3)]
    assert triggers(kept, OLD_PASSPHRASE + " but newer") == [f"trigger {n}" for n in range(5)]
    assert oct(vault_path.stat().st_mode & 0o777) == "0o600"
    leftovers = [name for name in os.listdir(vault_path.parent) if "partial" in name]
    assert leftovers == []
    # A second restore in the same minute keeps both earlier vaults.
    second = restore_backup(vault_path, backup, PASSPHRASE, NOW)
    assert second is not None
    assert second != kept
    assert kept.exists()


def test_restore_is_refused_while_the_vault_is_open_elsewhere(
    vault_path: Path, tmp_path: Path
) -> None:
    opened = Vault.open(vault_path, PASSPHRASE)
    add_entries(opened, 1)
    backup = opened.backup(tmp_path / "backup.vault")
    try:
        with pytest.raises(VaultInUseError):
            restore_backup(vault_path, backup, PASSPHRASE, NOW)
    finally:
        opened.close()
    assert not list(vault_path.parent.glob("*before-restore*"))
    assert triggers(vault_path) == ["trigger 0"]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    vault_path: Path, tmp_path: Path
) -> None:
    opened = Vault.open(vault_path, PASSPHRASE)
    add_entries(opened, 40)
    backup = opened.backup(tmp_path / "backup.vault")
    opened.close()
    flip_page(backup, 3)
    before = digest(vault_path)
    with pytest.raises(VaultDamagedError, match="nothing was changed"):
        restore_backup(vault_path, backup, PASSPHRASE, NOW)
    assert digest(vault_path) == before
    assert sorted(os.listdir(vault_path.parent)) == ["healer.vault"]


def test_restore_refuses_the_vault_itself_and_a_wrong_passphrase(
    vault_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(VaultError, match="the vault itself"):
        restore_backup(vault_path, vault_path, PASSPHRASE, NOW)
    backup = tmp_path / "backup.vault"
    opened = Vault.open(vault_path, PASSPHRASE)
    opened.backup(backup)
    opened.close()
    with pytest.raises(WrongPassphraseError):
        restore_backup(vault_path, backup, "wrong wrong wrong", NOW)
    assert sorted(os.listdir(vault_path.parent)) == ["healer.vault"]


def test_restore_refuses_a_vault_with_unsaved_log_pages(vault_path: Path, tmp_path: Path) -> None:
    opened = Vault.open(vault_path, PASSPHRASE)
    backup = opened.backup(tmp_path / "backup.vault")
    opened.close()
    wal = Path(str(vault_path) + "-wal")
    wal.write_bytes(b"\0" * 100)  # stands for pages a killed writer committed
    with pytest.raises(VaultError, match="not yet written"):
        restore_backup(vault_path, backup, PASSPHRASE, NOW)
    assert wal.stat().st_size == 100


def test_restore_into_a_missing_vault_puts_the_backup_there(
    vault_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.vault"
    opened = Vault.open(vault_path, PASSPHRASE)
    add_entries(opened, 1)
    opened.backup(backup)
    opened.close()
    fresh = tmp_path / "new-home" / "healer.vault"
    fresh.parent.mkdir()
    assert restore_backup(fresh, backup, PASSPHRASE, NOW) is None
    assert triggers(fresh) == ["trigger 0"]
