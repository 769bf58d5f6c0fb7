"""The charts tab's read-only aggregates: one ChartSet per range.

Only numbers and categories are read, never journal text. request_chart_set() runs the
read and the arithmetic on the worker thread, so years of data never stall the pacer or
typing; chart_set() is the same call, synchronous.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, tzinfo

from PySide6.QtCore import QObject

from healer.domain.chartrange import (
    DaySpan,
    RangeChoice,
    fitting_choice,
    resolve_span,
    to_local,
    utc_bounds,
)
from healer.domain.chartset import ALL_PARTS, ChartPart, ChartSet, build_charts
from healer.domain.consistency import BeingMetChart, being_met_chart
from healer.domain.moments import MomentQuery
from healer.services.background import INTERACTIVE, BackgroundReads, PendingRead
from healer.services.collector import paused_collector, release_in_slices
from healer.storage.charts.trends import TrendReader
from healer.storage.people.moments import MomentRepository
from healer.storage.vault import Vault


class ChartService:
    """Chart sets for a range of local days."""

    def __init__(self, vault: Vault, reads: BackgroundReads) -> None:
        self._reader = TrendReader(vault)
        self._moments = MomentRepository(vault)
        self._reads = reads

    def chart_set(
        self,
        choice: RangeChoice,
        *,
        today: date,
        custom: DaySpan | None = None,
        parts: frozenset[ChartPart] | None = None,
        zone: tzinfo | None = None,
        fit: bool = False,
    ) -> ChartSet:
        """The requested chart groups (default: all) for a range of local days ending today.

        fit: ignore choice and pick the shortest range that holds everything logged (the
        set says which in `fitted`).
        """
        parts = ALL_PARTS if parts is None else parts
        first = self._reader.first_moment() if fit or choice is RangeChoice.ALL else None
        first_day = None if first is None else to_local(first, zone).date()
        if fit:
            choice, custom = fitting_choice(first_day, today), None
        span = resolve_span(choice, today, first_day=first_day, custom=custom)
        # 100,000 rows read and counted: no collector pauses holding up the window meanwhile.
        with paused_collector():
            facts = self._reader.facts(span, parts, zone)
            charts = build_charts(span, facts, parts, zone)
            if isinstance(facts.episodes, list):
                release_in_slices(facts.episodes)
        return replace(charts, fitted=choice) if fit else charts

    def request_chart_set(
        self,
        choice: RangeChoice,
        receiver: QObject,
        on_done: Callable[[ChartSet], None],
        on_failed: Callable[[str], None] | None = None,
        *,
        today: date,
        custom: DaySpan | None = None,
        parts: frozenset[ChartPart] | None = None,
        zone: tzinfo | None = None,
        fit: bool = False,
    ) -> PendingRead[ChartSet]:
        """chart_set() on the worker thread."""
        return self._reads.submit(
            lambda: self.chart_set(
                choice, today=today, custom=custom, parts=parts, zone=zone, fit=fit
            ),
            receiver=receiver,
            on_done=on_done,
            on_failed=on_failed,
            priority=INTERACTIVE,
        )

    def being_met(
        self,
        span: DaySpan,
        *,
        person_id: int | None = None,
        myself: bool = False,
        zone: tzinfo | None = None,
    ) -> BeingMetChart:
        """Moments per month by response over a span: everyone's, one person's or Myself."""
        since, until = utc_bounds(span, zone)
        query = MomentQuery(person_id=person_id, myself=myself, since=since, until=until)
        return being_met_chart(self._moments.find(query), span, zone)
