"""Plans for trigger categories: one per category, kept in step with their search index."""

from __future__ import annotations

from datetime import datetime

from healer.domain.category import TriggerPlan, clean_category_name, clean_plan_text
from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.storage.journal.categories import CategoryRepository
from healer.storage.search import fts_query
from healer.storage.sqlcipher import Connection, Row
from healer.storage.vault import Vault

# The categories' own order (seeded first, then the person's by name), as CategoryRepository.
_SELECT = """
    SELECT c.name AS category, p.plan_text, p.updated_at
    FROM trigger_plan AS p JOIN category AS c ON c.id = p.category_id
"""
_ORDER = " ORDER BY c.builtin DESC, CASE c.builtin WHEN 1 THEN c.id END, c.name COLLATE NOCASE"


def _plan(row: Row) -> TriggerPlan:
    return TriggerPlan(str(row["category"]), str(row["plan_text"]), parse_stored(row["updated_at"]))


class TriggerPlanRepository:
    """Each category's plan; an empty plan is no plan (the row goes)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def all(self) -> list[TriggerPlan]:
        """Every plan, in the categories' order."""
        with self._vault.reading() as connection:
            rows = connection.execute(_SELECT + _ORDER).fetchall()
        return [_plan(row) for row in rows]

    def get(self, category: str) -> TriggerPlan | None:
        """The plan for one category (any case), or None."""
        with self._vault.reading() as connection:
            row = connection.execute(
                _SELECT + " WHERE c.name = ?", (clean_category_name(category),)
            ).fetchone()
        return None if row is None else _plan(row)

    def search(self, words: str) -> list[TriggerPlan]:
        """The plans holding every word (prefixes too, diacritics folded)."""
        match = fts_query(words)
        if match is None:
            return self.all()
        with self._vault.reading() as connection:
            rows = connection.execute(
                _SELECT + " WHERE p.id IN (SELECT rowid FROM trigger_plan_fts"
                " WHERE trigger_plan_fts MATCH ?)" + _ORDER,
                (match,),
            ).fetchall()
        return [_plan(row) for row in rows]

    def set(self, category: str, text: str) -> TriggerPlan | None:
        """Write (or with empty text, remove) a category's plan; the category must exist."""
        cleaned = clean_plan_text(text)
        with self._vault.transaction() as connection:
            category_id = CategoryRepository.id_for(connection, category)
            assert category_id is not None  # a name, never None, was asked for
            self.put(connection, category_id, cleaned)
        return self.get(category) if cleaned else None

    @staticmethod
    def put(
        connection: Connection,
        category_id: int,
        text: str,
        *,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> None:
        """Inside a transaction: write cleaned text as the category's plan ("" removes it)."""
        if not text:
            connection.execute("DELETE FROM trigger_plan WHERE category_id = ?", (category_id,))
            return
        now = format_stored(updated_at or utc_now())
        connection.execute(
            "INSERT INTO trigger_plan (category_id, plan_text, created_at, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (category_id) DO UPDATE"
            " SET plan_text = excluded.plan_text, updated_at = excluded.updated_at",
            (category_id, text, format_stored(created_at) if created_at else now, now),
        )

    @staticmethod
    def has_plan(connection: Connection, category_id: int) -> bool:
        """Inside a transaction: whether the category has a plan already."""
        row = connection.execute(
            "SELECT 1 AS found FROM trigger_plan WHERE category_id = ?", (category_id,)
        ).fetchone()
        return row is not None
