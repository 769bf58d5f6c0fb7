"""Unfinished entries: what a person has typed into a form but not saved yet."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from healer.domain.activation import MAX_PERSON_CHARS, MAX_PROMPT_CHARS, TEXT_FIELDS
from healer.domain.errors import ValidationError

# Slots: one unfinished new entry, one quick-capture line, one draft per edited entry.
NEW_ENTRY_SLOT = "new"
QUICK_CAPTURE_SLOT = "quick"
_EDIT_PREFIX = "edit:"

# Every field a form may keep; values are always text so a half-typed time survives too.
DRAFT_FIELDS: tuple[str, ...] = (
    *TEXT_FIELDS,
    "intensity",
    "started_at",
    "settled_at",
    "category",
    "person",
    "urge_outcome",  # what happened to the urge (healer.domain.urge), and a pause's length
    "urge_pause_minutes",
)
_FIELD_LIMITS = {name: MAX_PROMPT_CHARS for name in TEXT_FIELDS} | {"person": MAX_PERSON_CHARS}
_OTHER_LIMIT = 100


def edit_slot(activation_id: int) -> str:
    """The draft slot of an existing entry being edited."""
    return f"{_EDIT_PREFIX}{int(activation_id)}"


def slot_activation_id(slot: str) -> int | None:
    """The entry an edit slot belongs to; None for the new-entry and quick-capture slots."""
    if slot in (NEW_ENTRY_SLOT, QUICK_CAPTURE_SLOT):
        return None
    if slot.startswith(_EDIT_PREFIX) and slot[len(_EDIT_PREFIX) :].isdigit():
        return int(slot[len(_EDIT_PREFIX) :])
    raise ValidationError("slot", "unknown draft slot")


def clean_draft_fields(fields: Mapping[str, str]) -> dict[str, str]:
    """Known fields only, as text, each within its length limit; empty values dropped."""
    cleaned: dict[str, str] = {}
    for name in DRAFT_FIELDS:
        value = fields.get(name, "")
        if not isinstance(value, str):
            raise ValidationError(name, "a draft keeps text only")
        if value.strip():
            cleaned[name] = value[: _FIELD_LIMITS.get(name, _OTHER_LIMIT)]
    return cleaned


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """A kept draft: which form it belongs to, what was typed, and when it was last kept."""

    slot: str
    fields: Mapping[str, str]
    updated_at: datetime

    @property
    def is_empty(self) -> bool:
        """True when nothing worth keeping was typed."""
        return not any(value.strip() for value in self.fields.values())
