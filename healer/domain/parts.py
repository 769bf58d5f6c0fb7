"""Parts work: the seven dialogue steps, what a dialogue keeps, and the young parts met."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from healer.domain.activation import MAX_INTENSITY, MAX_YEAR, MIN_INTENSITY, MIN_YEAR
from healer.domain.errors import ValidationError
from healer.domain.names import clean_name
from healer.domain.words import QT_TRANSLATE_NOOP

MAX_DIALOGUE_CHARS = 20_000
MAX_PART_NAME_CHARS = 80
MAX_PART_TEXT_CHARS = 20_000
MIN_AGE = 1
MAX_AGE = 17
AGE_OLDER = "older"
AGE_UNSURE = "unsure"
# The quick choices the age step offers, in the order shown.
AGE_CHOICES: tuple[str, ...] = ("3", "5", "7", AGE_OLDER, AGE_UNSURE)


class DialogueStep(enum.Enum):
    """The steps of the guided dialogue, in the order they are walked."""

    SETTLE = "settle"
    NOTICE = "notice"
    AGE = "age"
    FEAR = "fear"
    NEED = "need"
    ANSWER = "answer"
    CLOSE = "close"


STEPS: tuple[DialogueStep, ...] = tuple(DialogueStep)

# The written answers, in step order; the keys double as draft, export and column names.
TEXT_FIELDS: tuple[str, ...] = ("notice", "fear", "need", "answer")

# What each step lets the person give; the settle step only invites a few breaths.
STEP_FIELDS: Mapping[DialogueStep, tuple[str, ...]] = {
    DialogueStep.SETTLE: (),
    DialogueStep.NOTICE: ("notice",),
    DialogueStep.AGE: ("age",),
    DialogueStep.FEAR: ("fear",),
    DialogueStep.NEED: ("need",),
    DialogueStep.ANSWER: ("answer",),
    DialogueStep.CLOSE: ("feeling_after", "part_id", "new_part_name", "activation_id"),
}

# Nothing is required: every step may be skipped and the dialogue still kept.
REQUIRED_FIELDS: frozenset[str] = frozenset()


def clean_age(age: str) -> str:
    """An age as kept: '' (skipped), a whole number of years, 'older' or 'unsure'."""
    cleaned = age.strip().lower()
    if cleaned in ("", AGE_OLDER, AGE_UNSURE):
        return cleaned
    if cleaned.isdigit() and MIN_AGE <= int(cleaned) <= MAX_AGE:
        return str(int(cleaned))
    raise ValidationError("age", f"is a number from {MIN_AGE} to {MAX_AGE}, older or unsure")


def clean_part_name(name: str) -> str:
    """A part's name, trimmed, one line, within its limit."""
    cleaned = clean_name(
        name,
        field="name",
        missing=QT_TRANSLATE_NOOP("PartsRules", "give the part a name, even a single word"),
        max_chars=MAX_PART_NAME_CHARS,
    )
    _check_storable("name", cleaned)
    return cleaned


@dataclass(frozen=True, slots=True)
class DialogueInput:
    """What one dialogue holds; every field may stay empty, and texts are kept as typed."""

    started_at: datetime
    step: DialogueStep = DialogueStep.SETTLE
    notice: str = ""
    age: str = ""
    fear: str = ""
    need: str = ""
    answer: str = ""
    feeling_after: int | None = None
    part_id: int | None = None
    new_part_name: str = ""
    activation_id: int | None = None

    def validated(self) -> DialogueInput:
        """Return a checked copy (the age and a new name tidied, texts untouched)."""
        name = " ".join(self.new_part_name.split())
        cleaned = replace(self, age=clean_age(self.age), new_part_name=name)
        cleaned.check()
        return cleaned

    def check(self) -> None:
        """Raise ValidationError naming the first field that breaks a rule."""
        if not isinstance(self.step, DialogueStep):
            raise ValidationError("step", "is not a step of the dialogue")
        if self.started_at.tzinfo is None:
            raise ValidationError("started_at", "needs a time zone")
        if not MIN_YEAR <= self.started_at.year <= MAX_YEAR:
            raise ValidationError("started_at", f"must be between {MIN_YEAR} and {MAX_YEAR}")
        for name in TEXT_FIELDS:
            text = getattr(self, name)
            if len(text) > MAX_DIALOGUE_CHARS:
                raise ValidationError(name, f"is longer than {MAX_DIALOGUE_CHARS:,} characters")
            _check_storable(name, text)
        clean_age(self.age)
        feeling = self.feeling_after
        if feeling is not None and (
            isinstance(feeling, bool)
            or not isinstance(feeling, int)
            or not MIN_INTENSITY <= feeling <= MAX_INTENSITY
        ):
            raise ValidationError("feeling_after", "must be a whole number from 0 to 10")
        if self.new_part_name:
            clean_part_name(self.new_part_name)
            if self.part_id is not None:
                raise ValidationError("new_part_name", "choose a part met before or a new name")

    @property
    def is_blank(self) -> bool:
        """True when nothing was written or chosen (the step reached and a link do not count)."""
        return (
            not any(getattr(self, name).strip() for name in TEXT_FIELDS)
            and not self.age
            and self.feeling_after is None
            and self.part_id is None
            and not self.new_part_name.strip()
        )


