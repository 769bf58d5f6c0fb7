"""One practice for two weeks, as a panel: choose and start, the days so far, the review.

It depends on no tab, so any page can hold it (narrow column or wide), and it refreshes
itself off the GUI thread when a plan, or anything that fills its days, changes.

Signals:
    status_message(text): a short confirmation for the status bar ("Plan started").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.changes import Change
from healer.domain.errors import HealerError, ValidationError
from healer.domain.practice_plan import (
    EARLIEST_START_BACK,
    LATEST_START_AHEAD,
    PlanProgress,
)
from healer.services.background import PendingRead
from healer.services.practice_plans import PLAN_SOURCES, PlanOverview
from healer.services.session import Session
from healer.ui.practice_plan.choose import PracticeCombo
from healer.ui.practice_plan.past_dialog import PastPlansDialog
from healer.ui.practice_plan.strip import PlanStrip
from healer.ui.practice_plan.words import (
    come_back_text,
    days_description,
    practice_name,
    review_paragraphs,
    so_far_text,
    where_text,
)


def _label(parent: QWidget, *, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


def _ask(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class PracticePlanPanel(QFrame):
    """The plan under way, or the choice of one; the review when its fourteen days are done."""

    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # Which local day it is, and in which zone days begin (None: this computer's).
        self.today: Callable[[], date] = date.today
        self.zone: tzinfo | None = None
        # Asked before a plan is set aside early; tests answer it themselves.
        self.confirm: Callable[[str, str], bool] = lambda title, text: _ask(self, title, text)
        self.overview: PlanOverview | None = None
        self._ticket: PendingRead[PlanOverview] | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("One practice for two weeks"))

        self.title = _label(self, bold=True)
        self.title.setText(self.tr("One practice for two weeks"))
        self.problem = _label(self)
        self.problem.hide()
        self.choose_page = self._build_choose_page()
        self.plan_page = self._build_plan_page()
        self.review_page = self._build_review_page()
        self.earlier_button = QPushButton(self.tr("Earlier p&lans…"), self)
        self.earlier_button.setAccessibleName(self.tr("Read earlier plans and their reviews"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        for page in (self.choose_page, self.plan_page, self.review_page):
            layout.addWidget(page)
            page.hide()  # the first overview decides which one shows
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addWidget(self.earlier_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.earlier_button.hide()

        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.did_it_button.toggled.connect(self._on_did_it_button_toggled)
        self.set_aside_button.clicked.connect(self._on_set_aside_button_clicked)
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        self.switch_button.clicked.connect(self._on_switch_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.earlier_button.clicked.connect(self._on_earlier_button_clicked)
        session.changes.data_changed.connect(self._on_session_data_changed)
        session.locked.connect(self._on_session_locked)
        self.refresh()

    # -- building ------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget(self)
        intro = _label(page)
        intro.setText(
            self.tr(
                "Pick one practice and give it two weeks before you judge it. Healer fills in"
                " the days it can see in your records; you mark the rest yourself."
            )
        )
        self.practice_combo = PracticeCombo(page)
        self.practice_combo.setAccessibleName(self.tr("Practice for the two weeks"))
        self.first_day_edit = QDateEdit(page)
        self.first_day_edit.setCalendarPopup(True)
        self.first_day_edit.setDisplayFormat(
            self.tr("dddd d MMMM yyyy", "date format: weekday day month year")
        )
        self.first_day_edit.setAccessibleName(self.tr("First day of the plan"))
        self.start_button = QPushButton(self.tr("&Start the two weeks"), page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Practi&ce:"), self.practice_combo)
        form.addRow(self.tr("Fi&rst day:"), self.first_day_edit)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.start_button)
        return page

    def _build_plan_page(self) -> QWidget:
        page = QWidget(self)
        self.plan_name = _label(page)
        self.where_label = _label(page)
        self.strip = PlanStrip(page)
        self.strip.setAccessibleName(self.tr("The fourteen days of the plan"))
        self.so_far_label = _label(page)
        self.seen_today_label = _label(page)
        self.seen_today_label.setText(self.tr("Healer saw it in your records today."))
        self.did_it_button = QPushButton(self.tr("I did it t&oday"), page)
        self.did_it_button.setCheckable(True)
        self.did_it_button.setAccessibleName(self.tr("I did it today"))
        self.did_it_button.setToolTip(
            self.tr("For what Healer cannot see, such as a practice done away from the app.")
        )
        self.come_back_label = _label(page)
        self.come_back_label.setText(come_back_text())
        self.set_aside_button = QPushButton(self.tr("Set this plan &aside…"), page)
        self.set_aside_button.setFlat(True)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for widget in (self.plan_name, self.where_label, self.strip, self.so_far_label):
            column.addWidget(widget)
        column.addWidget(self.seen_today_label)
        row = QHBoxLayout()
        row.addWidget(self.did_it_button)
        row.addStretch(1)
        row.addWidget(self.set_aside_button)
        column.addLayout(row)
        column.addWidget(self.come_back_label)
        return page

    def _build_review_page(self) -> QWidget:
        page = QWidget(self)
        self.review_heading = _label(page)
        self.review_strip = PlanStrip(page)
        self.review_strip.setAccessibleName(self.tr("The fourteen days of the plan"))
        self.review_text = _label(page)
        self.review_text.setAccessibleName(self.tr("Your review"))
        question = _label(page)
        question.setText(self.tr("What would you like to do now?"))
        self.keep_button = QPushButton(self.tr("&Keep going for two more weeks"), page)
        self.switch_combo = PracticeCombo(page)
        self.switch_combo.setAccessibleName(self.tr("Practice to switch to"))
        self.switch_button = QPushButton(self.tr("S&witch"), page)
        self.switch_button.setAccessibleName(self.tr("Switch to the practice chosen"))
        self.stop_button = QPushButton(self.tr("Sto&p here"), page)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for widget in (self.review_heading, self.review_strip, self.review_text, question):
            column.addWidget(widget)
        column.addWidget(self.keep_button)
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.switch_combo, 1)
        switch_row.addWidget(self.switch_button)
        column.addLayout(switch_row)
        column.addWidget(self.stop_button)
        return page

    # -- the API a page uses -------------------------------------------------

    def refresh(self) -> None:
        """Ask for the plans as of today; the panel updates when they arrive."""
        if not self._session.is_open:
            return
        if self._ticket is not None:
            self._ticket.cancel()  # only the newest answer is worth showing
        self._ticket = self._session.practice_plans.request_overview(
            self.today(), receiver=self, on_done=self.show_overview, zone=self.zone
        )

    def show_overview(self, overview: PlanOverview) -> None:
        """Show the plan under way (or its review, or the choice of one) and earlier plans."""
        previous, self.overview = self.overview, overview
        current = overview.current
        self.earlier_button.setVisible(bool(overview.past))
        self.choose_page.setVisible(current is None)
        self.plan_page.setVisible(current is not None and not current.review_due)
        self.review_page.setVisible(current is not None and current.review_due)
        if current is None:
            # A refresh while the person is choosing keeps the day they picked.
            fresh = (
                previous is None or previous.current is not None or previous.today != overview.today
            )
            self._show_choice(overview.today, fresh)
        elif current.review_due:
            self._show_review(current)
        else:
            self._show_plan(current, overview.today)

    def _show_choice(self, today: date, fresh: bool) -> None:
        self.first_day_edit.setDateRange(
            _qdate(today - timedelta(days=EARLIEST_START_BACK)),
            _qdate(today + timedelta(days=LATEST_START_AHEAD)),
        )
        if fresh:
            self.first_day_edit.setDate(_qdate(today))

    def _show_plan(self, state: PlanProgress, today: date) -> None:
        name = practice_name(state.plan.practice)
        self.plan_name.setText(self.tr("Your practice: %1").replace("%1", name))
        self.where_label.setText(where_text(state, today))
        self.strip.set_days(state.days, days_description(state))
        self.so_far_label.setText(so_far_text(state))
        today_day = next((day for day in state.days if day.today), None)
        seen = today_day is not None and today_day.seen
        self.seen_today_label.setVisible(seen)
        self.did_it_button.setVisible(today_day is not None and not seen)
        self.did_it_button.blockSignals(True)
        self.did_it_button.setChecked(today_day is not None and today_day.marked)
        self.did_it_button.blockSignals(False)
        missed = any(day.begun and not day.done and not day.today for day in state.days)
        self.come_back_label.setVisible(missed)

    def _show_review(self, state: PlanProgress) -> None:
        name = practice_name(state.plan.practice)
        self.review_heading.setText(self.tr("Your two weeks with %1").replace("%1", name))
        self.review_strip.set_days(state.days, days_description(state))
        self.review_text.setText("\n\n".join(review_paragraphs(state)))
        self.switch_combo.leave_out(state.plan.practice)

    def past_dialog(self) -> PastPlansDialog:
        """The earlier plans, readable (not shown; the button shows it)."""
        past = self.overview.past if self.overview is not None else ()
        return PastPlansDialog(past, self)

    # -- acting ----------------------------------------------------------------

    def _act(self, work: Callable[[], object], done: str) -> None:
        """Run one write; a refusal is said calmly in the panel and nothing changes."""
        try:
            work()
        except ValidationError as error:
            # The only field a person picks here is the first day; say its rule in words.
            chosen = self.first_day_edit.date()
            if (
                error.field == "first_day"
                and chosen.toJulianDay() > _qdate(self.today()).toJulianDay()
            ):
                text = self.tr(
                    "The first day can be at most %n days ahead.", "", LATEST_START_AHEAD
                )
            elif error.field == "first_day":
                text = self.tr(
                    "The first day can be at most %n days ago, so the plan is under way.",
                    "",
                    EARLIEST_START_BACK,
                )
            else:
                text = self.tr("This plan can't be saved: %1").replace("%1", str(error))
            self.problem.setText(text)
            self.problem.show()
            return
        except HealerError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.problem.hide()
        self.status_message.emit(done)

    def _current_id(self) -> int | None:
        current = self.overview.current if self.overview is not None else None
        return None if current is None else current.plan.id

    @Slot()
    def _on_start_button_clicked(self) -> None:
        chosen = self.first_day_edit.date()
        first_day = date(chosen.year(), chosen.month(), chosen.day())
        practice = self.practice_combo.practice()
        plans = self._session.practice_plans
        self._act(
            lambda: plans.start(practice, first_day, self.today()),
            self.tr("Plan started. Two weeks, one practice."),
        )

    @Slot(bool)
    def _on_did_it_button_toggled(self, checked: bool) -> None:
        plan_id = self._current_id()
        if plan_id is None or self.overview is None:
            return
        if self.overview.today != self.today():
            # Past midnight, the button still showed yesterday: show today first.
            self.did_it_button.blockSignals(True)
            self.did_it_button.setChecked(not checked)
            self.did_it_button.blockSignals(False)
            self.refresh()
            return
        plans = self._session.practice_plans
        self._act(
            lambda: plans.set_did_it(plan_id, self.today(), checked),
            self.tr("Marked for today.") if checked else self.tr("Today's mark taken back."),
        )

    @Slot()
    def _on_set_aside_button_clicked(self) -> None:
        plan_id = self._current_id()
        if plan_id is None or not self.confirm(
            self.tr("Set this plan aside?"),
            self.tr("Its days stay readable under Earlier plans, and you can start another."),
        ):
            return
        plans = self._session.practice_plans
        self._act(lambda: plans.stop(plan_id, self.today()), self.tr("Plan set aside."))

    @Slot()
    def _on_keep_button_clicked(self) -> None:
        plan_id = self._current_id()
        if plan_id is not None:
            plans = self._session.practice_plans
            self._act(
                lambda: plans.keep_going(plan_id, self.today()),
                self.tr("Two more weeks, starting today."),
            )

    @Slot()
    def _on_switch_button_clicked(self) -> None:
        plan_id = self._current_id()
        if plan_id is not None and self.switch_combo.count():
            practice = self.switch_combo.practice()
            plans = self._session.practice_plans
            self._act(
                lambda: plans.switch(plan_id, practice, self.today()),
                self.tr("A new two weeks with %1.").replace("%1", practice_name(practice)),
            )

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        plan_id = self._current_id()
        if plan_id is not None:
            plans = self._session.practice_plans
            self._act(lambda: plans.stop(plan_id, self.today()), self.tr("The plan has ended."))

    @Slot()
    def _on_earlier_button_clicked(self) -> None:
        self.past_dialog().exec()

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & PLAN_SOURCES:
            self.refresh()

    @Slot()
    def _on_session_locked(self) -> None:
        if self._ticket is not None:
            self._ticket.cancel()
        self.overview = None
        for page in (self.choose_page, self.plan_page, self.review_page):
            page.hide()
        self.earlier_button.hide()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again on another day (left open overnight): read the days afresh."""
        super().showEvent(event)
        if self.overview is not None and self.overview.today != self.today():
            self.refresh()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
