"""The charts tab: built lazily, drawn from the vault, empty states, refreshes and palettes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from chart_fixtures import (  # noqa: F401 (fixtures)
    TODAY,
    open_tab,
    seeded_session_fixture,
    seeded_tab_fixture,
)
from matplotlib.colors import to_hex
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from translating import speaking

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.chartrange import DaySpan, RangeChoice
from healer.domain.chartset import ParetoScope
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.urge import UrgeOutcome
from healer.services.session import Session
from healer.ui.charts.catalogue import CHARTS
from healer.ui.charts.painters import (
    DurationPainter,
    HelpsPainter,
    IntensityPainter,
    ParetoPainter,
    PausePainter,
    UrgePainter,
)
from healer.ui.charts.tab import ChartsTab
from healer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _points(tab: ChartsTab, key: str) -> int:
    painter = tab.panels[key].view.painter
    assert isinstance(painter, DurationPainter | IntensityPainter)
    return len(painter.points.get_xydata())  # type: ignore[arg-type]


def test_the_tab_is_built_on_first_show(session: Session, qtbot: QtBot) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert "charts" not in window.built_pages
    page = window.show_tab("charts")
    assert isinstance(page, ChartsTab)
    assert "charts" in window.built_pages
    qtbot.waitUntil(lambda: not page.pending, timeout=20_000)


def test_the_panels_come_after_the_click_and_the_first_read_after_their_paint(
    seeded_session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []  # per request: had the finished tab painted by then?
    painted: list[bool] = []  # per paint of the tab: were all its panels there?
    original = seeded_session.charts.request_chart_set

    def spy(*args: object, **kwargs: object) -> object:
        asked.append(any(painted))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(seeded_session.charts, "request_chart_set", spy)
    window = MainWindow(seeded_session)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_tab("charts")
    assert isinstance(page, ChartsTab)
    page.installEventFilter(_PaintWatcher(page, painted))
    # Nothing of the charts was built in the click's own turn, and nothing was read.
    assert page.panels == {}
    assert asked == []
    assert page.pending
    qtbot.waitUntil(lambda: not page.pending, timeout=20_000)
    assert asked == [True]
    assert list(page.panels) == [key for key, _title, _painter in CHARTS]
    assert not page.panels["duration"].is_empty
    assert page.scope_box.isVisibleTo(page.panels["pareto"])


class _PaintWatcher(QObject):
    """Notes each paint of a charts tab, and whether all its panels were built by then."""

    def __init__(self, tab: ChartsTab, painted: list[bool]) -> None:
        super().__init__(tab)
        self._tab = tab
        self._painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Every paint is noted; nothing is filtered out."""
        if event.type() == QEvent.Type.Paint:
            self._painted.append(self._tab.built)
        return False


def test_the_tab_key_goes_down_the_charts_in_order(seeded_tab: ChartsTab) -> None:
    tab = seeded_tab
    wanted: list[QWidget] = []
    for panel in tab.panels.values():
        if panel.key == "pareto":
            wanted.append(tab.scope_box)
        wanted.append(panel.save_button)
    wanted += [tab.being_met.who_box, tab.being_met.save_button]
    reached: list[QWidget] = []
    widget = tab.range_box.nextInFocusChain()
    while widget is not tab.range_box and len(reached) < len(wanted):
        if any(widget is stop for stop in wanted):
            reached.append(widget)
        widget = widget.nextInFocusChain()
    assert [stop.accessibleName() for stop in reached] == [stop.accessibleName() for stop in wanted]


