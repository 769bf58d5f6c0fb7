"""The 20-minute self-soothing pause: a pure state machine over an injected clock.

A run goes NAMING → WAITING (⇄ PAUSED) → REASSESS → NEED → FINISHED, and may be
ABANDONED from any open phase. The waited time is measured by a monotonic clock while
the process runs (a changed wall clock cannot shorten or stretch it) and is kept in the
record as "banked seconds plus a wall-clock start of the running stretch", so a lock, a
restart or a suspended laptop resumes the run instead of losing it. After a restart
only the wall clock is left: a clock that went backwards never takes banked time away.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from healer.domain.activation import MAX_INTENSITY, MAX_PROMPT_CHARS, MIN_INTENSITY
from healer.domain.errors import HealerError, ValidationError
from healer.domain.pause_length import DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES
from healer.domain.urge import UrgeOutcome, UrgeRecord

MAX_STATEMENT_CHARS = 1000
MAX_DISTRACTIONS = 30
MAX_DISTRACTION_CHARS = 200
# Milestones the method names: the first dozen feel hardest; around fifty the curve shortens.
MILESTONES: tuple[int, ...] = (12, 50)


class PausePhase(enum.Enum):
    """Where a run is; the values are stored in the vault."""

    NAMING = "naming"
    WAITING = "waiting"
    PAUSED = "paused"
    REASSESS = "reassess"
    NEED = "need"
    FINISHED = "finished"
    ABANDONED = "abandoned"

    @property
    def is_open(self) -> bool:
        """True until the run was finished or abandoned."""
        return self not in (PausePhase.FINISHED, PausePhase.ABANDONED)


class TransitionError(HealerError):
    """A step asked for in a phase that does not allow it (a bug in the caller)."""

    def __init__(self, action: str, phase: PausePhase) -> None:
        super().__init__(f"cannot {action} while the run is {phase.value}")
        self.action = action
        self.phase = phase


class PauseClock(Protocol):
    """Time as the pause sees it: a monotonic count and the wall clock."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes back, counts a suspend if it can."""
        ...

    def now(self) -> datetime:
        """The wall clock, aware UTC."""
        ...


class SystemClock:
    """The real clocks: CLOCK_BOOTTIME where the OS has it (it keeps counting in suspend)."""

    def monotonic(self) -> float:
        """Boot time on Linux, else Python's monotonic clock."""
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            return time.clock_gettime(boottime)
        return time.monotonic()

    def now(self) -> datetime:
        """The wall clock in UTC."""
        return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class PauseRecord:
    """Everything the vault keeps about one run; the machine derives the rest from it."""

    phase: PausePhase
    planned_seconds: int
    started_at: datetime
    naming_statement: str = ""
    timer_started_at: datetime | None = None
    banked_seconds: float = 0.0
    running_since: datetime | None = None
    ended_at: datetime | None = None
    intensity_before: int | None = None
    intensity_after: int | None = None
    urge_remains: bool | None = None
    urge: UrgeRecord | None = None
    need_draft: str = ""
    activation_id: int | None = None
    finished_early: bool = False

    def validated(self) -> PauseRecord:
        """Return self, or raise ValidationError naming the first broken field."""
        if not isinstance(self.phase, PausePhase):
            raise ValidationError("phase", "is not a known phase")
        if not MIN_MINUTES * 60 <= self.planned_seconds <= MAX_MINUTES * 60:
            raise ValidationError("planned_seconds", "must be from 5 to 60 minutes")
        for name in ("started_at", "timer_started_at", "running_since", "ended_at"):
            moment = getattr(self, name)
            if moment is not None and moment.tzinfo is None:
                raise ValidationError(name, "needs a time zone")
        if self.banked_seconds < 0:
            raise ValidationError("banked_seconds", "cannot be negative")
        if (self.running_since is None) == (self.phase is PausePhase.WAITING):
            raise ValidationError("running_since", "is set exactly while the timer runs")
        for name in ("intensity_before", "intensity_after"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool) or not MIN_INTENSITY <= value <= MAX_INTENSITY
            ):
                raise ValidationError(name, "must be between 0 and 10")
        if len(self.naming_statement) > MAX_STATEMENT_CHARS:
            raise ValidationError("naming_statement", "is too long")
        if len(self.need_draft) > MAX_PROMPT_CHARS:
            raise ValidationError("need_draft", "is too long")
        if self.urge is not None:
            self.urge.validated()
        return self


