"""The regulate tab's remembered choices in QSettings (pattern, length, motion; never notes)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from healer.domain.breathing import (
    DEFAULT_PATTERN,
    BreathPattern,
    LengthKind,
    SessionLength,
)
from healer.domain.errors import ValidationError

PATTERN_KEY = "regulate/pattern"
LENGTH_KIND_KEY = "regulate/length_kind"
LENGTH_AMOUNT_KEY = "regulate/length_amount"
REDUCED_MOTION_KEY = "regulate/reduced_motion"
BILATERAL_TEMPO_KEY = "regulate/bilateral_tempo"

DEFAULT_TEMPO = 60  # beats per minute: one tap a second
MIN_TEMPO = 20
MAX_TEMPO = 120


def read_pattern() -> BreathPattern:
    """The last chosen pattern, or 4-in 8-out."""
    raw = QSettings().value(PATTERN_KEY, DEFAULT_PATTERN.spec())
    try:
        return BreathPattern.from_spec(str(raw))
    except ValidationError:
        return DEFAULT_PATTERN


def write_pattern(pattern: BreathPattern) -> None:
    """Remember the pattern."""
    QSettings().setValue(PATTERN_KEY, pattern.spec())


def read_length() -> SessionLength:
    """The last chosen session length, or open-ended."""
    settings = QSettings()
    try:
        kind = LengthKind(str(settings.value(LENGTH_KIND_KEY, LengthKind.OPEN.value)))
        amount = int(str(settings.value(LENGTH_AMOUNT_KEY, 0)))
        return SessionLength(kind, amount).validated()
    except (ValueError, ValidationError):
        return SessionLength()


def write_length(length: SessionLength) -> None:
    """Remember the session length."""
    settings = QSettings()
    settings.setValue(LENGTH_KIND_KEY, length.kind.value)
    settings.setValue(LENGTH_AMOUNT_KEY, length.amount)


def read_reduced_motion() -> bool:
    """The person's own reduced-motion choice (the system preference is read separately)."""
    return str(QSettings().value(REDUCED_MOTION_KEY, "false")).lower() in {"true", "1"}


def write_reduced_motion(value: bool) -> None:
    """Remember the reduced-motion choice."""
    QSettings().setValue(REDUCED_MOTION_KEY, "true" if value else "false")


def read_tempo() -> int:
    """The bilateral cue's tempo in beats per minute."""
    try:
        value = int(str(QSettings().value(BILATERAL_TEMPO_KEY, DEFAULT_TEMPO)))
    except ValueError:
        return DEFAULT_TEMPO
    return value if MIN_TEMPO <= value <= MAX_TEMPO else DEFAULT_TEMPO


def write_tempo(value: int) -> None:
    """Remember the bilateral tempo."""
    QSettings().setValue(BILATERAL_TEMPO_KEY, max(MIN_TEMPO, min(MAX_TEMPO, value)))
