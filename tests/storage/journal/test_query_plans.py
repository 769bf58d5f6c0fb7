"""Query plans of the hot reads: indexes walked in order, never every row of a large vault."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.journal import RowPage
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.rows import JournalRowReader
from healer.storage.vault import Vault


class Recorder:
    """Stands in for the vault's connection and keeps each statement with its parameters."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self.calls: list[tuple[str, Any]] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.calls.append((sql, params))
        return self._connection.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


def plan_of(vault: Vault, work: Any) -> str:
    """The query plan (EXPLAIN QUERY PLAN details, one per line) of the last SELECT work runs."""
    real = vault._connection
    recorder = Recorder(real)
    vault._connection = recorder  # type: ignore[assignment]
    try:
        work()
    finally:
        vault._connection = real
    sql, params = [call for call in recorder.calls if "SELECT" in call[0]][-1]
    rows = real.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return "\n".join(str(row[3]) for row in rows)


@pytest.fixture
def filled(vault: Vault) -> Vault:
    repository = ActivationRepository(vault)
    for n in range(30):
        repository.add(ActivationInput(f"no reply {n}", 5, datetime(2026, 1, 1 + n, tzinfo=UTC)))
    return vault


def test_search_walks_the_time_index_instead_of_reading_every_match(filled: Vault) -> None:
    repository = ActivationRepository(filled)
    plan = plan_of(filled, lambda: repository.find(ActivationQuery(search="reply", limit=50)))
    assert "USING INDEX activation_started" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
    assert "SEARCH a USING INTEGER PRIMARY KEY" not in plan, plan


def test_a_deep_page_walks_the_offset_in_an_index_alone(filled: Vault) -> None:
    reader = JournalRowReader(filled)
    plan = plan_of(
        filled, lambda: reader.page(ActivationQuery(), RowPage(offset=10, limit=5, total=30))
    )
    # The inner id list is read from the index; only the page's rows are then looked up.
    assert "activation_started" in plan, plan
    assert "LIST SUBQUERY" in plan, plan


def test_counting_open_episodes_reads_the_partial_index_only(filled: Vault) -> None:
    repository = ActivationRepository(filled)
    plan = plan_of(filled, lambda: repository.count(ActivationQuery(open_only=True)))
    assert "activation_open" in plan, plan
    assert "SEARCH c" not in plan, plan  # no category lookup per open episode
