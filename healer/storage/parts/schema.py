"""The tables for parts work: parts met, dialogues with them, and their search index."""

from __future__ import annotations

from healer.storage.fts_schema import create_search_index
from healer.storage.sqlcipher import Connection

DIALOGUE_SEARCH_COLUMNS: tuple[str, ...] = (
    "notice_text",
    "fear_text",
    "need_text",
    "answer_text",
    "new_part_name",
)


def create_parts_tables(connection: Connection) -> None:
    """Migration body: part, dialogue, and an FTS5 index kept in step by triggers."""
    connection.execute(
        """
        CREATE TABLE part (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
                CHECK (length(trim(name)) BETWEEN 1 AND 80),
            typical_age TEXT NOT NULL DEFAULT '',
            usual_fear TEXT NOT NULL DEFAULT '',
            what_helps TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    # An unfinished dialogue is a row without finished_at: the autosaved draft lives in
    # the vault like everything else, and continuing it reopens the same row.
    connection.execute(
        """
        CREATE TABLE dialogue (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            step TEXT NOT NULL DEFAULT 'settle',
            notice_text TEXT NOT NULL DEFAULT '',
            age TEXT NOT NULL DEFAULT '',
            fear_text TEXT NOT NULL DEFAULT '',
            need_text TEXT NOT NULL DEFAULT '',
            answer_text TEXT NOT NULL DEFAULT '',
            feeling_after INTEGER
                CHECK (feeling_after IS NULL OR feeling_after BETWEEN 0 AND 10),
            part_id INTEGER REFERENCES part (id) ON DELETE SET NULL,
            new_part_name TEXT NOT NULL DEFAULT '',
            activation_id INTEGER REFERENCES activation (id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    connection.execute("CREATE INDEX dialogue_started ON dialogue (started_at)")
    connection.execute("CREATE INDEX dialogue_part ON dialogue (part_id, started_at)")
    connection.execute(
        "CREATE INDEX dialogue_activation ON dialogue (activation_id)"
        " WHERE activation_id IS NOT NULL"
    )
    connection.execute(
        "CREATE INDEX dialogue_unfinished ON dialogue (updated_at) WHERE finished_at IS NULL"
    )
    create_search_index(connection, "dialogue", DIALOGUE_SEARCH_COLUMNS)
