"""Charts with four entries: a range that fits them, words and lines that agree, no hidden dot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from chart_fixtures import TODAY
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.chartrange import RangeChoice
from healer.services.session import Session
from healer.ui.charts.painters import DurationPainter
from healer.ui.charts.tab import ChartsTab

pytestmark = pytest.mark.gui

# Seconds each of the four episodes lasted: ten seconds, 9, 13 and 21 minutes.
LENGTHS = (10, 9 * 60, 13 * 60, 21 * 60)


def _log_four(session: Session, gap_days: int = 2) -> None:
    for place, seconds in enumerate(LENGTHS):
        started = datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC) - timedelta(
            days=(3 - place) * gap_days
        )
        session.journal.log(
            ActivationInput("x", 6, started, settled_at=started + timedelta(seconds=seconds))
        )


def _fresh_tab(session: Session, qtbot: QtBot) -> ChartsTab:
    tab = ChartsTab(session, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(900, 1800)
    tab.show()
    qtbot.waitUntil(lambda: not tab.pending, timeout=20_000)
    return tab


def test_four_entries_in_a_week_open_at_two_weeks(session: Session, qtbot: QtBot) -> None:
    _log_four(session)
    tab = _fresh_tab(session, qtbot)
    assert tab.choice is RangeChoice.TWO_WEEKS
    painter = tab.panels["duration"].view.painter
    assert isinstance(painter, DurationPainter)
    assert painter.legend_labels() == ["Each episode", "Median", "14-day median"]


def test_four_entries_over_two_months_agree_on_the_median_and_list_only_what_is_drawn(
    session: Session, qtbot: QtBot
) -> None:
    _log_four(session, gap_days=20)
    tab = _fresh_tab(session, qtbot)
    assert tab.choice is RangeChoice.THREE_MONTHS
    panel = tab.panels["duration"]
    summary = panel.summary.text()
    assert "typical one lasted 11 minutes" in summary  # not the upper middle, 13
    assert "14-day median line appears" in summary
    painter = panel.view.painter
    assert isinstance(painter, DurationPainter)
    drawn = np.asarray(painter.months.get_ydata(), dtype=float)
    assert np.nanmax(drawn) == pytest.approx(11.0)
    assert painter.legend_labels() == ["Each episode", "Median"]


def test_an_episode_under_a_minute_is_a_dot_above_the_axis(session: Session, qtbot: QtBot) -> None:
    _log_four(session)
    tab = _fresh_tab(session, qtbot)
    painter = tab.panels["duration"].view.painter
    assert isinstance(painter, DurationPainter)
    axes = painter.axes
    xs, ys = painter.points.get_data()
    shortest = int(np.argmin(np.asarray(ys, dtype=float)))
    x = axes.convert_xunits(np.asarray(xs)[shortest])
    height = axes.transData.transform((x, float(np.asarray(ys)[shortest])))[1] - axes.bbox.y0
    assert height >= 4  # pixels: clear of the axis line, the dot fully seen


def test_a_range_the_person_picks_is_kept(session: Session, qtbot: QtBot) -> None:
    _log_four(session)
    tab = _fresh_tab(session, qtbot)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.set_range(RangeChoice.ONE_YEAR)
    session.journal.log(ActivationInput("y", 3, datetime(2026, 11, 20, 9, tzinfo=UTC)))
    qtbot.waitUntil(lambda: not tab.pending, timeout=20_000)
    assert tab.choice is RangeChoice.ONE_YEAR
