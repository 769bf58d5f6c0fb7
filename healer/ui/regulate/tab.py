"""The regulate tab: calm the body first — the breathing pacer and four other practices.

Below the practices, the saved practice history and the two-week plan (one practice for
two weeks) each take the page's place when chosen.

Signals:
    status_message(text): a short confirmation for the status bar ("Practice saved").
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.services.session import Session
from healer.ui.common.practice_texts import practice_texts
from healer.ui.practice_plan.panel import PracticePlanPanel
from healer.ui.regulate.cards import BilateralCard, OrientingCard
from healer.ui.regulate.history_page import PracticeHistoryPage
from healer.ui.regulate.pacer_controller import PacerState
from healer.ui.regulate.pacer_page import PacerPage
from healer.ui.regulate.practice_card import PracticeCard
from healer.ui.regulate.record_panel import RecordPanel
from healer.ui.settings import REDUCED_MOTION

LIST_WIDTH = 210
PLAN_WIDTH = 560


class RegulateTab(QWidget):
    """Hosted by the main window; the pacer is the first thing shown."""

    status_message = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._undo_stack = QUndoStack(self)
        texts = practice_texts()

        self.practice_list = QListWidget(self)
        self.practice_list.setAccessibleName(self.tr("Practices"))
        self.practice_list.setFixedWidth(LIST_WIDTH)
        self.practice_list.setFrameShape(QListWidget.Shape.NoFrame)
        self.practice_list.setSpacing(2)
        # A quiet list on the window colour, rounded selection: calm, not a spreadsheet.
        self.practice_list.setStyleSheet(
            "QListWidget { background: transparent; outline: 0; show-decoration-selected: 1; }"
            "QListWidget::item { padding: 8px 12px; border-radius: 8px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget(self)

        self.pacer_page = PacerPage(clock, self)
        self.cards: dict[PracticeKind, PracticeCard] = {
            PracticeKind.COLD_WATER: PracticeCard(
                PracticeKind.COLD_WATER,
                texts[PracticeKind.COLD_WATER],
                default_minutes=1,
                clock=clock,
            ),
            PracticeKind.BILATERAL: BilateralCard(texts[PracticeKind.BILATERAL], clock),
            PracticeKind.ORIENTING: OrientingCard(texts[PracticeKind.ORIENTING], clock),
            PracticeKind.WEIGHTED_CONTACT: PracticeCard(
                PracticeKind.WEIGHTED_CONTACT,
                texts[PracticeKind.WEIGHTED_CONTACT],
                default_minutes=3,
                clock=clock,
            ),
        }
        self._add_page(PracticeKind.BREATHING, texts[PracticeKind.BREATHING].title, self.pacer_page)
        for kind, card in self.cards.items():
            self._add_page(kind, texts[kind].title, self._centred(card))
        # The saved practices sit apart from the practices themselves, below their list.
        self.history_page = PracticeHistoryPage(session, self)
        self.stack.addWidget(self.history_page)
        self.history_button = QPushButton(self.tr("Practice &history"), self)
        self.history_button.setAccessibleName(self.tr("Show the practices you saved"))
        self.history_button.setCheckable(True)
        self.history_button.setFixedWidth(LIST_WIDTH)
        self._add_plan_page(session)

        self.record_panel = RecordPanel(session, self)

        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.stack, 1)
        right.addWidget(_FollowingScroll(self.record_panel, self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(18)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.practice_list, 1)
        left.addWidget(self.history_button)
        left.addWidget(self.plan_button)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        self.practice_list.currentRowChanged.connect(self._on_practice_list_current_row_changed)
        self.history_button.toggled.connect(self._on_history_button_toggled)
        self.pacer_page.run_ended.connect(self._on_practice_run_ended)
        for card in self.cards.values():
            card.run_ended.connect(self._on_card_run_ended)
        self.record_panel.saved.connect(self._on_record_panel_saved)
        self.record_panel.dismissed.connect(self._on_record_panel_dismissed)
        self.record_panel.problem.connect(self.status_message)
        session.locked.connect(self._on_session_locked)
        self.practice_list.setCurrentRow(0)

    def _add_plan_page(self, session: Session) -> None:
        # One practice for two weeks: the shared panel, as a page of its own.
        self.plan_panel = PracticePlanPanel(session, self)
        self.plan_page = _plan_page(self.plan_panel, self)
        self.stack.addWidget(self.plan_page)
        self.plan_button = QPushButton(self.tr("Two-week pla&n"), self)
        self.plan_button.setAccessibleName(self.tr("Show your two-week plan"))
        self.plan_button.setCheckable(True)
        self.plan_button.setFixedWidth(LIST_WIDTH)
        self.plan_button.toggled.connect(self._on_plan_button_toggled)
        self.plan_panel.status_message.connect(self.status_message)

    def _add_page(self, kind: PracticeKind, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title, self.practice_list)
        item.setData(Qt.ItemDataRole.UserRole, kind.value)
        item.setSizeHint(
            item.sizeHint().expandedTo(self.fontMetrics().boundingRect("Ag").size() * 2)
        )
        self.stack.addWidget(page)

    def _centred(self, card: PracticeCard) -> QScrollArea:
        # The card keeps its natural height, a little above the middle, with air around it.
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(8, 8, 8, 8)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setAccessibleName(card.accessibleName())
        return scroll

    # -- the API the main window uses --------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        """Nothing here is undoable yet; the stack stays empty."""
        return self._undo_stack

    def save_drafts(self) -> None:
        """Nothing typed here is a draft: an unsaved practice is simply not kept."""

    def show_practice(self, kind: PracticeKind) -> None:
        """Bring one practice forward."""
        for row in range(self.practice_list.count()):
            if self.practice_list.item(row).data(Qt.ItemDataRole.UserRole) == kind.value:
                self.practice_list.setCurrentRow(row)
                return

    def apply_preferences(self) -> None:
        """Preferences changed: the pacer's reduce-motion box follows the stored choice."""
        self.pacer_page.motion_check.setChecked(REDUCED_MOTION.read())

    def activity_running(self) -> bool:
        """True while breathing (even paused) or a practice is under way: no idle lock."""
        pacer = self.pacer_page.controller.state
        return pacer in (PacerState.RUNNING, PacerState.PAUSED) or any(
            card.is_running for card in self.cards.values()
        )

    def show_history(self) -> None:
        """The saved practices, in place of the practice shown."""
        self.stack.setCurrentWidget(self.history_page)
        self.history_button.setChecked(True)

    def show_plan(self) -> None:
        """The two-week plan, in place of the practice shown."""
        self.stack.setCurrentWidget(self.plan_page)
        self.plan_button.setChecked(True)

    def show_pacer(self) -> None:
        """Ctrl+B: the pacer, ready for Space."""
        self.show_practice(PracticeKind.BREATHING)
        self.pacer_page.pacer.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_pacer_window(self) -> None:
        """The pacer in a window of its own, in front (asked for from above a dialog)."""
        self.show_practice(PracticeKind.BREATHING)
        self.pacer_page.show_in_window()

    # -- slots -------------------------------------------------------------

    @Slot(int)
    def _on_practice_list_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.history_button.setChecked(False)
            self.plan_button.setChecked(False)

    @Slot(bool)
    def _on_history_button_toggled(self, checked: bool) -> None:
        if checked:
            # No practice stays marked as shown: any click on one brings it back.
            self.practice_list.setCurrentRow(-1)
            self.plan_button.setChecked(False)
            self.stack.setCurrentWidget(self.history_page)
        elif self.stack.currentWidget() is self.history_page:
            self.practice_list.setCurrentRow(0)

    @Slot(bool)
    def _on_plan_button_toggled(self, checked: bool) -> None:
        if checked:
            self.practice_list.setCurrentRow(-1)
            self.history_button.setChecked(False)
            self.stack.setCurrentWidget(self.plan_page)
        elif self.stack.currentWidget() is self.plan_page:
            self.practice_list.setCurrentRow(0)

    @Slot(object)
    def _on_practice_run_ended(self, use: object) -> None:
        assert isinstance(use, PracticeUseInput)
        if self._session.is_open:
            self.record_panel.offer(use)

    @Slot(object, bool)
    def _on_card_run_ended(self, use: object, keep_words: bool) -> None:
        assert isinstance(use, PracticeUseInput)
        if self._session.is_open:
            self.record_panel.offer(use, keep_words=keep_words)

    @Slot(int)
    def _on_record_panel_saved(self, use_id: int) -> None:
        del use_id
        self.status_message.emit(self.tr("Practice saved. Thank you for looking after yourself."))
        self._on_record_panel_dismissed()

    @Slot()
    def _on_record_panel_dismissed(self) -> None:
        # The panel hid with the focus on its buttons: give it back to the practice shown.
        page = self.stack.currentWidget()
        target = self.pacer_page.pacer if page is self.pacer_page else page
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_session_locked(self) -> None:
        # Nothing typed may stay in memory, and nothing keeps animating behind the lock.
        self.pacer_page.stop_everything()
        for card in self.cards.values():
            card.halt()
            card.clear_private()
        self.record_panel.clear()


