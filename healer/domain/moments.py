"""Moments of being met: one time the person reached out, how they said it, how it went."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from healer.domain.activation import MAX_INTENSITY, MAX_YEAR, MIN_INTENSITY, MIN_YEAR
from healer.domain.errors import ValidationError

MAX_SHARED_CHARS = 20_000

# The form's one draft slot (a moment being written, new or edited, is kept under it).
MOMENT_DRAFT_SLOT = "moment"
# What a moment form's draft may keep; values are always text, like entry drafts.
MOMENT_DRAFT_FIELDS: tuple[str, ...] = (
    "moment_id",
    "happened_at",
    "who",
    "shared",
    "delivery",
    "response",
    "feeling_before",
    "feeling_after",
    "activation_id",
    "pause_id",
)
_DRAFT_OTHER_LIMIT = 100


class Response(enum.Enum):
    """How the other person (or the person themselves) responded."""

    CARE = "met-with-care"
    PARTLY = "partly-met"
    MISSED = "missed"
    HURT = "hurt"


# The order the quick log, the lists and the chart show them in: best first.
RESPONSES: tuple[Response, ...] = tuple(Response)


class Delivery(enum.Enum):
    """How the person said it: as a need, or as a demand or a test."""

    NEED = "need"
    DEMAND = "demand-or-test"


def clean_moment_draft(fields: Mapping[str, str]) -> dict[str, str]:
    """Known fields only, as text, each within its limit; empty values dropped."""
    cleaned: dict[str, str] = {}
    for name in MOMENT_DRAFT_FIELDS:
        value = fields.get(name, "")
        if not isinstance(value, str):
            raise ValidationError(name, "a draft keeps text only")
        limit = MAX_SHARED_CHARS if name == "shared" else _DRAFT_OTHER_LIMIT
        if value.strip():
            cleaned[name] = value[:limit]
    return cleaned


@dataclass(frozen=True, slots=True)
class MomentInput:
    """One moment; person_id None means "Myself": a need the person met on their own."""

    happened_at: datetime
    response: Response
    person_id: int | None = None
    shared: str = ""
    delivery: Delivery | None = None
    feeling_before: int | None = None
    feeling_after: int | None = None
    activation_id: int | None = None
    pause_id: int | None = None

    def validated(self) -> MomentInput:
        """A checked copy (the words are kept exactly as typed, only the ends trimmed)."""
        cleaned = replace(self, shared=self.shared.strip())
        cleaned.check()
        return cleaned

    def check(self) -> None:
        """Raise ValidationError naming the first field that breaks a rule."""
        if self.happened_at.tzinfo is None:
            raise ValidationError("happened_at", "needs a time zone")
        if not MIN_YEAR <= self.happened_at.year <= MAX_YEAR:
            raise ValidationError("happened_at", f"must be between {MIN_YEAR} and {MAX_YEAR}")
        if not isinstance(self.response, Response):
            raise ValidationError("response", "choose how they responded")
        if self.delivery is not None and not isinstance(self.delivery, Delivery):
            raise ValidationError("delivery", "is a need or a demand or test")
        if len(self.shared) > MAX_SHARED_CHARS:
            raise ValidationError("shared", f"is longer than {MAX_SHARED_CHARS:,} characters")
        try:
            self.shared.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError("shared", "contains characters that cannot be saved") from None
        for name in ("feeling_before", "feeling_after"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool)
                or not isinstance(value, int)
                or not MIN_INTENSITY <= value <= MAX_INTENSITY
            ):
                raise ValidationError(name, "must be a whole number from 0 to 10")

    @property
    def is_myself(self) -> bool:
        """True for a moment when the person met their own need."""
        return self.person_id is None


@dataclass(frozen=True, slots=True)
class Moment:
    """A stored moment."""

    id: int
    uid: str
    content: MomentInput
    created_at: datetime
    updated_at: datetime
    person_name: str | None = None  # None for "Myself"


@dataclass(frozen=True, slots=True)
class MomentQuery:
    """Which moments to list: everyone's, one person's, or the person's own ("Myself")."""

    person_id: int | None = None
    myself: bool = False
    search: str = ""
    since: datetime | None = None
    until: datetime | None = None
    limit: int | None = None
