"""Journal-table pages: every sort order, both directions, any depth, matching a full read."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.journal import RowPage, RowSort
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.patterns import PatternReader
from healer.storage.journal.rows import JournalRowReader
from healer.storage.vault import Vault

ROWS = 5000
START = datetime(2020, 1, 1, tzinfo=UTC)
CATEGORIES = (None, "delayed reply", "plans changed", "tone shift", "conflict")


def fill(vault: Vault, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with vault.transaction() as connection:
        for n in range(count):
            started = START + timedelta(minutes=rng.randrange(0, 60 * 24 * 900))
            settled = (
                None if rng.random() < 0.1 else started + timedelta(minutes=rng.randrange(0, 300))
            )
            content = ActivationInput(
                trigger=f"trigger {rng.choice('abcdefgh')}{n % 50}",
                intensity=rng.randrange(0, 11),
                started_at=started,
                settled_at=settled,
                category=rng.choice(CATEGORIES),
            ).validated()
            ActivationRepository.insert(connection, content, uid=str(uuid.uuid4()))


@pytest.fixture
def big_vault(vault: Vault) -> Vault:
    fill(vault, ROWS)
    return vault


def sort_key(sort: RowSort):  # type: ignore[no-untyped-def]
    def key(activation):  # type: ignore[no-untyped-def]
        c = activation.content
        if sort is RowSort.WHEN:
            return (c.started_at, activation.id)
        if sort is RowSort.TRIGGER:
            return (c.trigger.lower(), activation.id)
        if sort is RowSort.CATEGORY:
            return (c.category is not None, (c.category or "").lower(), c.started_at, activation.id)
        if sort is RowSort.INTENSITY:
            return (c.intensity, c.started_at, activation.id)
        duration = activation.duration
        return (
            duration is not None,
            duration.total_seconds() if duration is not None else 0,
            c.started_at,
            activation.id,
        )

    return key


def test_total_is_the_running_count_and_follows_deletes(big_vault: Vault) -> None:
    reader = JournalRowReader(big_vault)
    assert reader.total() == ROWS
    assert reader.count(ActivationQuery()) == ROWS
    ActivationRepository(big_vault).delete(1)
    assert reader.total() == ROWS - 1


@pytest.mark.parametrize("sort", list(RowSort))
@pytest.mark.parametrize("descending", [True, False])
def test_pages_match_a_full_sorted_read(big_vault: Vault, sort: RowSort, descending: bool) -> None:
    everything = ActivationRepository(big_vault).find(ActivationQuery())
    expected = [a.id for a in sorted(everything, key=sort_key(sort), reverse=descending)]
    reader = JournalRowReader(big_vault)
    for offset in (0, 200, 2400, 2500, 4600, ROWS - 200, ROWS - 37):
        for total in (None, ROWS):
            page = reader.page(
                ActivationQuery(),
                RowPage(sort=sort, descending=descending, offset=offset, limit=200, total=total),
            )
            assert [row.id for row in page] == expected[offset : offset + 200], (offset, total)


def test_last_row_is_the_oldest_entry(big_vault: Vault) -> None:
    reader = JournalRowReader(big_vault)
    oldest = ActivationRepository(big_vault).find(ActivationQuery())[-1]
    last = reader.page(ActivationQuery(), RowPage(offset=ROWS - 1, limit=1, total=ROWS))
    assert [row.id for row in last] == [oldest.id]
    assert last[0].started_at == oldest.content.started_at


def test_page_past_the_end_is_empty(big_vault: Vault) -> None:
    reader = JournalRowReader(big_vault)
    assert reader.page(ActivationQuery(), RowPage(offset=ROWS, limit=200, total=ROWS)) == []
    with pytest.raises(ValueError, match="bounds"):
        reader.page(ActivationQuery(), RowPage(offset=-1, limit=200))


def test_filtered_pages_and_counts(big_vault: Vault) -> None:
    reader = JournalRowReader(big_vault)
    query = ActivationQuery(category="conflict")
    matching = ActivationRepository(big_vault).find(query)
    assert reader.count(query) == len(matching) < ROWS
    tail = reader.page(query, RowPage(offset=len(matching) - 3, limit=3, total=len(matching)))
    assert [row.id for row in tail] == [a.id for a in matching[-3:]]
    assert all(row.category == "conflict" for row in tail)


def test_sorting_walks_an_index_not_a_temporary_sort(big_vault: Vault) -> None:
    # Deep pages must not sort the whole table: the plan for each indexed order names an index.
    from healer.storage.journal import rows as journal_rows

    connection = big_vault.connection
    for sort in (RowSort.WHEN, RowSort.TRIGGER, RowSort.INTENSITY, RowSort.DURATION):
        sql = journal_rows._ROW_SELECT + journal_rows._order_by(sort, True) + " LIMIT 5"
        plan = " ".join(str(row[-1]) for row in connection.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USE TEMP B-TREE" not in plan, (sort, plan)


def test_tracking_facts(big_vault: Vault) -> None:
    facts = PatternReader(big_vault).tracking_facts()
    everything = ActivationRepository(big_vault).find(ActivationQuery())
    first = min(a.content.started_at for a in everything)
    assert facts.first_started_at == first
    assert facts.total == ROWS
    assert facts.category_counts["conflict"] == sum(
        1 for a in everything if a.content.category == "conflict"
    )
    assert all(first <= moment < first + timedelta(days=15) for moment in facts.early_starts)
    assert len(facts.early_starts) == sum(
        1 for a in everything if a.content.started_at < first + timedelta(days=15)
    )


def test_tracking_facts_of_an_empty_vault(vault: Vault) -> None:
    facts = PatternReader(vault).tracking_facts()
    assert facts.first_started_at is None
    assert facts.total == 0


def test_restore_puts_back_the_same_record(vault: Vault) -> None:
    repository = ActivationRepository(vault)
    stored = repository.add(
        ActivationInput(
            trigger="no reply", intensity=6, started_at=START, category="conflict", story="s"
        )
    )
    repository.delete(stored.id)
    restored = repository.restore(stored)
    assert restored == stored
    assert JournalRowReader(vault).total() == 1
    assert [a.id for a in repository.find(ActivationQuery(search="reply"))] == [stored.id]


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("query", [ActivationQuery(), ActivationQuery(category="tone shift")])
def test_pages_read_by_key_from_a_neighbour_match_pages_read_by_offset(
    big_vault: Vault, descending: bool, query: ActivationQuery
) -> None:
    reader = JournalRowReader(big_vault)
    total = reader.count(query)
    for offset in (200, total // 2, total - 400):
        by_offset = reader.page(query, RowPage(descending=descending, offset=offset, limit=200))
        above = reader.page(query, RowPage(descending=descending, offset=offset - 200, limit=200))
        below = reader.page(query, RowPage(descending=descending, offset=offset + 200, limit=200))
        after = reader.page(
            query, RowPage(descending=descending, offset=offset, limit=200, after=above[-1])
        )
        before = reader.page(
            query, RowPage(descending=descending, offset=offset, limit=200, before=below[0])
        )
        assert [r.id for r in after] == [r.id for r in by_offset], offset
        assert [r.id for r in before] == [r.id for r in by_offset], offset
        assert len(by_offset) == 200
