"""The practice-use table: breathing, cold water, orienting and the rest."""

from __future__ import annotations

from healer.storage.sqlcipher import Connection


def create_practice_uses(connection: Connection) -> None:
    """Migration step: practice_use and its indexes."""
    # The practice key is checked by the domain, not the schema, so a new practice
    # needs no table rebuild. A deleted activation leaves its practices unlinked.
    connection.execute(
        """
        CREATE TABLE practice_use (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            practice TEXT NOT NULL CHECK (length(practice) BETWEEN 1 AND 40),
            pattern TEXT,
            started_at TEXT NOT NULL,
            duration_seconds INTEGER NOT NULL CHECK (duration_seconds BETWEEN 0 AND 86400),
            intensity_before INTEGER
                CHECK (intensity_before IS NULL OR intensity_before BETWEEN 0 AND 10),
            intensity_after INTEGER
                CHECK (intensity_after IS NULL OR intensity_after BETWEEN 0 AND 10),
            activation_id INTEGER REFERENCES activation (id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL
        )
        """
    )
    connection.execute("CREATE INDEX practice_use_started ON practice_use (started_at)")
    connection.execute(
        "CREATE INDEX practice_use_activation ON practice_use (activation_id)"
        " WHERE activation_id IS NOT NULL"
    )