def _plan_page(panel: QWidget, parent: QWidget) -> QScrollArea:
    """The plan panel at a calm reading width, near the top, scrolling on a small screen."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(8, 8, 8, 8)
    row.addStretch(1)
    column = QVBoxLayout()
    column.addWidget(panel)
    column.addStretch(1)
    panel.setMaximumWidth(PLAN_WIDTH)
    row.addLayout(column, 6)
    row.addStretch(1)
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(holder)
    scroll.setAccessibleName(panel.accessibleName())
    return scroll


class _FollowingScroll(QScrollArea):
    """Holds the save panel and shows or hides with it, scrolling on a small screen.

    The panel under the pacer would otherwise add its full height to the window's minimum
    (648 px with both), more than a 640-px laptop screen has.
    """

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        hidden = panel.isHidden()
        self.setWidget(panel)  # which shows the panel: hide it again until it is offered
        panel.setHidden(hidden)
        self.setVisible(not hidden)
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the panel: shown when it is offered, gone when it is saved or dismissed."""
        # The *ToParent events come even while this area is hidden (plain Show does not).
        kind = event.type()
        if kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent) and (
            watched is self.widget()
        ):
            self.setVisible(kind == QEvent.Type.ShowToParent)
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        """As tall as the panel, so it needs no scrolling where there is room."""
        inner = self.widget()
        return inner.sizeHint() if inner is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        """Low enough for a 600-px window; the panel scrolls below that."""
        return QSize(super().minimumSizeHint().width(), 96)
