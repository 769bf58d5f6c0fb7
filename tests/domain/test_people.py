"""People and moments: what is accepted, what is refused, and the consistency rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from healer.domain.chartrange import DaySpan
from healer.domain.consistency import (
    SIGNAL_MIN_ACTIVATIONS,
    SIGNAL_MIN_MOMENTS,
    activation_facts,
    being_met_chart,
    care_by_quarter,
    gentle_signal,
    per_month,
)
from healer.domain.errors import ValidationError
from healer.domain.moments import Delivery, Moment, MomentInput, Response
from healer.domain.people import PersonInput, Role

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _moment(days_ago: float, response: Response, person_id: int | None = 1) -> Moment:
    when = NOW - timedelta(days=days_ago)
    content = MomentInput(happened_at=when, response=response, person_id=person_id)
    return Moment(id=1, uid="u", content=content, created_at=when, updated_at=when)


def test_a_name_is_trimmed_and_kept_with_its_role() -> None:
    person = PersonInput("  Sam  ", Role.FRIEND, notes=" kept as typed ").validated()
    assert (person.name, person.role, person.notes) == ("Sam", Role.FRIEND, " kept as typed ")


@pytest.mark.parametrize(
    ("content", "field"),
    [
        (PersonInput("   "), "name"),
        (PersonInput("x" * 201), "name"),
        (PersonInput("two\nlines"), "name"),
        (PersonInput("Sam", notes="x" * 20_001), "notes"),
        (PersonInput("Sam", role="partner"), "role"),  # type: ignore[arg-type]
        (PersonInput("\ud800"), "name"),
    ],
)
def test_a_person_that_cannot_be_kept_is_refused_naming_the_field(
    content: PersonInput, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        content.validated()
    assert caught.value.field == field


def test_a_moment_keeps_the_words_and_myself_has_no_person() -> None:
    moment = MomentInput(NOW, Response.CARE, shared="  I felt alone  ").validated()
    assert moment.shared == "I felt alone"
    assert moment.is_myself
    assert not MomentInput(NOW, Response.HURT, person_id=3).is_myself


@pytest.mark.parametrize(
    ("content", "field"),
    [
        (MomentInput(NOW.replace(tzinfo=None), Response.CARE), "happened_at"),
        (MomentInput(NOW.replace(year=1800), Response.CARE), "happened_at"),
        (MomentInput(NOW, "care"), "response"),  # type: ignore[arg-type]
        (MomentInput(NOW, Response.CARE, delivery="need"), "delivery"),  # type: ignore[arg-type]
        (MomentInput(NOW, Response.CARE, feeling_before=11), "feeling_before"),
        (MomentInput(NOW, Response.CARE, feeling_after=True), "feeling_after"),
        (MomentInput(NOW, Response.CARE, shared="x" * 20_001), "shared"),
    ],
)
def test_a_moment_that_cannot_be_kept_is_refused_naming_the_field(
    content: MomentInput, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        content.validated()
    assert caught.value.field == field


def test_delivery_is_optional_and_kept() -> None:
    moment = MomentInput(NOW, Response.PARTLY, delivery=Delivery.DEMAND).validated()
    assert moment.delivery is Delivery.DEMAND


def test_care_is_counted_per_calendar_quarter() -> None:
    moments = [
        _moment(0, Response.CARE),  # 2026 Q4
        _moment(1, Response.HURT),  # 2026 Q4
        _moment(100, Response.CARE),  # 2026-08-22: Q3
    ]
    shares = care_by_quarter(moments)
    assert [(s.year, s.quarter, s.met_with_care, s.total) for s in shares] == [
        (2026, 3, 1, 1),
        (2026, 4, 1, 2),
    ]
    assert shares[1].share == pytest.approx(0.5)


def test_moments_are_counted_per_month_by_response() -> None:
    months = per_month([_moment(0, Response.CARE), _moment(2, Response.HURT)], UTC)
    assert len(months) == 1
    assert months[0].month == date(2026, 11, 1)
    assert (months[0].count(Response.CARE), months[0].count(Response.HURT)) == (1, 1)
    assert months[0].count(Response.MISSED) == 0


def test_the_median_is_over_settled_activations_only() -> None:
    facts = activation_facts([timedelta(minutes=10), None, timedelta(minutes=30)])
    assert facts.count == 3
    assert facts.median_duration == timedelta(minutes=20)
    assert activation_facts([None]).median_duration is None


def _activations(count: int) -> list[datetime]:
    return [NOW - timedelta(days=3 * index) for index in range(count)]


def test_the_signal_speaks_when_often_involved_and_rarely_met() -> None:
    moments = [_moment(i * 5, Response.HURT) for i in range(SIGNAL_MIN_MOMENTS)]
    signal = gentle_signal(_activations(SIGNAL_MIN_ACTIVATIONS), moments, NOW)
    assert signal is not None
    assert (signal.activations, signal.moments, signal.met_with_care) == (
        SIGNAL_MIN_ACTIVATIONS,
        SIGNAL_MIN_MOMENTS,
        0,
    )


def test_the_signal_needs_enough_activations_and_moments() -> None:
    hurt = [_moment(i * 5, Response.HURT) for i in range(SIGNAL_MIN_MOMENTS)]
    assert gentle_signal(_activations(SIGNAL_MIN_ACTIVATIONS - 1), hurt, NOW) is None
    assert gentle_signal(_activations(SIGNAL_MIN_ACTIVATIONS), hurt[:-1], NOW) is None


def test_the_signal_stays_quiet_when_care_is_common_enough() -> None:
    moments = [_moment(i, Response.HURT) for i in range(7)] + [
        _moment(i, Response.CARE) for i in range(3)
    ]
    assert gentle_signal(_activations(10), moments, NOW) is None
    assert gentle_signal(_activations(10), moments[:8], NOW) is not None


def test_the_signal_looks_only_at_recent_months() -> None:
    old = [_moment(200 + i, Response.HURT) for i in range(10)]
    old_activations = [NOW - timedelta(days=200 + i) for i in range(10)]
    assert gentle_signal(old_activations, old, NOW) is None


def test_the_being_met_chart_has_every_month_of_the_span() -> None:
    moments = [
        _moment(0, Response.CARE),  # 2026-11-30
        _moment(40, Response.HURT),  # 2026-10-21
        _moment(400, Response.HURT),  # outside the span
    ]
    chart = being_met_chart(moments, DaySpan(date(2026, 9, 15), date(2026, 11, 30)), UTC)
    assert [month.month for month in chart.months] == [
        date(2026, 9, 1),
        date(2026, 10, 1),
        date(2026, 11, 1),
    ]
    assert [month.total for month in chart.months] == [0, 1, 1]
    assert chart.totals == (1, 0, 0, 1)
    assert not chart.is_empty
    assert being_met_chart([], DaySpan(date(2026, 1, 1), date(2026, 1, 2)), UTC).is_empty
