"""A recorded use of a regulating practice (breathing, cold water, …) and its rules."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from healer.domain.activation import (
    MAX_INTENSITY,
    MAX_YEAR,
    MIN_INTENSITY,
    MIN_YEAR,
    Activation,
)
from healer.domain.breathing import BreathPattern
from healer.domain.errors import ValidationError

MAX_DURATION_SECONDS = 24 * 60 * 60
MAX_NOTES = 5
MAX_NOTE_CHARS = 200


class PracticeKind(enum.Enum):
    """The in-the-moment practices of the regulate step, in the order the tab offers them."""

    BREATHING = "breathing"
    COLD_WATER = "cold-water"
    BILATERAL = "bilateral"
    ORIENTING = "orienting"
    WEIGHTED_CONTACT = "weighted-contact"


@dataclass(frozen=True, slots=True)
class PracticeUseInput:
    """What a person saves about one practice; intensities and the link are optional."""

    kind: PracticeKind
    started_at: datetime
    duration_seconds: int
    pattern: str | None = None
    intensity_before: int | None = None
    intensity_after: int | None = None
    activation_id: int | None = None
    notes: tuple[str, ...] = ()

    def validated(self) -> PracticeUseInput:
        """Return a cleaned copy (notes trimmed, empty ones dropped), or raise ValidationError."""
        notes = tuple(note.strip() for note in self.notes if note.strip())
        pattern = self.pattern
        if pattern is not None:
            if self.kind is not PracticeKind.BREATHING:
                raise ValidationError("pattern", "only a breathing practice has a pattern")
            pattern = BreathPattern.from_spec(pattern).spec()
        cleaned = replace(self, notes=notes, pattern=pattern)
        cleaned.check()
        return cleaned

    def check(self) -> None:
        """Raise ValidationError naming the first field that breaks a rule."""
        if not isinstance(self.kind, PracticeKind):
            raise ValidationError("kind", "is not a known practice")
        if self.started_at.tzinfo is None:
            raise ValidationError("started_at", "needs a time zone")
        if not MIN_YEAR <= self.started_at.year <= MAX_YEAR:
            raise ValidationError("started_at", f"must be between {MIN_YEAR} and {MAX_YEAR}")
        duration = self.duration_seconds
        if isinstance(duration, bool) or not isinstance(duration, int):
            raise ValidationError("duration_seconds", "must be a whole number of seconds")
        if not 0 <= duration <= MAX_DURATION_SECONDS:
            raise ValidationError("duration_seconds", "must be between 0 seconds and 24 hours")
        _check_intensity("intensity_before", self.intensity_before)
        _check_intensity("intensity_after", self.intensity_after)
        if len(self.notes) > MAX_NOTES:
            raise ValidationError("notes", f"holds at most {MAX_NOTES} items")
        for note in self.notes:
            if len(note) > MAX_NOTE_CHARS:
                raise ValidationError(
                    "notes", f"an item is longer than {MAX_NOTE_CHARS} characters"
                )
            try:
                note.encode("utf-8")
            except UnicodeEncodeError:
                raise ValidationError("notes", "contains characters that cannot be saved") from None


def _check_intensity(name: str, value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, "must be a whole number from 0 to 10")
    if not MIN_INTENSITY <= value <= MAX_INTENSITY:
        raise ValidationError(name, "must be between 0 and 10")


@dataclass(frozen=True, slots=True)
class PracticeUse:
    """A stored practice use."""

    id: int
    uid: str
    content: PracticeUseInput
    created_at: datetime

    @property
    def change(self) -> int | None:
        """Intensity after minus before, when both were given (negative means calmer)."""
        before, after = self.content.intensity_before, self.content.intensity_after
        if before is None or after is None:
            return None
        return after - before


# An episode settled this recently is still offered as what a practice was for: people
# often settle first and breathe afterwards.
RECENTLY_SETTLED = timedelta(hours=12)


def link_choices(
    episodes: Sequence[Activation], now: datetime, recent: timedelta = RECENTLY_SETTLED
) -> tuple[Activation, ...]:
    """The episodes a practice may be linked to, each once.

    Open ones come first, newest first; then the ones settled within `recent` of now,
    most recently settled first.
    """
    open_ones = sorted(
        (episode for episode in episodes if episode.is_open),
        key=lambda episode: episode.content.started_at,
        reverse=True,
    )
    settled = sorted(
        (
            episode
            for episode in episodes
            if episode.content.settled_at is not None
            and now - recent <= episode.content.settled_at <= now
        ),
        key=lambda episode: episode.content.settled_at or now,
        reverse=True,
    )
    seen: set[int] = set()
    result: list[Activation] = []
    for episode in (*open_ones, *settled):
        if episode.id not in seen:
            seen.add(episode.id)
            result.append(episode)
    return tuple(result)
