"""The 20-minute pause tab: walks one pause through its steps and keeps it in the vault.

Signals:
    status_message(text): a short note for the status bar ("Your pause is over").
    tab_requested(key): the person asked for another tab.
    pacer_requested(own_window): the person asked for the breathing pacer itself (False:
        in the main window, which the pause shares).
    tab_badge(text): what to show beside the tab's title: time left, "paused", "check in".
    phase_changed(phase): the run moved to another step (a PausePhase value, or "idle").
    moment_requested(pause_id): log how reaching out went, after this finished pause (the
        main window asks the People tab, so the tabs stay independent).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.errors import HealerError
from healer.domain.pause import (
    PauseClock,
    PauseMachine,
    PausePhase,
    SystemClock,
)
from healer.domain.urge import UrgeOutcome
from healer.services.session import Session
from healer.ui.common.clipboard import TimedClipboard
from healer.ui.pause.naming_page import NEW_EPISODE, NO_EPISODE
from healer.ui.pause.step_stack import IDLE, PauseStepStack
from healer.ui.pause.texts import default_naming_statement
from healer.ui.settings import PAUSE_MINUTES

_log = logging.getLogger(__name__)

TICK_MS = 500
CHECKPOINT_SECONDS = 30.0
NEED_AUTOSAVE_MS = 1500
RECENT_EPISODE = timedelta(hours=6)


class PauseTab(PauseStepStack):
    """Hosted by the main window; the run it shows lives in the vault, not in this widget."""

    tab_requested = Signal(str)
    pacer_requested = Signal(bool)
    moment_requested = Signal(int)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        clock: PauseClock | None = None,
    ) -> None:
        super().__init__(session, parent)
        self._clock: PauseClock = clock if clock is not None else SystemClock()
        self._machine: PauseMachine | None = None
        self._run_id: int | None = None
        self._ended_while_away = False
        self._settle = False
        self._last_checkpoint = 0.0

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._need_autosave = QTimer(self)
        self._need_autosave.setSingleShot(True)
        self._need_autosave.setInterval(NEED_AUTOSAVE_MS)
        self._need_autosave.timeout.connect(self._on_need_autosave_timeout)
        # The need's words leave the clipboard after a while, and at lock or quit.
        self.clipboard = TimedClipboard(self)
        self._connect_pages()
        self._restore()

    def _connect_pages(self) -> None:
        self.start_page.start_button.clicked.connect(self.start_activated)
        self.start_page.minutes_spin.valueChanged.connect(self._on_start_page_minutes_value_changed)
        self.naming_page.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.naming_page.begin_button.clicked.connect(self._on_begin_button_clicked)
        self.naming_page.set_aside_button.clicked.connect(self.set_aside)
        self.waiting_page.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.waiting_page.ready_button.clicked.connect(self._on_ready_button_clicked)
        self.waiting_page.set_aside_button.clicked.connect(self.set_aside)
        self.waiting_page.pacer_button.clicked.connect(self._on_pacer_button_clicked)
        self.waiting_page.distractions_edited.connect(self._on_waiting_page_distractions_edited)
        self.reassess_page.continue_button.clicked.connect(self._on_continue_button_clicked)
        self.reassess_page.set_aside_button.clicked.connect(self.set_aside)
        self.need_page.draft_edit.textChanged.connect(self._on_draft_edit_text_changed)
        self.need_page.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.need_page.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.done_page.back_button.clicked.connect(self._on_back_button_clicked)
        self.done_page.moment_button.clicked.connect(self._on_moment_button_clicked)
        self.closed_run_id: int | None = None
        self.check_in_requested.connect(self._on_check_in_requested)

    # -- state -----------------------------------------------------------------

    @property
    def machine(self) -> PauseMachine | None:
        """The open run, if any."""
        return self._machine

    @property
    def phase(self) -> str:
        """The current step: a PausePhase value, or "idle" between runs."""
        return self._machine.phase.value if self._machine is not None else IDLE

    def _restore(self) -> None:
        try:
            run = self._session.pause.current()
        except HealerError:
            _log.warning("the open pause could not be read")
            run = None
        if run is None:
            self._show_idle()
            return
        self._machine = PauseMachine(run.record, self._clock)
        self._run_id = run.id
        if self._machine.tick():
            self._ended_while_away = True
            self._save()
        self._show_phase()

    def _save(self, *, announce: bool = True) -> None:
        if self._machine is None or not self._session.is_open:
            return
        try:
            run = self._session.pause.save(self._machine.record, self._run_id, announce=announce)
        except HealerError:
            self.status_message.emit(self.tr("The pause could not be saved just now."))
            return
        self._run_id = run.id
        self._last_checkpoint = self._clock.monotonic()

    # -- what the main window calls ----------------------------------------------

    def start_activated(self) -> None:
        """Ctrl+Shift+A: open a new run at the naming step, or bring back the open one."""
        if self._machine is None:
            # Offer to link the newest open episode only when it is recent: an entry left
            # open days ago is probably not what is happening now.
            recent = [
                episode
                for episode in self._open_episodes()
                if utc_now() - episode.content.started_at <= RECENT_EPISODE
            ]
            self._machine = PauseMachine.open(
                self._clock,
                minutes=PAUSE_MINUTES.read(),
                activation_id=recent[0].id if recent else None,
            )
            self._run_id = None
            self._ended_while_away = False
            self._save()
        self._show_phase()

    def apply_preferences(self) -> None:
        """Preferences changed: the start page offers the pause length set there."""
        if self._machine is None:
            self._show_idle()

    def activity_running(self) -> bool:
        """True while the pause counts down (or is paused): the idle lock waits for it."""
        machine = self._machine
        return machine is not None and machine.phase in (PausePhase.WAITING, PausePhase.PAUSED)

    def save_drafts(self) -> None:
        """Before a lock or quit: keep the running count and the typed need in the vault."""
        self.clipboard.clear_if_ours()
        self._need_autosave.stop()
        if self._machine is None:
            return
        if self._machine.phase is PausePhase.NEED:
            self._machine.write_need(self.need_page.draft_edit.toPlainText())
        self._save(announce=False)

    def set_aside(self) -> None:
        """Abandon the run: kept as it stands, no questions asked."""
        if self._machine is None:
            return
        self._machine.abandon()
        self._close_run(settle=False)

    def refresh(self) -> None:
        """Map "now" onto the run: update the ring, end the pause when its time is up."""
        machine = self._machine
        if machine is None or machine.phase not in (PausePhase.WAITING, PausePhase.PAUSED):
            return
        if machine.tick():
            self._save()
            self._announce_end()
            self._show_phase()
            return
        paused = machine.phase is PausePhase.PAUSED
        self.waiting_page.ring.set_time(machine.remaining(), machine.planned_seconds, paused=paused)
        self._set_badge(self.tr("paused") if paused else self.waiting_page.ring.text)
        if (
            machine.phase is PausePhase.WAITING
            and self._clock.monotonic() - self._last_checkpoint >= CHECKPOINT_SECONDS
        ):
            self._save(announce=False)

    def _close_run(self, *, settle: bool) -> None:
        machine = self._machine
        assert machine is not None
        self.timer.stop()
        self._need_autosave.stop()
        record = machine.record
        try:
            if settle and self._run_id is not None and record.activation_id is not None:
                self._session.pause.finish(self._run_id, record)
            else:
                self._save()
        except HealerError:
            self.status_message.emit(self.tr("The pause could not be saved just now."))
            return
        self._machine = None
        # A finished pause can start a moment of being met (the People tab's form).
        self.closed_run_id = self._run_id if record.phase is PausePhase.FINISHED else None
        self._run_id = None
        self._ended_while_away = False
        self.notice.clear()
        self.done_page.show_result(record, self._completed())
        self.done_page.moment_button.setVisible(self.closed_run_id is not None)
        self.stack.setCurrentWidget(self.done_page)
        self._set_badge("")
        self.phase_changed.emit(record.phase.value)

    # -- slots -------------------------------------------------------------------------

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.refresh()

    @Slot(int)
    def _on_start_page_minutes_value_changed(self, minutes: int) -> None:
        # The same length as Preferences ▸ Pause length; the vault keeps a copy (exports).
        PAUSE_MINUTES.write(minutes)
        self._save_preferences(replace(self._preferences(), minutes=minutes))

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        self.naming_page.statement_edit.setPlainText(default_naming_statement())

    @Slot()
    def _on_begin_button_clicked(self) -> None:
        machine = self._machine
        if machine is None or machine.phase is not PausePhase.NAMING:
            return
        page = self.naming_page
        statement = page.statement_edit.toPlainText().strip() or default_naming_statement()
        intensity = page.intensity.value()
        chosen = page.chosen_episode()
        activation_id: int | None = None if chosen == NO_EPISODE else chosen
        if chosen == NEW_EPISODE:
            if not page.trigger_edit.text().strip():
                page.show_problem(self.tr("A few words about what set it off are enough."))
                page.trigger_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            try:
                activation_id = self._session.journal.log(
                    ActivationInput(
                        trigger=page.trigger_edit.text(),
                        intensity=intensity,
                        started_at=utc_now(),
                    )
                ).id
            except HealerError:
                page.show_problem(self.tr("The new entry could not be saved just now."))
                return
        preferences = self._preferences()
        own = None if statement == default_naming_statement() else statement
        if own != preferences.naming_statement or page.minutes_spin.value() != preferences.minutes:
            self._save_preferences(
                replace(preferences, naming_statement=own, minutes=page.minutes_spin.value())
            )
        PAUSE_MINUTES.write(page.minutes_spin.value())
        machine.set_minutes(page.minutes_spin.value())
        if activation_id is not None and intensity is not None:
            self._fill_rating(activation_id, intensity)
        machine.link(activation_id, intensity)
        machine.start_timer(statement)
        self._save()
        self._show_phase()

    def _fill_rating(self, activation_id: int, intensity: int) -> None:
        """A rating in the pause fills the linked entry's intensity if it was not rated yet."""
        # The pause goes on if this fails: the entry keeps "not rated", to be rated later.
        with contextlib.suppress(HealerError):
            self._session.journal.rate_if_unrated(activation_id, intensity)

    @Slot()
    def _on_pause_button_clicked(self) -> None:
        machine = self._machine
        if machine is None:
            return
        if machine.phase is PausePhase.WAITING:
            machine.pause()
        elif machine.phase is PausePhase.PAUSED:
            machine.resume()
        self._save()
        self._show_phase()

    @Slot()
    def _on_ready_button_clicked(self) -> None:
        if self._machine is None:
            return
        self._machine.finish_early()
        self._save()
        self._show_phase()

    @Slot()
    def _on_check_in_requested(self) -> None:
        self.tab_requested.emit("pause")

    @Slot()
    def _on_pacer_button_clicked(self) -> None:
        self.pacer_requested.emit(False)

    @Slot(tuple)
    def _on_waiting_page_distractions_edited(self, items: tuple[str, ...]) -> None:
        self._save_preferences(replace(self._preferences(), distractions=items))

    @Slot()
    def _on_continue_button_clicked(self) -> None:
        machine = self._machine
        page = self.reassess_page
        if machine is None or page.answer_group.checkedButton() is None:
            return
        self._settle = page.settle_check.isVisible() and page.settle_check.isChecked()
        machine.reassess(page.intensity.value(), urge_remains=page.still_there.isChecked())
        after = page.intensity.value()
        linked = machine.record.activation_id
        if linked is not None and after is not None:
            self._fill_rating(linked, after)
        if machine.phase is PausePhase.FINISHED:
            self._close_run(settle=self._settle)
            return
        self._save()
        self._show_phase()

    @Slot()
    def _on_draft_edit_text_changed(self) -> None:
        self._need_autosave.start()

    @Slot()
    def _on_need_autosave_timeout(self) -> None:
        if self._machine is not None and self._machine.phase is PausePhase.NEED:
            self._machine.write_need(self.need_page.draft_edit.toPlainText())
            self._save(announce=False)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        text = self.need_page.draft_edit.toPlainText().strip()
        if not text:
            return
        seconds = self.clipboard.copy(text)
        if seconds:
            status = self.tr(
                "Copied. There is no hurry to send it; you can sit with it first."
                " Healer takes it off the clipboard after %n seconds.",
                "",
                seconds,
            )
        else:
            status = self.tr("Copied. There is no hurry to send it; you can sit with it first.")
        self.need_page.copy_status.setText(status)

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        machine = self._machine
        if machine is None or machine.phase is not PausePhase.NEED:
            return
        machine.write_need(self.need_page.draft_edit.toPlainText())
        outcome = self.need_page.outcome()
        pause = (
            self.need_page.pause_minutes.value() * 60
            if outcome is UrgeOutcome.AFTER_PAUSE
            else None
        )
        machine.complete(outcome, pause)
        self._close_run(settle=self._settle)

    @Slot()
    def _on_moment_button_clicked(self) -> None:
        if self.closed_run_id is not None:
            self.moment_requested.emit(self.closed_run_id)

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self._show_idle()
