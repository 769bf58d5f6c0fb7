"""Reading and writing recorded practice uses (breathing, cold water, orienting, …)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.practice import PracticeKind, PracticeUse, PracticeUseInput
from healer.storage.errors import NotFoundError
from healer.storage.records import RecordRepository
from healer.storage.sqlcipher import Connection, Row

_SELECT = """
    SELECT id, uid, practice, pattern, started_at, duration_seconds,
           intensity_before, intensity_after, activation_id, notes, created_at
    FROM practice_use
"""


def _row_to_use(row: Row) -> PracticeUse:
    loaded = json.loads(row["notes"])
    notes = tuple(str(item) for item in loaded) if isinstance(loaded, list) else ()
    content = PracticeUseInput(
        kind=PracticeKind(row["practice"]),
        pattern=row["pattern"],
        started_at=parse_stored(row["started_at"]),
        duration_seconds=int(row["duration_seconds"]),
        intensity_before=None if row["intensity_before"] is None else int(row["intensity_before"]),
        intensity_after=None if row["intensity_after"] is None else int(row["intensity_after"]),
        activation_id=None if row["activation_id"] is None else int(row["activation_id"]),
        notes=notes,
    )
    return PracticeUse(
        id=int(row["id"]),
        uid=str(row["uid"]),
        content=content,
        created_at=parse_stored(row["created_at"]),
    )


class PracticeRepository(RecordRepository[PracticeUseInput, PracticeUse]):
    """Practice uses in one vault."""

    @staticmethod
    def insert(
        connection: Connection,
        content: PracticeUseInput,
        *,
        uid: str,
        created_at: datetime | None = None,
    ) -> int:
        """Inside a transaction: insert validated content, returning the new id."""
        activation_id = content.activation_id
        if activation_id is not None:
            row = connection.execute(
                "SELECT 1 FROM activation WHERE id = ?", (activation_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError("activation", activation_id)
        cursor = connection.execute(
            "INSERT INTO practice_use (uid, practice, pattern, started_at, duration_seconds,"
            " intensity_before, intensity_after, activation_id, notes, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                uid,
                content.kind.value,
                content.pattern,
                format_stored(content.started_at),
                content.duration_seconds,
                content.intensity_before,
                content.intensity_after,
                activation_id,
                json.dumps(list(content.notes), ensure_ascii=False),
                format_stored(created_at or utc_now()),
            ),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def delete(self, use_id: int) -> None:
        """Remove one practice use."""
        with self._vault.transaction() as connection:
            cursor = connection.execute("DELETE FROM practice_use WHERE id = ?", (use_id,))
            if cursor.rowcount == 0:
                raise NotFoundError("practice use", use_id)

    def get(self, use_id: int) -> PracticeUse:
        """One practice use by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE id = ?", (use_id,)).fetchone()
        if row is None:
            raise NotFoundError("practice use", use_id)
        return _row_to_use(row)

    def find(
        self, *, activation_id: int | None = None, limit: int | None = None
    ) -> list[PracticeUse]:
        """Practice uses, newest first; only one episode's when activation_id is given."""
        sql = _SELECT
        params: list[Any] = []
        if activation_id is not None:
            sql += " WHERE activation_id = ?"
            params.append(activation_id)
        sql += " ORDER BY started_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._vault.reading() as connection:
            rows = connection.execute(sql, params).fetchall()
        return [_row_to_use(row) for row in rows]

    def uids(self) -> set[str]:
        """Every stored uid, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid FROM practice_use").fetchall()
        return {str(row["uid"]) for row in rows}
