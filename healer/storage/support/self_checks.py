"""Reading and writing the self-checks a person chose to save."""

from __future__ import annotations

from datetime import datetime

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.support import INDICATORS, Answer, SelfCheck, SelfCheckInput
from healer.storage.errors import NotFoundError
from healer.storage.records import RecordRepository
from healer.storage.sqlcipher import Connection, Row

_COLUMNS = ", ".join(indicator.value for indicator in INDICATORS)
_SELECT = f"SELECT id, uid, taken_at, {_COLUMNS}, created_at FROM self_check"


def _row_to_check(row: Row) -> SelfCheck:
    answers = {indicator: Answer(str(row[indicator.value])) for indicator in INDICATORS}
    return SelfCheck(
        id=int(row["id"]),
        uid=str(row["uid"]),
        content=SelfCheckInput(parse_stored(row["taken_at"]), answers),
        created_at=parse_stored(row["created_at"]),
    )


class SelfCheckRepository(RecordRepository[SelfCheckInput, SelfCheck]):
    """Saved self-checks; each is kept as answered (they are compared, never edited)."""

    @staticmethod
    def insert(
        connection: Connection,
        content: SelfCheckInput,
        *,
        uid: str,
        created_at: datetime | None = None,
    ) -> int:
        """Inside a transaction: insert a validated check, returning the new id."""
        marks = ", ".join("?" for _ in INDICATORS)
        cursor = connection.execute(
            f"INSERT INTO self_check (uid, taken_at, {_COLUMNS}, created_at)"
            f" VALUES (?, ?, {marks}, ?)",
            (
                uid,
                format_stored(content.taken_at),
                *(content.answers[indicator].value for indicator in INDICATORS),
                format_stored(created_at or utc_now()),
            ),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def get(self, record_id: int) -> SelfCheck:
        """One saved check by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFoundError("self-check", record_id)
        return _row_to_check(row)

    def all(self) -> list[SelfCheck]:
        """Every saved check, the oldest first (the order they are compared in)."""
        with self._vault.reading() as connection:
            rows = connection.execute(_SELECT + " ORDER BY taken_at, id").fetchall()
        return [_row_to_check(row) for row in rows]

    def delete(self, record_id: int) -> None:
        """Forget one saved check."""
        with self._vault.transaction() as connection:
            cursor = connection.execute("DELETE FROM self_check WHERE id = ?", (record_id,))
            if cursor.rowcount == 0:
                raise NotFoundError("self-check", record_id)

    def uids(self) -> set[str]:
        """Every stored uid, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid FROM self_check").fetchall()
        return {str(row["uid"]) for row in rows}
