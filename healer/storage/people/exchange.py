"""People and moments in the JSON export: records out, validated records back in (by uid)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored
from healer.domain.moments import Delivery, Moment, MomentInput, Response
from healer.domain.people import Person, PersonInput, Role
from healer.storage.errors import ImportFormatError
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
from healer.storage.people.moments import MomentRepository
from healer.storage.people.repository import PersonRepository
from healer.storage.sqlcipher import Connection


def people_document(
    people: Sequence[Person],
    moments: Sequence[Moment],
    activation_uids: Mapping[int, str],
    pause_uids: Mapping[int, str],
) -> dict[str, Any]:
    """The export's "people" and "moments" lists; links name their records by uid.

    The gentle signal and its dismissal are not exported: they are read from the data
    on the person page, never carried elsewhere.
    """
    person_uid = {person.id: person.uid for person in people}
    return {
        "people": [person_record(person) for person in people],
        "moments": [
            moment_record(
                moment,
                person_uid.get(moment.content.person_id or 0),
                activation_uids.get(moment.content.activation_id or 0),
                pause_uids.get(moment.content.pause_id or 0),
            )
            for moment in moments
        ],
    }


def person_record(person: Person) -> dict[str, Any]:
    """One person as a JSON object."""
    content = person.content
    return {
        "uid": person.uid,
        "name": content.name,
        "role": content.role.value,
        "notes": content.notes,
        "archived": content.archived,
        "created_at": format_stored(person.created_at),
        "updated_at": format_stored(person.updated_at),
    }


def moment_record(
    moment: Moment, person_uid: str | None, activation_uid: str | None, pause_uid: str | None
) -> dict[str, Any]:
    """One moment as a JSON object; person_uid null means "Myself"."""
    content = moment.content
    return {
        "uid": moment.uid,
        "happened_at": format_stored(content.happened_at),
        "person_uid": person_uid,
        "shared": content.shared,
        "delivery": None if content.delivery is None else content.delivery.value,
        "response": content.response.value,
        "feeling_before": content.feeling_before,
        "feeling_after": content.feeling_after,
        "activation_uid": activation_uid,
        "pause_uid": pause_uid,
        "created_at": format_stored(moment.created_at),
        "updated_at": format_stored(moment.updated_at),
    }


@dataclass(frozen=True, slots=True)
class ParsedPerson:
    """A person record that passed every check."""

    uid: str
    content: PersonInput
    created_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class ParsedMoment:
    """A moment record that passed every check, links still by uid."""

    uid: str
    where: str
    content: MomentInput
    person_uid: str | None
    activation_uid: str | None
    pause_uid: str | None
    created_at: datetime | None
    updated_at: datetime | None


def _parse_person(record: dict[str, Any], where: str) -> ParsedPerson:
    uid = read_uid(record, "uid", where, True)
    archived = read_value(record, "archived", where, bool, False)
    content = PersonInput(
        name=read_value(record, "name", where, str, True),
        role=read_choice(record, "role", where, Role, Role.OTHER.value),
        notes=read_value(record, "notes", where, str, False) or "",
        archived=bool(archived),
    )
    return ParsedPerson(
        uid,
        checked(content, where),
        read_moment(record, "created_at", where, False),
        read_moment(record, "updated_at", where, False),
    )


def _parse_moment(record: dict[str, Any], where: str) -> ParsedMoment:
    uid = read_uid(record, "uid", where, True)
    delivery = read_value(record, "delivery", where, str, False)
    content = MomentInput(
        happened_at=read_moment(record, "happened_at", where, True),
        response=read_choice(record, "response", where, Response),
        shared=read_value(record, "shared", where, str, False) or "",
        delivery=None if not delivery else read_choice(record, "delivery", where, Delivery),
        feeling_before=read_value(record, "feeling_before", where, int, False),
        feeling_after=read_value(record, "feeling_after", where, int, False),
    )
    return ParsedMoment(
        uid=uid,
        where=where,
        content=checked(content, where),
        person_uid=read_uid(record, "person_uid", where, False),
        activation_uid=read_uid(record, "activation_uid", where, False),
        pause_uid=read_uid(record, "pause_uid", where, False),
        created_at=read_moment(record, "created_at", where, False),
        updated_at=read_moment(record, "updated_at", where, False),
    )


def parse_people(records: Any) -> Iterator[ParsedPerson]:
    """Validate the export's "people" list as it is read (absent in older files)."""
    return read_records(records, "people", _parse_person, lambda item: item.uid)


def parse_moments(records: Any) -> Iterator[ParsedMoment]:
    """Validate the export's "moments" list as it is read (absent in older files)."""
    return read_records(records, "moments", _parse_moment, lambda item: item.uid)


def insert_people(
    connection: Connection, people: Iterable[ParsedPerson], person_ids: dict[str, int]
) -> tuple[int, int]:
    """Inside the import transaction, before the entries: add who is new; returns (added, present).

    Someone already in the vault under the same name (any case) is the same person, so
    importing a file twice, or a file from a second computer, never doubles anyone.
    """
    added = present = 0
    for person in people:
        if person.uid in person_ids:
            present += 1
            continue
        row = connection.execute(
            "SELECT id FROM person WHERE name = ?", (person.content.name,)
        ).fetchone()
        if row is not None:
            person_ids[person.uid] = int(row["id"])
            present += 1
            continue
        person_ids[person.uid] = PersonRepository.insert(
            connection,
            person.content,
            uid=person.uid,
            created_at=person.created_at,
            updated_at=person.updated_at,
        )
        added += 1
    return added, present


def insert_moments(
    connection: Connection,
    moments: Iterable[ParsedMoment],
    *,
    person_ids: Mapping[str, int],
    moment_uids: set[str],
) -> tuple[int, int]:
    """Inside the import transaction, after entries and pauses: add the moments not stored.

    A moment naming a person that is neither in the file nor in the vault is refused: kept
    without them it would turn into a moment of "Myself". A link to a missing activation
    or pause is dropped; the moment is still worth keeping.
    """

    def add(item: ParsedMoment) -> None:
        person_id = None
        if item.person_uid is not None:
            person_id = person_ids.get(item.person_uid)
            if person_id is None:
                raise ImportFormatError(
                    f"{item.where}.person_uid: no such person in the file or the vault"
                )
        content = replace(
            item.content,
            person_id=person_id,
            activation_id=activation_id_for(connection, item.activation_uid),
            pause_id=_pause_id_for(connection, item.pause_uid),
        )
        MomentRepository.insert(
            connection,
            content,
            uid=item.uid,
            created_at=item.created_at,
            updated_at=item.updated_at,
        )

    return add_missing(moments, lambda item: item.uid, moment_uids, add)


def _pause_id_for(connection: Connection, uid: str | None) -> int | None:
    if uid is None:
        return None
    row = connection.execute("SELECT id FROM soothing_run WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else int(row["id"])
