"""Reading and writing dialogues with a young part, finished or still being written."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.parts import Dialogue, DialogueInput, DialogueQuery, DialogueStep
from healer.storage.errors import NotFoundError
from healer.storage.parts.repository import PartRepository
from healer.storage.search import fts_query
from healer.storage.sqlcipher import Connection, Row
from healer.storage.vault import Vault

_SELECT = """
    SELECT d.id, d.uid, d.started_at, d.finished_at, d.step, d.notice_text, d.age,
           d.fear_text, d.need_text, d.answer_text, d.feeling_after, d.part_id,
           d.new_part_name, d.activation_id, d.created_at, d.updated_at, p.name AS part_name
    FROM dialogue AS d LEFT JOIN part AS p ON p.id = d.part_id
"""


def _row_to_dialogue(row: Row) -> Dialogue:
    content = DialogueInput(
        started_at=parse_stored(row["started_at"]),
        step=DialogueStep(row["step"]),
        notice=str(row["notice_text"]),
        age=str(row["age"]),
        fear=str(row["fear_text"]),
        need=str(row["need_text"]),
        answer=str(row["answer_text"]),
        feeling_after=None if row["feeling_after"] is None else int(row["feeling_after"]),
        part_id=None if row["part_id"] is None else int(row["part_id"]),
        new_part_name=str(row["new_part_name"]),
        activation_id=None if row["activation_id"] is None else int(row["activation_id"]),
    )
    return Dialogue(
        id=int(row["id"]),
        uid=str(row["uid"]),
        content=content,
        finished_at=None if row["finished_at"] is None else parse_stored(row["finished_at"]),
        part_name=None if row["part_name"] is None else str(row["part_name"]),
        created_at=parse_stored(row["created_at"]),
        updated_at=parse_stored(row["updated_at"]),
    )


def _values(content: DialogueInput) -> tuple[Any, ...]:
    return (
        format_stored(content.started_at),
        content.step.value,
        content.notice,
        content.age,
        content.fear,
        content.need,
        content.answer,
        content.feeling_after,
        content.part_id,
        content.new_part_name,
        content.activation_id,
    )


def _check_links(connection: Connection, content: DialogueInput) -> DialogueInput:
    """Drop a link to a part or an activation deleted meanwhile: the words still matter."""
    if content.part_id is not None:
        row = connection.execute("SELECT 1 FROM part WHERE id = ?", (content.part_id,)).fetchone()
        if row is None:
            content = replace(content, part_id=None)
    if content.activation_id is not None:
        row = connection.execute(
            "SELECT 1 FROM activation WHERE id = ?", (content.activation_id,)
        ).fetchone()
        if row is None:
            content = replace(content, activation_id=None)
    return content


class DialogueRepository:
    """Dialogues in one vault; every write updates the search index in its transaction."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def keep(self, dialogue_id: int | None, content: DialogueInput) -> Dialogue:
        """Store an unfinished dialogue (new when dialogue_id is None) exactly as it stands."""
        content = content.validated()
        with self._vault.transaction() as connection:
            content = _check_links(connection, content)
            if dialogue_id is None:
                dialogue_id = self.insert(connection, content, uid=str(uuid.uuid4()))
            else:
                self._update(connection, dialogue_id, content, finished=False)
        return self.get(dialogue_id)

    def finish(self, dialogue_id: int | None, content: DialogueInput) -> Dialogue:
        """Close a dialogue: a new part name becomes a part (or joins one met before)."""
        content = content.validated()
        with self._vault.transaction() as connection:
            if content.new_part_name:
                part_id = PartRepository.ensure(connection, content.new_part_name)
                content = replace(content, part_id=part_id, new_part_name="")
            content = _check_links(connection, content)
            if dialogue_id is None:
                dialogue_id = self.insert(
                    connection, content, uid=str(uuid.uuid4()), finished_at=utc_now()
                )
            else:
                self._update(connection, dialogue_id, content, finished=True)
        return self.get(dialogue_id)

    @staticmethod
    def insert(
        connection: Connection,
        content: DialogueInput,
        *,
        uid: str,
        finished_at: datetime | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> int:
        """Inside a transaction: insert validated content, returning the new id."""
        created = format_stored(created_at or utc_now())
        cursor = connection.execute(
            "INSERT INTO dialogue (started_at, step, notice_text, age, fear_text, need_text,"
            " answer_text, feeling_after, part_id, new_part_name, activation_id, uid,"
            " finished_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                *_values(content),
                uid,
                None if finished_at is None else format_stored(finished_at),
                created,
                format_stored(updated_at) if updated_at else created,
            ),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    @staticmethod
    def _update(
        connection: Connection, dialogue_id: int, content: DialogueInput, *, finished: bool
    ) -> None:
        now = format_stored(utc_now())
        cursor = connection.execute(
            "UPDATE dialogue SET started_at = ?, step = ?, notice_text = ?, age = ?,"
            " fear_text = ?, need_text = ?, answer_text = ?, feeling_after = ?, part_id = ?,"
            " new_part_name = ?, activation_id = ?, updated_at = ?,"
            " finished_at = CASE WHEN ? THEN coalesce(finished_at, ?) ELSE finished_at END"
            " WHERE id = ?",
            (*_values(content), now, int(finished), now, dialogue_id),
        )
        if cursor.rowcount == 0:
            raise NotFoundError("dialogue", dialogue_id)

    def delete(self, dialogue_id: int) -> None:
        """Remove one dialogue (and its place in the search index)."""
        with self._vault.transaction() as connection:
            cursor = connection.execute("DELETE FROM dialogue WHERE id = ?", (dialogue_id,))
            if cursor.rowcount == 0:
                raise NotFoundError("dialogue", dialogue_id)

    def get(self, dialogue_id: int) -> Dialogue:
        """One dialogue by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE d.id = ?", (dialogue_id,)).fetchone()
        if row is None:
            raise NotFoundError("dialogue", dialogue_id)
        return _row_to_dialogue(row)

    def find(self, query: DialogueQuery) -> list[Dialogue]:
        """Dialogues matching the query, newest first."""
        clauses: list[str] = []
        params: list[Any] = []
        if query.part_id is not None:
            clauses.append("d.part_id = ?")
            params.append(query.part_id)
        if query.activation_id is not None:
            clauses.append("d.activation_id = ?")
            params.append(query.activation_id)
        if query.unfinished is not None:
            clauses.append(
                "d.finished_at IS NULL" if query.unfinished else "d.finished_at IS NOT NULL"
            )
        match = fts_query(query.search)
        if match is not None:
            clauses.append(
                "(d.id IN (SELECT rowid FROM dialogue_fts WHERE dialogue_fts MATCH ?)"
                " OR d.part_id IN (SELECT id FROM part WHERE name = ?))"
            )
            params += [match, " ".join(query.search.split())]
        sql = _SELECT + (" WHERE " + " AND ".join(clauses) if clauses else "")
        sql += " ORDER BY d.started_at DESC, d.id DESC"
        if query.limit is not None:
            sql += " LIMIT ?"
            params.append(query.limit)
        with self._vault.reading() as connection:
            rows = connection.execute(sql, params).fetchall()
        return [_row_to_dialogue(row) for row in rows]

    def uids(self) -> set[str]:
        """Every stored uid, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid FROM dialogue").fetchall()
        return {str(row["uid"]) for row in rows}
