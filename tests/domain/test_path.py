"""The path page's rules: each step's standing from facts, with the day injected."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from healer.domain.helps import PAUSE_TOOL, ToolFact
from healer.domain.longview import MonthMedian, Note
from healer.domain.path import (
    GAP_WEEKS,
    GapMove,
    PathFacts,
    PathStep,
    UrgeCounts,
    gap_move,
    gap_windows,
    median_months_since,
    path_view,
)
from healer.domain.twoweek import TrackingFacts

FIRST = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)


def _tracking(days: int, per_day: int = 2) -> TrackingFacts:
    starts = [
        FIRST + timedelta(days=day, hours=hour) for day in range(days) for hour in range(per_day)
    ]
    counts: dict[str | None, int] = {
        "delayed reply": 9,
        "tone shift": 5,
        "plans changed": 4,
        "time apart": 1,
        None: 2,
    }
    return TrackingFacts(FIRST, tuple(starts), counts)


def test_an_empty_vault_is_a_welcome_with_no_step_begun() -> None:
    view = path_view(PathFacts(TrackingFacts(None, (), {})), date(2026, 11, 30), UTC)
    assert view.is_welcome
    assert view.long is None
    assert not any(view.begun(step) for step in PathStep)
    assert view.map.top == ()
    assert view.pause.gap is None


def test_two_weeks_in_the_first_step_counts_days_and_names_the_top_three() -> None:
    facts = PathFacts(_tracking(10), first_moment=FIRST)
    view = path_view(facts, date(2026, 2, 12), UTC)  # day 11 of 14
    assert not view.is_welcome
    assert view.map.days_logged == 10
    assert view.map.days_elapsed == 11
    assert not view.map.fortnight_over
    assert view.map.top == ("delayed reply", "tone shift", "plans changed")
    assert view.begun(PathStep.TRIGGERS)
    assert not view.begun(PathStep.REGULATE)
    assert view.long is not None
    assert Note.EARLY_MONTHS in view.long.notes


def test_the_top_triggers_wait_until_there_are_enough_entries() -> None:
    facts = PathFacts(TrackingFacts(FIRST, (FIRST,), {"delayed reply": 2}), first_moment=FIRST)
    view = path_view(facts, date(2026, 2, 3), UTC)
    assert view.map.entries == 2
    assert view.map.top == ()


def test_the_fortnight_is_over_on_its_fifteenth_day() -> None:
    facts = PathFacts(_tracking(14), first_moment=FIRST)
    assert not path_view(facts, date(2026, 2, 15), UTC).map.fortnight_over
    assert path_view(facts, date(2026, 2, 16), UTC).map.fortnight_over


def test_practices_tried_most_used_first_and_what_helps_by_typical_drop() -> None:
    tools = (
        [ToolFact("breathing", 7, 4)] * 3
        + [ToolFact("cold-water", 8, 3)] * 4
        + [ToolFact("orienting", 6, 6)] * 3
        + [ToolFact(PAUSE_TOOL, 7, 5)] * 3
        + [ToolFact("bilateral", 9, 1)] * 2  # too few uses to say anything
    )
    facts = PathFacts(
        _tracking(14),
        first_moment=FIRST,
        practice_uses={"breathing": 9, "cold-water": 4, "orienting": 3, "bilateral": 2},
        tool_changes=tools,
    )
    view = path_view(facts, date(2026, 3, 1), UTC)
    assert view.regulate.tried == ("breathing", "cold-water", "orienting", "bilateral")
    assert view.regulate.uses == 18
    # The largest typical drops, never a tool that did not lower the intensity.
    assert view.regulate.helps == ("cold-water", "breathing")


def test_the_gap_moves_only_with_enough_urges_in_two_stretches_apart() -> None:
    early = UrgeCounts(at_once=8, after_pause=2)
    wider = UrgeCounts(at_once=3, after_pause=4, not_acted=3)
    assert gap_move(early, wider, apart=True) is GapMove.WIDER
    assert gap_move(wider, early, apart=True) is GapMove.NARROWER
    assert gap_move(early, UrgeCounts(at_once=7, after_pause=2), apart=True) is GapMove.STEADY
    assert gap_move(early, wider, apart=False) is None
    assert gap_move(early, UrgeCounts(not_acted=4), apart=True) is None


def test_gap_windows_are_apart_only_after_twice_the_stretch() -> None:
    first = datetime(2026, 1, 1, tzinfo=UTC)
    end, start, apart = gap_windows(first, first + timedelta(weeks=2 * GAP_WEEKS - 1))
    assert end == first + timedelta(weeks=GAP_WEEKS)
    assert start < end
    assert not apart
    assert gap_windows(first, first + timedelta(weeks=2 * GAP_WEEKS))[2]


def test_nine_months_is_the_overview_with_every_step_begun() -> None:
    today = date(2026, 11, 2)
    medians = [
        MonthMedian(date(2026, 7, 1), 20, timedelta(minutes=40)),
        MonthMedian(date(2026, 8, 1), 18, timedelta(minutes=35)),
        MonthMedian(date(2026, 9, 1), 22, timedelta(minutes=38)),
        MonthMedian(date(2026, 10, 1), 15, timedelta(minutes=75)),
    ]
    facts = PathFacts(
        _tracking(14),
        first_moment=FIRST,
        practice_uses={"breathing": 40},
        tool_changes=[ToolFact("breathing", 7, 4)] * 5,
        pauses_seen_through=52,
        urge_early=UrgeCounts(at_once=20, after_pause=5),
        urge_recent=UrgeCounts(at_once=6, after_pause=10, not_acted=9),
        urge_apart=True,
        dialogues=7,
        parts=2,
        moments=12,
        moments_met=8,
        last_self_check=datetime(2026, 10, 20, 23, 30, tzinfo=UTC),
        month_medians=medians,
    )
    view = path_view(facts, today, UTC)
    assert all(view.begun(step) for step in PathStep)
    assert not view.is_welcome
    assert view.pause.seen_through == 52
    assert view.pause.gap is GapMove.WIDER
    assert (view.parts.dialogues, view.parts.parts) == (7, 2)
    assert (view.met.moments, view.met.met_with_care) == (12, 8)
    assert view.support.last_check == date(2026, 10, 20)
    assert view.long is not None
    assert view.long.months == 9
    assert view.long.notes == (Note.TAKES_MONTHS, Note.OLD_PATTERNS)


def test_the_last_self_check_is_the_persons_local_day() -> None:
    facts = PathFacts(
        TrackingFacts(None, (), {}), last_self_check=datetime(2026, 10, 20, 23, 30, tzinfo=UTC)
    )
    view = path_view(facts, date(2026, 11, 2), ZoneInfo("Europe/Berlin"))
    assert view.support.last_check == date(2026, 10, 21)
    assert not view.is_welcome  # a self-check alone is already a step taken


def test_the_long_view_needs_the_latest_four_months() -> None:
    assert median_months_since(date(2026, 11, 30)) == date(2026, 8, 1)
    assert median_months_since(date(2026, 2, 10)) == date(2025, 11, 1)
