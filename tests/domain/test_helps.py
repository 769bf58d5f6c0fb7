"""What helps (typical drops with hiding), urge-gap shares per month, pauses completed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from healer.domain.helps import (
    PAUSE_TOOL,
    ToolFact,
    pauses_completed,
    urge_gap,
    what_helps,
)
from healer.domain.trends import EpisodeFact
from healer.domain.urge import UrgeOutcome


def test_typical_drop_per_tool_largest_first() -> None:
    facts = [ToolFact("breathing", 8, 5), ToolFact("breathing", 6, 4), ToolFact("breathing", 7, 6)]
    facts += [ToolFact(PAUSE_TOOL, 9, 4), ToolFact(PAUSE_TOOL, 8, 4), ToolFact(PAUSE_TOOL, 7, 4)]
    chart = what_helps(facts)
    assert [tool.tool for tool in chart.shown] == [PAUSE_TOOL, "breathing"]
    breathing = chart.shown[1]
    assert breathing.median_drop == 2.0
    assert (breathing.median_before, breathing.median_after, breathing.count) == (7.0, 5.0, 3)
    assert chart.hidden == ()


def test_tools_with_too_few_uses_are_hidden_but_named() -> None:
    facts = [ToolFact("cold-water", 8, 2), ToolFact("cold-water", 8, 3)]
    chart = what_helps(facts)
    assert chart.is_empty
    assert chart.hidden == (("cold-water", 2),)
    assert not what_helps(facts, min_uses=2).is_empty


def test_a_tool_can_make_things_worse() -> None:
    chart = what_helps([ToolFact("orienting", 3, 5)] * 3)
    assert chart.shown[0].median_drop == -2.0


def test_urge_gap_shares_per_local_month() -> None:
    def at(*args: int) -> int:
        return int(datetime(*args, tzinfo=UTC).timestamp())

    episodes = [
        EpisodeFact(at(2026, 3, 5), 60, 5, urge=UrgeOutcome.AT_ONCE),
        EpisodeFact(at(2026, 3, 6), 60, 5, urge=UrgeOutcome.AT_ONCE),
        EpisodeFact(at(2026, 3, 7), 60, 5, urge=UrgeOutcome.AFTER_PAUSE),
        EpisodeFact(at(2026, 3, 8), 60, 5, urge=UrgeOutcome.NOT_ACTED),
        EpisodeFact(at(2026, 3, 9), 60, 5),
        EpisodeFact(at(2026, 3, 31, 23), 60, 5, urge=UrgeOutcome.NOT_ACTED),
    ]
    chart = urge_gap(episodes, UTC)
    assert chart.unrecorded == 1
    (march,) = chart.months
    assert (march.month, march.at_once, march.after_pause, march.not_acted) == (
        date(2026, 3, 1),
        2,
        1,
        2,
    )
    assert march.share(UrgeOutcome.AT_ONCE) == pytest.approx(0.4)
    assert sum(march.share(outcome) for outcome in UrgeOutcome) == pytest.approx(1.0)
    # In Berlin the last one is already April.
    berlin = urge_gap(episodes, ZoneInfo("Europe/Berlin"))
    assert [month.month for month in berlin.months] == [date(2026, 3, 1), date(2026, 4, 1)]
    assert berlin.months[1].share(UrgeOutcome.NOT_ACTED) == 1.0


def test_urge_gap_empty() -> None:
    chart = urge_gap([EpisodeFact(0, 60, 5)])
    assert chart.is_empty
    assert chart.unrecorded == 1


def test_pauses_completed_cumulative_from_earlier_ones() -> None:
    ends = [int(datetime(2026, 5, day, 20, tzinfo=UTC).timestamp()) for day in (9, 2, 5)]
    chart = pauses_completed(ends, before=4, zone=UTC)
    assert chart.when == (
        datetime(2026, 5, 2, 20),
        datetime(2026, 5, 5, 20),
        datetime(2026, 5, 9, 20),
    )
    assert chart.totals == (5, 6, 7)
    assert (chart.in_range, chart.total) == (3, 7)
    assert not chart.is_empty


def test_pauses_completed_empty_only_without_any_ever() -> None:
    assert pauses_completed([], before=0).is_empty
    earlier = pauses_completed([], before=2)
    assert not earlier.is_empty
    assert earlier.total == 2
