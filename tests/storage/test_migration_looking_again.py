"""Migration 10 on a vault made by schema 9: the looking-again column and a wider search."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import PASSPHRASE
from test_migrations import keyed_connection

from healer.domain.activation import ActivationQuery
from healer.storage import migrations, sqlcipher
from healer.storage.files import create_empty_private_file
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault

_NOW = "2026-11-01T08:00:00Z"
_LATER = "2026-11-01T09:00:00Z"


@pytest.fixture(name="v9_path")
def v9_path_fixture(tmp_path: Path) -> Path:
    """A vault stopped at schema 9 with two entries, one settled."""
    path = tmp_path / "vaultdir" / "healer.vault"
    path.parent.mkdir(parents=True, mode=0o700)
    create_empty_private_file(path)
    with keyed_connection(path) as connection:
        sqlcipher.apply_session_pragmas(connection)
        assert migrations.migrate(connection, target=9) == list(range(1, 10))
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO activation (id, uid, started_at, settled_at, intensity, trigger_text,"
            " body_text, person, created_at, updated_at)"
            " VALUES (1, 'uid-1', ?, ?, 6, 'no reply all evening', 'tight chest', 'Sam', ?, ?)",
            (_NOW, _LATER, _NOW, _NOW),
        )
        connection.execute(
            "INSERT INTO activation (id, uid, started_at, intensity, trigger_text,"
            " after_text, created_at, updated_at)"
            " VALUES (2, 'uid-2', ?, NULL, 'plans cancelled', 'slept badly', ?, ?)",
            (_NOW, _NOW, _NOW),
        )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_schema_9_has_no_looking_again(v9_path: Path) -> None:
    with keyed_connection(v9_path) as connection, pytest.raises(sqlcipher.OperationalError):
        connection.execute("SELECT looking_again_text FROM activation")


def test_the_upgrade_keeps_every_entry_and_its_search(v9_path: Path) -> None:
    vault = Vault.open(v9_path, PASSPHRASE)
    try:
        assert migrations.schema_version(vault.connection) == migrations.LATEST_VERSION
        repo = ActivationRepository(vault)
        first, second = repo.get(1), repo.get(2)
        assert (first.content.trigger, first.content.body, first.content.person) == (
            "no reply all evening",
            "tight chest",
            "Sam",
        )
        assert second.content.intensity is None
        assert first.content.looking_again == second.content.looking_again == ""
        # Old rows are in the rebuilt index, every column as before.
        for words, uids in (("reply", {"uid-1"}), ("chest", {"uid-1"}), ("sam", {"uid-1"})):
            assert {a.uid for a in repo.find(ActivationQuery(search=words))} == uids
        assert {a.uid for a in repo.find(ActivationQuery(search="slept"))} == {"uid-2"}
        # The new column is searched, and the index follows writes.
        repo.settle(1, first.content.settled_at, looking_again="perhaps Sam was driving")
        assert {a.uid for a in repo.find(ActivationQuery(search="driving"))} == {"uid-1"}
        vault.connection.execute(
            "INSERT INTO activation_fts (activation_fts) VALUES ('integrity-check')"
        )
    finally:
        vault.close()


def test_the_steps_stay_consecutive() -> None:
    versions = [step.version for step in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    assert 10 in versions
