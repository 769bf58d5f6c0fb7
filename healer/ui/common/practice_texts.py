"""The practice cards' instructions, read from resources/practices/<language>.json."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QLocale

from healer.domain.practice import PracticeKind
from healer.resources import ResourceMissingError
from healer.ui.common.localized import localized_document


@dataclass(frozen=True, slots=True)
class PracticeText:
    """A practice's title, one-line summary and a few short steps."""

    title: str
    summary: str
    steps: tuple[str, ...]


def practice_texts(language: str | None = None) -> dict[PracticeKind, PracticeText]:
    """Every practice's text in the language asked (else the app's), else in English."""
    return _read(language if language is not None else QLocale().name())


@cache
def _read(language: str) -> dict[PracticeKind, PracticeText]:
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
