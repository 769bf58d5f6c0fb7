"""Numbered schema migrations, tracked with PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from healer.domain.category import DEFAULT_CATEGORIES
from healer.domain.clock import format_stored, utc_now
from healer.storage.fts_schema import create_search_index
from healer.storage.parts_schema import create_parts_tables
from healer.storage.pause_schema import create_pause_tables
from healer.storage.sqlcipher import Connection


@dataclass(frozen=True, slots=True)
class Migration:
    """One step from version - 1 to version."""

    version: int
    summary: str
    apply: Callable[[Connection], None]


def _create_core_tables(connection: Connection) -> None:
    connection.execute(
        """
        CREATE TABLE category (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
                CHECK (length(trim(name)) BETWEEN 1 AND 60),
            builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
            created_at TEXT NOT NULL
        )
        """
    )
    connection.execute(
        """
        CREATE TABLE activation (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            started_at TEXT NOT NULL,
            settled_at TEXT CHECK (settled_at IS NULL OR settled_at >= started_at),
            intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
            trigger_text TEXT NOT NULL CHECK (length(trim(trigger_text)) > 0),
            body_text TEXT NOT NULL DEFAULT '',
            story_text TEXT NOT NULL DEFAULT '',
            urge_text TEXT NOT NULL DEFAULT '',
            did_text TEXT NOT NULL DEFAULT '',
            after_text TEXT NOT NULL DEFAULT '',
            category_id INTEGER REFERENCES category (id) ON DELETE SET NULL,
            person TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    connection.execute("CREATE INDEX activation_started ON activation (started_at)")
    connection.execute("CREATE INDEX activation_category ON activation (category_id, started_at)")
    connection.execute(
        "CREATE INDEX activation_open ON activation (started_at) WHERE settled_at IS NULL"
    )
    now = format_stored(utc_now())
    connection.executemany(
        "INSERT INTO category (name, builtin, created_at) VALUES (?, 1, ?)",
        [(name, now) for name in DEFAULT_CATEGORIES],
    )


def _create_search_index(connection: Connection) -> None:
    create_search_index(
        connection,
        "activation",
        (
            "trigger_text",
            "body_text",
            "story_text",
            "urge_text",
            "did_text",
            "after_text",
            "person",
        ),
    )
    connection.execute("INSERT INTO activation_fts (activation_fts) VALUES ('rebuild')")


# The journal table sorts by these expressions; each index ends in the rowid, so
# (key, id) is a total order that pages can be cut from in either direction.
DURATION_SQL = "(unixepoch(settled_at) - unixepoch(started_at))"


def _create_drafts_and_table_support(connection: Connection) -> None:
    connection.execute(
        """
        CREATE TABLE entry_draft (
            slot TEXT PRIMARY KEY,
            activation_id INTEGER REFERENCES activation (id) ON DELETE CASCADE,
            fields TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    # A one-row running count, so the journal table learns its size without a scan.
    connection.execute(
        """
        CREATE TABLE activation_stats (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            total INTEGER NOT NULL CHECK (total >= 0)
        )
        """
    )
    connection.execute(
        "INSERT INTO activation_stats (id, total) SELECT 1, count(*) FROM activation"
    )
    connection.execute(
        """
        CREATE TRIGGER activation_stats_insert AFTER INSERT ON activation BEGIN
            UPDATE activation_stats SET total = total + 1 WHERE id = 1;
        END
        """
    )
    connection.execute(
        """
        CREATE TRIGGER activation_stats_delete AFTER DELETE ON activation BEGIN
            UPDATE activation_stats SET total = total - 1 WHERE id = 1;
        END
        """
    )
    connection.execute(
        "CREATE INDEX activation_trigger_order ON activation (trigger_text COLLATE NOCASE)"
    )
    connection.execute(
        "CREATE INDEX activation_intensity_order ON activation (intensity, started_at)"
    )
    connection.execute(
        f"CREATE INDEX activation_duration_order ON activation ({DURATION_SQL}, started_at)"
    )


def _create_practice_uses(connection: Connection) -> None:
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


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "activations and trigger categories", _create_core_tables),
    Migration(2, "full-text search over the six prompts", _create_search_index),
    Migration(
        3,
        "entry drafts, a running count and sort indexes for the journal table",
        _create_drafts_and_table_support,
    ),
    Migration(
        4, "practice uses: breathing, cold water, orienting and the rest", _create_practice_uses
    ),
    Migration(5, "parts work: parts met, dialogues and their search", create_parts_tables),
    Migration(6, "the 20-minute pause and what happened to each urge", create_pause_tables),
)

LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(connection: Connection) -> int:
    """The version the vault's schema is at (0 for a brand-new file)."""
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def pending(connection: Connection, target: int = LATEST_VERSION) -> list[Migration]:
    """Migrations still to apply to reach the target version."""
    current = schema_version(connection)
    return [step for step in MIGRATIONS if current < step.version <= target]


def migrate(connection: Connection, target: int = LATEST_VERSION) -> list[int]:
    """Apply pending migrations, each in its own transaction; returns the versions applied."""
    applied: list[int] = []
    for step in pending(connection, target):
        connection.execute("BEGIN IMMEDIATE")
        try:
            step.apply(connection)
            connection.execute(f"PRAGMA user_version = {step.version}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        applied.append(step.version)
    return applied