def test_every_chart_draws_from_the_vault(seeded_session: Session, seeded_tab: ChartsTab) -> None:
    tab = seeded_tab
    charts = seeded_session.charts.chart_set(RangeChoice.ALL, today=TODAY)
    assert charts.episodes is not None
    assert charts.helps is not None
    assert charts.pauses is not None
    episodes = charts.episodes

    duration = tab.panels["duration"].view.painter
    assert isinstance(duration, DurationPainter)
    ys = np.asarray(duration.points.get_ydata(), dtype=float)
    expected = np.asarray(episodes.duration.series.values)
    if duration.log_scale:
        expected = np.maximum(expected, 1.0)
    assert ys.tolist() == pytest.approx(expected.tolist())
    assert len(ys) == 237  # 240 generated, three still open
    rolling = np.asarray(duration.rolling.get_ydata(), dtype=float)
    assert len(rolling) == len(episodes.duration.series.rolling_values) > 100
    months = np.asarray(duration.months.get_ydata(), dtype=float)
    assert np.nanmax(months) == pytest.approx(
        max(m.median for m in episodes.duration.series.months)
    )

    pareto = tab.panels["pareto"].view.painter
    assert isinstance(pareto, ParetoPainter)
    heights = [patch.get_height() for patch in pareto.bars.patches]
    bars = episodes.pareto[ParetoScope.RANGE].bars
    assert heights == [bar.count for bar in bars]
    assert heights == sorted(heights, reverse=True)
    accent = tab.panels["pareto"].view.colours.accent
    coloured = [to_hex(patch.get_facecolor()) == accent for patch in pareto.bars.patches]
    assert coloured == [bar.top for bar in bars]
    assert sum(coloured) == 3
    assert pareto.line80.get_ydata() == pytest.approx([0.8, 0.8])  # type: ignore[arg-type]

    intensity = tab.panels["intensity"].view.painter
    assert isinstance(intensity, IntensityPainter)
    assert np.asarray(intensity.points.get_ydata()).tolist() == list(episodes.intensity.values)
    assert _points(tab, "intensity") == 240

    helps = tab.panels["helps"].view.painter
    assert isinstance(helps, HelpsPainter)
    widths = [patch.get_width() for patch in helps.bars.patches]
    assert sorted(widths, reverse=True) == [tool.median_drop for tool in charts.helps.shown]

    urge = tab.panels["urge"].view.painter
    assert isinstance(urge, UrgePainter)
    totals = np.sum(list(urge.shares.values()), axis=0)
    assert totals.tolist() == pytest.approx([1.0] * len(episodes.urge_gap.months))
    assert len(totals) >= 9
    at_once = urge.stacks[UrgeOutcome.AT_ONCE].get_paths()
    first_box = at_once[0].vertices
    assert first_box[:, 1].max() == pytest.approx(1.0)  # the top layer reaches 100 %
    height = first_box[:, 1].max() - first_box[:, 1].min()
    assert height == pytest.approx(episodes.urge_gap.months[0].share(UrgeOutcome.AT_ONCE))

    pauses = tab.panels["pauses"].view.painter
    assert isinstance(pauses, PausePainter)
    assert np.asarray(pauses.line.get_ydata())[-1] == 20

    for panel in tab.panels.values():
        assert not panel.is_empty
        assert panel.summary.text()
        assert panel.view.accessibleDescription() == panel.summary.text()
        assert panel.save_button.isEnabled()
    assert "in February 2026" in tab.panels["duration"].summary.text()
    assert "have not settled yet" in tab.panels["duration"].summary.text()


def test_no_journal_text_reaches_a_chart(seeded_tab: ChartsTab) -> None:
    for panel in seeded_tab.panels.values():
        svg = panel.view.render_bytes("svg").decode()
        assert "generated episode" not in svg
        assert "generated episode" not in panel.summary.text()


def test_an_empty_vault_explains_what_to_log(session: Session, qtbot: QtBot) -> None:
    tab = open_tab(session, qtbot)
    for key, panel in tab.panels.items():
        assert panel.is_empty, key
        assert panel.empty_label.text()
        assert not panel.save_button.isEnabled()
    assert "settled" in tab.panels["duration"].empty_label.text()


