"""The practice cards' instructions, read from resources/practices/<language>.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from healer.domain.practice import PracticeKind
from healer.resources import ResourceMissingError, resource_root


@dataclass(frozen=True, slots=True)
class PracticeText:
    """A practice's title, one-line summary and a few short steps."""

    title: str
    summary: str
    steps: tuple[str, ...]


def _file_for(language: str) -> str:
    for candidate in (language, language.split("_", maxsplit=1)[0], "en"):
        path = resource_root() / "practices" / f"{candidate}.json"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise ResourceMissingError("Missing resource file: practices/en.json")


@cache
def practice_texts(language: str = "en") -> dict[PracticeKind, PracticeText]:
    """Every practice's text, in the given language when translated, else in English."""
    document = json.loads(_file_for(language))
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
