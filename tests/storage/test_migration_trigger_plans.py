"""Migration 11 on a vault made by schema 10: plans for triggers, nothing else moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import PASSPHRASE
from test_migrations import keyed_connection

from healer.storage import migrations, sqlcipher
from healer.storage.files import create_empty_private_file
from healer.storage.journal.categories import CategoryRepository
from healer.storage.journal.plans import TriggerPlanRepository
from healer.storage.vault import Vault


@pytest.fixture(name="v10_path")
def v10_path_fixture(tmp_path: Path) -> Path:
    """A vault stopped at schema 10 with a category of the person's own."""
    path = tmp_path / "vaultdir" / "healer.vault"
    path.parent.mkdir(parents=True, mode=0o700)
    create_empty_private_file(path)
    with keyed_connection(path) as connection:
        sqlcipher.apply_session_pragmas(connection)
        assert migrations.migrate(connection, target=10) == list(range(1, 11))
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO category (name, builtin, created_at)"
            " VALUES ('late-night texts', 0, '2026-11-01T08:00:00Z')"
        )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_schema_10_has_no_plans(v10_path: Path) -> None:
    with keyed_connection(v10_path) as connection, pytest.raises(sqlcipher.OperationalError):
        connection.execute("SELECT count(*) FROM trigger_plan")


def test_the_upgrade_adds_plans_for_every_category(v10_path: Path) -> None:
    vault = Vault.open(v10_path, PASSPHRASE)
    try:
        assert migrations.schema_version(vault.connection) == migrations.LATEST_VERSION
        names = [c.name for c in CategoryRepository(vault).all()]
        assert "late-night texts" in names
        assert all(c.plan == "" for c in CategoryRepository(vault).all())
        plans = TriggerPlanRepository(vault)
        plans.set("late-night texts", "phone in the hall, kettle on")
        assert [p.category for p in plans.search("kettle")] == ["late-night texts"]
    finally:
        vault.close()
