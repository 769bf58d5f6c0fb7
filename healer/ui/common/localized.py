"""Reading a translated JSON text file from resources/<folder>/<language>.json."""

from __future__ import annotations

import json
from typing import Any

from healer.resources import ResourceMissingError, resource_root


def localized_document(folder: str, language: str) -> Any:
    """The parsed file for the language, else its base language, else English."""
    for candidate in (language, language.split("_", maxsplit=1)[0], "en"):
        path = resource_root() / folder / f"{candidate}.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    raise ResourceMissingError(f"Missing resource file: {folder}/en.json")
