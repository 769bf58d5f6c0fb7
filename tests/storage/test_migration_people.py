"""Migration 8 on a vault made by schema 7: every typed "Person involved" becomes a person."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import PASSPHRASE
from test_migrations import keyed_connection

from healer.domain.activation import ActivationQuery
from healer.storage import migrations, sqlcipher
from healer.storage.files import create_empty_private_file
from healer.storage.journal.activations import ActivationRepository
from healer.storage.people.repository import PersonRepository
from healer.storage.vault import Vault

# (started_at, person as typed): two spellings of Sam, one blank, one with spaces around.
_ENTRIES = (
    ("2026-09-01T08:00:00Z", "Sam"),
    ("2026-09-02T08:00:00Z", "sam"),
    ("2026-09-03T08:00:00Z", ""),
    ("2026-09-04T08:00:00Z", "Mum"),
    ("2026-09-05T08:00:00Z", "  Dr Okafor "),
)


@pytest.fixture(name="v7_path")
def v7_path_fixture(tmp_path: Path) -> Path:
    """A vault stopped at schema 7 with free-text names in its entries."""
    path = tmp_path / "vaultdir" / "healer.vault"
    path.parent.mkdir(parents=True, mode=0o700)
    create_empty_private_file(path)
    with keyed_connection(path) as connection:
        sqlcipher.apply_session_pragmas(connection)
        assert migrations.migrate(connection, target=7) == [1, 2, 3, 4, 5, 6, 7]
        connection.execute("BEGIN IMMEDIATE")
        for number, (started, person) in enumerate(_ENTRIES, start=1):
            connection.execute(
                "INSERT INTO activation (id, uid, started_at, intensity, trigger_text, person,"
                " created_at, updated_at) VALUES (?, ?, ?, 5, 'no reply', ?, ?, ?)",
                (number, f"uid-{number}", started, person, started, started),
            )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_schema_7_has_no_people(v7_path: Path) -> None:
    with keyed_connection(v7_path) as connection, pytest.raises(sqlcipher.OperationalError):
        connection.execute("SELECT count(*) FROM person")


def test_the_upgrade_turns_each_distinct_name_into_one_linked_person(v7_path: Path) -> None:
    vault = Vault.open(v7_path, PASSPHRASE)
    try:
        assert migrations.schema_version(vault.connection) == migrations.LATEST_VERSION
        people = {person.name: person for person in PersonRepository(vault).all()}
        # The earliest spelling wins; names are trimmed; blank names make nobody.
        assert sorted(people) == ["Dr Okafor", "Mum", "Sam"]
        assert people["Sam"].activation_count == 2
        assert people["Mum"].activation_count == 1
        assert people["Dr Okafor"].activation_count == 1
        assert all(person.uid.count("-") == 4 for person in people.values())
        assert len({person.uid for person in people.values()}) == 3
        # The entries keep their names as typed (only the ends trimmed, as the app always
        # did), and search still finds them.
        entries = ActivationRepository(vault).find(ActivationQuery())
        assert sorted(entry.content.person for entry in entries) == sorted(
            person.strip() for _, person in _ENTRIES
        )
        found = ActivationRepository(vault).find(ActivationQuery(search="okafor"))
        assert [entry.uid for entry in found] == ["uid-5"]
        assert vault.connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        vault.close()


def test_an_entry_naming_someone_new_after_the_upgrade_adds_them(v7_path: Path) -> None:
    vault = Vault.open(v7_path, PASSPHRASE)
    try:
        with vault.transaction() as connection:
            connection.execute(
                "UPDATE activation SET person = 'Jo' WHERE id = 3",
            )
        names = [person.name for person in PersonRepository(vault).all()]
        assert "Jo" in names
    finally:
        vault.close()
