"""The practice cards' instructions, read from resources/practices/<language>.json."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from healer.domain.practice import PracticeKind
from healer.resources import ResourceMissingError
from healer.ui.common.localized import localized_document


@dataclass(frozen=True, slots=True)
class PracticeText:
    """A practice's title, one-line summary and a few short steps."""

    title: str
    summary: str
    steps: tuple[str, ...]


@cache
def practice_texts(language: str = "en") -> dict[PracticeKind, PracticeText]:
    """Every practice's text, in the given language when translated, else in English."""
    document = localized_document("practices", language)
    texts: dict[PracticeKind, PracticeText] = {}
    for kind in PracticeKind:
        entry = document.get(kind.value)
        if not isinstance(entry, dict):
            raise ResourceMissingError(f"practices/{language}.json has no text for {kind.value}")
        texts[kind] = PracticeText(
            title=str(entry["title"]),
            summary=str(entry["summary"]),
            steps=tuple(str(step) for step in entry["steps"]),
        )
    return texts
