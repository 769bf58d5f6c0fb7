"""Migration 7 on a vault made by schema 6: intensity may be "not rated", nothing else moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import PASSPHRASE
from test_migrations import keyed_connection

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.clock import parse_stored
from healer.storage import migrations, sqlcipher
from healer.storage.files import create_empty_private_file
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.rows import JournalRowReader
from healer.storage.vault import Vault

_NOW = "2026-11-01T08:00:00Z"


def _schema_of(connection: sqlcipher.Connection) -> set[tuple[str, str]]:
    rows = connection.execute(
        "SELECT type, name FROM sqlite_schema WHERE tbl_name = 'activation'"
        " AND type IN ('index', 'trigger')"
    ).fetchall()
    return {(row[0], row[1]) for row in rows}


@pytest.fixture(name="v6_path")
def v6_path_fixture(tmp_path: Path) -> Path:
    """A vault stopped at schema 6: two entries, each pointed at by every kind of link."""
    path = tmp_path / "vaultdir" / "healer.vault"
    path.parent.mkdir(parents=True, mode=0o700)
    create_empty_private_file(path)
    with keyed_connection(path) as connection:
        sqlcipher.apply_session_pragmas(connection)
        assert migrations.migrate(connection, target=6) == [1, 2, 3, 4, 5, 6]
        connection.execute("BEGIN IMMEDIATE")
        for number, trigger in ((1, "no reply all evening"), (2, "plans cancelled")):
            connection.execute(
                "INSERT INTO activation (id, uid, started_at, intensity, trigger_text,"
                " urge_outcome, category_id, created_at, updated_at)"
                " VALUES (?, ?, ?, 7, ?, 'not-acted',"
                " (SELECT id FROM category WHERE name = 'conflict'), ?, ?)",
                (number, f"uid-{number}", _NOW, trigger, _NOW, _NOW),
            )
            connection.execute(
                "INSERT INTO practice_use (uid, practice, started_at, duration_seconds,"
                " activation_id, created_at) VALUES (?, 'cold-water', ?, 60, ?, ?)",
                (f"practice-{number}", _NOW, number, _NOW),
            )
            connection.execute(
                "INSERT INTO soothing_run (uid, phase, planned_seconds, started_at,"
                " activation_id, created_at, updated_at)"
                " VALUES (?, 'finished', 1200, ?, ?, ?, ?)",
                (f"pause-{number}", _NOW, number, _NOW, _NOW),
            )
            connection.execute(
                "INSERT INTO dialogue (uid, started_at, activation_id, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (f"dialogue-{number}", _NOW, number, _NOW, _NOW),
            )
        connection.execute(
            "INSERT INTO entry_draft (slot, activation_id, fields, updated_at)"
            " VALUES ('edit-1', 1, '{}', ?)",
            (_NOW,),
        )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_schema_6_refuses_an_unrated_intensity(v6_path: Path) -> None:
    with keyed_connection(v6_path) as connection, pytest.raises(sqlcipher.IntegrityError):
        connection.execute("UPDATE activation SET intensity = NULL WHERE id = 1")


def test_the_upgrade_allows_not_rated_and_keeps_rows_links_indexes_and_search(
    v6_path: Path,
) -> None:
    with keyed_connection(v6_path) as connection:
        before = _schema_of(connection)
    assert ("trigger", "activation_fts_update") in before
    assert ("index", "activation_intensity_order") in before

    vault = Vault.open(v6_path, PASSPHRASE)
    try:
        connection = vault.connection
        assert migrations.schema_version(connection) == migrations.LATEST_VERSION
        # Every index and trigger is back (later steps may add their own).
        assert before <= _schema_of(connection)
        # Foreign keys are on again, and no link was cut or cascaded away.
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        for table in ("practice_use", "soothing_run", "dialogue"):
            links = connection.execute(f"SELECT activation_id FROM {table} ORDER BY id")
            assert [row[0] for row in links] == [1, 2], table
        assert connection.execute("SELECT count(*) FROM entry_draft").fetchone()[0] == 1

        repository = ActivationRepository(vault)
        stored = repository.get(1)
        assert stored.content.intensity == 7
        assert stored.content.category == "conflict"
        assert stored.content.urge_outcome is not None
        assert [a.uid for a in repository.find(ActivationQuery(search="cancelled"))] == ["uid-2"]

        added = repository.add(
            ActivationInput("a knot in the chest", None, parse_stored("2026-11-02T08:00:00Z"))
        )
        assert repository.get(added.id).content.intensity is None
        # The triggers came back: the running count and the search index follow the new row.
        assert JournalRowReader(vault).total() == 3
        assert [a.id for a in repository.find(ActivationQuery(search="knot"))] == [added.id]
        assert repository.rate_if_unrated(added.id, 8)
        assert not repository.rate_if_unrated(added.id, 2)  # a given rating is kept
        assert repository.get(added.id).content.intensity == 8
        with pytest.raises(sqlcipher.IntegrityError):
            connection.execute("UPDATE activation SET intensity = 11 WHERE id = 1")
        assert vault.check().ok
    finally:
        vault.close()
