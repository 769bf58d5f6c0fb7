"""Practice uses in the JSON export: records out, validated records back in (links by uid)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored
from healer.domain.practice import PracticeKind, PracticeUse, PracticeUseInput
from healer.storage.import_fields import (
    activation_id_for,
    add_missing,
    checked,
    read_choice,
    read_moment,
    read_records,
    read_texts,
    read_uid,
    read_value,
)
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


def _parse_one(record: dict[str, Any], where: str) -> ParsedPractice:
    uid = read_uid(record, "uid", where, True)
    kind = read_choice(record, "practice", where, PracticeKind)
    notes = read_texts(record, "notes", where)
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
    content = checked(content, where)
    created_at = read_moment(record, "created_at", where, False)
    return ParsedPractice(uid, content, activation_uid, created_at)


def parse_practices(records: Any) -> Iterator[ParsedPractice]:
    """Validate the export's "practices" list as it is read (absent in older files)."""
    return read_records(records, "practices", _parse_one, lambda item: item.uid)


def insert_practices(
    connection: Connection, parsed: Iterable[ParsedPractice], existing: set[str]
) -> tuple[int, int]:
    """Inside the import transaction: add the new ones; returns (added, already present).

    A link to an activation that is neither in the vault nor in the file is dropped
    rather than failing the whole import: the practice itself is still worth keeping.
    """

    def add(item: ParsedPractice) -> None:
        activation_id = activation_id_for(connection, item.activation_uid)
        content = replace(item.content, activation_id=activation_id)
        PracticeRepository.insert(connection, content, uid=item.uid, created_at=item.created_at)

    return add_missing(parsed, lambda item: item.uid, existing, add)
