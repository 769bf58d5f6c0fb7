"""The long view: gentle context about time on the path, chosen from the person's own data."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

# The first months are often the hardest; the note speaks while the person is still in them.
EARLY_MONTHS = 3
# Real change usually takes six to eighteen months; past that the reminder has done its work.
PATIENCE_MONTHS = 18
# A month "jumps" when its median is this many times the calmest recent month's worst median.
JUMP_FACTOR = 1.5
# "Several calmer months": this many months with settled episodes right before the jump.
CALM_MONTHS = 3
# A single long episode is one bad day, not a month that jumped.
MIN_EPISODES_IN_MONTH = 3


class Note(enum.Enum):
    """One piece of gentle context; the page words each one in the app's own voice."""

    EARLY_MONTHS = enum.auto()  # the first few months are often the hardest
    TAKES_MONTHS = enum.auto()  # real change usually takes many months
    OLD_PATTERNS = enum.auto()  # a calmer stretch then a harder month: part of the path


@dataclass(frozen=True, slots=True)
class MonthMedian:
    """One calendar month's settled episodes: the first day, how many, and their median."""

    month: date
    episodes: int
    median: timedelta


@dataclass(frozen=True, slots=True)
class LongView:
    """Whole months since the first entry, and the notes that fit the data now."""

    months: int
    notes: tuple[Note, ...]


def whole_months(first: date, today: date) -> int:
    """Calendar months from the first entry's day to today, counting only whole ones."""
    months = (today.year - first.year) * 12 + today.month - first.month
    if today.day < first.day:
        months -= 1
    return max(months, 0)


def old_patterns_returned(medians: Sequence[MonthMedian]) -> bool:
    """Whether the latest month's median jumped after several calmer months in a row."""
    ordered = sorted(medians, key=lambda m: m.month)
    if len(ordered) < CALM_MONTHS + 1:
        return False
    latest = ordered[-1]
    calm = ordered[-1 - CALM_MONTHS : -1]
    if latest.episodes < MIN_EPISODES_IN_MONTH:
        return False
    # The calm months must be consecutive calendar months ending right before the latest.
    expected = latest.month
    for month in reversed(calm):
        expected = _previous_month(expected)
        if month.month != expected:
            return False
    worst_calm = max(m.median for m in calm)
    return latest.median >= worst_calm * JUMP_FACTOR


def long_view(first: date | None, today: date, medians: Sequence[MonthMedian]) -> LongView | None:
    """The long view for a vault, or None while there is nothing logged to look back on."""
    if first is None:
        return None
    months = whole_months(first, today)
    notes: list[Note] = []
    if months < EARLY_MONTHS:
        notes.append(Note.EARLY_MONTHS)
    if months < PATIENCE_MONTHS:
        notes.append(Note.TAKES_MONTHS)
    if old_patterns_returned(medians):
        notes.append(Note.OLD_PATTERNS)
    return LongView(months, tuple(notes))


def _previous_month(month: date) -> date:
    return date(month.year - 1, 12, 1) if month.month == 1 else date(month.year, month.month - 1, 1)
