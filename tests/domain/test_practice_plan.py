"""One practice for two weeks: local days, marks and recorded uses, the review's figures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from healer.domain.errors import ValidationError
from healer.domain.practice import PracticeKind
from healer.domain.practice_plan import (
    ENOUGH_SETTLED,
    PLAN_DAYS,
    PlanEvidence,
    PlanOutcome,
    PlanPractice,
    PracticePlan,
    PracticePlanInput,
    before_span,
    check_start,
    fill_days,
    plan_span,
    progress,
    review,
)

FIRST = date(2026, 3, 2)
BERLIN = ZoneInfo("Europe/Berlin")
AUCKLAND = ZoneInfo("Pacific/Auckland")


def _plan(
    *,
    marked: tuple[date, ...] = (),
    closed_on: date | None = None,
    practice: PlanPractice = PlanPractice.BREATHING,
) -> PracticePlan:
    return PracticePlan(
        id=1,
        uid="plan-1",
        content=PracticePlanInput(practice, FIRST),
        marked_days=frozenset(marked),
        closed_on=closed_on,
        outcome=None if closed_on is None else PlanOutcome.STOPPED,
        created_at=datetime(2026, 3, 2, 8, tzinfo=UTC),
    )


def test_every_regulate_practice_can_be_a_plan_and_three_more() -> None:
    kinds = {plan.practice_kind for plan in PlanPractice} - {None}
    assert kinds == set(PracticeKind)
    assert PlanPractice.PAUSE.records_intensity
    assert PlanPractice.COLD_WATER.records_intensity
    assert not PlanPractice.DIALOGUE.records_intensity
    assert not PlanPractice.TRIGGER_LOG.records_intensity


def test_fourteen_days_from_the_first() -> None:
    plan = _plan()
    assert len(plan.days()) == PLAN_DAYS
    assert plan.last_day == date(2026, 3, 15)
    assert not plan.review_due(plan.last_day)
    assert plan.review_due(plan.last_day + timedelta(days=1))


def test_a_use_counts_for_the_local_day_it_fell_on_across_midnight() -> None:
    # 23:30 UTC on 2 March is already 3 March in Berlin (UTC+1) and in Auckland (UTC+13).
    late = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    in_utc = fill_days(_plan(), [late], date(2026, 3, 5), UTC)
    in_berlin = fill_days(_plan(), [late], date(2026, 3, 5), BERLIN)
    assert [day.day for day in in_utc if day.seen] == [date(2026, 3, 2)]
    assert [day.day for day in in_berlin if day.seen] == [date(2026, 3, 3)]


def test_the_plan_window_is_local_midnight_to_local_midnight() -> None:
    start, end = plan_span(_plan(), date(2026, 4, 1), AUCKLAND)
    # Auckland is on daylight time (UTC+13) on 2 March: its midnight is 11:00 UTC the day before.
    assert start == datetime(2026, 3, 1, 11, tzinfo=UTC)
    assert end - start == timedelta(days=PLAN_DAYS)
    before_start, before_end = before_span(_plan(), AUCKLAND)
    assert before_end == start
    assert before_start == datetime(2026, 2, 15, 11, tzinfo=UTC)


def test_mid_plan_the_window_ends_with_today() -> None:
    start, end = plan_span(_plan(), date(2026, 3, 4), UTC)
    assert (start, end) == (
        datetime(2026, 3, 2, tzinfo=UTC),
        datetime(2026, 3, 5, tzinfo=UTC),
    )


def test_marks_and_uses_fill_days_and_days_ahead_are_not_begun() -> None:
    plan = _plan(marked=(date(2026, 3, 3),))
    uses = [datetime(2026, 3, 2, 9, tzinfo=UTC), datetime(2026, 3, 2, 20, tzinfo=UTC)]
    days = fill_days(plan, uses, date(2026, 3, 4), UTC)
    assert [day.done for day in days[:4]] == [True, True, False, False]
    assert days[0].seen
    assert not days[0].marked
    assert days[1].marked
    assert not days[1].seen
    assert [day.begun for day in days[:4]] == [True, True, True, False]
    assert days[2].today
    assert not any(day.begun for day in days[3:])


def test_a_plan_set_aside_counts_no_day_after_it_ended() -> None:
    plan = _plan(marked=(date(2026, 3, 6),), closed_on=date(2026, 3, 5))
    use = datetime(2026, 3, 7, 9, tzinfo=UTC)
    days = fill_days(plan, [use], date(2026, 4, 1), UTC)
    assert sum(day.begun for day in days) == 4
    assert not any(day.done for day in days)


def test_a_use_outside_the_plan_does_not_count() -> None:
    days = fill_days(_plan(), [datetime(2026, 3, 1, 12, tzinfo=UTC)], date(2026, 3, 20), UTC)
    assert not any(day.done for day in days)


def test_the_review_counts_days_and_takes_medians() -> None:
    plan = _plan(marked=(date(2026, 3, 4), date(2026, 3, 2)))
    evidence = PlanEvidence(
        done_at=[datetime(2026, 3, 2, 9, tzinfo=UTC), datetime(2026, 3, 3, 9, tzinfo=UTC)],
        intensities=[(8, 4), (6, 5), (7, 3)],
        durations_before=[timedelta(minutes=m) for m in (60, 90, 120, 30, 100)],
        durations_during=[timedelta(minutes=m) for m in (20, 40, 30, 50, 10, 35)],
    )
    result = progress(plan, evidence, date(2026, 3, 16), UTC)
    figures = result.review
    assert result.review_due
    assert (figures.days_done, figures.days_begun) == (3, PLAN_DAYS)
    assert (figures.seen_days, figures.marked_days) == (2, 1)
    assert figures.intensity_times == 3
    assert (figures.median_before, figures.median_after) == (7.0, 4.0)
    assert figures.median_minutes_before == 90.0
    assert figures.median_minutes_during == 32.5
    assert figures.enough_episodes


def test_too_few_settled_episodes_is_said_not_hidden() -> None:
    short = [timedelta(minutes=30)] * (ENOUGH_SETTLED - 1)
    enough = [timedelta(minutes=30)] * ENOUGH_SETTLED
    days = fill_days(_plan(), [], date(2026, 3, 20), UTC)
    assert not review(
        days, PlanEvidence(durations_before=short, durations_during=enough)
    ).enough_episodes
    assert not review(
        days, PlanEvidence(durations_before=enough, durations_during=short)
    ).enough_episodes
    assert review(
        days, PlanEvidence(durations_before=enough, durations_during=enough)
    ).enough_episodes
    empty = review(days, PlanEvidence())
    assert empty.median_minutes_before is None
    assert empty.median_before is None
    assert empty.days_done == 0


@pytest.mark.parametrize(
    ("first", "ok"),
    [
        (date(2026, 3, 10), True),
        (date(2026, 2, 25), True),  # 13 days ago: still under way
        (date(2026, 2, 24), False),
        (date(2026, 4, 10), True),
        (date(2026, 4, 11), False),
    ],
)
def test_a_plan_starts_today_or_on_a_chosen_day_near_it(first: date, ok: bool) -> None:
    today = date(2026, 3, 10)
    if ok:
        check_start(first, today)
    else:
        with pytest.raises(ValidationError):
            check_start(first, today)


def test_the_input_refuses_what_is_not_a_day_or_a_practice() -> None:
    with pytest.raises(ValidationError):
        PracticePlanInput(PlanPractice.PAUSE, datetime(2026, 3, 1, tzinfo=UTC)).validated()
    with pytest.raises(ValidationError):
        PracticePlanInput("pause", FIRST).validated()  # type: ignore[arg-type]
    assert PracticePlanInput(PlanPractice.PAUSE, FIRST).validated().first_day == FIRST
