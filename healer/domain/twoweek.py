"""The two-week map: how much of the first fortnight is tracked, and which triggers lead."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

TRACKING_DAYS = 14
MIN_ACTIVATIONS_FOR_PATTERN = 5
TOP_CATEGORIES = 3


@dataclass(frozen=True, slots=True)
class TrackingFacts:
    """What the vault knows that the map needs; gathered by storage in a few indexed queries."""

    first_started_at: datetime | None
    early_starts: Sequence[datetime]
    category_counts: Mapping[str | None, int]
    # Starts in the last fortnight (a day to spare for any time zone), for after the first.
    recent_starts: Sequence[datetime] = ()

    @property
    def total(self) -> int:
        """Every activation, with or without a category."""
        return sum(self.category_counts.values())


@dataclass(frozen=True, slots=True)
class CategoryShare:
    """One trigger category and its part of all activations."""

    name: str
    count: int
    share: float


@dataclass(frozen=True, slots=True)
class TwoWeekMap:
    """The fortnight at a glance; empty when nothing is logged yet."""

    first_day: date | None
    days_elapsed: int
    days_covered: int
    covered: tuple[bool, ...]
    total: int
    top: tuple[CategoryShare, ...]
    # False for the first fortnight; True once it is over and the days are the last fourteen.
    latest: bool = False

    @property
    def has_pattern(self) -> bool:
        """True once there is enough data to name the leading triggers."""
        return bool(self.top)

    @property
    def top_share(self) -> float:
        """The part of all activations the leading categories account for together."""
        return sum(item.share for item in self.top)


def tracking_window(first_started_at: datetime, zone: tzinfo | None = None) -> tuple[date, date]:
    """First and last local day of the two weeks that start with the first activation."""
    first = first_started_at.astimezone(zone).date()
    return first, first + timedelta(days=TRACKING_DAYS - 1)


def two_week_map(facts: TrackingFacts, today: date, zone: tzinfo | None = None) -> TwoWeekMap:
    """Turn the facts into the map; days are the person's local days (zone, default local)."""
    if facts.first_started_at is None:
        return TwoWeekMap(None, 0, 0, (False,) * TRACKING_DAYS, 0, ())
    first, _last = tracking_window(facts.first_started_at, zone)
    days = {moment.astimezone(zone).date() for moment in facts.early_starts}
    covered = tuple(first + timedelta(days=n) in days for n in range(TRACKING_DAYS))
    elapsed = max(0, min(TRACKING_DAYS, (today - first).days + 1))
    total = facts.total
    return TwoWeekMap(
        first_day=first,
        days_elapsed=elapsed,
        days_covered=sum(covered),
        covered=covered,
        total=total,
        top=top_categories(facts.category_counts) if total >= MIN_ACTIVATIONS_FOR_PATTERN else (),
    )


def top_categories(
    counts: Mapping[str | None, int], limit: int = TOP_CATEGORIES
) -> tuple[CategoryShare, ...]:
    """The most frequent named categories with their share of all activations (ties by name)."""
    total = sum(counts.values())
    if total <= 0:
        return ()
    named = [(name, count) for name, count in counts.items() if name is not None and count > 0]
    named.sort(key=lambda item: (-item[1], item[0].casefold()))
    return tuple(CategoryShare(name, count, count / total) for name, count in named[:limit])


def current_two_weeks(facts: TrackingFacts, today: date, zone: tzinfo | None = None) -> TwoWeekMap:
    """The first fortnight while it lasts; after it, the fourteen days ending today."""
    first = two_week_map(facts, today, zone)
    if facts.first_started_at is None:
        return first
    _first, last = tracking_window(facts.first_started_at, zone)
    if today <= last:
        return first
    start = today - timedelta(days=TRACKING_DAYS - 1)
    days = {moment.astimezone(zone).date() for moment in facts.recent_starts}
    covered = tuple(start + timedelta(days=n) in days for n in range(TRACKING_DAYS))
    return replace(
        first,
        first_day=start,
        days_elapsed=TRACKING_DAYS,
        days_covered=sum(covered),
        covered=covered,
        latest=True,
    )
