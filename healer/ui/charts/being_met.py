"""The "Being met" chart's panel: whose moments, its own reads, and the summary in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from healer.domain.changes import Change
from healer.domain.chartrange import DaySpan
from healer.domain.consistency import BeingMetChart
from healer.domain.moments import RESPONSES, Response
from healer.domain.people import Person
from healer.services.background import INTERACTIVE, PendingRead
from healer.services.session import Session
from healer.ui.charts import catalogue
from healer.ui.charts.chart_thread import ChartThread
from healer.ui.charts.panel import ChartPanel
from healer.ui.charts.texts import fill

KEY = "being-met"
_MYSELF = "myself"


def being_met_summary(chart: BeingMetChart, who: str) -> str:
    """The chart in words: how many moments, how many met with care, and the rest."""
    totals = dict(zip(RESPONSES, chart.totals, strict=True))
    share = round(100 * totals[Response.CARE] / chart.total) if chart.total else 0
    return fill(
        QCoreApplication.translate(
            "Charts",
            "%1: %n moments in this period, %2 met with care (%3%), %4 partly met, "
            "%5 missed and %6 that hurt.",
            None,
            chart.total,
        ),
        who,
        totals[Response.CARE],
        share,
        totals[Response.PARTLY],
        totals[Response.MISSED],
        totals[Response.HURT],
    )


class BeingMetPanel(ChartPanel[BeingMetChart]):
    """The chart's panel, with its own "whose moments" choice and its own reads.

    It follows the range the tab shows (show_span) and refreshes itself when moments or
    people change, so the tab only hands it the span.
    """

    def __init__(
        self, session: Session, thread: ChartThread, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            KEY,
            QCoreApplication.translate("Charts", "Being met"),
            catalogue.being_met,
            thread,
            parent,
        )
        self._session = session
        self._span: DaySpan | None = None
        self._pending: PendingRead[tuple[list[Person], BeingMetChart]] | None = None
        self.who_box = QComboBox(self)
        self.who_box.setAccessibleName(QCoreApplication.translate("Charts", "Whose moments"))
        self.who_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.header.insertWidget(1, self.who_box)
        self._fill_who([])  # the names come with the first read
        self.who_box.currentIndexChanged.connect(self._on_who_box_current_index_changed)
        session.changes.data_changed.connect(self._on_session_data_changed)

    @property
    def span(self) -> DaySpan | None:
        """The range drawn (the tab's)."""
        return self._span

    @property
    def pending(self) -> bool:
        """True while the chart's numbers are being read or drawn."""
        return (self._pending is not None and self._pending.pending) or self.view.busy

    def show_span(self, span: DaySpan) -> None:
        """Read and draw the chart for the tab's range."""
        self._span = span
        self.refresh()

    def refresh(self) -> None:
        """Offer everyone again and ask for the chart's numbers (answered on this thread)."""
        if self._span is None:
            return
        who = self.who_box.currentData()
        if self._pending is not None:
            self._pending.cancel()
        span, people, charts = self._span, self._session.people, self._session.charts
        person_id = who if isinstance(who, int) else None
        myself = who == _MYSELF

        def read() -> tuple[list[Person], BeingMetChart]:
            # The names are read on the worker too: the vault's one connection can be
            # busy there for a second (100,000 episodes), and the window must not wait.
            everyone = people.people()
            known = person_id is None or any(person.id == person_id for person in everyone)
            return everyone, charts.being_met(
                span, person_id=person_id if known else None, myself=myself
            )

        self._pending = self._session.reads.submit(
            read, receiver=self, on_done=self._on_read, on_failed=self._on_failed,
            priority=INTERACTIVE,
        )  # fmt: skip

    def _fill_who(self, everyone: list[Person]) -> None:
        current = self.who_box.currentData()
        self.who_box.blockSignals(True)
        self.who_box.clear()
        self.who_box.addItem(QCoreApplication.translate("Charts", "Everyone"), None)
        self.who_box.addItem(QCoreApplication.translate("Charts", "Myself"), _MYSELF)
        for person in everyone:
            self.who_box.addItem(person.name, person.id)
        self.who_box.setCurrentIndex(max(0, self.who_box.findData(current)))
        self.who_box.blockSignals(False)

    def _on_read(self, result: tuple[list[Person], BeingMetChart]) -> None:
        everyone, chart = result
        self._pending = None
        self._fill_who(everyone)
        if chart.is_empty or self._span is None:
            self.show_empty()
        else:
            self.show_chart(chart, self._span, being_met_summary(chart, self.who_box.currentText()))

    def _on_failed(self, _reason: str) -> None:
        self._pending = None
        self.status_message.emit(
            QCoreApplication.translate("Charts", "The charts could not be read from the vault.")
        )

    @Slot(int)
    def _on_who_box_current_index_changed(self, _index: int) -> None:
        self.refresh()

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & (Change.MOMENT | Change.PERSON):
            self.refresh()