def test_open_episodes_alone_are_counted_not_drawn(
    session: Session, qtbot: QtBot, qm_folder: Path
) -> None:
    session.journal.log(ActivationInput("x", 7, datetime(2026, 11, 20, 9, tzinfo=UTC)))
    with speaking("en", qm_folder):  # the English singular comes from healer_en's plural forms
        tab = open_tab(session, qtbot)
        duration = tab.panels["duration"]
        assert duration.is_empty
        assert "One episode has not settled yet" in duration.summary.text()
    assert not tab.panels["intensity"].is_empty  # its peak is known already


def test_new_entry_updates_the_cached_figure(
    seeded_session: Session, seeded_tab: ChartsTab, qtbot: QtBot
) -> None:
    tab = seeded_tab
    view = tab.panels["duration"].view
    figure, points = view.drawing.figure, view.painter.points  # type: ignore[attr-defined]
    before = _points(tab, "duration")
    helps_draws = tab.panels["helps"].view.draw_count
    started = datetime(2026, 11, 21, 8, tzinfo=UTC)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        seeded_session.journal.log(
            ActivationInput("x", 4, started, started + timedelta(minutes=12))
        )
    assert _points(tab, "duration") == before + 1
    assert view.drawing.figure is figure
    assert view.painter.points is points  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.draw_count > 0)
    assert tab.panels["helps"].view.draw_count == helps_draws  # not its kind of data


