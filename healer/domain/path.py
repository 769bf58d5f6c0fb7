"""The path page's rules: where the person stands on each of the six steps, from their data.

Everything here is a plain fact or a direction of change, never a score, a streak or a
share of "completion": the page words each standing kindly, and an empty vault is a
welcome rather than six zeros.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from healer.domain.helps import ToolFact, what_helps
from healer.domain.longview import LongView, MonthMedian, long_view
from healer.domain.twoweek import TRACKING_DAYS, TrackingFacts, two_week_map

# The urge-to-action gap compares the first weeks on the path with the latest ones.
GAP_WEEKS = 8
# Fewer urges with a recorded outcome than this in either stretch say nothing yet.
MIN_URGES = 5
# A change in how often the urge waits smaller than this is noise, not movement.
GAP_MOVE = 0.1
# The practices named as helping: the largest typical drops, never more than this many.
HELPS_NAMED = 2
# The long view looks at the latest months only; four cover "several calmer months, then".
MEDIAN_MONTHS = 4


class PathStep(enum.Enum):
    """The roadmap's six steps, in its order: body first, relationships second, thoughts third."""

    TRIGGERS = 1
    REGULATE = 2
    PAUSE = 3
    PARTS = 4
    BEING_MET = 5
    SUPPORT = 6


class GapMove(enum.Enum):
    """How the gap between feeling the urge and acting on it has moved since the start."""

    WIDER = enum.auto()  # the urge waits more often now
    STEADY = enum.auto()
    NARROWER = enum.auto()  # the urge is acted on at once more often now


@dataclass(frozen=True, slots=True)
class UrgeCounts:
    """Urges with a recorded outcome in one stretch of time."""

    at_once: int = 0
    after_pause: int = 0
    not_acted: int = 0

    @property
    def total(self) -> int:
        """Every urge with an outcome."""
        return self.at_once + self.after_pause + self.not_acted

    @property
    def waited_share(self) -> float:
        """The part of urges that were not acted on at once (0 to 1)."""
        return (self.after_pause + self.not_acted) / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class PathFacts:
    """What the vault knows that the page needs; storage gathers it in a few indexed reads."""

    tracking: TrackingFacts
    first_moment: datetime | None = None  # anything logged: entry, practice, pause, dialogue
    practice_uses: Mapping[str, int] | None = None  # practice kind value -> uses
    tool_changes: Sequence[ToolFact] = ()
    pauses_seen_through: int = 0
    urge_early: UrgeCounts = UrgeCounts()
    urge_recent: UrgeCounts = UrgeCounts()
    # True when the two stretches are far enough apart to compare at all.
    urge_apart: bool = False
    dialogues: int = 0
    parts: int = 0
    moments: int = 0
    moments_met: int = 0  # met with care
    last_self_check: datetime | None = None
    month_medians: Sequence[MonthMedian] = ()


@dataclass(frozen=True, slots=True)
class MapStanding:
    """Step 1: the first fortnight's days with entries and, once known, the top triggers."""

    entries: int
    days_logged: int
    days_elapsed: int
    fortnight_over: bool
    top: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RegulateStanding:
    """Step 2: which practices were tried, and which seem to help (largest typical drop)."""

    tried: tuple[str, ...]
    uses: int
    helps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PauseStanding:
    """Step 3: pauses seen through, and how the urge-to-action gap moved (None: too soon)."""

    seen_through: int
    gap: GapMove | None
    early: UrgeCounts
    recent: UrgeCounts


@dataclass(frozen=True, slots=True)
class PartsStanding:
    """Step 4: dialogues finished and parts met."""

    dialogues: int
    parts: int


@dataclass(frozen=True, slots=True)
class MetStanding:
    """Step 5: moments of reaching out logged, and how many were met with care."""

    moments: int
    met_with_care: int


@dataclass(frozen=True, slots=True)
class SupportStanding:
    """Step 6: the local day of the last saved self-check, if any."""

    last_check: date | None


@dataclass(frozen=True, slots=True)
class PathView:
    """The whole page: each step's standing and the long view (None while nothing is logged)."""

    map: MapStanding
    regulate: RegulateStanding
    pause: PauseStanding
    parts: PartsStanding
    met: MetStanding
    support: SupportStanding
    long: LongView | None

    @property
    def is_welcome(self) -> bool:
        """True for a vault with nothing in it yet: the page greets instead of reporting."""
        return (
            self.long is None
            and self.parts.parts == 0
            and self.met.moments == 0
            and self.support.last_check is None
        )

    def begun(self, step: PathStep) -> bool:
        """Whether the person has anything on this step yet."""
        return {
            PathStep.TRIGGERS: self.map.entries > 0,
            PathStep.REGULATE: self.regulate.uses > 0,
            PathStep.PAUSE: self.pause.seen_through > 0 or self.pause.recent.total > 0,
            PathStep.PARTS: self.parts.dialogues > 0 or self.parts.parts > 0,
            PathStep.BEING_MET: self.met.moments > 0,
            PathStep.SUPPORT: self.support.last_check is not None,
        }[step]


def gap_move(early: UrgeCounts, recent: UrgeCounts, *, apart: bool) -> GapMove | None:
    """Compare how often the urge waited at first and lately; None when it is too soon."""
    if not apart or early.total < MIN_URGES or recent.total < MIN_URGES:
        return None
    change = recent.waited_share - early.waited_share
    if change >= GAP_MOVE:
        return GapMove.WIDER
    if change <= -GAP_MOVE:
        return GapMove.NARROWER
    return GapMove.STEADY


def gap_windows(first: datetime, now: datetime) -> tuple[datetime, datetime, bool]:
    """The end of the first stretch, the start of the latest, and whether they are apart."""
    early_end = first + timedelta(weeks=GAP_WEEKS)
    recent_start = now - timedelta(weeks=GAP_WEEKS)
    return early_end, recent_start, recent_start >= early_end


def median_months_since(today: date) -> date:
    """The first day of the earliest month the long view needs."""
    year, month = today.year, today.month - (MEDIAN_MONTHS - 1)
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1)


def path_view(facts: PathFacts, today: date, zone: tzinfo | None = None) -> PathView:
    """Turn the facts into the page's standings; today and zone are injected."""
    fortnight = two_week_map(facts.tracking, today, zone)
    uses = dict(facts.practice_uses or {})
    tried = tuple(kind for kind, _count in sorted(uses.items(), key=lambda i: (-i[1], i[0])))
    chart = what_helps(facts.tool_changes)
    helps = tuple(delta.tool for delta in chart.shown if delta.median_drop > 0)[:HELPS_NAMED]
    first = facts.first_moment
    first_day = None if first is None else first.astimezone(zone).date()
    last_check = facts.last_self_check
    return PathView(
        map=MapStanding(
            entries=fortnight.total,
            days_logged=fortnight.days_covered,
            days_elapsed=fortnight.days_elapsed,
            fortnight_over=fortnight.first_day is not None
            and today >= fortnight.first_day + timedelta(days=TRACKING_DAYS),
            top=tuple(share.name for share in fortnight.top),
        ),
        regulate=RegulateStanding(tried, sum(uses.values()), helps),
        pause=PauseStanding(
            facts.pauses_seen_through,
            gap_move(facts.urge_early, facts.urge_recent, apart=facts.urge_apart),
            facts.urge_early,
            facts.urge_recent,
        ),
        parts=PartsStanding(facts.dialogues, facts.parts),
        met=MetStanding(facts.moments, facts.moments_met),
        support=SupportStanding(None if last_check is None else last_check.astimezone(zone).date()),
        long=long_view(first_day, today, facts.month_medians),
    )
