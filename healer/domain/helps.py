"""What helps, the urge-to-action gap and pauses completed: the three charts after the log."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from statistics import median

from healer.domain.chartrange import wall_times
from healer.domain.trends import EpisodeFact, in_order
from healer.domain.urge import UrgeOutcome

# Below this many uses with both intensities, a tool's typical change says nothing yet.
MIN_TOOL_USES = 3
PAUSE_TOOL = "pause"


@dataclass(frozen=True, slots=True)
class ToolFact:
    """One use of a tool with the intensity before and after (practice kind value or "pause")."""

    tool: str
    before: int
    after: int


@dataclass(frozen=True, slots=True)
class ToolDelta:
    """A tool's typical drop in intensity (before minus after: positive means calmer)."""

    tool: str
    median_drop: float
    median_before: float
    median_after: float
    count: int


@dataclass(frozen=True, slots=True)
class HelpsChart:
    """Chart 4: tools with enough uses, largest typical drop first; the rest with their counts."""

    shown: tuple[ToolDelta, ...]
    hidden: tuple[tuple[str, int], ...]

    @property
    def is_empty(self) -> bool:
        """True when no tool has enough uses to draw."""
        return not self.shown


def what_helps(facts: Sequence[ToolFact], min_uses: int = MIN_TOOL_USES) -> HelpsChart:
    """Group uses by tool; tools with fewer than min_uses are hidden but named."""
    groups: dict[str, list[ToolFact]] = {}
    for fact in facts:
        groups.setdefault(fact.tool, []).append(fact)
    shown: list[ToolDelta] = []
    hidden: list[tuple[str, int]] = []
    for tool, uses in groups.items():
        if len(uses) < min_uses:
            hidden.append((tool, len(uses)))
            continue
        shown.append(
            ToolDelta(
                tool=tool,
                median_drop=float(median(use.before - use.after for use in uses)),
                median_before=float(median(use.before for use in uses)),
                median_after=float(median(use.after for use in uses)),
                count=len(uses),
            )
        )
    shown.sort(key=lambda item: (-item.median_drop, -item.count, item.tool))
    hidden.sort(key=lambda item: (-item[1], item[0]))
    return HelpsChart(tuple(shown), tuple(hidden))


@dataclass(frozen=True, slots=True)
class UrgeMonth:
    """One local month: how many urges were acted on at once, after a pause, or not at all."""

    month: date
    at_once: int
    after_pause: int
    not_acted: int

    @property
    def total(self) -> int:
        """Urges with a recorded outcome this month."""
        return self.at_once + self.after_pause + self.not_acted

    def share(self, outcome: UrgeOutcome) -> float:
        """The part of this month's urges with that outcome (0 to 1)."""
        count = {
            UrgeOutcome.AT_ONCE: self.at_once,
            UrgeOutcome.AFTER_PAUSE: self.after_pause,
            UrgeOutcome.NOT_ACTED: self.not_acted,
        }[outcome]
        return count / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class UrgeGapChart:
    """Chart 5: the outcome shares per month, oldest first; episodes without one are counted."""

    months: tuple[UrgeMonth, ...]
    unrecorded: int

    @property
    def is_empty(self) -> bool:
        """True when no urge outcome was recorded in the range."""
        return not self.months


def urge_gap(
    episodes: Sequence[EpisodeFact],
    zone: tzinfo | None = None,
    local: Sequence[datetime] | None = None,
) -> UrgeGapChart:
    """Count outcomes per local month of the episode's start."""
    ordered, starts = in_order(episodes, zone, local)
    counts: dict[date, list[int]] = {}
    order = {UrgeOutcome.AT_ONCE: 0, UrgeOutcome.AFTER_PAUSE: 1, UrgeOutcome.NOT_ACTED: 2}
    unrecorded = 0
    for episode, moment in zip(ordered, starts, strict=True):
        if episode.urge is None:
            unrecorded += 1
            continue
        row = counts.setdefault(date(moment.year, moment.month, 1), [0, 0, 0])
        row[order[episode.urge]] += 1
    months = tuple(UrgeMonth(month, *row) for month, row in sorted(counts.items()))
    return UrgeGapChart(months, unrecorded)


@dataclass(frozen=True, slots=True)
class PauseChart:
    """Chart 6: the running count of completed 20-minute pauses over local time."""

    when: tuple[datetime, ...]  # local wall-clock times, ascending
    totals: tuple[int, ...]
    before: int  # completed before the range began

    @property
    def is_empty(self) -> bool:
        """True when no pause was ever completed, before or during the range."""
        return not self.when and self.before == 0

    @property
    def in_range(self) -> int:
        """Pauses completed during the range."""
        return len(self.when)

    @property
    def total(self) -> int:
        """All pauses completed up to the range's end."""
        return self.before + len(self.when)


def pauses_completed(ends: Sequence[int], before: int, zone: tzinfo | None = None) -> PauseChart:
    """ends: Unix seconds of each completion in the range; before: how many came earlier."""
    ordered = sorted(ends)
    when = tuple(wall_times(ordered, zone))
    totals = tuple(before + index for index in range(1, len(ordered) + 1))
    return PauseChart(when, totals, before)
