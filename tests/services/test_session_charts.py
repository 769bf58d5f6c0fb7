"""The session's chart reads: a range resolved against the vault, computed off the GUI thread."""

from __future__ import annotations

import gc
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.chartrange import DaySpan, RangeChoice
from healer.domain.chartset import ChartPart, ChartSet
from healer.services import charts as charts_service
from healer.services.session import Session

TODAY = date(2026, 11, 23)


def _log(session: Session, started: datetime, minutes: int) -> None:
    session.journal.log(
        ActivationInput("what happened", 5, started, started + timedelta(minutes=minutes))
    )


def test_all_starts_at_the_first_entry(session: Session) -> None:
    _log(session, datetime(2026, 2, 3, 10, tzinfo=UTC), 30)
    _log(session, datetime(2026, 11, 20, 10, tzinfo=UTC), 20)
    charts = session.charts.chart_set(RangeChoice.ALL, today=TODAY, zone=UTC)
    assert charts.span == DaySpan(date(2026, 2, 3), TODAY)
    assert charts.episodes is not None
    assert charts.episodes.duration.series.values.tolist() == [30.0, 20.0]
    two_weeks = session.charts.chart_set(RangeChoice.TWO_WEEKS, today=TODAY, zone=UTC)
    assert two_weeks.episodes is not None
    assert two_weeks.episodes.duration.series.values.tolist() == [20.0]


def test_request_runs_on_the_worker_thread(session: Session, qtbot: QtBot) -> None:
    _log(session, datetime(2026, 11, 20, 10, tzinfo=UTC), 20)
    threads: list[threading.Thread] = []
    original = session.charts.chart_set

    def spy(*args: object, **kwargs: object) -> ChartSet:
        threads.append(threading.current_thread())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    session.charts.chart_set = spy  # type: ignore[method-assign]
    receiver = QObject()
    results: list[ChartSet] = []
    session.charts.request_chart_set(
        RangeChoice.CUSTOM,
        receiver,
        results.append,
        today=TODAY,
        custom=DaySpan(date(2026, 11, 1), date(2026, 11, 30)),
        parts=frozenset({ChartPart.EPISODES}),
        zone=UTC,
    )
    qtbot.wait_until(lambda: bool(results), timeout=10_000)
    (result,) = results
    assert isinstance(result, ChartSet)
    assert result.helps is None
    assert result.episodes is not None
    assert result.episodes.duration.series.values.tolist() == [20.0]
    assert threads
    assert threads[0] is not threading.main_thread()


def test_a_chart_set_is_built_with_the_collector_paused(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A full collection on the worker holds every thread; building 100,000 rows set one
    # off, 90 ms at a time. The pause ends with the work.
    seen: list[bool] = []
    original = charts_service.build_charts

    def spy(*args: object, **kwargs: object) -> ChartSet:
        seen.append(gc.isenabled())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(charts_service, "build_charts", spy)
    gc.enable()
    session.charts.chart_set(RangeChoice.ALL, today=date(2026, 11, 21))
    assert seen == [False]
    assert gc.isenabled()
