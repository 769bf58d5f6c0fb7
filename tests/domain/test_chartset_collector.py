"""A chart set leaves the cyclic collector nothing that grows with the number of episodes."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

from healer.domain.chartrange import DaySpan
from healer.domain.chartset import ChartFacts, ChartSet, build_charts
from healer.domain.trends import EpisodeFact, time_series
from healer.domain.urge import UrgeOutcome

SPAN = DaySpan(date(2026, 1, 1), date(2026, 3, 31))
START = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp())
SECONDS = SPAN.days * 86_400
OUTCOMES = (*UrgeOutcome, None)


@contextmanager
def _no_collection() -> Iterator[None]:
    """The collector off: a pass would untrack tuples of plain numbers on its own and hide
    a series that went back to tuples."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _built(count: int) -> ChartSet:
    """A set from count episodes spread over the same days."""
    episodes = [
        EpisodeFact(
            START + index * SECONDS // count,
            60 + index % 3600,
            index % 11,
            f"trigger {index % 7}",
            OUTCOMES[index % len(OUTCOMES)],
        )
        for index in range(count)
    ]
    return build_charts(SPAN, ChartFacts(episodes=episodes), zone=UTC)


def _collector_work(root: object) -> int:
    """How many references a collection walks through the objects it tracks under root."""
    seen: set[int] = set()
    stack = [root]
    work = 0
    while stack:
        item = stack.pop()
        # Classes (and what they reach) are shared by every set, whatever its size.
        if id(item) in seen or not gc.is_tracked(item) or isinstance(item, type):
            continue
        seen.add(id(item))
        referents = gc.get_referents(item)
        work += len(referents)
        stack.extend(referents)
    return work


def test_the_collector_walks_no_point_of_a_series() -> None:
    with _no_collection():
        series = time_series([datetime(2026, 3, day, 9) for day in range(1, 29)], [5.0] * 28)
    for column in (series.when_seconds, series.values, series.rolling_values):
        assert len(column) > 0
        # An array may be tracked (3.12 tracks it for its type) but hands the collector
        # nothing to walk; a tuple of numbers stays tracked with every item until a pass.
        assert [item for item in gc.get_referents(column) if not isinstance(item, type)] == []


def test_the_collectors_work_on_a_chart_set_does_not_grow_with_the_episodes() -> None:
    with _no_collection():
        small = _built(1_000)
        large = _built(20_000)
        assert large.episodes is not None
        assert len(large.episodes.intensity.values) == 20_000
        # Months, days and categories are the same: only the points differ, twentyfold.
        assert _collector_work(large) == _collector_work(small)
