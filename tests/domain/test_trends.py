"""Rolling and monthly medians, the duration and intensity series, and local time."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from healer.domain.trends import (
    LOG_SPREAD,
    EpisodeFact,
    MonthValue,
    duration_chart,
    intensity_chart,
    monthly_medians,
    rolling_daily_median,
    round_minutes,
    time_series,
)
from healer.domain.trends import _wants_log as wants_log


def _ts(*args: int) -> int:
    return int(datetime(*args, tzinfo=UTC).timestamp())


def test_rolling_median_uses_the_trailing_fourteen_days() -> None:
    days = [1, 2, 3, 15, 16, 30]
    values = [10.0, 20.0, 30.0, 40.0, 50.0, 60.0]
    result = rolling_daily_median(days, values, window_days=14, min_count=1)
    # Day 15: days 2..15 -> 20, 30, 40. Day 16: 3..16 -> 30, 40, 50. Day 30: 17..30 -> 60 alone.
    assert result == [(1, 10.0), (2, 15.0), (3, 20.0), (15, 30.0), (16, 40.0), (30, 60.0)]


def test_rolling_median_groups_a_day_and_skips_thin_windows() -> None:
    days = [5, 5, 5, 6, 40]
    values = [9.0, 1.0, 5.0, 7.0, 3.0]
    result = rolling_daily_median(days, values, window_days=14, min_count=3)
    assert result == [(5, 5.0), (6, 6.0)]  # day 40 stands alone: no line, no guess


def test_rolling_median_of_nothing_is_nothing() -> None:
    assert rolling_daily_median([], []) == []
    with pytest.raises(ValueError, match="differ"):
        rolling_daily_median([1], [])


def test_rolling_median_matches_a_plain_recomputation() -> None:
    import random

    rng = random.Random(3)
    days = sorted(rng.randint(0, 120) for _ in range(500))
    values = [rng.uniform(1, 300) for _ in days]
    result = dict(rolling_daily_median(days, values, window_days=14, min_count=1))
    for day in set(days):
        window = sorted(v for d, v in zip(days, values, strict=True) if day - 14 < d <= day)
        middle = len(window) // 2
        expected = window[middle] if len(window) % 2 else (window[middle - 1] + window[middle]) / 2
        assert result[day] == pytest.approx(expected)


def test_monthly_medians_per_calendar_month() -> None:
    moments = [
        datetime(2026, 3, 1),
        datetime(2026, 3, 31, 23),
        datetime(2026, 4, 1),
        datetime(2026, 3, 15),
    ]
    values = [90.0, 100.0, 40.0, 95.0]
    assert monthly_medians(moments, values) == (
        MonthValue(date(2026, 3, 1), 95.0, 3),
        MonthValue(date(2026, 4, 1), 40.0, 1),
    )


def test_telling_months_need_enough_episodes() -> None:
    start = datetime(2026, 3, 1, 12)
    moments = [start + timedelta(days=n) for n in range(3)] + [datetime(2026, 5, 2)]
    moments += [datetime(2026, 10, 1 + n) for n in range(3)]
    values = [95.0, 90.0, 100.0, 500.0, 40.0, 45.0, 35.0]
    series = time_series(moments, values)
    months = series.telling_months()
    assert months is not None
    assert (months[0].month, months[0].median) == (date(2026, 3, 1), 95.0)
    assert (months[1].month, months[1].median) == (date(2026, 10, 1), 40.0)
    assert time_series(moments[:3], values[:3]).telling_months() is None


def test_duration_chart_leaves_open_episodes_out_and_counts_them() -> None:
    episodes = [
        EpisodeFact(_ts(2026, 3, 2, 9), 90 * 60, 7),
        EpisodeFact(_ts(2026, 3, 1, 9), 30 * 60, 6),
        EpisodeFact(_ts(2026, 3, 3, 9), None, 8),
    ]
    chart = duration_chart(episodes, UTC)
    assert chart.series.values.tolist() == [30.0, 90.0]  # sorted by start, minutes
    assert [chart.series.moment(0), chart.series.moment(1)] == [
        datetime(2026, 3, 1, 9),
        datetime(2026, 3, 2, 9),
    ]
    assert chart.open_count == 1
    assert not chart.log_scale


def test_duration_axis_goes_logarithmic_for_a_wide_spread() -> None:
    narrow = [EpisodeFact(_ts(2026, 3, 1) + n * 3600, (30 + n) * 60, 5) for n in range(40)]
    wide = [EpisodeFact(_ts(2026, 3, 1) + n * 3600, (2 + n * n) * 60, 5) for n in range(40)]
    assert not duration_chart(narrow).log_scale
    assert duration_chart(wide).log_scale
    assert not duration_chart([]).log_scale


def test_times_are_shown_in_local_time() -> None:
    # 23:30 UTC on 31 March is 01:30 on 1 April in Berlin (summer time): an April episode.
    started = _ts(2026, 3, 31, 23, 30)
    episodes = [EpisodeFact(started, 600, 5)]
    berlin = duration_chart(episodes, ZoneInfo("Europe/Berlin"))
    assert berlin.series.moment(0) == datetime(2026, 4, 1, 1, 30)
    local_seconds = int(datetime(2026, 4, 1, 1, 30, tzinfo=UTC).timestamp())
    assert berlin.series.when_seconds.tolist() == [
        local_seconds
    ]  # wall-clock seconds, for plotting
    assert berlin.series.months[0].month == date(2026, 4, 1)
    new_york = duration_chart(episodes, ZoneInfo("America/New_York"))
    assert new_york.series.moment(-1) == datetime(2026, 3, 31, 19, 30)
    assert new_york.series.months[0].month == date(2026, 3, 1)
    fixed = duration_chart(episodes, timezone(timedelta(hours=-12)))
    assert fixed.series.moment(0).day == 31


def test_intensity_chart_includes_open_episodes() -> None:
    episodes = [
        EpisodeFact(_ts(2026, 3, 1, 8), None, 9),
        EpisodeFact(_ts(2026, 3, 1, 9), 60, 7),
        EpisodeFact(_ts(2026, 3, 1, 10), 60, 5),
    ]
    series = intensity_chart(episodes, UTC)
    assert series.values.tolist() == [9.0, 7.0, 5.0]
    assert series.rolling_values.tolist() == [7.0]
    assert series.rolling_when == (datetime(2026, 3, 1, 12),)


def test_round_minutes() -> None:
    assert round_minutes(0) == 0
    assert round_minutes(0.2) == 1
    assert round_minutes(94.5) == 95


def test_the_log_axis_choice_reads_the_same_percentiles_as_a_sort() -> None:
    generator = random.Random(20)
    for count in (2, 3, 19, 20, 21, 39, 40, 41, 400, 4001):
        for _ in range(20):
            minutes = [
                generator.lognormvariate(2.5, generator.choice((0.3, 1.2))) for _ in range(count)
            ]
            ordered = sorted(minutes)
            expected = ordered[(count * 19) // 20] / max(ordered[count // 20], 1.0) >= LOG_SPREAD
            assert wants_log(minutes) is expected
