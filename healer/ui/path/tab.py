"""The path page, the first tab: the six steps at a glance, the goal, and the long view.

For an empty vault it is the welcome (what Healer is, the order, one first action); with
data it is the overview. Every count comes from one background read (session.path),
asked again whenever the vault changes.

Signals:
    tab_requested(key): show that tab (a step's or a pathway's button).
    new_entry_requested(): open a new activation entry (the welcome's first action).
    pacer_requested(own_window): open the breathing pacer (for someone activated now).
    status_message(text): a short word for the status bar (from the two-week plan panel).

The "one practice for two weeks" panel sits beside the opening words, and step 1 shows
the person's plan under each of their top triggers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from healer.domain.category import TriggerPlan
from healer.domain.changes import Change
from healer.domain.path import PathStep, PathView
from healer.services.background import PendingRead
from healer.services.session import Session
from healer.ui.common.fit import scrolling
from healer.ui.common.formatting import shortened
from healer.ui.path.step_card import StepCard
from healer.ui.path.texts import long_view_text, standing, step_texts
from healer.ui.practice_plan.panel import PracticePlanPanel

# Wider than this, the six cards sit three to a row; narrower, two.
THREE_COLUMNS_FROM = 900


class PathTab(QWidget):
    """Where the person stands on the roadmap, hosted by the main window as the first tab."""

    tab_requested = Signal(str)
    new_entry_requested = Signal()
    pacer_requested = Signal(bool)
    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pending: PendingRead[PathView] | None = None
        # Each top trigger's plan, by category name; read with the standings.
        self._trigger_plans: dict[str, str] = {}
        self._plans_pending: PendingRead[list[TriggerPlan]] | None = None
        self.view: PathView | None = None
        self._columns = 0
        content = QWidget(self)
        self._page = QVBoxLayout(content)
        self._page.setContentsMargins(24, 18, 24, 18)
        self._page.setSpacing(12)
        self._build_header(content)
        self.steps: dict[PathStep, StepCard] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        for number, (step, text) in enumerate(step_texts().items(), start=1):
            card = StepCard(number, text, content)
            card.open_requested.connect(self.tab_requested)
            self.steps[step] = card
        self._page.addLayout(self._grid)
        self._page.addStretch(1)
        self._lay_out_cards(3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scrolling(content, self)
        outer.addWidget(self.scroll_area)
        self._set_welcome(True)
        self.plan_panel.status_message.connect(self.status_message)
        session.locked.connect(self._on_session_locked)
        session.changes.data_changed.connect(self._on_changes_data_changed)
        self.refresh()

    # -- building ----------------------------------------------------------

    def _build_header(self, content: QWidget) -> None:
        top = QHBoxLayout()
        top.setSpacing(18)
        words = QVBoxLayout()
        words.setSpacing(8)
        self.title = QLabel(content)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        # Body first, always in reach: for someone whose alarm is going off right now.
        self.breathe = QPushButton(
            QCoreApplication.translate("path", "Alarm loud right now? Breathe first"), content
        )
        self.breathe.setAccessibleName(
            QCoreApplication.translate("path", "Open the breathing pacer")
        )
        self.breathe.setFlat(True)
        self.breathe.clicked.connect(self._on_breathe_clicked)
        title_row.addWidget(self.breathe, 0, Qt.AlignmentFlag.AlignTop)
        words.addLayout(title_row)
        self.lead = QLabel(content)
        self.lead.setWordWrap(True)
        words.addWidget(self.lead)
        self.long_view = QLabel(content)
        self.long_view.setWordWrap(True)
        self.long_view.setAccessibleName(QCoreApplication.translate("path", "Time on the path"))
        words.addWidget(self.long_view)
        self.first_action = QPushButton(
            QCoreApplication.translate("path", "Write down the last time the alarm went off"),
            content,
        )
        self.first_action.setAccessibleName(
            QCoreApplication.translate("path", "Write your first entry")
        )
        self.first_action.setDefault(True)
        self.first_action.clicked.connect(self.new_entry_requested)
        words.addWidget(self.first_action, 0, Qt.AlignmentFlag.AlignLeft)
        self._build_goal(content, words)
        words.addStretch(1)
        top.addLayout(words, 3)
        # One practice for two weeks, the same panel as in Regulate, beside the opening words.
        self.plan_panel = PracticePlanPanel(self._session, content)
        top.addWidget(self.plan_panel, 2, Qt.AlignmentFlag.AlignTop)
        self._page.addLayout(top)

    def _build_goal(self, content: QWidget, words: QVBoxLayout) -> None:
        self.goal = QLabel(
            QCoreApplication.translate(
                "path",
                "What it is all for: feeling steady inside, whatever the other person does."
                " Healer helps along three pathways:",
            ),
            content,
        )
        self.goal.setWordWrap(True)
        words.addWidget(self.goal)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.pathways: dict[str, QPushButton] = {}
        for name, key, tip in (
            (
                QCoreApplication.translate("path", "Knowing yourself"),
                "journal",
                QCoreApplication.translate("path", "Your triggers and patterns, in the log"),
            ),
            (
                QCoreApplication.translate("path", "Soothing yourself"),
                "regulate",
                QCoreApplication.translate("path", "Calming the body, in Regulate"),
            ),
            (
                QCoreApplication.translate("path", "Trusting yourself"),
                "parts",
                QCoreApplication.translate("path", "Answering the young part, in Parts"),
            ),
        ):
            button = QPushButton(
                QCoreApplication.translate("path", "%1  →", "a pathway's button").replace(
                    "%1", name
                ),
                content,
            )
            button.setToolTip(tip)
            accessible = QCoreApplication.translate("path", "%1: %2", "a pathway: where it leads")
            button.setAccessibleName(accessible.replace("%2", tip).replace("%1", name))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, k=key: self.tab_requested.emit(k))
            self.pathways[key] = button
            row.addWidget(button)
        row.addStretch(1)
        words.addLayout(row)

    def _lay_out_cards(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.steps.values():
            self._grid.removeWidget(card)
        for index, card in enumerate(self.steps.values()):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Three cards to a row on a wide window, two on a narrow one."""
        super().resizeEvent(event)
        self._lay_out_cards(3 if self.width() >= THREE_COLUMNS_FROM else 2)

    # -- data --------------------------------------------------------------

    @property
    def pending(self) -> bool:
        """True while the standings are being read."""
        return self._pending is not None and self._pending.pending

    def refresh(self) -> None:
        """Ask for the standings again; the answer replaces what is shown."""
        if not self._session.is_open:
            return
        if self._pending is not None:
            self._pending.cancel()
        self._pending = self._session.path.request_view(self, self._on_view_ready)
        if self._plans_pending is not None:
            self._plans_pending.cancel()
        self._plans_pending = self._session.journal.request_trigger_plans(
            self, self._on_trigger_plans
        )

    @Slot(object)
    def _on_changes_data_changed(self, change: Change) -> None:
        del change  # every kind of record feeds some step
        self.refresh()

    def _on_view_ready(self, view: PathView) -> None:
        self._pending = None
        self.view = view
        self._show_view(view)

    def _on_trigger_plans(self, plans: list[TriggerPlan]) -> None:
        self._plans_pending = None
        self._trigger_plans = {plan.category: plan.text for plan in plans}
        if self.view is not None:
            self._show_view(self.view)

    def _plan_line(self, category: str, parent: QWidget) -> QWidget | None:
        text = self._trigger_plans.get(category)
        if not text:
            return None
        label = QLabel(
            QCoreApplication.translate("path", "Your plan: %1").replace("%1", shortened(text)),
            parent,
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setIndent(24)
        label.setObjectName("path-trigger-plan")
        return label

    @Slot()
    def _on_session_locked(self) -> None:
        # A plan's words are the person's own: nothing of them stays behind a lock.
        self._trigger_plans = {}
        if self.view is not None:
            self._show_view(self.view)

    def _show_view(self, view: PathView) -> None:
        self._set_welcome(view.is_welcome)
        locale = QLocale()
        for step, card in self.steps.items():
            card.show_standing(standing(view, step, locale))
        self.steps[PathStep.TRIGGERS].show_triggers(view.map.top, self._plan_line)
        lines = long_view_text(view.long) if view.long is not None else []
        self.long_view.setText(" ".join(lines))
        self.long_view.setVisible(bool(lines))

    def _set_welcome(self, welcome: bool) -> None:
        if welcome:
            self.title.setText(QCoreApplication.translate("path", "Welcome to Healer"))
            self.lead.setText(
                QCoreApplication.translate(
                    "path",
                    "Healer is a private place to understand and calm the alarm that goes off"
                    " when someone close feels far away. Everything stays on this computer,"
                    " encrypted. The steps below go in an order: the body first, then"
                    " relationships, then thoughts. Begin by noticing what sets you off.",
                )
            )
        else:
            self.title.setText(QCoreApplication.translate("path", "Your path"))
            self.lead.setText(
                QCoreApplication.translate(
                    "path",
                    "The six steps, in order, and where you are on each. Any step is a way in.",
                )
            )
        self.first_action.setVisible(welcome)
        self.long_view.setVisible(not welcome and bool(self.long_view.text()))

    def _on_breathe_clicked(self) -> None:
        self.pacer_requested.emit(False)

    def focus_first_control(self) -> None:
        """Keyboard focus on the page's first action."""
        target = self.first_action if self.first_action.isVisible() else self.pathways["journal"]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
