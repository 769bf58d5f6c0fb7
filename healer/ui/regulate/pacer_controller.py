"""The state of one breathing session, shared by every view of the pacer.

Signals:
    state_changed(): started, paused, resumed, stopped, finished or re-patterned.
    finished(): the chosen length was reached.
    run_ended(use): a session that ran ended (stopped or finished); `use` is a
        PracticeUseInput ready to be saved, without intensities or a link.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from healer.domain.breathing import (
    DEFAULT_PATTERN,
    BreathFrame,
    BreathPattern,
    PauseClock,
    SessionLength,
    frame_at,
)
from healer.domain.clock import utc_now
from healer.domain.practice import PracticeKind, PracticeUseInput

Clock = Callable[[], float]


class PacerState(enum.Enum):
    """Where the session is."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class PacerController(QObject):
    """Pattern, length and a pause-aware clock; frame() maps `now` onto the curve."""

    state_changed = Signal()
    finished = Signal()
    run_ended = Signal(object)

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._pattern = DEFAULT_PATTERN
        self._length = SessionLength()
        self._pause = PauseClock()
        self._state = PacerState.IDLE
        self._started_wall = utc_now()
        # Finishing must not depend on anything being painted (the page may be hidden).
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._end_timer.timeout.connect(self._on_end_timer_timeout)

    # -- configuration -----------------------------------------------------

    @property
    def pattern(self) -> BreathPattern:
        """The breath being paced."""
        return self._pattern

    @property
    def length(self) -> SessionLength:
        """When the session ends."""
        return self._length

    def configure(self, pattern: BreathPattern, length: SessionLength) -> None:
        """Change pattern and length; a session under way starts again from its first breath."""
        pattern, length = pattern.validated(), length.validated()
        if (pattern, length) == (self._pattern, self._length):
            return
        self._pattern, self._length = pattern, length
        if self._state in (PacerState.RUNNING, PacerState.PAUSED):
            self._pause = self._pause.start(self._clock())
            if self._state is PacerState.PAUSED:
                self._pause = self._pause.pause(self._clock())
            self._arm_end_timer()
        self.state_changed.emit()

    # -- state -------------------------------------------------------------

    @property
    def state(self) -> PacerState:
        """Idle, running, paused or finished."""
        return self._state

    @property
    def is_running(self) -> bool:
        """True while breathing is being paced (not paused)."""
        return self._state is PacerState.RUNNING

    def elapsed(self) -> float:
        """Seconds of breathing so far, pauses left out."""
        return self._pause.elapsed(self._clock())

    def frame(self) -> BreathFrame:
        """The curve at this moment (the first frame while idle)."""
        frame = frame_at(self._pattern, self.elapsed(), self._length)
        if frame.finished and self._state is PacerState.RUNNING:
            self._finish()
        return frame

    # -- transitions -------------------------------------------------------

    def start(self) -> None:
        """Begin a new session from the first in-breath."""
        self._pause = PauseClock().start(self._clock())
        self._started_wall = utc_now()
        self._set_state(PacerState.RUNNING)
        self._arm_end_timer()

    def pause(self) -> None:
        """Hold the pacer where it is."""
        if self._state is not PacerState.RUNNING:
            return
        self._pause = self._pause.pause(self._clock())
        self._end_timer.stop()
        self._set_state(PacerState.PAUSED)

    def resume(self) -> None:
        """Continue from exactly where pause() stopped."""
        if self._state is not PacerState.PAUSED:
            return
        self._pause = self._pause.resume(self._clock())
        self._set_state(PacerState.RUNNING)
        self._arm_end_timer()

    def toggle(self) -> None:
        """Space: start when idle or finished, else pause or resume."""
        if self._state is PacerState.RUNNING:
            self.pause()
        elif self._state is PacerState.PAUSED:
            self.resume()
        else:
            self.start()

    def stop(self) -> PracticeUseInput | None:
        """End the session; returns what can be saved, or None if nothing ran."""
        if self._state in (PacerState.IDLE, PacerState.FINISHED):
            if self._state is PacerState.FINISHED:
                self._pause = PauseClock()
                self._set_state(PacerState.IDLE)
            return None
        use = self._use()
        self._end_timer.stop()
        self._pause = PauseClock()
        self._set_state(PacerState.IDLE)
        self.run_ended.emit(use)
        return use

    def halt(self) -> None:
        """Stop without offering to save (on lock): nothing is kept."""
        self._end_timer.stop()
        self._pause = PauseClock()
        self._set_state(PacerState.IDLE)

    # -- internals ---------------------------------------------------------

    def _use(self) -> PracticeUseInput:
        return PracticeUseInput(
            kind=PracticeKind.BREATHING,
            started_at=self._started_wall,
            duration_seconds=round(self.elapsed()),
            pattern=self._pattern.spec(),
        )

    def _set_state(self, state: PacerState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit()

    def _arm_end_timer(self) -> None:
        total = self._length.total_seconds(self._pattern)
        if total is None or self._state is not PacerState.RUNNING:
            self._end_timer.stop()
            return
        remaining = max(0.0, total - self.elapsed())
        self._end_timer.start(math.ceil(remaining * 1000))

    def _finish(self) -> None:
        use = self._use()
        self._end_timer.stop()
        self._pause = self._pause.pause(self._clock())
        self._set_state(PacerState.FINISHED)
        self.finished.emit()
        self.run_ended.emit(use)

    @Slot()
    def _on_end_timer_timeout(self) -> None:
        if self._state is not PacerState.RUNNING:
            return
        if frame_at(self._pattern, self.elapsed(), self._length).finished:
            self._finish()
        else:
            self._arm_end_timer()
