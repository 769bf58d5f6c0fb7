"""Practice uses in the JSON export: records out, validated records back in (links by uid)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored
from healer.domain.errors import ValidationError
from healer.domain.practice import PracticeKind, PracticeUse, PracticeUseInput
from healer.storage.errors import ImportFormatError
from healer.storage.import_fields import read_list, read_moment, read_uid, read_value
from healer.storage.practices.repository import PracticeRepository
from healer.storage.sqlcipher import Connection


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


def _parse_one(record: Any, where: str) -> ParsedPractice:
    if not isinstance(record, dict):
        raise ImportFormatError(f"{where}: expected an object")
    uid = read_uid(record, "uid", where, True)
    try:
        kind = PracticeKind(read_value(record, "practice", where, str, True))
    except ValueError:
        raise ImportFormatError(f"{where}.practice: not a practice Healer knows") from None
    notes = read_value(record, "notes", where, list, False) or []
    if not all(isinstance(note, str) for note in notes):
        raise ImportFormatError(f"{where}.notes: expected a list of text")
    started_at = read_moment(record, "started_at", where, True)
    activation_uid = read_value(record, "activation_uid", where, str, False)
    content = PracticeUseInput(
        kind=kind,
        pattern=read_value(record, "pattern", where, str, False),
        started_at=started_at,
        duration_seconds=read_value(record, "duration_seconds", where, int, True),
        intensity_before=read_value(record, "intensity_before", where, int, False),
        intensity_after=read_value(record, "intensity_after", where, int, False),
        notes=tuple(notes),
    )
    try:
        content = content.validated()
    except ValidationError as error:
        raise ImportFormatError(f"{where}.{error.field}: {error.problem}") from None
    created_at = read_moment(record, "created_at", where, False)
    return ParsedPractice(uid, content, activation_uid, created_at)


def parse_practices(records: Any) -> list[ParsedPractice]:
    """Validate the export's "practices" list (absent in files from before practices)."""
    listed = read_list(records, "practices")
    return [_parse_one(record, f"practices[{index}]") for index, record in enumerate(listed)]


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
