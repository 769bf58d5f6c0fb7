"""Everything the charts tab draws for one range, computed in one go from the vault's facts."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo

from healer.domain.changes import Change
from healer.domain.chartrange import DaySpan, RangeChoice
from healer.domain.helps import (
    HelpsChart,
    PauseChart,
    ToolFact,
    UrgeGapChart,
    pauses_completed,
    urge_gap,
    what_helps,
)
from healer.domain.pareto import ParetoChart, pareto
from healer.domain.trends import (
    DurationChart,
    EpisodeFact,
    TimeSeries,
    duration_chart,
    in_order,
    intensity_chart,
)


class ChartPart(enum.Enum):
    """Which records a group of charts is computed from; a change refreshes only its group."""

    EPISODES = "episodes"  # duration, top triggers, intensity, urge gap
    TOOLS = "tools"  # what helps
    PAUSES = "pauses"  # pauses completed

    @classmethod
    def for_changes(cls, changes: Change) -> frozenset[ChartPart]:
        """The groups a data_changed with these record kinds makes stale."""
        parts: set[ChartPart] = set()
        if changes & Change.ACTIVATION:
            parts.add(cls.EPISODES)
        if changes & (Change.PRACTICE | Change.PAUSE):
            parts.add(cls.TOOLS)
        if changes & Change.PAUSE:
            parts.add(cls.PAUSES)
        return frozenset(parts)


ALL_PARTS = frozenset(ChartPart)


class ParetoScope(enum.Enum):
    """Which episodes the top-triggers chart counts."""

    RANGE = "range"
    FIRST_TWO_WEEKS = "first-two-weeks"
    ALL_TIME = "all-time"


@dataclass(frozen=True, slots=True)
class ChartFacts:
    """Rows read from the vault for one span; only the requested groups are filled."""

    episodes: Sequence[EpisodeFact] = ()
    first_fortnight_counts: Mapping[str | None, int] = field(default_factory=dict)
    all_time_counts: Mapping[str | None, int] = field(default_factory=dict)
    tool_changes: Sequence[ToolFact] = ()
    pause_ends: Sequence[int] = ()
    pauses_before: int = 0


@dataclass(frozen=True, slots=True)
class EpisodeCharts:
    """Charts 1, 2, 3 and 5."""

    duration: DurationChart
    pareto: Mapping[ParetoScope, ParetoChart]
    intensity: TimeSeries
    urge_gap: UrgeGapChart


@dataclass(frozen=True, slots=True)
class ChartSet:
    """The computed charts for a span; None for a group that was not asked for."""

    span: DaySpan
    episodes: EpisodeCharts | None = None
    # The range this set was drawn for when the service picked it to fit the data.
    fitted: RangeChoice | None = None
    helps: HelpsChart | None = None
    pauses: PauseChart | None = None


def range_counts(episodes: Sequence[EpisodeFact]) -> dict[str | None, int]:
    """Episodes per category (None for uncategorised)."""
    return dict(Counter(episode.category for episode in episodes))


def build_charts(
    span: DaySpan,
    facts: ChartFacts,
    parts: frozenset[ChartPart] = ALL_PARTS,
    zone: tzinfo | None = None,
) -> ChartSet:
    """Compute the requested groups from the facts; pure, so it runs on any thread."""
    episodes = None
    if ChartPart.EPISODES in parts:
        # Local times are worked out once and shared by the three charts over time.
        ordered, local = in_order(facts.episodes, zone)
        episodes = EpisodeCharts(
            duration=duration_chart(ordered, zone, local),
            pareto={
                ParetoScope.RANGE: pareto(range_counts(facts.episodes)),
                ParetoScope.FIRST_TWO_WEEKS: pareto(facts.first_fortnight_counts),
                ParetoScope.ALL_TIME: pareto(facts.all_time_counts),
            },
            intensity=intensity_chart(ordered, zone, local),
            urge_gap=urge_gap(ordered, zone, local),
        )
    return ChartSet(
        span=span,
        episodes=episodes,
        helps=what_helps(facts.tool_changes) if ChartPart.TOOLS in parts else None,
        pauses=(
            pauses_completed(facts.pause_ends, facts.pauses_before, zone)
            if ChartPart.PAUSES in parts
            else None
        ),
    )
