"""Schema upgrades: an older vault opens, is backed up first, and keeps every row searchable."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from support import PASSPHRASE

from healer.domain.activation import ActivationQuery
from healer.storage import migrations, sqlcipher
from healer.storage.files import create_empty_private_file
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault

OLD_ROWS = (
    (
        "uid-old-1",
        "2026-01-05T08:00:00Z",
        "2026-01-05T09:15:00Z",
        7,
        "Délai de réponse",
        "Ljubljana",
    ),
    ("uid-old-2", "2026-01-06T21:30:00Z", None, 4, "plans cancelled suddenly", ""),
    ("uid-old-3", "2026-01-07T12:00:00Z", None, 9, "silent treatment afterwards", "Sam"),
)


@contextmanager
def keyed_connection(path: Path) -> Iterator[sqlcipher.Connection]:
    connection = sqlcipher.open_connection(path)
    try:
        sqlcipher.apply_key(connection, PASSPHRASE)
        sqlcipher.read_first_page(connection)
        yield connection
    finally:
        connection.close()


def build_v1_vault(path: Path) -> None:
    """Key a new file the way Vault.create does, but stop the schema at version 1."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    create_empty_private_file(path)
    with keyed_connection(path) as connection:
        sqlcipher.apply_session_pragmas(connection)
        assert migrations.migrate(connection, target=1) == [1]
        connection.execute("BEGIN IMMEDIATE")
        for uid, started, settled, intensity, trigger, person in OLD_ROWS:
            connection.execute(
                "INSERT INTO activation (uid, started_at, settled_at, intensity, trigger_text,"
                " body_text, category_id, person, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, 'knot in the stomach',"
                " (SELECT id FROM category WHERE name = 'conflict'), ?, ?, ?)",
                (uid, started, settled, intensity, trigger, person, started, started),
            )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    path = tmp_path / "vaultdir" / "healer.vault"
    build_v1_vault(path)
    return path


def backups_of(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.before-v2-*"))


def test_the_old_vault_really_is_at_version_1(v1_path: Path) -> None:
    with keyed_connection(v1_path) as connection:
        assert migrations.schema_version(connection) == 1
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
    assert "activation" in tables
    assert "activation_fts" not in tables


def test_open_upgrades_an_old_vault_to_the_latest_version(v1_path: Path) -> None:
    vault = Vault.open(v1_path, PASSPHRASE)
    try:
        assert migrations.schema_version(vault.connection) == migrations.LATEST_VERSION
        assert migrations.pending(vault.connection) == []
        repository = ActivationRepository(vault)
        assert repository.uids() == {row[0] for row in OLD_ROWS}
        stored = {a.uid: a for a in repository.find(ActivationQuery())}
        assert stored["uid-old-1"].content.trigger == "Délai de réponse"
        assert stored["uid-old-1"].content.category == "conflict"
        assert stored["uid-old-1"].content.person == "Ljubljana"
        assert stored["uid-old-2"].is_open
        report = vault.check()
        assert report.ok, report.problems
    finally:
        vault.close()


@pytest.mark.parametrize(
    ("words", "uids"),
    [
        ("delai", {"uid-old-1"}),  # diacritics folded in the rebuilt index
        ("cancel", {"uid-old-2"}),  # prefix
        ("stomach", {"uid-old-1", "uid-old-2", "uid-old-3"}),  # body text is indexed too
        ("silent afterwards", {"uid-old-3"}),
        ("ljubljana", {"uid-old-1"}),  # person
    ],
)
def test_old_rows_are_found_by_full_text_search_after_the_upgrade(
    v1_path: Path, words: str, uids: set[str]
) -> None:
    vault = Vault.open(v1_path, PASSPHRASE)
    try:
        found = ActivationRepository(vault).find(ActivationQuery(search=words))
        assert {a.uid for a in found} == uids
    finally:
        vault.close()


def test_an_encrypted_backup_of_the_old_version_is_written_first(v1_path: Path) -> None:
    Vault.open(v1_path, PASSPHRASE).close()

    backups = backups_of(v1_path)
    assert len(backups) == 1
    backup = backups[0]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    data = backup.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"silent treatment" not in data
    with keyed_connection(backup) as connection:
        assert migrations.schema_version(connection) == 1
        uids = {row[0] for row in connection.execute("SELECT uid FROM activation")}
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
    assert uids == {row[0] for row in OLD_ROWS}
    assert "activation_fts" not in tables
    assert not list(v1_path.parent.glob(".*partial*"))


def test_a_second_open_neither_migrates_nor_backs_up_again(v1_path: Path) -> None:
    Vault.open(v1_path, PASSPHRASE).close()
    Vault.open(v1_path, PASSPHRASE).close()
    assert len(backups_of(v1_path)) == 1
    assert len(list(v1_path.parent.glob("*.before-*"))) == 1


def test_a_failing_migration_rolls_back_and_leaves_the_version(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_done(connection: sqlcipher.Connection) -> None:
        connection.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration step failed")

    broken = migrations.Migration(migrations.LATEST_VERSION + 1, "broken", half_done)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))

    with pytest.raises(RuntimeError):
        migrations.migrate(vault.connection, target=broken.version)

    assert migrations.schema_version(vault.connection) == migrations.LATEST_VERSION
    tables = {row[0] for row in vault.connection.execute("SELECT name FROM sqlite_schema")}
    assert "half_done" not in tables
    assert not vault.connection.in_transaction
