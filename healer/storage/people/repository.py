"""Reading and writing the people registry; an entry names its person by name, any case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.errors import ValidationError
from healer.domain.moments import Moment
from healer.domain.people import Involvement, Person, PersonInput, Role
from healer.storage.errors import NotFoundError
from healer.storage.people.moments import MomentRepository
from healer.storage.records import RecordRepository
from healer.storage.sqlcipher import Connection, IntegrityError, Row

_SELECT = """
    SELECT p.id, p.uid, p.name, p.role, p.notes, p.archived, p.signal_dismissed_at,
           p.created_at, p.updated_at,
           (SELECT count(*) FROM moment m WHERE m.person_id = p.id) AS moment_count,
           (SELECT count(*) FROM activation a
             WHERE a.person = p.name COLLATE NOCASE AND a.person <> '') AS activation_count
    FROM person p
"""
_TAKEN = "someone with this name is already in your people"


def _row_to_person(row: Row) -> Person:
    content = PersonInput(
        name=str(row["name"]),
        role=Role(row["role"]),
        notes=str(row["notes"]),
        archived=bool(row["archived"]),
    )
    dismissed = row["signal_dismissed_at"]
    return Person(
        id=int(row["id"]),
        uid=str(row["uid"]),
        content=content,
        created_at=parse_stored(row["created_at"]),
        updated_at=parse_stored(row["updated_at"]),
        moment_count=int(row["moment_count"]),
        activation_count=int(row["activation_count"]),
        signal_dismissed_at=None if dismissed is None else parse_stored(dismissed),
    )


@dataclass(frozen=True, slots=True)
class PersonRemoval:
    """Everything deleting a person took away, so undo can put it back as it was."""

    person: Person
    moments: tuple[Moment, ...]
    activation_ids: tuple[int, ...]  # entries that named them; their name was cleared


class PersonRepository(RecordRepository[PersonInput, Person]):
    """People in one vault. Names are unique whatever their case, on add as on rename."""

    @staticmethod
    def insert(
        connection: Connection,
        content: PersonInput,
        *,
        uid: str,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        person_id: int | None = None,
    ) -> int:
        """Inside a transaction: insert validated content, returning the new id."""
        created = format_stored(created_at or utc_now())
        try:
            cursor = connection.execute(
                "INSERT INTO person (id, uid, name, role, notes, archived, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    person_id,
                    uid,
                    content.name,
                    content.role.value,
                    content.notes,
                    int(content.archived),
                    created,
                    format_stored(updated_at) if updated_at else created,
                ),
            )
        except IntegrityError:
            raise ValidationError("name", _TAKEN) from None
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def update(self, person_id: int, content: PersonInput) -> Person:
        """Replace what is kept about someone; a new name is written into their entries too."""
        content = content.validated()
        with self._vault.transaction() as connection:
            old = connection.execute(
                "SELECT name FROM person WHERE id = ?", (person_id,)
            ).fetchone()
            if old is None:
                raise NotFoundError("person", person_id)
            try:
                connection.execute(
                    "UPDATE person SET name = ?, role = ?, notes = ?, archived = ?,"
                    " updated_at = ? WHERE id = ?",
                    (
                        content.name,
                        content.role.value,
                        content.notes,
                        int(content.archived),
                        format_stored(utc_now()),
                        person_id,
                    ),
                )
            except IntegrityError:
                raise ValidationError("name", _TAKEN) from None
            if str(old["name"]) != content.name:
                connection.execute(
                    "UPDATE activation SET person = ? WHERE person = ? COLLATE NOCASE",
                    (content.name, str(old["name"])),
                )
        return self.get(person_id)

    def dismiss_signal(self, person_id: int, at: datetime) -> None:
        """Remember that the person set the gentle signal aside on this page."""
        with self._vault.transaction() as connection:
            cursor = connection.execute(
                "UPDATE person SET signal_dismissed_at = ? WHERE id = ?",
                (format_stored(at), person_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError("person", person_id)

    def delete(self, person_id: int) -> PersonRemoval:
        """Forget someone: their moments go, and entries that named them keep no name."""
        person = self.get(person_id)
        moments = MomentRepository(self._vault).for_person(person_id)
        with self._vault.transaction() as connection:
            rows = connection.execute(
                "SELECT id FROM activation WHERE person = ? COLLATE NOCASE AND person <> ''",
                (person.name,),
            ).fetchall()
            activation_ids = tuple(int(row["id"]) for row in rows)
            connection.execute(
                "UPDATE activation SET person = '' WHERE person = ? COLLATE NOCASE",
                (person.name,),
            )
            # Their moments go with them (ON DELETE CASCADE).
            connection.execute("DELETE FROM person WHERE id = ?", (person_id,))
        return PersonRemoval(person, tuple(moments), activation_ids)

    def restore(self, removal: PersonRemoval) -> Person:
        """Undo a delete: the same person (id, uid, times), their moments and entry names."""
        person = removal.person
        with self._vault.transaction() as connection:
            self.insert(
                connection,
                person.content,
                uid=person.uid,
                created_at=person.created_at,
                updated_at=person.updated_at,
                person_id=person.id,
            )
            if person.signal_dismissed_at is not None:
                connection.execute(
                    "UPDATE person SET signal_dismissed_at = ? WHERE id = ?",
                    (format_stored(person.signal_dismissed_at), person.id),
                )
            for moment in removal.moments:
                MomentRepository.put_back(connection, moment)
            connection.executemany(
                "UPDATE activation SET person = ? WHERE id = ? AND person = ''",
                [(person.name, activation_id) for activation_id in removal.activation_ids],
            )
        return self.get(person.id)

    def get(self, person_id: int) -> Person:
        """One person by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE p.id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFoundError("person", person_id)
        return _row_to_person(row)

    def all(self) -> list[Person]:
        """Everyone, current people first, then by name."""
        with self._vault.reading() as connection:
            rows = connection.execute(
                _SELECT + " ORDER BY p.archived, p.name COLLATE NOCASE"
            ).fetchall()
        return [_row_to_person(row) for row in rows]

    def involvement(self, person_id: int) -> list[Involvement]:
        """The activations whose "Person involved" is this person, oldest first."""
        person = self.get(person_id)
        with self._vault.reading() as connection:
            rows = connection.execute(
                "SELECT started_at, settled_at FROM activation"
                " WHERE person = ? COLLATE NOCASE AND person <> '' ORDER BY started_at",
                (person.name,),
            ).fetchall()
        result: list[Involvement] = []
        for row in rows:
            started = parse_stored(row["started_at"])
            settled = row["settled_at"]
            duration = None if settled is None else parse_stored(settled) - started
            result.append(Involvement(started, duration))
        return result

    def uids(self) -> dict[str, int]:
        """Every stored uid with its id, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid, id FROM person").fetchall()
        return {str(row["uid"]): int(row["id"]) for row in rows}
