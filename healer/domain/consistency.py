"""Seeing consistency: care per quarter, moments per month, and the gentle signal's rule."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from healer.domain.chartrange import DaySpan, add_months, to_local
from healer.domain.moments import RESPONSES, Moment, Response

# The gentle signal looks at this many recent days, and speaks only with enough data:
# a handful of moments can be a bad month, not a pattern.
SIGNAL_WINDOW = timedelta(days=183)
SIGNAL_MIN_ACTIVATIONS = 6
SIGNAL_MIN_MOMENTS = 5
# "Rarely met with care": fewer than this share of the recent moments.
SIGNAL_MAX_CARE_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class QuarterShare:
    """How many moments of one calendar quarter (UTC) were met with care."""

    year: int
    quarter: int  # 1 to 4
    met_with_care: int
    total: int

    @property
    def share(self) -> float:
        """The share met with care, 0 to 1."""
        return self.met_with_care / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class MonthCounts:
    """Moments of one local month (its first day) by response."""

    month: date
    counts: tuple[int, ...]  # in RESPONSES order

    def count(self, response: Response) -> int:
        """How many moments of this month had that response."""
        return self.counts[RESPONSES.index(response)]

    @property
    def total(self) -> int:
        """Every moment of the month."""
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class BeingMetChart:
    """The "Being met" chart: every month of a span, its moments by response."""

    months: tuple[MonthCounts, ...]

    @property
    def totals(self) -> tuple[int, ...]:
        """Moments of the whole span by response, in RESPONSES order."""
        return tuple(sum(month.counts[i] for month in self.months) for i in range(len(RESPONSES)))

    @property
    def total(self) -> int:
        """Every moment in the span."""
        return sum(self.totals)

    @property
    def is_empty(self) -> bool:
        """True when the span holds no moment."""
        return self.total == 0


@dataclass(frozen=True, slots=True)
class ActivationFacts:
    """The activations someone was involved in: how many, and how long they lasted."""

    count: int
    median_duration: timedelta | None  # None: none of them settled yet


@dataclass(frozen=True, slots=True)
class GentleSignal:
    """What the data shows over recent months, for a calm note; never a verdict."""

    activations: int
    moments: int
    met_with_care: int


def care_by_quarter(moments: Iterable[Moment]) -> list[QuarterShare]:
    """Each quarter with moments, oldest first."""
    totals: Counter[tuple[int, int]] = Counter()
    cared: Counter[tuple[int, int]] = Counter()
    for moment in moments:
        when = moment.content.happened_at
        key = (when.year, (when.month - 1) // 3 + 1)
        totals[key] += 1
        if moment.content.response is Response.CARE:
            cared[key] += 1
    return [
        QuarterShare(year, quarter, cared[year, quarter], totals[year, quarter])
        for year, quarter in sorted(totals)
    ]


def per_month(moments: Iterable[Moment], zone: tzinfo | None = None) -> list[MonthCounts]:
    """Moments per local month by response, oldest first, months without moments left out."""
    counts: dict[date, list[int]] = {}
    for moment in moments:
        month = to_local(moment.content.happened_at, zone).date().replace(day=1)
        row = counts.setdefault(month, [0] * len(RESPONSES))
        row[RESPONSES.index(moment.content.response)] += 1
    return [MonthCounts(month, tuple(counts[month])) for month in sorted(counts)]


def being_met_chart(
    moments: Iterable[Moment], span: DaySpan, zone: tzinfo | None = None
) -> BeingMetChart:
    """Every month the span touches (empty ones too), from moments inside the span."""
    inside = [
        moment
        for moment in moments
        if span.first <= to_local(moment.content.happened_at, zone).date() <= span.last
    ]
    found = {row.month: row for row in per_month(inside, zone)}
    months: list[MonthCounts] = []
    month = span.first.replace(day=1)
    while month <= span.last:
        months.append(found.get(month, MonthCounts(month, (0,) * len(RESPONSES))))
        month = add_months(month, 1)
    return BeingMetChart(tuple(months))


def activation_facts(durations: Sequence[timedelta | None]) -> ActivationFacts:
    """Count every activation; the median is over the settled ones."""
    seconds = [duration.total_seconds() for duration in durations if duration is not None]
    median = timedelta(seconds=statistics.median(seconds)) if seconds else None
    return ActivationFacts(len(durations), median)


def gentle_signal(
    activation_times: Iterable[datetime], moments: Iterable[Moment], now: datetime
) -> GentleSignal | None:
    """The signal for one person, or None when the recent data does not call for it.

    It needs, within SIGNAL_WINDOW before now, at least SIGNAL_MIN_ACTIVATIONS activations
    involving them and SIGNAL_MIN_MOMENTS moments with them, of which fewer than
    SIGNAL_MAX_CARE_SHARE were met with care.
    """
    since = now - SIGNAL_WINDOW
    activations = sum(1 for when in activation_times if since <= when <= now)
    recent = [m for m in moments if since <= m.content.happened_at <= now]
    cared = sum(1 for m in recent if m.content.response is Response.CARE)
    if activations < SIGNAL_MIN_ACTIVATIONS or len(recent) < SIGNAL_MIN_MOMENTS:
        return None
    if cared >= SIGNAL_MAX_CARE_SHARE * len(recent):
        return None
    return GentleSignal(activations, len(recent), cared)
