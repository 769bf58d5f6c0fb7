"""Reading and writing moments of being met, with their full-text search."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.moments import Delivery, Moment, MomentInput, MomentQuery, Response
from healer.storage.errors import NotFoundError
from healer.storage.records import RecordRepository
from healer.storage.search import fts_query
from healer.storage.sqlcipher import Connection, Row

_SELECT = """
    SELECT m.id, m.uid, m.happened_at, m.person_id, m.shared_text, m.delivery, m.response,
           m.feeling_before, m.feeling_after, m.activation_id, m.pause_id,
           m.created_at, m.updated_at, p.name AS person_name
    FROM moment AS m LEFT JOIN person AS p ON p.id = m.person_id
"""
_COLUMNS = (
    "happened_at, person_id, shared_text, delivery, response, feeling_before, feeling_after,"
    " activation_id, pause_id"
)


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _row_to_moment(row: Row) -> Moment:
    delivery = row["delivery"]
    content = MomentInput(
        happened_at=parse_stored(row["happened_at"]),
        response=Response(row["response"]),
        person_id=_optional_int(row["person_id"]),
        shared=str(row["shared_text"]),
        delivery=None if delivery is None else Delivery(delivery),
        feeling_before=_optional_int(row["feeling_before"]),
        feeling_after=_optional_int(row["feeling_after"]),
        activation_id=_optional_int(row["activation_id"]),
        pause_id=_optional_int(row["pause_id"]),
    )
    name = row["person_name"]
    return Moment(
        id=int(row["id"]),
        uid=str(row["uid"]),
        content=content,
        created_at=parse_stored(row["created_at"]),
        updated_at=parse_stored(row["updated_at"]),
        person_name=None if name is None else str(name),
    )


def _values(content: MomentInput) -> tuple[Any, ...]:
    return (
        format_stored(content.happened_at),
        content.person_id,
        content.shared,
        None if content.delivery is None else content.delivery.value,
        content.response.value,
        content.feeling_before,
        content.feeling_after,
        content.activation_id,
        content.pause_id,
    )


def _check_links(connection: Connection, content: MomentInput) -> MomentInput:
    """Drop a link to an activation or a pause deleted meanwhile; refuse an unknown person."""
    if content.person_id is not None:
        row = connection.execute(
            "SELECT 1 FROM person WHERE id = ?", (content.person_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError("person", content.person_id)
    if content.activation_id is not None and not _exists(
        connection, "activation", content.activation_id
    ):
        content = replace(content, activation_id=None)
    if content.pause_id is not None and not _exists(connection, "soothing_run", content.pause_id):
        content = replace(content, pause_id=None)
    return content


def _exists(connection: Connection, table: str, record_id: int) -> bool:
    row = connection.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return row is not None


class MomentRepository(RecordRepository[MomentInput, Moment]):
    """Moments in one vault; every write updates the search index in its transaction."""

    @staticmethod
    def insert(
        connection: Connection,
        content: MomentInput,
        *,
        uid: str,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        moment_id: int | None = None,
    ) -> int:
        """Inside a transaction: insert validated content, returning the new id."""
        content = _check_links(connection, content)
        created = format_stored(created_at or utc_now())
        cursor = connection.execute(
            f"INSERT INTO moment (id, uid, {_COLUMNS}, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                moment_id,
                uid,
                *_values(content),
                created,
                format_stored(updated_at) if updated_at else created,
            ),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    @staticmethod
    def put_back(connection: Connection, moment: Moment) -> None:
        """Inside a transaction: a deleted moment again, with its id, uid and times."""
        MomentRepository.insert(
            connection,
            moment.content,
            uid=moment.uid,
            created_at=moment.created_at,
            updated_at=moment.updated_at,
            moment_id=moment.id,
        )

    def update(self, moment_id: int, content: MomentInput) -> Moment:
        """Replace a moment's content."""
        content = content.validated()
        with self._vault.transaction() as connection:
            content = _check_links(connection, content)
            assignments = ", ".join(f"{column.strip()} = ?" for column in _COLUMNS.split(","))
            cursor = connection.execute(
                f"UPDATE moment SET {assignments}, updated_at = ? WHERE id = ?",
                (*_values(content), format_stored(utc_now()), moment_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError("moment", moment_id)
        return self.get(moment_id)

    def delete(self, moment_id: int) -> Moment:
        """Remove one moment (and its place in the search index); returns it for undo."""
        moment = self.get(moment_id)
        with self._vault.transaction() as connection:
            connection.execute("DELETE FROM moment WHERE id = ?", (moment_id,))
        return moment

    def restore(self, moment: Moment) -> Moment:
        """Undo a delete: the same moment back (its person must still be there)."""
        with self._vault.transaction() as connection:
            self.put_back(connection, moment)
        return self.get(moment.id)

    def get(self, moment_id: int) -> Moment:
        """One moment by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE m.id = ?", (moment_id,)).fetchone()
        if row is None:
            raise NotFoundError("moment", moment_id)
        return _row_to_moment(row)

    def for_person(self, person_id: int) -> list[Moment]:
        """One person's moments, oldest first."""
        with self._vault.reading() as connection:
            rows = connection.execute(
                _SELECT + " WHERE m.person_id = ? ORDER BY m.happened_at, m.id", (person_id,)
            ).fetchall()
        return [_row_to_moment(row) for row in rows]

    def find(self, query: MomentQuery | None = None) -> list[Moment]:
        """Moments matching the query, newest first."""
        query = query or MomentQuery()
        clauses: list[str] = []
        params: list[Any] = []
        if query.myself:
            clauses.append("m.person_id IS NULL")
        elif query.person_id is not None:
            clauses.append("m.person_id = ?")
            params.append(query.person_id)
        if query.since is not None:
            clauses.append("m.happened_at >= ?")
            params.append(format_stored(query.since))
        if query.until is not None:
            clauses.append("m.happened_at < ?")
            params.append(format_stored(query.until))
        match = fts_query(query.search)
        if match is not None:
            clauses.append(
                "(m.id IN (SELECT rowid FROM moment_fts WHERE moment_fts MATCH ?)"
                " OR m.person_id IN (SELECT id FROM person WHERE name = ?))"
            )
            params += [match, " ".join(query.search.split())]
        sql = _SELECT + (" WHERE " + " AND ".join(clauses) if clauses else "")
        sql += " ORDER BY m.happened_at DESC, m.id DESC"
        if query.limit is not None:
            sql += " LIMIT ?"
            params.append(query.limit)
        with self._vault.reading() as connection:
            rows = connection.execute(sql, params).fetchall()
        return [_row_to_moment(row) for row in rows]

    def uids(self) -> set[str]:
        """Every stored uid, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid FROM moment").fetchall()
        return {str(row["uid"]) for row in rows}
