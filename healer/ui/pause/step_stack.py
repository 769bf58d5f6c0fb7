"""The pause tab's six step pages in one stack, and how each step of a run is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from healer.domain.activation import Activation, ActivationQuery
from healer.domain.errors import HealerError
from healer.domain.pause import PauseMachine, PausePhase, PausePreferences
from healer.services.session import Session
from healer.ui.pause.done_page import DonePage
from healer.ui.pause.naming_page import NamingPage
from healer.ui.pause.need_page import NeedPage
from healer.ui.pause.notify import EndNotice
from healer.ui.pause.reassess_page import ReassessPage
from healer.ui.pause.start_page import StartPage
from healer.ui.pause.texts import default_naming_statement
from healer.ui.pause.waiting_page import WaitingPage
from healer.ui.settings import PAUSE_MINUTES

IDLE = "idle"


class PauseStepStack(QWidget):
    """Shows the step a run is at; PauseTab moves the run on and keeps it in the vault."""

    status_message = Signal(str)
    tab_badge = Signal(str)
    phase_changed = Signal(str)
    check_in_requested = Signal()

    _machine: PauseMachine | None
    _ended_while_away: bool
    timer: QTimer

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._badge = ""
        self.notice = EndNotice(self)
        self.notice.desktop.action_invoked.connect(self._on_desktop_action_invoked)
        self.setAccessibleName(self.tr("20-minute pause"))

        self.start_page = StartPage(self)
        self.naming_page = NamingPage(self)
        self.waiting_page = WaitingPage(self)
        self.reassess_page = ReassessPage(self)
        self.need_page = NeedPage(self)
        self.done_page = DonePage(self)
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Steps of the pause"))
        for page in (
            self.start_page,
            self.naming_page,
            self.waiting_page,
            self.reassess_page,
            self.need_page,
            self.done_page,
        ):
            self.stack.addWidget(page)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def refresh(self) -> None:
        """Map "now" onto the run shown (PauseTab's own)."""
        raise NotImplementedError

    # -- showing a step ------------------------------------------------------------

    def _show_idle(self) -> None:
        self.timer.stop()
        self.start_page.minutes_spin.blockSignals(True)
        self.start_page.minutes_spin.setValue(PAUSE_MINUTES.read())
        self.start_page.minutes_spin.blockSignals(False)
        self.start_page.show_count(self._completed())
        self.stack.setCurrentWidget(self.start_page)
        self._set_badge("")
        self.phase_changed.emit(IDLE)

    def _show_phase(self) -> None:
        machine = self._machine
        if machine is None:
            self._show_idle()
            return
        phase = machine.phase
        record = machine.record
        if phase is PausePhase.NAMING:
            preferences = self._preferences()
            self.naming_page.fill(
                preferences.naming_statement or default_naming_statement(),
                self._open_episodes(),
                record.planned_seconds // 60,
                record.activation_id,
            )
            self.stack.setCurrentWidget(self.naming_page)
            self.naming_page.statement_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif phase in (PausePhase.WAITING, PausePhase.PAUSED):
            self.waiting_page.statement_label.setText(record.naming_statement)
            self.waiting_page.show_distractions(self._preferences().distractions)
            self.waiting_page.show_paused(phase is PausePhase.PAUSED)
            self.stack.setCurrentWidget(self.waiting_page)
            self.timer.start()
            self.refresh()
        elif phase is PausePhase.REASSESS:
            self.timer.stop()
            self.reassess_page.reset(
                linked=record.activation_id is not None,
                ended_while_away=self._ended_while_away,
            )
            self.stack.setCurrentWidget(self.reassess_page)
            self._set_badge(self.tr("time to check in"))
        elif phase is PausePhase.NEED:
            self.need_page.draft_edit.blockSignals(True)
            self.need_page.reset(record.need_draft, round(record.banked_seconds / 60))
            self.need_page.draft_edit.blockSignals(False)
            self.stack.setCurrentWidget(self.need_page)
        self.phase_changed.emit(phase.value)

    def _set_badge(self, text: str) -> None:
        if text != self._badge:
            self._badge = text
            self.tab_badge.emit(text)

    def _announce_end(self) -> None:
        text = self.tr("Your pause is over. Come back to Healer when you're ready.")
        self.status_message.emit(text)
        self.notice.alert()
        window = self.window()
        if not self.isVisible() or not window.isActiveWindow() or window.isMinimized():
            self.notice.show(
                self.tr("Your pause is over"), self.tr("Come back to Healer when you're ready.")
            )
        if not self.isVisible():  # on another tab: the check-in would wait unseen
            self.notice.show_in_app(text, self._on_notice_check_in)

    def showEvent(self, event: QShowEvent) -> None:
        """The person is looking at the pause: the desktop notification is old news."""
        super().showEvent(event)
        self.notice.desktop.close()

    def event(self, event: QEvent) -> bool:
        """Coming back to the window with the pause in sight also makes it old news."""
        if event.type() == QEvent.Type.WindowActivate and self.isVisible():
            self.notice.desktop.close()
        return super().event(event)

    def _on_notice_check_in(self) -> None:
        self.check_in_requested.emit()

    def _on_desktop_action_invoked(self, _key: str) -> None:
        """Either action (the notification itself, "Check in now"): Healer in front, checking in."""
        window = self.window()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if self.notice.box is not None:
            self.notice.box.hide()
        self.check_in_requested.emit()

    # -- reading the session ---------------------------------------------------------

    def _preferences(self) -> PausePreferences:
        try:
            return self._session.pause.preferences()
        except HealerError:
            return PausePreferences()

    def _completed(self) -> int:
        try:
            return self._session.pause.completed_count()
        except HealerError:
            return 0

    def _open_episodes(self) -> list[Activation]:
        try:
            return self._session.journal.find(ActivationQuery(open_only=True, limit=5))
        except HealerError:
            return []

    def _save_preferences(self, preferences: PausePreferences) -> None:
        try:
            self._session.pause.save_preferences(preferences)
        except HealerError:
            self.status_message.emit(self.tr("Your list could not be kept just now."))
