"""Errors a person can fix, kept apart from bugs; messages never quote journal text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from healer.domain.words import QT_TRANSLATE_NOOP

# The translation context of every error sentence; the window translates, the CLI prints English.
ERRORS_CONTEXT = "errors"


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence with %1, %2… placeholders and the values that fill them, kept apart.

    The English template is marked for translation where it is written; the window
    translates the template (and any value that is itself a marked phrase), so a translator
    can reorder the values. str() is the English sentence.
    """

    text: str
    values: tuple[str | Words, ...] = ()

    def __str__(self) -> str:
        return fill(self.text, tuple(str(value) for value in self.values))


def words(text: str, *values: object) -> Words:
    """Words from a marked template and its values; a Words value stays whole for translating."""
    return Words(text, tuple(value if isinstance(value, Words) else str(value) for value in values))


_PLACE = re.compile(r"%(\d+)")


def fill(text: str, values: tuple[str, ...]) -> str:
    """The text with %1… replaced by the values in one pass (a value holding "%2" stays)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return _PLACE.sub(value, text)


class HealerError(Exception):
    """A problem caused by input or circumstances, with a message safe to show."""

    def __init__(self, text: str, *values: object) -> None:
        self.words = words(text, *values)
        super().__init__(str(self.words))


class ValidationError(HealerError):
    """A value that breaks a rule of the record it belongs to."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "%1: %2"), field, problem)
        self.field = field
        self.problem = problem
