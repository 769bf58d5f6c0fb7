"""Reading the fields of an imported JSON record: one type check and one message per problem.

Every importer (activations, practices, parts and dialogues, pauses) reads its
records through these, so a wrong file is refused the same way whichever list it breaks:
"activations[3].started_at: needs a time zone (such as Z)".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, overload

from healer.domain.clock import format_stored, parse_stored
from healer.storage.errors import ImportFormatError

MAX_UID = 64


def read_value(record: dict[str, Any], key: str, where: str, kind: type, required: bool) -> Any:
    """record[key] if it is of that kind; None when absent and not required.

    A whole number counts as a float; true and false never count as numbers.
    """
    value = record.get(key)
    if value is None:
        if required:
            raise ImportFormatError(f"{where}.{key}: missing")
        return None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if (kind in (int, float) and isinstance(value, bool)) or not isinstance(value, kind):
        raise ImportFormatError(f"{where}.{key}: expected {kind.__name__}")
    return value


@overload
def read_moment(
    record: dict[str, Any], key: str, where: str, required: Literal[True]
) -> datetime: ...
@overload
def read_moment(
    record: dict[str, Any], key: str, where: str, required: bool
) -> datetime | None: ...
def read_moment(record: dict[str, Any], key: str, where: str, required: bool) -> datetime | None:
    """An ISO-8601 time with a zone, as stored: UTC, whole seconds."""
    text = read_value(record, key, where, str, required)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ImportFormatError(f"{where}.{key}: not an ISO-8601 time") from None
    if moment.tzinfo is None:
        raise ImportFormatError(f"{where}.{key}: needs a time zone (such as Z)")
    try:
        return parse_stored(format_stored(moment))
    except (OverflowError, ValueError):
        raise ImportFormatError(f"{where}.{key}: outside the years 1 to 9999 in UTC") from None


@overload
def read_uid(record: dict[str, Any], key: str, where: str, required: Literal[True]) -> str: ...
@overload
def read_uid(record: dict[str, Any], key: str, where: str, required: bool) -> str | None: ...
def read_uid(record: dict[str, Any], key: str, where: str, required: bool) -> str | None:
    """A record's export identity (or a link to one): 1 to MAX_UID characters, not blank."""
    uid: str | None = read_value(record, key, where, str, required)
    if uid is not None and (not uid.strip() or len(uid) > MAX_UID):
        raise ImportFormatError(f"{where}.{key}: must be 1 to {MAX_UID} characters")
    return uid


def read_list(value: Any, key: str) -> list[Any]:
    """A top-level list of the export; absent (an older file) reads as empty."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportFormatError(f"{key}: expected a list")
    return value
