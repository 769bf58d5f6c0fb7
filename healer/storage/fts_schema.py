"""A full-text index over some text columns of a table, kept in step by triggers.

Migrations call this, so what it creates must never change shape: a different index
needs a new function here (and a new migration), not an edit of this one.
"""

from __future__ import annotations

from collections.abc import Sequence

from healer.storage.sqlcipher import Connection


def create_search_index(connection: Connection, table: str, columns: Sequence[str]) -> None:
    """Create `{table}_fts` (external content, diacritics folded) and its three triggers."""
    # External content: the text is stored once, in the table; every write to a row
    # updates the index inside the same transaction.
    index = f"{table}_fts"
    names = ", ".join(columns)
    new_values = ", ".join(f"new.{name}" for name in columns)
    old_values = ", ".join(f"old.{name}" for name in columns)
    connection.execute(
        f"""
        CREATE VIRTUAL TABLE {index} USING fts5 (
            {names},
            content = '{table}', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        )
        """
    )
    connection.execute(
        f"""
        CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO {index} (rowid, {names}) VALUES (new.id, {new_values});
        END
        """
    )
    connection.execute(
        f"""
        CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN
            INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.id, {old_values});
        END
        """
    )
    connection.execute(
        f"""
        CREATE TRIGGER {index}_update AFTER UPDATE ON {table} BEGIN
            INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.id, {old_values});
            INSERT INTO {index} (rowid, {names}) VALUES (new.id, {new_values});
        END
        """
    )


def drop_search_index(connection: Connection, table: str) -> None:
    """Drop `{table}_fts` and its triggers, so a migration can make it again with more columns."""
    index = f"{table}_fts"
    for event in ("insert", "delete", "update"):
        connection.execute(f"DROP TRIGGER IF EXISTS {index}_{event}")
    connection.execute(f"DROP TABLE IF EXISTS {index}")