def planned_seconds_for(minutes: int) -> int:
    """Minutes clamped to 5–60, in seconds."""
    return max(MIN_MINUTES, min(MAX_MINUTES, int(minutes))) * 60


def milestone_reached(completed: int) -> int | None:
    """The milestone a just-completed count lands on exactly (12 or 50), else None."""
    return completed if completed in MILESTONES else None


class PauseMachine:
    """One run driven by a clock; every step returns nothing and updates `record`."""

    def __init__(self, record: PauseRecord, clock: PauseClock) -> None:
        self._record = record.validated()
        self._clock = clock
        # While the timer runs: (monotonic reading, seconds waited at that reading).
        self._anchor: tuple[float, float] | None = None
        if record.phase is PausePhase.WAITING:
            self._anchor = (clock.monotonic(), self._wall_elapsed())

    # -- creating ------------------------------------------------------------

    @classmethod
    def open(
        cls,
        clock: PauseClock,
        *,
        minutes: int = DEFAULT_MINUTES,
        intensity_before: int | None = None,
        activation_id: int | None = None,
    ) -> PauseMachine:
        """A new run at the naming step."""
        record = PauseRecord(
            phase=PausePhase.NAMING,
            planned_seconds=planned_seconds_for(minutes),
            started_at=_whole(clock.now()),
            intensity_before=intensity_before,
            activation_id=activation_id,
        )
        return cls(record, clock)

    # -- reading -------------------------------------------------------------

    @property
    def record(self) -> PauseRecord:
        """The current record, as it would be stored now (the running stretch re-based)."""
        if self._record.phase is not PausePhase.WAITING:
            return self._record
        now = self._clock.now()
        return replace(self._record, banked_seconds=self.elapsed(), running_since=now)

    @property
    def phase(self) -> PausePhase:
        """Where the run is."""
        return self._record.phase

    @property
    def planned_seconds(self) -> int:
        """How long the pause is meant to last."""
        return self._record.planned_seconds

    def elapsed(self) -> float:
        """Seconds waited so far (paused time not counted)."""
        if self._record.phase is not PausePhase.WAITING:
            return self._record.banked_seconds
        assert self._anchor is not None
        reading, waited = self._anchor
        return waited + max(0.0, self._clock.monotonic() - reading)

    def remaining(self) -> float:
        """Seconds left on the timer, never below zero."""
        return max(0.0, self._record.planned_seconds - self.elapsed())

    def _wall_elapsed(self) -> float:
        since = self._record.running_since
        assert since is not None
        # A wall clock set back (or a restore on a machine with a wrong clock) never
        # takes time away; time passing while closed or suspended counts.
        return self._record.banked_seconds + max(0.0, (self._clock.now() - since).total_seconds())

    # -- steps ---------------------------------------------------------------

    def _require(self, action: str, *phases: PausePhase) -> None:
        if self._record.phase not in phases:
            raise TransitionError(action, self._record.phase)

    def set_minutes(self, minutes: int) -> None:
        """Choose the pause length (5–60 minutes) before the timer starts."""
        self._require("change the length", PausePhase.NAMING)
        self._record = replace(self._record, planned_seconds=planned_seconds_for(minutes))

    def link(self, activation_id: int | None, intensity_before: int | None) -> None:
        """Tie the run to an episode and note how strong it is, before the timer starts."""
        self._require("link an episode", PausePhase.NAMING)
        self._record = replace(
            self._record, activation_id=activation_id, intensity_before=intensity_before
        ).validated()

    def start_timer(self, statement: str) -> None:
        """The person named what is happening; the countdown begins."""
        self._require("start the timer", PausePhase.NAMING)
        now = self._clock.now()
        self._record = replace(
            self._record,
            phase=PausePhase.WAITING,
            naming_statement=statement.strip(),
            timer_started_at=_whole(now),
            banked_seconds=0.0,
            running_since=now,
        ).validated()
        self._anchor = (self._clock.monotonic(), 0.0)

    def pause(self) -> None:
        """Stop the countdown for a while; the waited time is kept."""
        self._require("pause", PausePhase.WAITING)
        self._record = replace(
            self._record, phase=PausePhase.PAUSED, banked_seconds=self.elapsed(), running_since=None
        )
        self._anchor = None

    def resume(self) -> None:
        """Carry on counting from where the pause left off."""
        self._require("resume", PausePhase.PAUSED)
        self._record = replace(
            self._record, phase=PausePhase.WAITING, running_since=self._clock.now()
        )
        self._anchor = (self._clock.monotonic(), self._record.banked_seconds)

    def tick(self) -> bool:
        """Move to the reassess step once the time is up; True when that just happened."""
        if self._record.phase is not PausePhase.WAITING or self.remaining() > 0:
            return False
        self._record = replace(
            self._record,
            phase=PausePhase.REASSESS,
            banked_seconds=float(self._record.planned_seconds),
            running_since=None,
        )
        self._anchor = None
        return True

    def finish_early(self) -> None:
        """Go to the reassess step now, keeping how long was waited."""
        self._require("finish early", PausePhase.WAITING, PausePhase.PAUSED)
        self._record = replace(
            self._record,
            phase=PausePhase.REASSESS,
            banked_seconds=min(self.elapsed(), float(self._record.planned_seconds)),
            running_since=None,
            finished_early=True,
        )
        self._anchor = None

    def reassess(self, intensity_after: int | None, *, urge_remains: bool) -> None:
        """How strong it is now, and whether the wish to reach out is still there."""
        self._require("reassess", PausePhase.REASSESS)
        self._record = replace(
            self._record,
            intensity_after=intensity_after,
            urge_remains=urge_remains,
            phase=PausePhase.NEED if urge_remains else PausePhase.REASSESS,
        ).validated()
        if not urge_remains:
            self.complete(UrgeOutcome.NOT_ACTED)

    def write_need(self, draft: str) -> None:
        """Keep the words of the need as they stand (the app never sends them)."""
        self._require("write the need", PausePhase.NEED)
        self._record = replace(self._record, need_draft=draft).validated()

    def complete(self, outcome: UrgeOutcome, pause_seconds: int | None = None) -> None:
        """Close the run with what happened to the urge."""
        self._require("complete", PausePhase.REASSESS, PausePhase.NEED)
        if outcome is UrgeOutcome.AFTER_PAUSE and pause_seconds is None:
            pause_seconds = round(self._record.banked_seconds)
        if outcome is not UrgeOutcome.AFTER_PAUSE:
            pause_seconds = None
        self._record = replace(
            self._record,
            phase=PausePhase.FINISHED,
            urge=UrgeRecord(outcome, pause_seconds).validated(),
            ended_at=_whole(self._clock.now()),
        )

    def abandon(self) -> None:
        """Stop here; the run is kept as it stands, marked as set aside."""
        if not self._record.phase.is_open:
            raise TransitionError("abandon", self._record.phase)
        self._record = replace(
            self._record,
            phase=PausePhase.ABANDONED,
            banked_seconds=self.elapsed(),
            running_since=None,
            ended_at=_whole(self._clock.now()),
        )
        self._anchor = None


