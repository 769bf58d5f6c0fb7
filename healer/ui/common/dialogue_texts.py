"""The dialogue's prompts and hints, read from resources/parts/<language>.json."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale

from healer.domain.parts import AGE_CHOICES, STEPS, DialogueStep
from healer.resources import ResourceMissingError
from healer.ui.common.localized import localized_document


@dataclass(frozen=True, slots=True)
class StepText:
    """What one step says: a title, a lead, a hint, and any extra labels it needs."""

    title: str
    lead: str
    hint: str
    extra: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str:
        """An extra label of the step; a missing one is a packaging bug."""
        try:
            return self.extra[key]
        except KeyError:
            raise ResourceMissingError(f"parts texts lack {key!r}") from None


@dataclass(frozen=True, slots=True)
class DialogueTexts:
    """Every text of the dialogue, in one language."""

    wizard_title: str
    keys_hint: str
    steps: Mapping[DialogueStep, StepText]
    age_choices: Mapping[str, str]


def _step(entry: Any, step: DialogueStep) -> StepText:
    if not isinstance(entry, dict):
        raise ResourceMissingError(f"parts texts have no step {step.value!r}")
    extra = {
        str(key): str(value)
        for key, value in entry.items()
        if key not in ("title", "lead", "hint") and isinstance(value, str)
    }
    return StepText(str(entry["title"]), str(entry["lead"]), str(entry["hint"]), extra)


def dialogue_texts(language: str | None = None) -> DialogueTexts:
    """The dialogue's texts in a language (by default the app's), else in English."""
    return _texts(QLocale().name() if language is None else language)


@cache
def _texts(language: str) -> DialogueTexts:
    document = localized_document("parts", language)
    steps = document.get("steps", {})
    choices = steps.get("age", {}).get("choices", {})
    if set(choices) != set(AGE_CHOICES):
        raise ResourceMissingError("parts texts must label every age choice")
    return DialogueTexts(
        wizard_title=str(document["wizard_title"]),
        keys_hint=str(document["keys_hint"]),
        steps={step: _step(steps.get(step.value), step) for step in STEPS},
        age_choices={choice: str(choices[choice]) for choice in AGE_CHOICES},
    )
