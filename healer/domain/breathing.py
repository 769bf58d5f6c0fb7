"""Breathing patterns and the pacer curve: a pure function of elapsed monotonic time."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, replace

from healer.domain.errors import ValidationError

MIN_BREATH_SECONDS = 1.0
MAX_BREATH_SECONDS = 20.0
MAX_SESSION_MINUTES = 120
MAX_SESSION_BREATHS = 600

# All arithmetic on the curve is done in whole microseconds, so the phase after hours of
# breathing is exactly the phase at the same point of the first cycle (no float drift).
_US_PER_SECOND = 1_000_000
_US_PER_MS = 1000


class BreathPhase(enum.Enum):
    """The four parts of a breath; holds are skipped when they last zero seconds."""

    IN = "in"
    HOLD_IN = "hold-in"
    OUT = "out"
    HOLD_OUT = "hold-out"

    @property
    def name_in_words(self) -> str:
        """An English name for logs and the CLI; the UI translates its own words."""
        return {
            BreathPhase.IN: "Breathe in",
            BreathPhase.HOLD_IN: "Hold",
            BreathPhase.OUT: "Breathe out",
            BreathPhase.HOLD_OUT: "Hold",
        }[self]


def _check_seconds(field: str, value: float, *, optional: bool) -> int:
    """Validate one duration and return it in whole milliseconds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, "must be a number of seconds")
    if not math.isfinite(value):
        raise ValidationError(field, "must be a number of seconds")
    if optional and value == 0:
        return 0
    if value <= 0:
        what = "a hold is either off (0) or" if optional else "must be"
        raise ValidationError(field, f"{what} longer than zero seconds")
    if value < MIN_BREATH_SECONDS:
        lead = "a hold is either off (0) or at least" if optional else "must be at least"
        raise ValidationError(field, f"{lead} {MIN_BREATH_SECONDS:g} second")
    if value > MAX_BREATH_SECONDS:
        raise ValidationError(field, f"must be at most {MAX_BREATH_SECONDS:g} seconds")
    return round(value * _US_PER_SECOND / _US_PER_MS)


@dataclass(frozen=True, slots=True)
class BreathPattern:
    """Seconds for each part of one breath; fractions are kept to the millisecond."""

    inhale: float
    exhale: float
    hold_in: float = 0.0
    hold_out: float = 0.0

    def validated(self) -> BreathPattern:
        """Return the pattern rounded to milliseconds, or raise ValidationError."""
        inhale = _check_seconds("inhale", self.inhale, optional=False)
        hold_in = _check_seconds("hold_in", self.hold_in, optional=True)
        exhale = _check_seconds("exhale", self.exhale, optional=False)
        hold_out = _check_seconds("hold_out", self.hold_out, optional=True)
        return BreathPattern(inhale / 1000, exhale / 1000, hold_in / 1000, hold_out / 1000)

    @property
    def phases(self) -> tuple[tuple[BreathPhase, int], ...]:
        """The parts of one breath in order, with their length in microseconds (holds > 0)."""
        parts = (
            (BreathPhase.IN, self.inhale),
            (BreathPhase.HOLD_IN, self.hold_in),
            (BreathPhase.OUT, self.exhale),
            (BreathPhase.HOLD_OUT, self.hold_out),
        )
        return tuple(
            (phase, round(seconds * 1000) * _US_PER_MS) for phase, seconds in parts if seconds > 0
        )

    @property
    def cycle_seconds(self) -> float:
        """How long one whole breath takes."""
        return self.cycle_us / _US_PER_SECOND

    @property
    def cycle_us(self) -> int:
        """One whole breath in microseconds."""
        return sum(length for _, length in self.phases)

    def spec(self) -> str:
        """A stable text form for storage and export: 'in/hold/out/hold', e.g. '4/7/8/0'."""
        return "/".join(
            f"{value:g}" for value in (self.inhale, self.hold_in, self.exhale, self.hold_out)
        )

    @classmethod
    def from_spec(cls, text: str) -> BreathPattern:
        """Read spec() back; raises ValidationError on anything else."""
        parts = text.strip().split("/")
        if len(parts) != 4:
            raise ValidationError("pattern", "expected four numbers: in/hold/out/hold")
        try:
            inhale, hold_in, exhale, hold_out = (float(part) for part in parts)
        except ValueError:
            raise ValidationError("pattern", "expected four numbers: in/hold/out/hold") from None
        return cls(inhale, exhale, hold_in, hold_out).validated()


@dataclass(frozen=True, slots=True)
class NamedPattern:
    """A pattern offered in the list, with a stable key (the UI supplies the words)."""

    key: str
    pattern: BreathPattern


EXTENDED_EXHALE = NamedPattern("extended-exhale", BreathPattern(4, 8))
FOUR_SEVEN_EIGHT = NamedPattern("4-7-8", BreathPattern(4, 8, hold_in=7))
BOX = NamedPattern("box", BreathPattern(4, 4, hold_in=4, hold_out=4))
COHERENT = NamedPattern("coherent", BreathPattern(5.5, 5.5))
PRESETS: tuple[NamedPattern, ...] = (EXTENDED_EXHALE, FOUR_SEVEN_EIGHT, BOX, COHERENT)
CUSTOM_KEY = "custom"
DEFAULT_PATTERN = EXTENDED_EXHALE.pattern


def preset_key(pattern: BreathPattern) -> str:
    """The key of the preset with exactly these timings, else 'custom'."""
    for preset in PRESETS:
        if preset.pattern.spec() == pattern.spec():
            return preset.key
    return CUSTOM_KEY


