"""The activation record: one episode of the attachment alarm, and its rules."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from healer.domain.errors import ValidationError
from healer.domain.urge import UrgeRecord

MIN_INTENSITY = 0
MAX_INTENSITY = 10
MAX_PROMPT_CHARS = 20_000
MAX_PERSON_CHARS = 200
MIN_YEAR = 1900
MAX_YEAR = 2999

# The six prompts, in the order the method asks them; the keys double as field
# names, CLI option names and export keys.
PROMPTS: tuple[str, ...] = ("trigger", "body", "story", "urge", "did", "after")
# The seventh, optional field: offered only once the episode has settled, because the
# method looks for other meanings after the body is calm, never while the wave is up.
LOOKING_AGAIN = "looking_again"
# Every text field an entry holds, in the order it is asked.
TEXT_FIELDS: tuple[str, ...] = (*PROMPTS, LOOKING_AGAIN)


@dataclass(frozen=True, slots=True)
class ActivationInput:
    """What a person says about an episode; everything but the trigger may stay empty."""

    trigger: str
    intensity: int | None  # None: not rated yet (never a made-up middle value)
    started_at: datetime
    settled_at: datetime | None = None
    body: str = ""
    story: str = ""
    urge: str = ""
    did: str = ""
    after: str = ""
    category: str | None = None
    person: str = ""
    # What happened to the urge (the `urge` prompt is what it asked for, in words).
    urge_outcome: UrgeRecord | None = None
    # Looking again once it has passed: what else it might have meant. Kept as written even
    # if the episode is later marked open again, so no words are lost; only offered settled.
    looking_again: str = ""

    def validated(self) -> ActivationInput:
        """Return a cleaned copy (whitespace trimmed), or raise ValidationError."""
        cleaned = replace(
            self,
            trigger=self.trigger.strip(),
            body=self.body.strip(),
            story=self.story.strip(),
            urge=self.urge.strip(),
            did=self.did.strip(),
            after=self.after.strip(),
            looking_again=self.looking_again.strip(),
            person=self.person.strip(),
            category=(self.category.strip() or None) if self.category is not None else None,
        )
        cleaned.check()
        return cleaned

    def check(self) -> None:
        """Raise ValidationError naming the first field that breaks a rule."""
        if self.intensity is not None:
            check_intensity(self.intensity)
        if not self.trigger.strip():
            raise ValidationError("trigger", "say in a few words what happened")
        for name in TEXT_FIELDS:
            if len(getattr(self, name)) > MAX_PROMPT_CHARS:
                raise ValidationError(name, f"is longer than {MAX_PROMPT_CHARS:,} characters")
        if len(self.person) > MAX_PERSON_CHARS:
            raise ValidationError("person", f"is longer than {MAX_PERSON_CHARS} characters")
        for name in (*TEXT_FIELDS, "person", "category"):
            _check_storable(name, getattr(self, name) or "")
        if self.urge_outcome is not None:
            self.urge_outcome.validated()
        _check_moment("started_at", self.started_at)
        if self.settled_at is not None:
            _check_moment("settled_at", self.settled_at)
            if self.settled_at < self.started_at:
                raise ValidationError("settled_at", "is before the episode started")


def check_intensity(intensity: int) -> None:
    """Raise ValidationError unless intensity is a whole number from 0 to 10."""
    if isinstance(intensity, bool) or not isinstance(intensity, int):
        raise ValidationError("intensity", "must be a whole number from 0 to 10")
    if not MIN_INTENSITY <= intensity <= MAX_INTENSITY:
        raise ValidationError("intensity", "must be between 0 and 10")


def intensity_text(intensity: int | None, not_rated: str = "not rated") -> str:
    """An intensity for a line of text: '7', or the words for not rated yet."""
    return not_rated if intensity is None else str(intensity)


def _check_storable(field_name: str, text: str) -> None:
    """Refuse text that cannot be written as UTF-8 (lone surrogates from broken input)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(field_name, "contains characters that cannot be saved") from None


def _check_moment(field_name: str, moment: datetime) -> None:
    """Refuse naive times and years no journal entry can have."""
    if moment.tzinfo is None:
        raise ValidationError(field_name, "needs a time zone")
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise ValidationError(field_name, f"must be between the years {MIN_YEAR} and {MAX_YEAR}")


@dataclass(frozen=True, slots=True)
class Activation:
    """A stored episode: the person's input plus the facts the vault keeps."""

    id: int
    uid: str
    content: ActivationInput
    created_at: datetime
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        """True while the episode has no settled time (the person is still activated)."""
        return self.content.settled_at is None

    @property
    def duration(self) -> timedelta | None:
        """How long the activation lasted, once it has settled."""
        if self.content.settled_at is None:
            return None
        return self.content.settled_at - self.content.started_at


@dataclass(frozen=True, slots=True)
class ActivationLinks:
    """What pointed at an episode when it was deleted, so an undo can point it back."""

    practice_ids: tuple[int, ...] = ()
    pause_ids: tuple[int, ...] = ()
    dialogue_ids: tuple[int, ...] = ()
    moment_ids: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.practice_ids or self.pause_ids or self.dialogue_ids or self.moment_ids)


@dataclass(frozen=True, slots=True)
class ActivationQuery:
    """Which episodes to list: all filters optional, newest first."""

    since: datetime | None = None
    until: datetime | None = None
    category: str | None = None
    search: str = ""
    open_only: bool = False
    limit: int | None = None
    offset: int = 0
