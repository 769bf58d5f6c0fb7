"""The charts' date range: last two weeks, months, a year, everything, or days the person picks."""

from __future__ import annotations

import calendar
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo


class RangeChoice(enum.Enum):
    """The ranges the charts tab offers, shortest first."""

    TWO_WEEKS = "2w"
    THREE_MONTHS = "3m"
    SIX_MONTHS = "6m"
    ONE_YEAR = "1y"
    ALL = "all"
    CUSTOM = "custom"


_MONTHS = {RangeChoice.THREE_MONTHS: 3, RangeChoice.SIX_MONTHS: 6, RangeChoice.ONE_YEAR: 12}


@dataclass(frozen=True, slots=True)
class DaySpan:
    """Local calendar days from first to last, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        """How many days the span covers (at least one)."""
        return (self.last - self.first).days + 1


def add_months(day: date, months: int) -> date:
    """The same day some months later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def resolve_span(
    choice: RangeChoice,
    today: date,
    *,
    first_day: date | None = None,
    custom: DaySpan | None = None,
) -> DaySpan:
    """The days a choice covers, ending today (custom: as given, put in order).

    ALL starts on the first day anything was logged (today when nothing was).
    """
    if choice is RangeChoice.CUSTOM:
        if custom is None:
            raise ValueError("a custom range needs its days")
        first, last = sorted((custom.first, custom.last))
        return DaySpan(first, last)
    if choice is RangeChoice.TWO_WEEKS:
        return DaySpan(today - timedelta(days=13), today)
    if choice is RangeChoice.ALL:
        start = first_day if first_day is not None and first_day <= today else today
        return DaySpan(start, today)
    return DaySpan(add_months(today, -_MONTHS[choice]) + timedelta(days=1), today)


def local_midnight(day: date, zone: tzinfo | None = None) -> datetime:
    """The instant (in UTC) a local day begins; zone None means the system's local time."""
    if zone is None:
        return datetime.combine(day, time()).astimezone().astimezone(UTC)
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def utc_bounds(span: DaySpan, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """The half-open UTC interval [since, until) that holds exactly the span's local days."""
    return local_midnight(span.first, zone), local_midnight(span.last + timedelta(days=1), zone)


def to_local(moment: datetime | int | float, zone: tzinfo | None = None) -> datetime:
    """An instant (aware datetime or Unix seconds) as an aware local time."""
    if not isinstance(moment, datetime):
        moment = datetime.fromtimestamp(moment, UTC)
    return moment.astimezone(zone)


_EPOCH = datetime(1970, 1, 1)
_DAY = 86400


def _offset_seconds(seconds: int, zone: tzinfo | None) -> int:
    offset = datetime.fromtimestamp(seconds, UTC).astimezone(zone).utcoffset()
    return 0 if offset is None else int(offset.total_seconds())


def wall_times(starts: Sequence[int], zone: tzinfo | None = None) -> list[datetime]:
    """Unix seconds as local wall-clock times (naive), what a chart's date axis shows.

    Time zone rules are asked once per UTC day, not once per episode: years of data
    convert in milliseconds. A day whose offset changes (daylight saving) is exact too.
    """
    offsets: dict[int, int | None] = {}
    result: list[datetime] = []
    for seconds in starts:
        day = seconds // _DAY
        if day in offsets:
            offset = offsets[day]
        else:
            first = _offset_seconds(day * _DAY, zone)
            offset = first if first == _offset_seconds(day * _DAY + _DAY - 1, zone) else None
            offsets[day] = offset
        if offset is None:
            offset = _offset_seconds(seconds, zone)
        result.append(_EPOCH + timedelta(seconds=seconds + offset))
    return result


# The ranges a first look may start at, shortest first; "everything" when none holds it all.
_FITTING = (
    RangeChoice.TWO_WEEKS,
    RangeChoice.THREE_MONTHS,
    RangeChoice.SIX_MONTHS,
    RangeChoice.ONE_YEAR,
)


def fitting_choice(first_day: date | None, today: date) -> RangeChoice:
    """The shortest range that still holds everything logged since first_day.

    With a few weeks of entries, a six-month axis is mostly empty; the charts start at the
    range the data fills and the person can widen it. Nothing logged: the shortest range.
    """
    if first_day is None or first_day >= today:
        return RangeChoice.TWO_WEEKS
    for choice in _FITTING:
        if resolve_span(choice, today).first <= first_day:
            return choice
    return RangeChoice.ALL
