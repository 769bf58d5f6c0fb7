"""What the journal table lists: slim activation rows and the orders they can be sorted in."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

# A row carries only the start of the trigger text: enough for one table cell.
ROW_TRIGGER_CHARS = 160


class RowSort(enum.Enum):
    """The columns the journal table can be sorted by, in column order."""

    WHEN = "when"
    TRIGGER = "trigger"
    CATEGORY = "category"
    INTENSITY = "intensity"
    DURATION = "duration"


@dataclass(frozen=True, slots=True)
class ActivationRow:
    """One line of the journal table: the facts of an episode and the start of its trigger."""

    id: int
    started_at: datetime
    settled_at: datetime | None
    trigger: str
    category: str | None
    intensity: int | None  # None: not rated yet

    @property
    def is_open(self) -> bool:
        """True while the episode has not settled."""
        return self.settled_at is None

    @property
    def duration(self) -> timedelta | None:
        """How long it lasted, once settled."""
        if self.settled_at is None:
            return None
        return self.settled_at - self.started_at


@dataclass(frozen=True, slots=True)
class RowPage:
    """Which rows of the sorted journal listing to read: offset..offset+limit.

    total (the listing's length) lets a page in the far half be read from the other end;
    after (the row just above the page) or before (the row just below it) lets a page in
    the time order be read by key instead of by offset. Both only make deep pages cheap.
    """

    offset: int
    limit: int
    sort: RowSort = RowSort.WHEN
    descending: bool = True
    total: int | None = None
    after: ActivationRow | None = None
    before: ActivationRow | None = None


def row_trigger(text: str) -> str:
    """The first line of a trigger text, shortened for a table cell."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) > ROW_TRIGGER_CHARS:
        return first[: ROW_TRIGGER_CHARS - 1].rstrip() + "…"
    return first


def duration_parts(duration: timedelta) -> tuple[int, int, int]:
    """Days, hours and minutes of a duration (seconds rounded to the nearest minute)."""
    minutes = max(0, round(duration.total_seconds() / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return days, hours, minutes
