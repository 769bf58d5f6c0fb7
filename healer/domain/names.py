"""Names a person gives (trigger categories, parts): one line, never empty, within a limit."""

from __future__ import annotations

from healer.domain.errors import ValidationError


def clean_name(name: str, *, field: str, missing: str, max_chars: int) -> str:
    """Trim and collapse whitespace, or raise ValidationError (on field) for an unusable name.

    missing is the message for a name that is empty once trimmed.
    """
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(field, missing)
    if len(cleaned) > max_chars:
        raise ValidationError(field, f"is longer than {max_chars} characters")
    return cleaned
