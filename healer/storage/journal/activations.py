"""Reading and writing activation records, with the search index kept in step."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from typing import Any

from healer.domain.activation import (
    Activation,
    ActivationInput,
    ActivationLinks,
    ActivationQuery,
    check_intensity,
)
from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.errors import ValidationError
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.storage.errors import NotFoundError
from healer.storage.journal.categories import CategoryRepository
from healer.storage.journal.drafts import DraftRepository
from healer.storage.search import fts_query
from healer.storage.sqlcipher import Connection, Row
from healer.storage.vault import Vault

# Rows that point at an episode and lose the link (ON DELETE SET NULL) when it goes:
# each table beside the ActivationLinks field that keeps their ids for an undo.
_LINKED_TABLES = (
    ("practice_use", "practice_ids"),
    ("soothing_run", "pause_ids"),
    ("dialogue", "dialogue_ids"),
    ("moment", "moment_ids"),
)


def _linked_ids(connection: Connection, activation_id: int) -> ActivationLinks:
    ids = {
        field: tuple(
            row["id"]
            for row in connection.execute(
                f"SELECT id FROM {table} WHERE activation_id = ? ORDER BY id", (activation_id,)
            )
        )
        for table, field in _LINKED_TABLES
    }
    return ActivationLinks(**ids)


def _relink(connection: Connection, activation_id: int, links: ActivationLinks) -> None:
    for table, field in _LINKED_TABLES:
        connection.executemany(
            f"UPDATE {table} SET activation_id = ? WHERE id = ? AND activation_id IS NULL",
            [(activation_id, row_id) for row_id in getattr(links, field)],
        )


_SELECT = """
    SELECT a.id, a.uid, a.started_at, a.settled_at, a.intensity,
           a.trigger_text, a.body_text, a.story_text, a.urge_text, a.did_text, a.after_text,
           c.name AS category, a.person, a.created_at, a.updated_at,
           a.urge_outcome, a.urge_pause_seconds, a.looking_again_text
    FROM activation AS a LEFT JOIN category AS c ON c.id = a.category_id