def test_only_kinds_that_matter_refresh(
    seeded_session: Session, seeded_tab: ChartsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    requested: list[object] = []
    original = seeded_session.charts.request_chart_set

    def spy(*args: object, **kwargs: object) -> object:
        requested.append(kwargs["parts"])
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(seeded_session.charts, "request_chart_set", spy)
    seeded_session.journal.save_draft("quick", {"trigger": "half a thought"})
    seeded_session.changes.data_changed.emit(Change.DIALOGUE | Change.PART | Change.DRAFT)
    assert requested == []
    with qtbot.waitSignal(seeded_tab.refreshed, timeout=20_000):
        seeded_session.practices.record(
            PracticeUseInput(
                PracticeKind.ORIENTING, datetime(2026, 11, 20, tzinfo=UTC), 60, None, 8, 2
            )
        )
    assert [sorted(part.value for part in parts) for parts in requested] == [["tools"]]  # type: ignore[attr-defined]


def test_a_hidden_tab_catches_up_when_shown(
    seeded_session: Session, seeded_tab: ChartsTab, qtbot: QtBot
) -> None:
    tab = seeded_tab
    before = _points(tab, "intensity")
    tab.hide()
    seeded_session.journal.log(ActivationInput("x", 3, datetime(2026, 11, 21, 7, tzinfo=UTC)))
    assert not tab.pending
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.show()
    assert _points(tab, "intensity") == before + 1


def test_switching_range_narrows_the_charts(seeded_tab: ChartsTab, qtbot: QtBot) -> None:
    tab = seeded_tab
    everything = _points(tab, "intensity")
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.set_range(RangeChoice.THREE_MONTHS)
    assert 0 < _points(tab, "intensity") < everything
    left, right = tab.panels["intensity"].view.painter.axes.get_xlim()
    assert right - left == pytest.approx(92)  # 22 Aug .. 21 Nov: 92 days


def test_pareto_scope_switch_redraws_without_reading(seeded_tab: ChartsTab, qtbot: QtBot) -> None:
    tab = seeded_tab
    painter = tab.panels["pareto"].view.painter
    assert isinstance(painter, ParetoPainter)
    in_range = sum(patch.get_height() for patch in painter.bars.patches)
    tab.scope_box.setCurrentIndex(tab.scope_box.findData(ParetoScope.FIRST_TWO_WEEKS))
    assert not tab.reading  # the kept numbers, drawn anew
    qtbot.waitUntil(lambda: not tab.pending, timeout=20_000)
    fortnight = sum(patch.get_height() for patch in painter.bars.patches)
    assert 0 < fortnight < in_range


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_a_palette_change_redraws_in_its_colours(seeded_tab: ChartsTab, qtbot: QtBot) -> None:
    view = seeded_tab.panels["duration"].view
    qtbot.waitUntil(lambda: view.draw_count > 0)
    draws = view.draw_count
    seeded_tab.setPalette(_dark())
    qtbot.waitUntil(lambda: view.draw_count > draws)
    assert to_hex(view.drawing.figure.get_facecolor()) == "#17181a"
    painter = view.painter
    assert isinstance(painter, DurationPainter)
    assert to_hex(painter.rolling.get_color()) == "#8ab4f8"
    assert len(painter.points.get_xydata()) == 237  # type: ignore[arg-type]


def test_urge_outcomes_are_labelled_not_only_coloured(seeded_tab: ChartsTab) -> None:
    painter = seeded_tab.panels["urge"].view.painter
    assert isinstance(painter, UrgePainter)
    hatches = {stack.get_hatch() for stack in painter.stacks.values()}
    assert len(hatches) == len(UrgeOutcome)
    labels = {stack.get_label() for stack in painter.stacks.values()}
    assert "Acted at once" in labels


def test_a_custom_range_draws_just_those_days(
    seeded_session: Session, seeded_tab: ChartsTab, qtbot: QtBot
) -> None:
    tab = seeded_tab
    october = DaySpan(date(2026, 10, 31), date(2026, 10, 1))  # given backwards on purpose
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.set_range(RangeChoice.CUSTOM, october)
    assert tab.from_edit.isVisible()
    assert tab.to_edit.isVisible()
    expected = seeded_session.charts.chart_set(RangeChoice.CUSTOM, today=TODAY, custom=october)
    assert expected.episodes is not None
    assert expected.span == DaySpan(date(2026, 10, 1), date(2026, 10, 31))
    assert _points(tab, "intensity") == len(expected.episodes.intensity.values) > 0


def test_tools_with_too_few_uses_say_so(session: Session, qtbot: QtBot) -> None:
    for before, after in ((8, 4), (7, 5)):
        session.practices.record(
            PracticeUseInput(
                PracticeKind.COLD_WATER, datetime(2026, 11, 20, tzinfo=UTC), 60, None, before, after
            )
        )
    tab = open_tab(session, qtbot)
    helps = tab.panels["helps"]
    assert helps.is_empty
    assert "Cold water (2)" in helps.summary.text()


def test_going_back_to_a_range_reuses_its_numbers_until_data_changes(
    seeded_session: Session, seeded_tab: ChartsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = seeded_tab
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.set_range(RangeChoice.THREE_MONTHS)
    three_months = _points(tab, "intensity")
    requests: list[object] = []
    original = seeded_session.charts.request_chart_set

    def spy(*args: object, **kwargs: object) -> object:
        requests.append(args[0])
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(seeded_session.charts, "request_chart_set", spy)
    with qtbot.waitSignal(tab.refreshed, timeout=1000):
        tab.set_range(RangeChoice.ALL)  # seen when the tab opened
    assert requests == []
    assert _points(tab, "intensity") == 240
    started = datetime(2026, 11, 21, 6, tzinfo=UTC)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        seeded_session.journal.log(ActivationInput("x", 2, started))
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.set_range(RangeChoice.THREE_MONTHS)
    assert requests == [RangeChoice.ALL, RangeChoice.THREE_MONTHS]
    assert _points(tab, "intensity") == three_months + 1


def test_every_control_has_a_name(seeded_tab: ChartsTab) -> None:
    controls = [
        widget
        for kind in (QAbstractButton, QComboBox, QAbstractSpinBox)
        for widget in seeded_tab.findChildren(kind)
        if isinstance(widget, QWidget) and widget.isVisible()
    ]
    assert len(controls) >= 8  # range box, scope box, six save buttons
    unnamed = []
    for widget in controls:
        face = QAccessible.queryAccessibleInterface(widget)
        assert face is not None
        if not face.text(QAccessible.Text.Name).strip():
            unnamed.append(type(widget).__name__)
    assert unnamed == []
