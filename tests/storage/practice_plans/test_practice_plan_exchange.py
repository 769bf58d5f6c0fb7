"""Practice plans through the migration, the JSON export and import, and the readable export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date
from pathlib import Path

import pytest
from support import PASSPHRASE

from healer.domain.practice_plan import PlanOutcome, PlanPractice, PracticePlanInput
from healer.storage import exchange, migrations, sqlcipher
from healer.storage.errors import ImportFormatError
from healer.storage.files import create_empty_private_file
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.practice_plans.exchange import plans_document
from healer.storage.practice_plans.repository import PracticePlanRepository
from healer.storage.readable import readable_document
from healer.storage.readable_render import render_markdown
from healer.storage.vault import Vault

FIRST = date(2026, 3, 2)
_NOW = "2026-03-01T08:00:00Z"


@contextmanager
def keyed_connection(path: Path) -> Iterator[sqlcipher.Connection]:
    connection = sqlcipher.open_connection(path)
    try:
        sqlcipher.apply_key(connection, PASSPHRASE)
        sqlcipher.read_first_page(connection)
        yield connection
    finally:
        connection.close()


def _plan_step() -> int:
    step = next(
        m for m in migrations.MIGRATIONS if m.apply.__name__ == "create_practice_plan_tables"
    )
    return step.version


@pytest.fixture(name="before_path")
def before_path_fixture(tmp_path: Path) -> Path:
    """A vault made by the schema just before plans, holding one entry."""
    path = tmp_path / "vaultdir" / "healer.vault"
    path.parent.mkdir(parents=True, mode=0o700)
    create_empty_private_file(path)
    target = _plan_step() - 1
    with keyed_connection(path) as connection:
        sqlcipher.apply_session_pragmas(connection)
        assert migrations.migrate(connection, target=target) == list(range(1, target + 1))
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO activation (uid, started_at, intensity, trigger_text, created_at,"
            " updated_at) VALUES ('uid-1', ?, 6, 'no reply all evening', ?, ?)",
            (_NOW, _NOW, _NOW),
        )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_the_upgrade_adds_plans_and_keeps_the_entries(before_path: Path) -> None:
    with keyed_connection(before_path) as connection, pytest.raises(sqlcipher.OperationalError):
        connection.execute("SELECT count(*) FROM practice_plan")
    vault = Vault.open(before_path, PASSPHRASE)
    try:
        assert migrations.schema_version(vault.connection) == migrations.LATEST_VERSION
        assert ActivationRepository(vault).uids() == {"uid-1"}
        plans = PracticePlanRepository(vault)
        assert plans.current() is None
        plan = plans.add(PracticePlanInput(PlanPractice.TRIGGER_LOG, FIRST))
        assert plans.current() == plan
        assert vault.check().ok
    finally:
        vault.close()


def _export(vault: Vault) -> bytes:
    return exchange.export_json(
        [],
        CategoryRepository(vault).all(),
        extra=plans_document(PracticePlanRepository(vault).all()),
    )


def _two_plans(vault: Vault) -> None:
    plans = PracticePlanRepository(vault)
    first = plans.add(PracticePlanInput(PlanPractice.BILATERAL, FIRST))
    plans.set_marked(first.id, date(2026, 3, 3), True)
    second = plans.close(
        first.id,
        first.last_day,
        PlanOutcome.KEPT_GOING,
        PracticePlanInput(PlanPractice.BILATERAL, date(2026, 3, 16)),
    )
    assert second is not None
    plans.set_marked(second.id, date(2026, 3, 17), True)


def test_plans_and_their_days_round_trip_and_a_second_import_adds_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    _two_plans(vault)
    data = _export(vault)
    document = json.loads(data)
    assert [p["did_it_days"] for p in document["practice_plans"]] == [
        ["2026-03-17"],
        ["2026-03-03"],
    ]
    other = Vault.create(tmp_path / "other.vault", PASSPHRASE)
    try:
        result = exchange.import_json(other, data)
        assert (result.practice_plans_added, result.practice_plans_present) == (2, 0)
        again = exchange.import_json(other, data)
        assert (again.practice_plans_added, again.practice_plans_present) == (0, 2)
        mine = {
            (p.uid, p.first_day, p.marked_days, p.closed_on, p.outcome)
            for p in PracticePlanRepository(vault).all()
        }
        theirs = {
            (p.uid, p.first_day, p.marked_days, p.closed_on, p.outcome)
            for p in PracticePlanRepository(other).all()
        }
        assert mine == theirs
    finally:
        other.close()


def test_an_open_plan_meeting_one_under_way_comes_in_set_aside(
    vault: Vault, tmp_path: Path
) -> None:
    _two_plans(vault)
    data = _export(vault)
    other = Vault.create(tmp_path / "other.vault", PASSPHRASE)
    try:
        own = PracticePlanRepository(other).add(PracticePlanInput(PlanPractice.PAUSE, FIRST))
        result = exchange.import_json(other, data)
        assert result.practice_plans_added == 2
        plans = PracticePlanRepository(other)
        assert plans.current() == own
        came = next(p for p in plans.all() if p.first_day == date(2026, 3, 16))
        assert came.outcome is PlanOutcome.STOPPED
        assert came.marked_days == {date(2026, 3, 17)}
    finally:
        other.close()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("practice", "juggling", "practice_plans[0].practice"),
        ("first_day", "2 March", "practice_plans[0].first_day"),
        ("did_it_days", ["yesterday"], "practice_plans[0].did_it_days"),
        ("outcome", None, "practice_plans[0].outcome"),
    ],
)
def test_a_broken_plan_is_refused_by_name_and_nothing_is_added(
    vault: Vault, tmp_path: Path, field: str, value: object, message: str
) -> None:
    _two_plans(vault)
    document = json.loads(_export(vault))
    document["practice_plans"][0][field] = value
    if field == "outcome":
        document["practice_plans"][0] = document["practice_plans"][1] | {"outcome": None}
    other = Vault.create(tmp_path / "other.vault", PASSPHRASE)
    try:
        with pytest.raises(ImportFormatError, match=message.replace("[", r"\[")):
            exchange.import_json(other, json.dumps(document).encode())
        assert PracticePlanRepository(other).all() == []
    finally:
        other.close()


def test_the_readable_export_lists_plans_with_their_days_and_endings(vault: Vault) -> None:
    _two_plans(vault)
    text = render_markdown(
        readable_document([], practice_plans=PracticePlanRepository(vault).all(), zone=UTC)
    ).decode()
    assert "One practice for two weeks" in text
    assert text.index("2026-03-16") < text.index("2026-03-02")
    assert "kept going with two more weeks" in text
    assert "2026-03-17" in text
    assert "Under way" in text
