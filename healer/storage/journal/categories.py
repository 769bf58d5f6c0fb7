"""Reading and adding trigger categories."""

from __future__ import annotations

from healer.domain.category import Category, clean_category_name
from healer.domain.clock import format_stored, utc_now
from healer.domain.errors import ValidationError
from healer.storage.sqlcipher import Connection, Row
from healer.storage.vault import Vault


def _category(row: Row, plan: str = "") -> Category:
    return Category(int(row["id"]), str(row["name"]), bool(row["builtin"]), plan)


class CategoryRepository:
    """Categories in one vault, in a stable order (seeded first, then by name)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def all(self) -> list[Category]:
        """Every category with its plan, seeded ones first in their seeded order, then yours."""
        # Through reading(): the worker thread may be using the one connection right now.
        with self._vault.reading() as connection:
            rows = connection.execute(
                "SELECT c.id, c.name, c.builtin, p.plan_text FROM category AS c"
                " LEFT JOIN trigger_plan AS p ON p.category_id = c.id ORDER BY c.builtin DESC,"
                " CASE c.builtin WHEN 1 THEN c.id END, c.name COLLATE NOCASE"
            ).fetchall()
        return [_category(row, row["plan_text"] or "") for row in rows]

    def add(self, name: str) -> Category:
        """Add a category, or return the existing one with the same name (any case)."""
        cleaned = clean_category_name(name)
        with self._vault.transaction() as connection:
            return self.ensure(connection, cleaned)

    @staticmethod
    def ensure(connection: Connection, name: str) -> Category:
        """Inside a transaction: the category with this name, created if missing."""
        cleaned = clean_category_name(name)
        row = connection.execute(
            "SELECT id, name, builtin FROM category WHERE name = ?", (cleaned,)
        ).fetchone()
        if row is not None:
            return _category(row)
        cursor = connection.execute(
            "INSERT INTO category (name, builtin, created_at) VALUES (?, 0, ?)",
            (cleaned, format_stored(utc_now())),
        )
        assert cursor.lastrowid is not None
        return Category(int(cursor.lastrowid), cleaned, False)

    @staticmethod
    def id_for(connection: Connection, name: str | None) -> int | None:
        """The id of an existing category, None for no category; unknown names are refused."""
        if name is None:
            return None
        row = connection.execute(
            "SELECT id FROM category WHERE name = ?", (clean_category_name(name),)
        ).fetchone()
        if row is None:
            raise ValidationError(
                "category", "unknown category; add it first or choose an existing one"
            )
        return int(row["id"])
