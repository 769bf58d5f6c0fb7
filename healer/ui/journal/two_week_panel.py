"""The two-week map panel: days of the first (later: the last) fortnight tracked, and triggers.

Each leading trigger shows the person's plan for it (or an offer to write one); the plans
dialog opens from there and from "Plans for your triggers…".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.category import TriggerPlan
from healer.domain.changes import Change
from healer.domain.twoweek import (
    MIN_ACTIVATIONS_FOR_PATTERN,
    TOP_CATEGORIES,
    TRACKING_DAYS,
    TrackingFacts,
    TwoWeekMap,
    current_two_weeks,
)
from healer.services.background import PendingRead
from healer.services.journal import shown_category
from healer.services.session import Session
from healer.ui.journal.day_strip import DayStrip
from healer.ui.journal.plan_line import PlanLine

if TYPE_CHECKING:  # loaded when first opened
    from healer.ui.journal.plans_dialog import TriggerPlansDialog

# The panel is narrow: a plan is recalled in a few words; the dialog holds all of it.
PANEL_PLAN_CHARS = 90


class TwoWeekPanel(QFrame):
    """A small, calm summary that refreshes itself (off the GUI thread) when entries change."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # Which local day it is; the window moves on from the first fortnight by this.
        self.today: Callable[[], date] = date.today
        self._ticket: PendingRead[TrackingFacts] | None = None
        self._plans_ticket: PendingRead[list[TriggerPlan]] | None = None
        self.plans: dict[str, str] = {}
        self.current: TwoWeekMap | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Your first two weeks"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(8)
        self.title = QLabel(self.tr("Your first two weeks"), self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # a longer language needs two lines in this narrow panel
        layout.addWidget(self.title)
        self.days_label = QLabel(self)
        self.days_label.setWordWrap(True)
        layout.addWidget(self.days_label)
        self.day_strip = DayStrip(self)
        self.day_strip.setAccessibleName(self.tr("Days with entries"))
        layout.addWidget(self.day_strip)
        layout.addSpacing(8)

        self.pattern_title = QLabel(self.tr("What sets the alarm off most"), self)
        self.pattern_title.setFont(font)
        self.pattern_title.setWordWrap(True)
        layout.addWidget(self.pattern_title)
        self.pattern_note = QLabel(self)
        self.pattern_note.setWordWrap(True)
        layout.addWidget(self.pattern_note)
        layout.addLayout(self._build_top_rows())
        layout.addSpacing(4)
        self.plans_button = QPushButton(self.tr("Plans for your &triggers…"), self)
        self.plans_button.setAccessibleName(self.tr("Plans for your triggers"))
        self.plans_button.setAutoDefault(False)
        self.plans_button.clicked.connect(self._on_plans_button_clicked)
        layout.addWidget(self.plans_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        session.changes.data_changed.connect(self._on_session_data_changed)
        session.locked.connect(self._on_session_locked)
        self.show_map(current_two_weeks(TrackingFacts(None, (), {}), self.today()))

    def _build_top_rows(self) -> QVBoxLayout:
        # One column of rows, not a grid: a grid gives a wrapped line spanning two columns
        # the height of one line, and a longer language hides the plan's link.
        rows = QVBoxLayout()
        rows.setSpacing(4)
        self.top_names: list[QLabel] = []
        self.top_shares: list[QLabel] = []
        self.top_bars: list[QProgressBar] = []
        self.top_plans: list[PlanLine] = []
        for _place in range(TOP_CATEGORIES):
            name = QLabel(self)
            share = QLabel(self)
            bar = QProgressBar(self)
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            bar.setFixedHeight(6)
            plan = PlanLine(self, shown_chars=PANEL_PLAN_CHARS)
            plan.setContentsMargins(0, 0, 0, 6)  # a little air before the next trigger
            plan.plan_requested.connect(self._on_plan_requested)
            heading = QHBoxLayout()
            heading.setSpacing(8)
            heading.addWidget(name, 1)
            heading.addWidget(share)
            rows.addLayout(heading)
            rows.addWidget(bar)
            rows.addWidget(plan)
            self.top_names.append(name)
            self.top_shares.append(share)
            self.top_bars.append(bar)
            self.top_plans.append(plan)
        return rows

    def refresh(self) -> None:
        """Ask for fresh facts; the panel updates when they arrive."""
        if self._session.is_open:
            if self._ticket is not None:
                self._ticket.cancel()  # only the newest facts are worth showing
            self._ticket = self._session.journal.request_tracking_facts(self, self._on_facts_read)
            if self._plans_ticket is not None:
                self._plans_ticket.cancel()
            self._plans_ticket = self._session.journal.request_trigger_plans(
                self, self._on_plans_read
            )

    def open_plans(self, category: str = "") -> TriggerPlansDialog:
        """Open the plans dialog, on one category's plan when given."""
        from healer.ui.journal.plans_dialog import TriggerPlansDialog  # noqa: PLC0415

        dialog = TriggerPlansDialog(self._session, self, category=category)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_map(self, summary: TwoWeekMap) -> None:
        """Show a computed map."""
        self.current = summary
        if summary.first_day is None:
            self.days_label.setText(
                self.tr("Log each activation for two weeks, and a pattern will start to show.")
            )
        elif summary.latest:
            self.days_label.setText(
                self.tr(
                    "Your first two weeks are behind you; this shows the last %1 days."
                    " %n of them have an entry.",
                    "",
                    summary.days_covered,
                ).replace("%1", self.locale().toString(TRACKING_DAYS))
            )
        else:
            self.days_label.setText(
                self.tr("%n of %1 days have an entry so far.", "", summary.days_covered).replace(
                    "%1", self.locale().toString(TRACKING_DAYS)
                )
            )
        title = self.tr("Your first two weeks")
        if summary.latest:
            title = self.tr("Your last two weeks")
        self.title.setText(title)
        self.setAccessibleName(title)
        self.day_strip.set_days(summary.covered, summary.days_elapsed)
        self.day_strip.setAccessibleDescription(self.days_label.text())
        if summary.has_pattern:
            self.pattern_note.setText(
                self.tr("Together these three are behind %1 % of your activations.").replace(
                    "%1", self.locale().toString(round(summary.top_share * 100))
                )
            )
        else:
            still = max(0, MIN_ACTIVATIONS_FOR_PATTERN - summary.total)
            self.pattern_note.setText(
                self.tr("After %n more entries, the most common triggers appear here.", "", still)
            )
        for place in range(TOP_CATEGORIES):
            item = summary.top[place] if place < len(summary.top) else None
            visible = item is not None
            self.top_names[place].setVisible(visible)
            self.top_shares[place].setVisible(visible)
            self.top_bars[place].setVisible(visible)
            self.top_plans[place].show_plan(
                item.name if item else None, self.plans.get(item.name, "") if item else ""
            )
            if item is None:
                continue
            percent = round(item.share * 100)
            self.top_names[place].setText(shown_category(item.name))
            self.top_shares[place].setText(
                self.tr("%1 %").replace("%1", self.locale().toString(percent))
            )
            self.top_bars[place].setValue(percent)
            self.top_bars[place].setAccessibleName(
                self.tr("%1: %2 % of activations")
                .replace("%1", shown_category(item.name))
                .replace("%2", self.locale().toString(percent))
            )
        # Wrapped lines may need more height at the same width, which no size hint says: ask
        # the scroll area holding the panel to measure it again.
        self.updateGeometry()

    def _on_plans_read(self, plans: list[TriggerPlan]) -> None:
        self._plans_ticket = None
        self.plans = {plan.category: plan.text for plan in plans}
        if self.current is not None:
            self.show_map(self.current)

    @Slot(str)
    def _on_plan_requested(self, category: str) -> None:
        self.open_plans(category)

    @Slot()
    def _on_plans_button_clicked(self) -> None:
        self.open_plans()

    def _on_facts_read(self, facts: TrackingFacts) -> None:
        self._ticket = None
        self.show_map(current_two_weeks(facts, self.today()))

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & (Change.ACTIVATION | Change.CATEGORY):
            self.refresh()

    @Slot()
    def _on_session_locked(self) -> None:
        self._ticket = None
        self._plans_ticket = None
        self.plans = {}
        self.show_map(current_two_weeks(TrackingFacts(None, (), {}), self.today()))
