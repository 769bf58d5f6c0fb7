"""Trigger categories: the seeded list and the rules for names a person adds."""

from __future__ import annotations

from dataclasses import dataclass

from healer.domain.names import clean_name

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
    return clean_name(
        name, field="category", missing="a category needs a name", max_chars=MAX_CATEGORY_CHARS
    )
