"""The two-week map: days covered in the first fortnight and the leading trigger categories."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from healer.domain.twoweek import (
    TRACKING_DAYS,
    TrackingFacts,
    top_categories,
    tracking_window,
    two_week_map,
)

FIRST = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)


def test_nothing_logged_gives_an_empty_map() -> None:
    summary = two_week_map(TrackingFacts(None, (), {}), date(2026, 11, 5), UTC)
    assert summary.first_day is None
    assert summary.days_covered == 0
    assert summary.covered == (False,) * TRACKING_DAYS
    assert not summary.has_pattern


def test_days_covered_counts_distinct_local_days_inside_the_window() -> None:
    starts = (
        FIRST,
        FIRST + timedelta(hours=3),  # same day again
        FIRST + timedelta(days=2),
        FIRST + timedelta(days=13),  # last day of the window
        FIRST + timedelta(days=14),  # the day after: outside
    )
    facts = TrackingFacts(FIRST, starts, {"delayed reply": 5})
    summary = two_week_map(facts, date(2026, 11, 30), UTC)
    assert summary.first_day == date(2026, 11, 1)
    assert summary.days_covered == 3
    assert [day for day, covered in enumerate(summary.covered) if covered] == [0, 2, 13]
    assert not summary.covered[1]
    assert summary.days_elapsed == TRACKING_DAYS


def test_days_follow_the_local_zone_not_utc() -> None:
    # 23:30 UTC is already the next day at UTC+02:00.
    late = datetime(2026, 11, 1, 23, 30, tzinfo=UTC)
    zone = timezone(timedelta(hours=2))
    facts = TrackingFacts(late, (late, late + timedelta(hours=1)), {None: 2})
    summary = two_week_map(facts, date(2026, 11, 2), zone)
    assert summary.first_day == date(2026, 11, 2)
    assert summary.days_covered == 1
    assert summary.days_elapsed == 1
    assert tracking_window(late, zone) == (date(2026, 11, 2), date(2026, 11, 15))


def test_days_elapsed_grows_with_today_and_stops_at_fourteen() -> None:
    facts = TrackingFacts(FIRST, (FIRST,), {"a": 1})
    assert two_week_map(facts, date(2026, 11, 1), UTC).days_elapsed == 1
    assert two_week_map(facts, date(2026, 11, 4), UTC).days_elapsed == 4
    assert two_week_map(facts, date(2027, 1, 1), UTC).days_elapsed == TRACKING_DAYS


def test_pattern_waits_for_five_activations() -> None:
    four = TrackingFacts(FIRST, (FIRST,), {"delayed reply": 3, "conflict": 1})
    assert not two_week_map(four, date(2026, 11, 3), UTC).has_pattern
    five = TrackingFacts(FIRST, (FIRST,), {"delayed reply": 3, "conflict": 1, None: 1})
    summary = two_week_map(five, date(2026, 11, 3), UTC)
    assert summary.total == 5
    assert [item.name for item in summary.top] == ["delayed reply", "conflict"]


def test_top_three_share_is_of_all_activations_including_uncategorised() -> None:
    counts = {"delayed reply": 8, "plans changed": 5, "tone shift": 4, "conflict": 2, None: 1}
    top = top_categories(counts)
    assert [(item.name, item.count) for item in top] == [
        ("delayed reply", 8),
        ("plans changed", 5),
        ("tone shift", 4),
    ]
    assert top[0].share == pytest.approx(8 / 20)
    summary = two_week_map(TrackingFacts(FIRST, (FIRST,), counts), date(2026, 11, 2), UTC)
    assert summary.top_share == pytest.approx(17 / 20)


def test_ties_are_broken_by_name_and_zero_counts_ignored() -> None:
    top = top_categories({"b": 2, "A": 2, "c": 2, "d": 2, "e": 0})
    assert [item.name for item in top] == ["A", "b", "c"]
    assert top_categories({}) == ()
