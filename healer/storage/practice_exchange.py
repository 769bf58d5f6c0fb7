"""Practice uses in the JSON export: records out, validated records back in (links by uid)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored, parse_stored
from healer.domain.errors import ValidationError
from healer.domain.practice import PracticeKind, PracticeUse, PracticeUseInput
from healer.storage.errors import ImportFormatError
from healer.storage.practices import PracticeRepository
from healer.storage.sqlcipher import Connection

_MAX_UID = 64


def practice_record(use: PracticeUse, activation_uid: str | None) -> dict[str, Any]:
    """One practice use as a JSON object; the link names the activation by uid, not by id."""
    content = use.content
    return {
        "uid": use.uid,
        "practice": content.kind.value,
        "pattern": content.pattern,
        "started_at": format_stored(content.started_at),
        "duration_seconds": content.duration_seconds,
        "intensity_before": content.intensity_before,
        "intensity_after": content.intensity_after,
        "activation_uid": activation_uid,
        "notes": list(content.notes),
        "created_at": format_stored(use.created_at),
    }


@dataclass(frozen=True, slots=True)
class ParsedPractice:
    """A practice record that passed every check, waiting for the import transaction."""

    uid: str
    content: PracticeUseInput
    activation_uid: str | None
    created_at: datetime | None


def _optional(record: dict[str, Any], key: str, where: str, kind: type) -> Any:
    value = record.get(key)
    if value is None:
        return None
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise ImportFormatError(f"{where}.{key}: expected {kind.__name__}")
    return value


def _required(record: dict[str, Any], key: str, where: str, kind: type) -> Any:
    value = _optional(record, key, where, kind)
    if value is None:
        raise ImportFormatError(f"{where}.{key}: missing")
    return value


def _moment(text: str | None, where: str) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            raise ImportFormatError(f"{where}: needs a time zone (such as Z)")
        return parse_stored(format_stored(moment))
    except (ValueError, OverflowError):
        raise ImportFormatError(f"{where}: not an ISO-8601 time") from None


def _parse_one(record: Any, where: str) -> ParsedPractice:
    if not isinstance(record, dict):
        raise ImportFormatError(f"{where}: expected an object")
    uid = _required(record, "uid", where, str)
    if not uid.strip() or len(uid) > _MAX_UID:
        raise ImportFormatError(f"{where}.uid: must be 1 to {_MAX_UID} characters")
    try:
        kind = PracticeKind(_required(record, "practice", where, str))
    except ValueError:
        raise ImportFormatError(f"{where}.practice: not a practice Healer knows") from None
    notes = _optional(record, "notes", where, list) or []
    if not all(isinstance(note, str) for note in notes):
        raise ImportFormatError(f"{where}.notes: expected a list of text")
    started_at = _moment(_required(record, "started_at", where, str), f"{where}.started_at")
    assert started_at is not None
    activation_uid = _optional(record, "activation_uid", where, str)
    content = PracticeUseInput(
        kind=kind,
        pattern=_optional(record, "pattern", where, str),
        started_at=started_at,
        duration_seconds=_required(record, "duration_seconds", where, int),
        intensity_before=_optional(record, "intensity_before", where, int),
        intensity_after=_optional(record, "intensity_after", where, int),
        notes=tuple(notes),
    )
    try:
        content = content.validated()
    except ValidationError as error:
        raise ImportFormatError(f"{where}.{error.field}: {error.problem}") from None
    created_at = _moment(_optional(record, "created_at", where, str), f"{where}.created_at")
    return ParsedPractice(uid, content, activation_uid, created_at)


def parse_practices(records: Any) -> list[ParsedPractice]:
    """Validate the export's "practices" list (absent in files from before practices)."""
    if records is None:
        return []
    if not isinstance(records, list):
        raise ImportFormatError("practices: expected a list")
    return [_parse_one(record, f"practices[{index}]") for index, record in enumerate(records)]


def insert_practices(
    connection: Connection, parsed: list[ParsedPractice], existing: set[str]
) -> tuple[int, int]:
    """Inside the import transaction: add the new ones; returns (added, already present).

    A link to an activation that is neither in the vault nor in the file is dropped
    rather than failing the whole import: the practice itself is still worth keeping.
    """
    added = present = 0
    for item in parsed:
        if item.uid in existing:
            present += 1
            continue
        activation_id: int | None = None
        if item.activation_uid is not None:
            row = connection.execute(
                "SELECT id FROM activation WHERE uid = ?", (item.activation_uid,)
            ).fetchone()
            activation_id = None if row is None else int(row[0])
        content = replace(item.content, activation_id=activation_id)
        PracticeRepository.insert(connection, content, uid=item.uid, created_at=item.created_at)
        existing.add(item.uid)
        added += 1
    return added, present
