"""The people in a person's life: a name or nickname, their role, notes, archived or not."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from healer.domain.activation import MAX_PERSON_CHARS
from healer.domain.errors import ValidationError
from healer.domain.words import QT_TRANSLATE_NOOP

MAX_PERSON_NOTES_CHARS = 20_000


class Role(enum.Enum):
    """Who someone is to the person; the values double as stored and export names."""

    PARTNER = "partner"
    FRIEND = "friend"
    FAMILY = "family"
    THERAPIST = "therapist"
    GROUP = "group"
    MENTOR = "mentor"
    OTHER = "other"


def clean_person_name(name: str) -> str:
    """A name as kept: trimmed like the journal's "Person involved", never empty, one line.

    Only the ends are trimmed (not inner spaces), so a name typed in an entry and the
    registry's name stay the same text and the entry keeps its link.
    """
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError("name", QT_TRANSLATE_NOOP("PeopleRules", "give a name or a nickname"))
    if len(cleaned) > MAX_PERSON_CHARS:
        raise ValidationError("name", f"is longer than {MAX_PERSON_CHARS} characters")
    if "\n" in cleaned or "\r" in cleaned:
        raise ValidationError("name", QT_TRANSLATE_NOOP("PeopleRules", "keep the name on one line"))
    _check_storable("name", cleaned)
    return cleaned


@dataclass(frozen=True, slots=True)
class PersonInput:
    """What the person keeps about someone; only the name is required."""

    name: str
    role: Role = Role.OTHER
    notes: str = ""
    archived: bool = False

    def validated(self) -> PersonInput:
        """A checked copy with the name trimmed; raises ValidationError naming the field."""
        if not isinstance(self.role, Role):
            raise ValidationError("role", "is not a role Healer knows")
        if len(self.notes) > MAX_PERSON_NOTES_CHARS:
            raise ValidationError("notes", f"is longer than {MAX_PERSON_NOTES_CHARS:,} characters")
        _check_storable("notes", self.notes)
        return replace(self, name=clean_person_name(self.name), archived=bool(self.archived))


@dataclass(frozen=True, slots=True)
class Person:
    """A stored person, with how many moments and activations they are part of."""

    id: int
    uid: str
    content: PersonInput
    created_at: datetime
    updated_at: datetime
    moment_count: int = 0
    activation_count: int = 0
    # When the person last set aside the gentle signal on this page.
    signal_dismissed_at: datetime | None = None

    @property
    def name(self) -> str:
        """The name or nickname."""
        return self.content.name


@dataclass(frozen=True, slots=True)
class Involvement:
    """One activation a person was involved in: when it started and how long it lasted."""

    started_at: datetime
    duration: timedelta | None  # None while it has not settled


def _check_storable(field_name: str, text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("PeopleRules", "contains characters that cannot be saved")
        ) from None
