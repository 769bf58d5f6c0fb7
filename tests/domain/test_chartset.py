"""Which chart groups a change refreshes, and one computed chart set."""

from __future__ import annotations

from datetime import UTC, date, datetime

from healer.domain.changes import Change
from healer.domain.chartrange import DaySpan
from healer.domain.chartset import (
    ChartFacts,
    ChartPart,
    ParetoScope,
    build_charts,
)
from healer.domain.helps import ToolFact
from healer.domain.trends import EpisodeFact

SPAN = DaySpan(date(2026, 3, 1), date(2026, 3, 31))


def test_kinds_map_to_the_groups_they_change() -> None:
    assert ChartPart.for_changes(Change.ACTIVATION) == {ChartPart.EPISODES}
    assert ChartPart.for_changes(Change.PRACTICE) == {ChartPart.TOOLS}
    assert ChartPart.for_changes(Change.PAUSE) == {ChartPart.TOOLS, ChartPart.PAUSES}
    assert (
        ChartPart.for_changes(Change.DRAFT | Change.DIALOGUE | Change.PART | Change.CATEGORY)
        == set()
    )


def test_only_requested_groups_are_computed() -> None:
    facts = ChartFacts(tool_changes=[ToolFact("breathing", 7, 4)] * 3)
    charts = build_charts(SPAN, facts, frozenset({ChartPart.TOOLS}))
    assert charts.episodes is None
    assert charts.pauses is None
    assert charts.helps is not None
    assert charts.helps.shown[0].median_drop == 3.0


def test_pareto_scopes() -> None:
    at = int(datetime(2026, 3, 2, tzinfo=UTC).timestamp())
    facts = ChartFacts(
        episodes=[EpisodeFact(at, 60, 5, "tone shift")] * 2,
        first_fortnight_counts={"delayed reply": 3},
        all_time_counts={"delayed reply": 3, "tone shift": 2},
    )
    charts = build_charts(SPAN, facts, zone=UTC)
    assert charts.episodes is not None
    names = {
        scope: [bar.name for bar in chart.bars] for scope, chart in charts.episodes.pareto.items()
    }
    assert names == {
        ParetoScope.RANGE: ["tone shift"],
        ParetoScope.FIRST_TWO_WEEKS: ["delayed reply"],
        ParetoScope.ALL_TIME: ["delayed reply", "tone shift"],
    }
