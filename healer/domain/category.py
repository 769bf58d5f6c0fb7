"""Trigger categories: the seeded list and the rules for names a person adds."""

from __future__ import annotations

from dataclasses import dataclass

from healer.domain.errors import ValidationError

MAX_CATEGORY_CHARS = 60

# Seeded once into a new vault; the person can add more. Common triggers of the
# attachment alarm, named plainly.
DEFAULT_CATEGORIES: tuple[str, ...] = (
    "delayed reply",
    "plans changed",
    "tone shift",
    "time apart",
    "conflict",
    "being ignored",
    "feeling left out",
    "other",
)


@dataclass(frozen=True, slots=True)
class Category:
    """A named kind of trigger."""

    id: int
    name: str
    builtin: bool


def clean_category_name(name: str) -> str:
    """Trim and collapse whitespace, or raise ValidationError for an unusable name."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("category", "a category needs a name")
    if len(cleaned) > MAX_CATEGORY_CHARS:
        raise ValidationError("category", f"is longer than {MAX_CATEGORY_CHARS} characters")
    return cleaned
