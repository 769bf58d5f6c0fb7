"""Trigger categories: the seeded list, the rules for names, and plans for a trigger."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from healer.domain.errors import ValidationError
from healer.domain.names import clean_name
from healer.domain.words import QT_TRANSLATE_NOOP

MAX_CATEGORY_CHARS = 60
MAX_PLAN_CHARS = 2_000

# Seeded once into a new vault; the person can add more. Common triggers of the
# attachment alarm, named plainly. Kept in English in the vault; shown in the person's language.
DEFAULT_CATEGORIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("category", "delayed reply"),
    QT_TRANSLATE_NOOP("category", "plans changed"),
    QT_TRANSLATE_NOOP("category", "tone shift"),
    QT_TRANSLATE_NOOP("category", "time apart"),
    QT_TRANSLATE_NOOP("category", "conflict"),
    QT_TRANSLATE_NOOP("category", "being ignored"),
    QT_TRANSLATE_NOOP("category", "feeling left out"),
    QT_TRANSLATE_NOOP("category", "other"),
)


@dataclass(frozen=True, slots=True)
class Category:
    """A named kind of trigger."""

    id: int
    name: str
    builtin: bool
    # "When this happens, I will …" in the person's own words; empty while there is none.
    plan: str = ""


@dataclass(frozen=True, slots=True)
class TriggerPlan:
    """What a person means to do the next time a kind of trigger comes."""

    category: str
    text: str
    updated_at: datetime


def clean_category_name(name: str) -> str:
    """Trim and collapse whitespace, or raise ValidationError for an unusable name."""
    return clean_name(
        name, field="category", missing="a category needs a name", max_chars=MAX_CATEGORY_CHARS
    )


def clean_plan_text(text: str) -> str:
    """A plan trimmed ("" means no plan), or ValidationError when it cannot be kept."""
    cleaned = text.strip()
    if len(cleaned) > MAX_PLAN_CHARS:
        raise ValidationError("plan", f"is longer than {MAX_PLAN_CHARS:,} characters")
    try:
        cleaned.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("plan", "contains characters that cannot be saved") from None
    return cleaned


def top_first(names: Sequence[str], top: Sequence[str]) -> list[str]:
    """The names with the top triggers first, in their order, then the rest as they came."""
    leading = [name for name in top if name in names]
    return leading + [name for name in names if name not in leading]
