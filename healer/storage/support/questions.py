"""Reading and writing the person's checklist of questions to ask a therapist."""

from __future__ import annotations

from datetime import datetime

from healer.domain.clock import format_stored, utc_now
from healer.domain.support import Question, QuestionInput
from healer.storage.errors import NotFoundError
from healer.storage.records import RecordRepository
from healer.storage.sqlcipher import Connection, Row

_SELECT = "SELECT id, uid, text, asked, in_summary, position FROM therapist_question"


def _row_to_question(row: Row) -> Question:
    content = QuestionInput(str(row["text"]), bool(row["asked"]), bool(row["in_summary"]))
    return Question(int(row["id"]), str(row["uid"]), content, int(row["position"]))


class QuestionRepository(RecordRepository[QuestionInput, Question]):
    """The questions, in the person's order; a new one goes last."""

    @staticmethod
    def insert(
        connection: Connection,
        content: QuestionInput,
        *,
        uid: str,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> int:
        """Inside a transaction: add a validated question at the end, returning its id."""
        (last,) = connection.execute(
            "SELECT coalesce(max(position), 0) FROM therapist_question"
        ).fetchone()
        created = format_stored(created_at or utc_now())
        cursor = connection.execute(
            "INSERT INTO therapist_question (uid, text, asked, in_summary, position,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                uid,
                content.text,
                int(content.asked),
                int(content.in_summary),
                int(last) + 1,
                created,
                format_stored(updated_at) if updated_at else created,
            ),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def get(self, record_id: int) -> Question:
        """One question by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFoundError("question", record_id)
        return _row_to_question(row)

    def all(self) -> list[Question]:
        """Every question in the person's order."""
        with self._vault.reading() as connection:
            rows = connection.execute(_SELECT + " ORDER BY position, id").fetchall()
        return [_row_to_question(row) for row in rows]

    def update(self, record_id: int, content: QuestionInput) -> Question:
        """Change a question's words, its tick or whether it goes in the summary."""
        content = content.validated()
        with self._vault.transaction() as connection:
            cursor = connection.execute(
                "UPDATE therapist_question SET text = ?, asked = ?, in_summary = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    content.text,
                    int(content.asked),
                    int(content.in_summary),
                    format_stored(utc_now()),
                    record_id,
                ),
            )
            if cursor.rowcount == 0:
                raise NotFoundError("question", record_id)
        return self.get(record_id)

    def move(self, record_id: int, step: int) -> None:
        """Swap a question with its neighbour step places up (-1) or down (+1), if any."""
        with self._vault.transaction() as connection:
            rows = connection.execute(
                "SELECT id, position FROM therapist_question ORDER BY position, id"
            ).fetchall()
            order = [int(row["id"]) for row in rows]
            if record_id not in order:
                raise NotFoundError("question", record_id)
            index = order.index(record_id)
            other = index + step
            if not 0 <= other < len(order) or step == 0:
                return
            order[index], order[other] = order[other], order[index]
            for position, question_id in enumerate(order, start=1):
                connection.execute(
                    "UPDATE therapist_question SET position = ? WHERE id = ?",
                    (position, question_id),
                )

    def delete(self, record_id: int) -> None:
        """Remove one question."""
        with self._vault.transaction() as connection:
            cursor = connection.execute("DELETE FROM therapist_question WHERE id = ?", (record_id,))
            if cursor.rowcount == 0:
                raise NotFoundError("question", record_id)

    def uids(self) -> set[str]:
        """Every stored uid, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid FROM therapist_question").fetchall()
        return {str(row["uid"]) for row in rows}
