"""The charts' date ranges: their days, month edges, and the UTC bounds of local days."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from healer.domain.chartrange import (
    DaySpan,
    RangeChoice,
    add_months,
    resolve_span,
    to_local,
    utc_bounds,
    wall_times,
)

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("choice", "first"),
    [
        (RangeChoice.TWO_WEEKS, date(2026, 11, 10)),
        (RangeChoice.THREE_MONTHS, date(2026, 8, 24)),
        (RangeChoice.SIX_MONTHS, date(2026, 5, 24)),
        (RangeChoice.ONE_YEAR, date(2025, 11, 24)),
    ],
)
def test_ranges_end_today(choice: RangeChoice, first: date) -> None:
    span = resolve_span(choice, TODAY)
    assert span == DaySpan(first, TODAY)


def test_two_weeks_is_fourteen_days() -> None:
    assert resolve_span(RangeChoice.TWO_WEEKS, TODAY).days == 14


def test_month_arithmetic_clamps_to_the_month_end() -> None:
    assert add_months(date(2026, 5, 31), -3) == date(2026, 2, 28)
    assert add_months(date(2024, 5, 31), -3) == date(2024, 2, 29)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
    assert add_months(date(2026, 12, 31), 2) == date(2027, 2, 28)
    assert resolve_span(RangeChoice.THREE_MONTHS, date(2026, 5, 31)).first == date(2026, 3, 1)


def test_all_starts_on_the_first_day_logged() -> None:
    assert resolve_span(RangeChoice.ALL, TODAY, first_day=date(2025, 2, 1)).first == date(
        2025, 2, 1
    )
    assert resolve_span(RangeChoice.ALL, TODAY) == DaySpan(TODAY, TODAY)
    # A first day in the future (a clock set wrong) never makes an upside-down span.
    assert resolve_span(RangeChoice.ALL, TODAY, first_day=date(2027, 1, 1)) == DaySpan(TODAY, TODAY)


def test_custom_range_is_put_in_order() -> None:
    span = resolve_span(
        RangeChoice.CUSTOM, TODAY, custom=DaySpan(date(2026, 3, 9), date(2026, 3, 1))
    )
    assert span == DaySpan(date(2026, 3, 1), date(2026, 3, 9))
    with pytest.raises(ValueError, match="custom"):
        resolve_span(RangeChoice.CUSTOM, TODAY)


def test_utc_bounds_cover_exactly_the_local_days() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    since, until = utc_bounds(DaySpan(date(2026, 3, 29), date(2026, 3, 29)), berlin)
    # The day summer time starts has 23 hours.
    assert since == datetime(2026, 3, 28, 23, tzinfo=UTC)
    assert until == datetime(2026, 3, 29, 22, tzinfo=UTC)
    since, until = utc_bounds(DaySpan(date(2026, 1, 1), date(2026, 1, 31)), UTC)
    assert (since, until) == (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))


def test_to_local_accepts_seconds_and_datetimes() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    moment = datetime(2026, 3, 1, 20, tzinfo=UTC)
    assert to_local(moment, tokyo).day == 2
    assert to_local(int(moment.timestamp()), tokyo) == to_local(moment, tokyo)


def test_wall_times_match_the_zone_rules_around_daylight_saving() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = int(datetime(2026, 3, 28, 0, tzinfo=UTC).timestamp())
    seconds = list(range(start, start + 3 * 86400, 1800))  # every half hour over the switch
    expected = [datetime.fromtimestamp(s, berlin).replace(tzinfo=None) for s in seconds]
    assert wall_times(seconds, berlin) == expected
    assert wall_times([0], UTC) == [datetime(1970, 1, 1)]