def _whole(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class PauseRun:
    """A stored run: the record plus the facts the vault keeps."""

    id: int
    uid: str
    record: PauseRecord
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class PausePreferences:
    """What the person made their own: the naming words, the distraction list, the length.

    A naming statement of None means "the app's own default, in the current language",
    so an unedited default follows a language change.
    """

    naming_statement: str | None = None
    distractions: tuple[str, ...] = ()
    minutes: int = DEFAULT_MINUTES

    def validated(self) -> PausePreferences:
        """A cleaned copy (blank items dropped, length clamped), or raise ValidationError."""
        statement = self.naming_statement
        if statement is not None:
            statement = statement.strip() or None
        if statement is not None and len(statement) > MAX_STATEMENT_CHARS:
            raise ValidationError("naming_statement", "is too long")
        items = tuple(item.strip() for item in self.distractions if item.strip())
        if len(items) > MAX_DISTRACTIONS:
            raise ValidationError("distractions", f"holds at most {MAX_DISTRACTIONS} items")
        if any(len(item) > MAX_DISTRACTION_CHARS for item in items):
            raise ValidationError("distractions", "an item is too long")
        minutes = max(MIN_MINUTES, min(MAX_MINUTES, int(self.minutes)))
        return PausePreferences(statement, items, minutes)
