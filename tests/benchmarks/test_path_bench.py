"""The path page's one read at 100,000 episodes: every step's facts and the monthly medians."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC

import pytest
from harness import Budget, Case
from histories import END, HistoryFactory, open_history

from healer.domain.path import median_months_since, path_view
from healer.storage.charts.path_facts import PathReader
from healer.storage.vault import Vault

ROWS = 100_000
ROUNDS = 7
# On the worker thread, so it never holds up the window; a page that opens at once wants it
# well under a tenth of a second all the same.
READ_BUDGET = Budget(absolute=100)  # ms; counting categories walks an index: ~2.5× encrypted
MEDIANS_BUDGET = Budget(absolute=50, ratio=2.5)


def _ms(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return (time.perf_counter() - began) * 1000


@pytest.fixture(scope="module")
def vaults(history: HistoryFactory) -> Iterator[dict[str, Vault]]:
    """The 100k history encrypted and unkeyed, each on one long-lived connection."""
    opened = {
        "encrypted": open_history(history(ROWS, keyed=True)),
        "unkeyed": open_history(history(ROWS, keyed=False)),
    }
    yield opened
    for vault in opened.values():
        vault.close()


def test_the_path_page_read_at_100k(vaults: dict[str, Vault]) -> None:
    readers = {name: PathReader(vault) for name, vault in vaults.items()}
    today = END.astimezone(UTC).date()

    def page(reader: PathReader) -> Callable[[], float]:
        return lambda: _ms(lambda: path_view(reader.facts(END, UTC), today, UTC))

    def medians(reader: PathReader) -> Callable[[], float]:
        since = median_months_since(today)
        return lambda: _ms(lambda: reader.month_medians(since, today, UTC))

    views = {
        name: path_view(reader.facts(END, UTC), today, UTC) for name, reader in readers.items()
    }
    assert all(view.long is not None and view.map.entries == ROWS for view in views.values())
    Case(
        "path page: every step's facts and standings @100k (worker thread)",
        baseline="unkeyed",
        budget=READ_BUDGET,
    ).run({name: page(reader) for name, reader in readers.items()}, ROUNDS)
    Case(
        "path page: the last four months' medians @100k (started_at index)",
        baseline="unkeyed",
        budget=MEDIANS_BUDGET,
    ).run({name: medians(reader) for name, reader in readers.items()}, ROUNDS)
