"""The charts tab: six charts over a chosen range, computed and drawn off the GUI thread.

The session's worker reads and computes the numbers; the tab's chart thread draws each
figure into an image; the GUI thread hands data over and paints images. Each range's
numbers are kept, keyed by the range and the data version, until the data changes.

Signals:
    status_message(text): a short note for the status bar.
    refreshed(): a chart set arrived and every affected chart on screen was drawn anew.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from healer.domain.changes import Change
from healer.domain.chartrange import DaySpan, RangeChoice
from healer.domain.chartset import ALL_PARTS, ChartPart, ChartSet, EpisodeCharts, ParetoScope
from healer.services.session import Session
from healer.ui.charts import texts
from healer.ui.charts.being_met import BeingMetPanel
from healer.ui.charts.catalogue import CHARTS
from healer.ui.charts.chart_thread import ChartThread
from healer.ui.charts.panel import ChartPanel

_RANGES = (
    (RangeChoice.TWO_WEEKS, str(QT_TRANSLATE_NOOP("Charts", "Last 2 weeks"))),
    (RangeChoice.THREE_MONTHS, str(QT_TRANSLATE_NOOP("Charts", "Last 3 months"))),
    (RangeChoice.SIX_MONTHS, str(QT_TRANSLATE_NOOP("Charts", "Last 6 months"))),
    (RangeChoice.ONE_YEAR, str(QT_TRANSLATE_NOOP("Charts", "Last year"))),
    (RangeChoice.ALL, str(QT_TRANSLATE_NOOP("Charts", "Everything"))),
    (RangeChoice.CUSTOM, str(QT_TRANSLATE_NOOP("Charts", "Choose days…"))),
)
KEPT_CUSTOM = 4  # the preset ranges are always kept; days picked by hand, the last few
_SCOPES = (
    (ParetoScope.RANGE, str(QT_TRANSLATE_NOOP("Charts", "In this range"))),
    (ParetoScope.FIRST_TWO_WEEKS, str(QT_TRANSLATE_NOOP("Charts", "First two weeks of tracking"))),
    (ParetoScope.ALL_TIME, str(QT_TRANSLATE_NOOP("Charts", "All time"))),
)


_Key = tuple[int, RangeChoice, DaySpan | None, date]  # data version, range, days, today


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ChartsTab(QWidget):
    """Hosted by the main window; asks the session for numbers and only draws them."""

    status_message = Signal(str)
    refreshed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self._latest: dict[ChartPart, int] = {}
        self._stale: set[ChartPart] = set()
        self._episodes: EpisodeCharts | None = None
        self._span: DaySpan | None = None
        # Chart sets of each range seen, keyed by the range and the data version they show.
        self.data_version = 0
        self._kept: dict[_Key, ChartSet] = {}
        self._ticket_keys: dict[int, _Key] = {}
        self._awaiting_draws = False
        self.chart_thread = ChartThread(self)
        # Until the person picks a range, the charts open at the range the data fills.
        self._fitting = True
        self.setAccessibleName(QCoreApplication.translate("Charts", "Charts"))

        top = self._build_range_bar(today())

        # The charts' panels are built one per turn of the event loop (see _build_next_panel):
        # all seven in one go held the window for one long turn as the tab first opened.
        self.panels: dict[str, ChartPanel[Any]] = {}
        self._unbuilt = list(CHARTS)
        self._content = QWidget(self)
        self._column = QVBoxLayout(self._content)
        # Reads its own numbers (moments, not the chart set) for the range the tab shows.
        self.being_met = BeingMetPanel(session, self.chart_thread, self._content)
        self.being_met.status_message.connect(self.status_message)
        self.being_met.write_file = self._write_chart_file
        self._column.addWidget(self.being_met)
        self.scope_box = QComboBox(self._content)
        self.scope_box.hide()  # until its place in the Pareto chart's heading exists
        for scope, label in _SCOPES:
            self.scope_box.addItem(QCoreApplication.translate("Charts", label), scope)
        self.scope_box.setAccessibleName(
            QCoreApplication.translate("Charts", "Which episodes to count")
        )
        self.scope_box.currentIndexChanged.connect(self._on_scope_box_current_index_changed)
        self._building = QTimer(self)
        self._building.setInterval(0)
        self._building.timeout.connect(self._build_next_panel)
        self._building.start()

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.range_box.currentIndexChanged.connect(self._on_range_box_current_index_changed)
        session.changes.data_changed.connect(self._on_session_data_changed)
        # The first read starts on the turn after the tab's first paint: the vault's reader
        # would otherwise share the interpreter with that paint, and the window wait for both.
        self._first_read_due = True

    @Slot()
    def _build_next_panel(self) -> None:
        key, title, make_painter = self._unbuilt.pop(0)
        panel = ChartPanel[Any](
            key,
            QCoreApplication.translate("Charts", title),
            make_painter,
            self.chart_thread,
            self._content,
        )
        panel.status_message.connect(self.status_message)
        panel.view.drawn.connect(self._on_view_drawn)
        panel.write_file = self._write_chart_file
        if key == "pareto":
            panel.header.insertWidget(1, self.scope_box)
            self.scope_box.show()
        self.panels[key] = panel
        self._column.insertWidget(len(self.panels) - 1, panel)  # "Being met" stays last
        if not self._unbuilt:
            self._building.stop()
            self._order_tab_stops()
            self.update()  # the first read waits for the finished tab's paint (paintEvent)

    def _order_tab_stops(self) -> None:
        # Panels built later than "Being met" and the scope picker would otherwise come
        # after them in the Tab order; the keyboard goes down the page as the eye does.
        stops: list[QWidget] = [self.range_box, self.from_edit, self.to_edit]
        for panel in [*self.panels.values(), self.being_met]:
            for index in range(panel.header.count()):
                item = panel.header.itemAt(index)
                widget = None if item is None else item.widget()
                if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    stops.append(widget)
        for first, second in itertools.pairwise(stops):
            QWidget.setTabOrder(first, second)

    @property
    def built(self) -> bool:
        """True once every chart's panel exists (they are built one per turn)."""
        return not self._unbuilt

    def _build_range_bar(self, now: date) -> QHBoxLayout:
        self.range_box = QComboBox(self)
        for choice, label in _RANGES:
            self.range_box.addItem(QCoreApplication.translate("Charts", label), choice)
        self.range_box.setCurrentIndex(2)
        self.range_box.setAccessibleName(QCoreApplication.translate("Charts", "Date range"))
        range_label = QLabel(QCoreApplication.translate("Charts", "&Show"), self)
        range_label.setBuddy(self.range_box)
        self.from_edit = QDateEdit(_qdate(now - timedelta(days=90)), self)
        self.to_edit = QDateEdit(_qdate(now), self)
        for edit, name in (
            (self.from_edit, QCoreApplication.translate("Charts", "First day")),
            (self.to_edit, QCoreApplication.translate("Charts", "Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self._on_custom_date_changed)
        self.loading = QLabel(QCoreApplication.translate("Charts", "Reading your vault…"), self)
        top = QHBoxLayout()
        top.addWidget(range_label)
        top.addWidget(self.range_box)
        top.addWidget(self.from_edit)
        top.addWidget(self.to_edit)
        top.addStretch(1)
        top.addWidget(self.loading)

        return top

    # -- requests --------------------------------------------------------------

    @property
    def choice(self) -> RangeChoice:
        """The range the person picked."""
        choice = self.range_box.currentData()
        assert isinstance(choice, RangeChoice)
        return choice

    @property
    def reading(self) -> bool:
        """True while a chart set is being read and computed (or, on screen, about to be)."""
        return bool(self._latest) or (self._first_read_due and self.window().isVisible())

    @property
    def pending(self) -> bool:
        """True while numbers are being read or a chart on screen is being drawn."""
        return (
            self.reading or not self.built or any(panel.view.busy for panel in self.panels.values())
        )

    def set_range(self, choice: RangeChoice, custom: DaySpan | None = None) -> None:
        """Pick a range (custom with its days); the charts refresh."""
        self._fitting = False
        if custom is not None:
            for edit, day in ((self.from_edit, custom.first), (self.to_edit, custom.last)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        index = self.range_box.findData(choice)
        if index == self.range_box.currentIndex():
            self.refresh(ALL_PARTS)
        self.range_box.setCurrentIndex(index)

    def refresh(self, parts: frozenset[ChartPart]) -> None:
        """Ask for new numbers for these chart groups; they arrive on the worker's signal.

        Going back to a range seen since the last change draws its kept numbers at once.
        """
        if not self.built:  # asked again once every panel exists
            self._first_read_due = True
            return
        self._first_read_due = False
        custom = None
        if self.choice is RangeChoice.CUSTOM:
            custom = DaySpan(_pydate(self.from_edit.date()), _pydate(self.to_edit.date()))
        key = (self.data_version, self.choice, custom, self._today())
        self._stale -= parts
        kept = self._kept.get(key)
        fit = self._fitting and parts == ALL_PARTS
        if parts == ALL_PARTS and kept is not None and not fit:
            self._latest.clear()
            self._show(kept, ALL_PARTS)
            return
        pending = self._session.charts.request_chart_set(
            self.choice,
            self,
            lambda result: self._on_chart_set_read(pending.ticket, result),
            lambda reason: self._on_chart_set_failed(pending.ticket, reason),
            today=key[3],
            custom=custom,
            parts=parts,
            fit=fit,
        )
        ticket = pending.ticket
        for part in parts:
            self._latest[part] = ticket
        if parts == ALL_PARTS:
            self._ticket_keys[ticket] = key
        self.loading.setVisible(True)

    @Slot()
    def _on_first_read_due(self) -> None:
        if self._first_read_due:
            self.refresh(ALL_PARTS)

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint, the first read (see __init__)."""
        super().paintEvent(event)
        if self._first_read_due and self.built:
            QTimer.singleShot(0, self, self._on_first_read_due)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh(frozenset(self._stale))

    @Slot(object)
    def _write_chart_file(self, path: Path, data: bytes) -> Path:
        # The file dialog has already asked before replacing a file: force, but never
        # over a vault or a backup.
        return self._session.exchange.write_file(path, data, force=True)

    def _on_session_data_changed(self, changes: Change) -> None:
        parts = ChartPart.for_changes(changes)
        if not parts:
            return
        self.data_version += 1
        self._kept.clear()
        for panel in self.panels.values():
            panel.view.forget_images()
        if self.isVisible():
            self.refresh(parts)
        else:
            self._stale |= parts

    @Slot(int)
    def _on_range_box_current_index_changed(self, _index: int) -> None:
        self._fitting = False
        custom = self.choice is RangeChoice.CUSTOM
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self.refresh(ALL_PARTS)

    @Slot(QDate)
    def _on_custom_date_changed(self, _day: QDate) -> None:
        if self.choice is RangeChoice.CUSTOM:
            self.refresh(ALL_PARTS)

    @Slot(int)
    def _on_scope_box_current_index_changed(self, _index: int) -> None:
        if self._episodes is not None and self._span is not None:
            self._show_pareto(self._episodes, self._span)

    # -- results ---------------------------------------------------------------

    def _on_chart_set_read(self, ticket: int, result: ChartSet) -> None:
        key = self._ticket_keys.pop(ticket, None)
        fresh = frozenset(part for part, latest in self._latest.items() if latest == ticket)
        if not fresh:
            return
        for part in fresh:
            del self._latest[part]
        if result.fitted is not None and self._fitting:
            self._show_fitted(result.fitted)
            key = None if key is None else (key[0], result.fitted, None, key[3])
        if key is not None and fresh == ALL_PARTS and key[0] == self.data_version:
            self._keep(key, result)
        self._show(result, fresh)

    def _keep(self, key: _Key, result: ChartSet) -> None:
        self._kept.pop(key, None)
        self._kept[key] = result
        customs = [kept for kept in self._kept if kept[1] is RangeChoice.CUSTOM]
        for old in customs[:-KEPT_CUSTOM]:
            del self._kept[old]

    def _show_fitted(self, choice: RangeChoice) -> None:
        """Show the range the service fitted to the data, without asking again."""
        self.range_box.blockSignals(True)
        self.range_box.setCurrentIndex(self.range_box.findData(choice))
        self.range_box.blockSignals(False)
        self.from_edit.setVisible(False)
        self.to_edit.setVisible(False)

    def _show(self, result: ChartSet, fresh: frozenset[ChartPart]) -> None:
        span = result.span
        if span != self.being_met.span:
            self.being_met.show_span(span)
        if ChartPart.EPISODES in fresh and result.episodes is not None:
            self._show_episodes(result.episodes, span)
        if ChartPart.TOOLS in fresh and result.helps is not None:
            helps = result.helps
            panel = self.panels["helps"]
            if helps.is_empty:
                panel.show_empty(texts.hidden_note(helps) if helps.hidden else "")
            else:
                panel.show_chart(helps, span, texts.helps_summary(helps))
        if ChartPart.PAUSES in fresh and result.pauses is not None:
            pauses = result.pauses
            panel = self.panels["pauses"]
            if pauses.is_empty:
                panel.show_empty()
            else:
                panel.show_chart(pauses, span, texts.pause_summary(pauses))
        self.loading.setVisible(bool(self._latest))
        self._awaiting_draws = True
        self._on_view_drawn()

    def _on_view_drawn(self) -> None:
        # refreshed means: what arrived is on screen, drawn (tests and benchmarks wait for it).
        if self._awaiting_draws and not self.pending:
            self._awaiting_draws = False
            self.refreshed.emit()

    def _on_chart_set_failed(self, ticket: int, _reason: str) -> None:
        if ticket in self._latest.values():
            self._latest = {part: t for part, t in self._latest.items() if t != ticket}
            self.loading.setVisible(bool(self._latest))
            self.status_message.emit(
                QCoreApplication.translate("Charts", "The charts could not be read from the vault.")
            )

    def _show_episodes(self, charts: EpisodeCharts, span: DaySpan) -> None:
        self._episodes, self._span = charts, span
        duration = charts.duration
        panel = self.panels["duration"]
        if duration.series.is_empty:
            panel.show_empty(texts.open_note(duration.open_count) if duration.open_count else "")
        else:
            panel.show_chart(duration, span, texts.duration_summary(duration))
        self._show_pareto(charts, span)
        panel = self.panels["intensity"]
        if charts.intensity.is_empty:
            panel.show_empty()
        else:
            panel.show_chart(charts.intensity, span, texts.intensity_summary(charts.intensity))
        panel = self.panels["urge"]
        if charts.urge_gap.is_empty:
            panel.show_empty()
        else:
            panel.show_chart(charts.urge_gap, span, texts.urge_summary(charts.urge_gap))

    def _show_pareto(self, charts: EpisodeCharts, span: DaySpan) -> None:
        scope = self.scope_box.currentData()
        assert isinstance(scope, ParetoScope)
        pareto = charts.pareto[scope]
        panel = self.panels["pareto"]
        if pareto.is_empty:
            panel.show_empty()
        else:
            panel.show_chart(pareto, span, texts.pareto_summary(pareto))