class LengthKind(enum.Enum):
    """How a breathing session ends."""

    OPEN = "open"
    MINUTES = "minutes"
    BREATHS = "breaths"


@dataclass(frozen=True, slots=True)
class SessionLength:
    """Open-ended, a number of minutes (rounded up to whole breaths) or a number of breaths."""

    kind: LengthKind = LengthKind.OPEN
    amount: int = 0

    def validated(self) -> SessionLength:
        """Return self when the amount suits the kind, else raise ValidationError."""
        if self.kind is LengthKind.OPEN:
            return SessionLength()
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise ValidationError("length", "must be a whole number")
        limit = MAX_SESSION_MINUTES if self.kind is LengthKind.MINUTES else MAX_SESSION_BREATHS
        if not 1 <= self.amount <= limit:
            raise ValidationError("length", f"must be between 1 and {limit} {self.kind.value}")
        return self

    def total_breaths(self, pattern: BreathPattern) -> int | None:
        """How many whole breaths the session holds (None when open-ended)."""
        if self.kind is LengthKind.OPEN:
            return None
        if self.kind is LengthKind.BREATHS:
            return self.amount
        # Never stop in the middle of a breath: a timed session ends after the breath
        # that reaches the time.
        return max(1, -(-self.amount * 60 * _US_PER_SECOND // pattern.cycle_us))

    def total_seconds(self, pattern: BreathPattern) -> float | None:
        """How long the session lasts (None when open-ended)."""
        breaths = self.total_breaths(pattern)
        return None if breaths is None else breaths * pattern.cycle_us / _US_PER_SECOND


@dataclass(frozen=True, slots=True)
class BreathFrame:
    """Where a breathing session is at one moment; everything the pacer draws."""

    phase: BreathPhase
    seconds_left: float
    progress: float
    size: float
    breaths_done: int
    elapsed: float
    finished: bool

    @property
    def phase_name(self) -> str:
        """The phase in plain English words ("Breathe in", "Hold", "Breathe out")."""
        return self.phase.name_in_words

    @property
    def countdown(self) -> int:
        """Whole seconds left in the phase, as shown: 4, 3, 2, 1 (0 once finished)."""
        if self.finished:
            return 0
        return max(1, math.ceil(round(self.seconds_left, 6)))

    @property
    def breath_number(self) -> int:
        """The breath under way, counting from 1."""
        return self.breaths_done + (0 if self.finished else 1)


def ease(progress: float) -> float:
    """A gentle sine ease-in-out from 0 to 1: slow at both ends, like a real breath."""
    clamped = min(1.0, max(0.0, progress))
    return 0.5 - 0.5 * math.cos(math.pi * clamped)


def _to_us(seconds: float) -> int:
    return max(0, round(seconds * _US_PER_SECOND))


def frame_at(
    pattern: BreathPattern, elapsed: float, length: SessionLength | None = None
) -> BreathFrame:
    """The pacer's state after `elapsed` seconds of (unpaused) breathing."""
    phases = pattern.phases
    cycle = pattern.cycle_us
    total_breaths = (length or SessionLength()).total_breaths(pattern)
    at = _to_us(elapsed)
    if total_breaths is not None and at >= total_breaths * cycle:
        last_phase = phases[-1][0]
        return BreathFrame(
            phase=last_phase,
            seconds_left=0.0,
            progress=1.0,
            size=0.0,
            breaths_done=total_breaths,
            elapsed=total_breaths * cycle / _US_PER_SECOND,
            finished=True,
        )
    breaths_done, position = divmod(at, cycle)
    index = 0
    while position >= phases[index][1]:
        position -= phases[index][1]
        index += 1
    phase, phase_length = phases[index]
    progress = position / phase_length
    size = {
        BreathPhase.IN: ease(progress),
        BreathPhase.HOLD_IN: 1.0,
        BreathPhase.OUT: 1.0 - ease(progress),
        BreathPhase.HOLD_OUT: 0.0,
    }[phase]
    return BreathFrame(
        phase=phase,
        seconds_left=(phase_length - position) / _US_PER_SECOND,
        progress=progress,
        size=size,
        breaths_done=breaths_done,
        elapsed=at / _US_PER_SECOND,
        finished=False,
    )


@dataclass(frozen=True, slots=True)
class PauseClock:
    """Elapsed running time from monotonic timestamps, with paused stretches left out.

    Immutable: each transition returns a new clock, so the widget keeps one value and tests
    can feed any timestamps they like.
    """

    started_at: float | None = None
    paused_at: float | None = None
    paused_total: float = 0.0

    @property
    def is_started(self) -> bool:
        """True once start() was called."""
        return self.started_at is not None

    @property
    def is_paused(self) -> bool:
        """True between pause() and resume()."""
        return self.paused_at is not None

    @property
    def is_running(self) -> bool:
        """Started and not paused."""
        return self.is_started and not self.is_paused

    def start(self, now: float) -> PauseClock:
        """Begin counting from zero at `now`."""
        return PauseClock(started_at=now)

    def pause(self, now: float) -> PauseClock:
        """Stop counting at `now` (no change when not running)."""
        if not self.is_running:
            return self
        return replace(self, paused_at=now)

    def resume(self, now: float) -> PauseClock:
        """Continue counting from where pause() stopped (no change when not paused)."""
        if self.paused_at is None:
            return self
        return replace(
            self, paused_at=None, paused_total=self.paused_total + max(0.0, now - self.paused_at)
        )

    def elapsed(self, now: float) -> float:
        """Running seconds at `now`: wall time since start minus every pause."""
        if self.started_at is None:
            return 0.0
        end = self.paused_at if self.paused_at is not None else now
        return max(0.0, end - self.started_at - self.paused_total)