"""


def _row_to_activation(row: Row) -> Activation:
    content = ActivationInput(
        started_at=parse_stored(row["started_at"]),
        settled_at=parse_stored(row["settled_at"]) if row["settled_at"] is not None else None,
        intensity=None if row["intensity"] is None else int(row["intensity"]),
        trigger=row["trigger_text"],
        body=row["body_text"],
        story=row["story_text"],
        urge=row["urge_text"],
        did=row["did_text"],
        after=row["after_text"],
        category=row["category"],
        person=row["person"],
        urge_outcome=(
            None
            if row["urge_outcome"] is None
            else UrgeRecord(UrgeOutcome(row["urge_outcome"]), row["urge_pause_seconds"])
        ),
        looking_again=row["looking_again_text"],
    )
    return Activation(
        id=int(row["id"]),
        uid=str(row["uid"]),
        content=content,
        created_at=parse_stored(row["created_at"]),
        updated_at=parse_stored(row["updated_at"]),
    )


def _content_values(content: ActivationInput, category_id: int | None) -> tuple[Any, ...]:
    return (
        format_stored(content.started_at),
        format_stored(content.settled_at) if content.settled_at is not None else None,
        content.intensity,
        content.trigger,
        content.body,
        content.story,
        content.urge,
        content.did,
        content.after,
        category_id,
        content.person,
        *_urge_values(content.urge_outcome),
        content.looking_again,
    )


def _urge_values(urge: UrgeRecord | None) -> tuple[str | None, int | None]:
    return (None, None) if urge is None else (urge.outcome.value, urge.pause_seconds)


class ActivationRepository:
    """Activations in one vault; every write is one transaction including the search index."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- writes ------------------------------------------------------------

    def add(self, content: ActivationInput, *, discard_draft: str | None = None) -> Activation:
        """Store a new episode and return it with its id.

        discard_draft names the draft slot it was typed in: forgotten in the same
        transaction, so a crash can never leave both the entry and its draft behind.
        """
        content = content.validated()
        with self._vault.transaction() as connection:
            new_id = self.insert(connection, content, uid=str(uuid.uuid4()))
            if discard_draft is not None:
                DraftRepository.discard_in(connection, discard_draft)
        return self.get(new_id)

    @staticmethod
    def insert(
        connection: Connection,
        content: ActivationInput,
        *,
        uid: str,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> int:
        """Inside a transaction: insert validated content, returning the new id."""
        now = utc_now()
        category_id = CategoryRepository.id_for(connection, content.category)
        cursor = connection.execute(
            "INSERT INTO activation (uid, started_at, settled_at, intensity, trigger_text,"
            " body_text, story_text, urge_text, did_text, after_text, category_id, person,"
            " urge_outcome, urge_pause_seconds, looking_again_text, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                uid,
                *_content_values(content, category_id),
                format_stored(created_at or now),
                format_stored(updated_at or created_at or now),
            ),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def restore(self, activation: Activation, links: ActivationLinks | None = None) -> Activation:
        """Put a deleted episode back exactly as it was: same id, uid and timestamps.

        The links are relinked where their rows still exist and point nowhere else.
        """
        content = activation.content.validated()
        with self._vault.transaction() as connection:
            category_id = CategoryRepository.id_for(connection, content.category)
            connection.execute(
                "INSERT INTO activation (id, uid, started_at, settled_at, intensity,"
                " trigger_text, body_text, story_text, urge_text, did_text, after_text,"
                " category_id, person, urge_outcome, urge_pause_seconds, looking_again_text,"
                " created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    activation.id,
                    activation.uid,
                    *_content_values(content, category_id),
                    format_stored(activation.created_at),
                    format_stored(activation.updated_at),
                ),
            )
            if links:
                _relink(connection, activation.id, links)
        return self.get(activation.id)

    def update(
        self, activation_id: int, content: ActivationInput, *, discard_draft: str | None = None
    ) -> Activation:
        """Replace what the person said about an episode (and forget its draft, as add)."""
        content = content.validated()
        with self._vault.transaction() as connection:
            if discard_draft is not None:
                DraftRepository.discard_in(connection, discard_draft)
            category_id = CategoryRepository.id_for(connection, content.category)
            cursor = connection.execute(
                "UPDATE activation SET started_at = ?, settled_at = ?, intensity = ?,"
                " trigger_text = ?, body_text = ?, story_text = ?, urge_text = ?, did_text = ?,"
                " after_text = ?, category_id = ?, person = ?, urge_outcome = ?,"
                " urge_pause_seconds = ?, looking_again_text = ?, updated_at = ? WHERE id = ?",
                (
                    *_content_values(content, category_id),
                    format_stored(utc_now()),
                    activation_id,
                ),
            )
            if cursor.rowcount == 0:
                raise NotFoundError("activation", activation_id)
        return self.get(activation_id)

    def settle(
        self, activation_id: int, at: datetime | None = None, *, looking_again: str | None = None
    ) -> Activation:
        """Stamp the time an episode settled (now by default), with words looking again."""
        current = self.get(activation_id)
        settled_at = at if at is not None else utc_now()
        if settled_at < current.content.started_at:
            raise ValidationError("settled_at", "is before the episode started")
        content = replace(current.content, settled_at=settled_at)
        if looking_again is not None:
            content = replace(content, looking_again=looking_again)
        return self.update(activation_id, content)

    def rate_if_unrated(self, activation_id: int, intensity: int) -> bool:
        """Fill a "not rated yet" intensity; a rating already given is kept. True if filled."""
        check_intensity(intensity)
        with self._vault.transaction() as connection:
            cursor = connection.execute(
                "UPDATE activation SET intensity = ?, updated_at = ?"
                " WHERE id = ? AND intensity IS NULL",
                (intensity, format_stored(utc_now()), activation_id),
            )
        return cursor.rowcount > 0

    def delete(self, activation_id: int) -> ActivationLinks:
        """Remove an episode and its search entry; returns what pointed at it (now unlinked)."""
        with self._vault.transaction() as connection:
            links = _linked_ids(connection, activation_id)
            cursor = connection.execute("DELETE FROM activation WHERE id = ?", (activation_id,))
            if cursor.rowcount == 0:
                raise NotFoundError("activation", activation_id)
        return links

    # -- reads -------------------------------------------------------------

    def get(self, activation_id: int) -> Activation:
        """One episode by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE a.id = ?", (activation_id,)).fetchone()
        if row is None:
            raise NotFoundError("activation", activation_id)
        return _row_to_activation(row)

    def find(self, query: ActivationQuery) -> list[Activation]:
        """Episodes matching the query, newest first."""
        where, params = self._where(query)
        sql = _SELECT + where + " ORDER BY a.started_at DESC, a.id DESC"
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        with self._vault.reading() as connection:
            rows = connection.execute(sql, params).fetchall()
        return [_row_to_activation(row) for row in rows]

    def count(self, query: ActivationQuery | None = None) -> int:
        """How many episodes match the query (all when None)."""
        query = query or ActivationQuery()
        where, params = self._where(query)
        sql = "SELECT count(*) AS total FROM activation AS a"
        if query.category is not None or fts_query(query.search) is not None:
            # Only these need it. Elsewhere the join made SQLite read every open episode's
            # whole row to count them (bench: 30 → 0.5 ms at 100k); with a search it steers
            # the count to the small category index.
            sql += " LEFT JOIN category AS c ON c.id = a.category_id"
        with self._vault.reading() as connection:
            row = connection.execute(sql + where, params).fetchone()
        return int(row["total"])

    def uids(self) -> set[str]:
        """Every stored uid, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid FROM activation").fetchall()
        return {str(row["uid"]) for row in rows}

    @staticmethod
    def _where(query: ActivationQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.since is not None:
            clauses.append("a.started_at >= ?")
            params.append(format_stored(query.since))
        if query.until is not None:
            clauses.append("a.started_at < ?")
            params.append(format_stored(query.until))
        if query.category is not None:
            clauses.append("c.name = ?")
            params.append(" ".join(query.category.split()))
        if query.open_only:
            clauses.append("a.settled_at IS NULL")
        match = fts_query(query.search)
        if match is not None:
            # The unary plus stops SQLite looking every match up by id (reading whole rows
            # of half the vault for a common word): it walks an index in the listing's
            # order instead and tests each id against the matches (bench: 630 → 12 ms).
            clauses.append(
                "+a.id IN (SELECT rowid FROM activation_fts WHERE activation_fts MATCH ?)"
            )
            params.append(match)
        if not clauses:
            return "", params
        return " WHERE " + " AND ".join(clauses), params