def dialogue_fields(content: DialogueInput) -> dict[str, str]:
    """A dialogue as the text fields a form shows (the inverse of dialogue_from_fields)."""
    return {
        **{name: getattr(content, name) for name in TEXT_FIELDS},
        "age": content.age,
        "feeling_after": "" if content.feeling_after is None else str(content.feeling_after),
        "part_id": "" if content.part_id is None else str(content.part_id),
        "new_part_name": content.new_part_name,
        "activation_id": "" if content.activation_id is None else str(content.activation_id),
    }


def dialogue_from_fields(
    fields: Mapping[str, str], *, started_at: datetime, step: DialogueStep
) -> DialogueInput:
    """What a form holds, as a dialogue; missing or empty fields are simply skipped steps."""

    def number(name: str) -> int | None:
        text = fields.get(name, "").strip()
        if not text:
            return None
        if not text.lstrip("-").isdigit():
            raise ValidationError(name, "must be a whole number")
        return int(text)

    return DialogueInput(
        started_at=started_at,
        step=step,
        **{name: fields.get(name, "") for name in TEXT_FIELDS},
        age=fields.get("age", ""),
        feeling_after=number("feeling_after"),
        part_id=number("part_id"),
        new_part_name=fields.get("new_part_name", ""),
        activation_id=number("activation_id"),
    )


@dataclass(frozen=True, slots=True)
class Dialogue:
    """A kept dialogue: unfinished while finished_at is None, so it can be continued."""

    id: int
    uid: str
    content: DialogueInput
    finished_at: datetime | None
    part_name: str | None
    created_at: datetime
    updated_at: datetime

    @property
    def is_finished(self) -> bool:
        """True once the person closed the dialogue with Finish."""
        return self.finished_at is not None


@dataclass(frozen=True, slots=True)
class DialogueQuery:
    """Which dialogues to list, newest first; every filter optional."""

    search: str = ""
    part_id: int | None = None
    activation_id: int | None = None
    unfinished: bool | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class PartInput:
    """What a person keeps about a young part they have met."""

    name: str
    typical_age: str = ""
    usual_fear: str = ""
    what_helps: str = ""
    notes: str = ""

    def validated(self) -> PartInput:
        """Return a checked copy (the name and age tidied, the texts as typed)."""
        cleaned = replace(
            self, name=clean_part_name(self.name), typical_age=clean_age(self.typical_age)
        )
        cleaned.check()
        return cleaned

    def check(self) -> None:
        """Raise ValidationError naming the first field that breaks a rule."""
        clean_part_name(self.name)
        clean_age(self.typical_age)
        for name in ("usual_fear", "what_helps", "notes"):
            text = getattr(self, name)
            if len(text) > MAX_PART_TEXT_CHARS:
                raise ValidationError(name, f"is longer than {MAX_PART_TEXT_CHARS:,} characters")
            _check_storable(name, text)


@dataclass(frozen=True, slots=True)
class Part:
    """A stored part, with how often and when it was last met in a finished dialogue."""

    id: int
    uid: str
    content: PartInput
    created_at: datetime
    updated_at: datetime
    dialogue_count: int = 0
    last_met: datetime | None = None


def _check_storable(field_name: str, text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("PartsRules", "contains characters that cannot be saved")
        ) from None
