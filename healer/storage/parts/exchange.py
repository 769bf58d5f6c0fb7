"""Parts and dialogues in the JSON export: records out, validated records back in (by uid)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored
from healer.domain.parts import TEXT_FIELDS, Dialogue, DialogueInput, DialogueStep, Part, PartInput
from healer.storage.import_fields import (
    activation_id_for,
    add_missing,
    checked,
    read_choice,
    read_moment,
    read_records,
    read_uid,
    read_value,
)
from healer.storage.parts.dialogues import DialogueRepository
from healer.storage.parts.repository import PartRepository
from healer.storage.sqlcipher import Connection


def part_record(part: Part) -> dict[str, Any]:
    """One part as a JSON object."""
    content = part.content
    return {
        "uid": part.uid,
        "name": content.name,
        "typical_age": content.typical_age,
        "usual_fear": content.usual_fear,
        "what_helps": content.what_helps,
        "notes": content.notes,
        "created_at": format_stored(part.created_at),
        "updated_at": format_stored(part.updated_at),
    }


def dialogue_record(
    dialogue: Dialogue, part_uid: str | None, activation_uid: str | None
) -> dict[str, Any]:
    """One dialogue as a JSON object; links name the part and the activation by uid."""
    content = dialogue.content
    finished = dialogue.finished_at
    return {
        "uid": dialogue.uid,
        "started_at": format_stored(content.started_at),
        "finished_at": None if finished is None else format_stored(finished),
        "step": content.step.value,
        **{name: getattr(content, name) for name in TEXT_FIELDS},
        "age": content.age,
        "feeling_after": content.feeling_after,
        "part_uid": part_uid,
        "new_part_name": content.new_part_name,
        "activation_uid": activation_uid,
        "created_at": format_stored(dialogue.created_at),
        "updated_at": format_stored(dialogue.updated_at),
    }


@dataclass(frozen=True, slots=True)
class ParsedPart:
    """A part record that passed every check."""

    uid: str
    content: PartInput
    created_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class ParsedDialogue:
    """A dialogue record that passed every check, links still by uid."""

    uid: str
    content: DialogueInput
    finished_at: datetime | None
    part_uid: str | None
    activation_uid: str | None
    created_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class PartsImport:
    """What the parts and dialogues of an import added, and what was already there."""

    parts_added: int = 0
    parts_present: int = 0
    dialogues_added: int = 0
    dialogues_present: int = 0


def _parse_part(record: dict[str, Any], where: str) -> ParsedPart:
    uid = read_uid(record, "uid", where, True)
    assert uid is not None
    content = PartInput(
        name=read_value(record, "name", where, str, True),
        **{
            key: read_value(record, key, where, str, False) or ""
            for key in ("typical_age", "usual_fear", "what_helps", "notes")
        },
    )
    content = checked(content, where)
    created = read_moment(record, "created_at", where, False)
    return ParsedPart(uid, content, created, read_moment(record, "updated_at", where, False))


def _parse_dialogue(record: dict[str, Any], where: str) -> ParsedDialogue:
    uid = read_uid(record, "uid", where, True)
    assert uid is not None
    started_at = read_moment(record, "started_at", where, True)
    assert started_at is not None
    step = read_choice(record, "step", where, DialogueStep, DialogueStep.SETTLE.value)
    texts = {name: read_value(record, name, where, str, False) or "" for name in TEXT_FIELDS}
    content = DialogueInput(
        started_at=started_at,
        step=step,
        notice=texts["notice"],
        age=read_value(record, "age", where, str, False) or "",
        fear=texts["fear"],
        need=texts["need"],
        answer=texts["answer"],
        feeling_after=read_value(record, "feeling_after", where, int, False),
        new_part_name=read_value(record, "new_part_name", where, str, False) or "",
    )
    return ParsedDialogue(
        uid=uid,
        content=checked(content, where),
        finished_at=read_moment(record, "finished_at", where, False),
        part_uid=read_uid(record, "part_uid", where, False),
        activation_uid=read_uid(record, "activation_uid", where, False),
        created_at=read_moment(record, "created_at", where, False),
        updated_at=read_moment(record, "updated_at", where, False),
    )


def parse_parts(records: Any) -> Iterator[ParsedPart]:
    """Validate the export's "parts" list as it is read (absent in older files)."""
    return read_records(records, "parts", _parse_part, lambda item: item.uid)


def parse_dialogues(records: Any) -> Iterator[ParsedDialogue]:
    """Validate the export's "dialogues" list as it is read (absent in older files)."""
    return read_records(records, "dialogues", _parse_dialogue, lambda item: item.uid)


def insert_parts_and_dialogues(
    connection: Connection,
    parts: Iterable[ParsedPart],
    dialogues: Iterable[ParsedDialogue],
    *,
    part_ids: dict[str, int],
    dialogue_uids: set[str],
) -> PartsImport:
    """Inside the import transaction: add what is new; a part met under the same name merges.

    A link to an activation or a part that is neither in the vault nor in the file is
    dropped rather than failing the import: the dialogue itself is still worth keeping.
    """
    parts_added = parts_present = 0
    for part in parts:
        if part.uid in part_ids:
            parts_present += 1
            continue
        row = connection.execute(
            "SELECT id FROM part WHERE name = ?", (part.content.name,)
        ).fetchone()
        if row is not None:
            part_ids[part.uid] = int(row["id"])
            parts_present += 1
            continue
        part_ids[part.uid] = PartRepository.insert(
            connection,
            part.content,
            uid=part.uid,
            created_at=part.created_at,
            updated_at=part.updated_at,
        )
        parts_added += 1

    def add(item: ParsedDialogue) -> None:
        activation_id = activation_id_for(connection, item.activation_uid)
        part_id = part_ids.get(item.part_uid) if item.part_uid is not None else None
        content = replace(item.content, part_id=part_id, activation_id=activation_id)
        DialogueRepository.insert(
            connection,
            content,
            uid=item.uid,
            finished_at=item.finished_at,
            created_at=item.created_at,
            updated_at=item.updated_at,
        )

    added, present = add_missing(dialogues, lambda item: item.uid, dialogue_uids, add)
    return PartsImport(parts_added, parts_present, added, present)
