"""Reading and writing the young parts a person has met in their dialogues."""

from __future__ import annotations

import uuid
from datetime import datetime

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.errors import ValidationError
from healer.domain.parts import Part, PartInput, clean_part_name
from healer.storage.errors import NotFoundError
from healer.storage.records import RecordRepository
from healer.storage.sqlcipher import Connection, IntegrityError, Row

_SELECT = """
    SELECT p.id, p.uid, p.name, p.typical_age, p.usual_fear, p.what_helps, p.notes,
           p.created_at, p.updated_at,
           (SELECT count(*) FROM dialogue d
             WHERE d.part_id = p.id AND d.finished_at IS NOT NULL) AS dialogue_count,
           (SELECT max(d.started_at) FROM dialogue d
             WHERE d.part_id = p.id AND d.finished_at IS NOT NULL) AS last_met
    FROM part p
"""


def _row_to_part(row: Row) -> Part:
    content = PartInput(
        name=str(row["name"]),
        typical_age=str(row["typical_age"]),
        usual_fear=str(row["usual_fear"]),
        what_helps=str(row["what_helps"]),
        notes=str(row["notes"]),
    )
    return Part(
        id=int(row["id"]),
        uid=str(row["uid"]),
        content=content,
        created_at=parse_stored(row["created_at"]),
        updated_at=parse_stored(row["updated_at"]),
        dialogue_count=int(row["dialogue_count"]),
        last_met=None if row["last_met"] is None else parse_stored(row["last_met"]),
    )


class PartRepository(RecordRepository[PartInput, Part]):
    """Parts in one vault; deleting a part leaves its dialogues, unnamed.

    A name already met is refused (names are the person's handle), on add as on update.
    """

    @staticmethod
    def insert(
        connection: Connection,
        content: PartInput,
        *,
        uid: str,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> int:
        """Inside a transaction: insert validated content, returning the new id."""
        created = format_stored(created_at or utc_now())
        try:
            cursor = connection.execute(
                "INSERT INTO part (uid, name, typical_age, usual_fear, what_helps, notes,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uid,
                    content.name,
                    content.typical_age,
                    content.usual_fear,
                    content.what_helps,
                    content.notes,
                    created,
                    format_stored(updated_at) if updated_at else created,
                ),
            )
        except IntegrityError:
            raise ValidationError("name", "a part with this name was met before") from None
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    @staticmethod
    def ensure(connection: Connection, name: str) -> int:
        """Inside a transaction: the id of the part with this name, created if new."""
        cleaned = clean_part_name(name)
        row = connection.execute("SELECT id FROM part WHERE name = ?", (cleaned,)).fetchone()
        if row is not None:
            return int(row["id"])
        return PartRepository.insert(connection, PartInput(cleaned), uid=str(uuid.uuid4()))

    def update(self, part_id: int, content: PartInput) -> Part:
        """Replace what is kept about a part."""
        content = content.validated()
        with self._vault.transaction() as connection:
            try:
                cursor = connection.execute(
                    "UPDATE part SET name = ?, typical_age = ?, usual_fear = ?, what_helps = ?,"
                    " notes = ?, updated_at = ? WHERE id = ?",
                    (
                        content.name,
                        content.typical_age,
                        content.usual_fear,
                        content.what_helps,
                        content.notes,
                        format_stored(utc_now()),
                        part_id,
                    ),
                )
            except IntegrityError:
                raise ValidationError("name", "a part with this name was met before") from None
            if cursor.rowcount == 0:
                raise NotFoundError("part", part_id)
        return self.get(part_id)

    def delete(self, part_id: int) -> None:
        """Forget a part; its dialogues stay, without a name."""
        with self._vault.transaction() as connection:
            cursor = connection.execute("DELETE FROM part WHERE id = ?", (part_id,))
            if cursor.rowcount == 0:
                raise NotFoundError("part", part_id)

    def get(self, part_id: int) -> Part:
        """One part by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE p.id = ?", (part_id,)).fetchone()
        if row is None:
            raise NotFoundError("part", part_id)
        return _row_to_part(row)

    def all(self) -> list[Part]:
        """Every part, the most recently met first, then by name."""
        with self._vault.reading() as connection:
            rows = connection.execute(
                _SELECT + " ORDER BY last_met IS NULL, last_met DESC, p.name COLLATE NOCASE"
            ).fetchall()
        return [_row_to_part(row) for row in rows]

    def uids(self) -> dict[str, int]:
        """Every stored uid with its id, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid, id FROM part").fetchall()
        return {str(row["uid"]): int(row["id"]) for row in rows}
