"""Draft slots and the cleaning of what a form keeps."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from healer.domain.activation import MAX_PERSON_CHARS
from healer.domain.draft import (
    NEW_ENTRY_SLOT,
    QUICK_CAPTURE_SLOT,
    EntryDraft,
    clean_draft_fields,
    edit_slot,
    slot_activation_id,
)
from healer.domain.errors import ValidationError


def test_slots_name_the_entry_they_belong_to() -> None:
    assert slot_activation_id(edit_slot(42)) == 42
    assert slot_activation_id(NEW_ENTRY_SLOT) is None
    assert slot_activation_id(QUICK_CAPTURE_SLOT) is None
    with pytest.raises(ValidationError):
        slot_activation_id("edit:x")
    with pytest.raises(ValidationError):
        slot_activation_id("other")


def test_cleaning_keeps_known_fields_drops_blank_and_caps_length() -> None:
    cleaned = clean_draft_fields(
        {"trigger": "no reply", "body": "  ", "unknown": "x", "person": "p" * 500}
    )
    assert cleaned == {"trigger": "no reply", "person": "p" * MAX_PERSON_CHARS}


def test_cleaning_refuses_non_text() -> None:
    with pytest.raises(ValidationError):
        clean_draft_fields({"trigger": 3})  # type: ignore[dict-item]


def test_a_draft_of_blanks_is_empty() -> None:
    moment = datetime(2026, 11, 23, tzinfo=UTC)
    assert EntryDraft("new", {"trigger": " "}, moment).is_empty
    assert not EntryDraft("new", {"story": "x"}, moment).is_empty
