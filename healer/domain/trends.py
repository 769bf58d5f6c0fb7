"""Activation duration and intensity over time: points, a rolling median and monthly medians."""

from __future__ import annotations

import bisect
import heapq
import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from statistics import median

from healer.domain.chartrange import wall_times
from healer.domain.urge import UrgeOutcome

_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)
ROLLING_DAYS = 14
# Fewer episodes than this in the window and the rolling line pauses instead of guessing.
ROLLING_MIN_COUNT = 3
# A month needs this many episodes before its median is worth a sentence.
MONTH_MIN_COUNT = 3
# When the long episodes (95th percentile) last this many times the short ones (5th), a log
# axis keeps both readable; below that a linear axis is plainer.
LOG_SPREAD = 8.0


@dataclass(frozen=True, slots=True)
class EpisodeFact:
    """What the charts know about one episode: no journal text, only numbers and a category."""

    started: int  # Unix seconds (UTC)
    duration: int | None  # seconds; None while the episode is open
    intensity: int | None  # None: not rated yet
    category: str | None = None
    urge: UrgeOutcome | None = None


@dataclass(frozen=True, slots=True)
class MonthValue:
    """The median of one local calendar month."""

    month: date  # the first day of the month
    median: float
    count: int


@dataclass(frozen=True, slots=True)
class TimeSeries:
    """Points over local time, with their 14-day rolling median and monthly medians.

    The per-point columns are typed arrays, not tuples of Python objects: the cyclic
    collector never walks an array, where a tuple of 100,000 numbers made its next pass
    hold every thread, the window's too, for tens of milliseconds. Treat them as read-only.
    """

    # Each point's local wall-clock time as seconds since 1970: cheap for a plot to turn
    # into an array, so the GUI thread does not convert a hundred thousand datetimes.
    when_seconds: array[int]
    values: array[float]
    rolling_when: tuple[datetime, ...]  # one per day at most: a few hundred, left as is
    rolling_values: array[float]
    months: tuple[MonthValue, ...]

    def moment(self, index: int) -> datetime:
        """The local wall-clock time of one point (negative indexes count from the end)."""
        return _EPOCH + timedelta(seconds=self.when_seconds[index])

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to draw."""
        return not self.values

    @property
    def median(self) -> float:
        """The median of every value (what a summary calls typical); needs values."""
        return median_of(self.values)

    @property
    def has_rolling(self) -> bool:
        """True when some day had enough episodes in its window for the rolling median."""
        return bool(self.rolling_values)

    def telling_months(
        self, min_count: int = MONTH_MIN_COUNT
    ) -> tuple[MonthValue, MonthValue] | None:
        """The first and last months with enough episodes to compare (None if fewer than two)."""
        months = [month for month in self.months if month.count >= min_count]
        if len(months) < 2:
            return None
        return months[0], months[-1]


@dataclass(frozen=True, slots=True)
class DurationChart:
    """Chart 1: how long settled episodes lasted, in minutes; open ones only counted."""

    series: TimeSeries
    open_count: int
    log_scale: bool


def median_of(values: Sequence[float]) -> float:
    """The median every chart line and sentence uses.

    With an even number of values it is the mean of the two middle ones, never the upper
    one alone.
    """
    if not values:
        raise ValueError("no values")
    return float(median(values))


def rolling_daily_median(
    days: Sequence[int],
    values: Sequence[float],
    window_days: int = ROLLING_DAYS,
    min_count: int = ROLLING_MIN_COUNT,
) -> list[tuple[int, float]]:
    """For each day that has values: the median over the window of days ending that day.

    days are day ordinals in ascending order, one per value; days with fewer than
    min_count values in their window are left out.
    """
    if len(days) != len(values):
        raise ValueError("days and values differ in length")
    window: list[float] = []
    result: list[tuple[int, float]] = []
    tail = 0
    count = len(days)
    index = 0
    while index < count:
        day = days[index]
        while index < count and days[index] == day:
            bisect.insort(window, values[index])
            index += 1
        while days[tail] <= day - window_days:
            del window[bisect.bisect_left(window, values[tail])]
            tail += 1
        size = len(window)
        if size >= min_count:
            middle = size // 2
            value = window[middle] if size % 2 else (window[middle - 1] + window[middle]) / 2
            result.append((day, value))
    return result


def monthly_medians(moments: Sequence[datetime], values: Sequence[float]) -> tuple[MonthValue, ...]:
    """The median of each local month that has values, oldest first (moments already local)."""
    groups: dict[int, list[float]] = {}
    for moment, value in zip(moments, values, strict=True):
        groups.setdefault(moment.year * 12 + moment.month - 1, []).append(value)
    return tuple(
        MonthValue(date(key // 12, key % 12 + 1, 1), median_of(items), len(items))
        for key, items in sorted(groups.items())
    )


def time_series(moments: Sequence[datetime], values: Sequence[float]) -> TimeSeries:
    """Points (local, ascending) with the rolling median drawn at local noon of each day."""
    ordinals = [moment.toordinal() for moment in moments]
    rolling = rolling_daily_median(ordinals, values)
    noon: list[datetime] = []
    for ordinal, _value in rolling:
        day = date.fromordinal(ordinal)
        noon.append(datetime(day.year, day.month, day.day, 12))
    return TimeSeries(
        when_seconds=array("q", [(moment - _EPOCH) // _SECOND for moment in moments]),
        values=array("d", values),
        rolling_when=tuple(noon),
        rolling_values=array("d", [value for _day, value in rolling]),
        months=monthly_medians(moments, values),
    )


def _wants_log(minutes: Sequence[float]) -> bool:
    if len(minutes) < 2:
        return False
    count = len(minutes)
    # Two order statistics, not a sort: sorting 100,000 durations is one call that holds
    # Python's lock, and so the window, for 10 ms and more; this loop lets it go.
    low = heapq.nsmallest(count // 20 + 1, minutes)[-1]
    high = heapq.nlargest(count - (count * 19) // 20, minutes)[-1]
    return high / max(low, 1.0) >= LOG_SPREAD


def in_order(
    episodes: Sequence[EpisodeFact],
    zone: tzinfo | None = None,
    local: Sequence[datetime] | None = None,
) -> tuple[Sequence[EpisodeFact], Sequence[datetime]]:
    """Episodes in start order with their local wall-clock starts.

    local, when given, must belong to episodes already in start order (storage returns
    them so): then nothing is converted twice.
    """
    if local is not None:
        if len(local) != len(episodes):
            raise ValueError("local times and episodes differ in length")
        return episodes, local
    ordered = sorted(episodes, key=lambda item: item.started)
    return ordered, wall_times([episode.started for episode in ordered], zone)


def duration_chart(
    episodes: Sequence[EpisodeFact],
    zone: tzinfo | None = None,
    local: Sequence[datetime] | None = None,
) -> DurationChart:
    """Settled episodes as (local start, minutes), in start order; open ones counted apart."""
    ordered, starts = in_order(episodes, zone, local)
    moments: list[datetime] = []
    minutes: list[float] = []
    open_count = 0
    for episode, moment in zip(ordered, starts, strict=True):
        if episode.duration is None:
            open_count += 1
            continue
        moments.append(moment)
        minutes.append(episode.duration / 60)
    series = time_series(moments, minutes)
    return DurationChart(series, open_count, _wants_log(minutes))


def intensity_chart(
    episodes: Sequence[EpisodeFact],
    zone: tzinfo | None = None,
    local: Sequence[datetime] | None = None,
) -> TimeSeries:
    """Chart 3: the peak intensity of every rated episode (open ones too) over local time."""
    ordered, starts = in_order(episodes, zone, local)
    rated = [
        (moment, float(episode.intensity))
        for episode, moment in zip(ordered, starts, strict=True)
        if episode.intensity is not None
    ]
    return time_series([moment for moment, _ in rated], [value for _, value in rated])


def round_minutes(minutes: float) -> int:
    """Whole minutes for a sentence; anything above zero shows as at least one."""
    if minutes <= 0:
        return 0
    return max(1, math.floor(minutes + 0.5))
