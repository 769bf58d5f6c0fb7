"""Numbered schema migrations, tracked with PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from healer.storage.journal.schema import (
    add_looking_again,
    allow_unrated_intensity,
    create_activation_search,
    create_core_tables,
    create_drafts_and_table_support,
    create_trigger_plans,
)
from healer.storage.parts.schema import create_parts_tables
from healer.storage.pause.schema import create_pause_tables
from healer.storage.people.schema import create_people_tables
from healer.storage.practice_plans.schema import create_practice_plan_tables
from healer.storage.practices.schema import create_practice_uses
from healer.storage.sqlcipher import Connection
from healer.storage.support.schema import create_support_tables


@dataclass(frozen=True, slots=True)
class Migration:
    """One step from version - 1 to version."""

    version: int
    summary: str
    apply: Callable[[Connection], None]
    # A step that rebuilds a table other tables point at runs with foreign keys off
    # (SQLite's documented way: dropping the old table would otherwise cascade), and
    # checks every key before it commits.
    rebuilds_table: bool = False


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "activations and trigger categories", create_core_tables),
    Migration(2, "full-text search over the six prompts", create_activation_search),
    Migration(
        3,
        "entry drafts, a running count and sort indexes for the journal table",
        create_drafts_and_table_support,
    ),
    Migration(
        4, "practice uses: breathing, cold water, orienting and the rest", create_practice_uses
    ),
    Migration(5, "parts work: parts met, dialogues and their search", create_parts_tables),
    Migration(6, "the 20-minute pause and what happened to each urge", create_pause_tables),
    Migration(7, "an activation's intensity may be not rated yet", allow_unrated_intensity, True),
    Migration(
        8, "people, moments of being met, and entries linked to people", create_people_tables
    ),
    Migration(
        9, "getting support: saved self-checks, questions for a therapist", create_support_tables
    ),
    Migration(
        10, "looking again: a seventh entry field once an episode has settled", add_looking_again
    ),
    Migration(11, "plans for triggers: when this happens, I will …", create_trigger_plans),
    Migration(12, "one practice for two weeks: plans and their days", create_practice_plan_tables),
)

LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(connection: Connection) -> int:
    """The version the vault's schema is at (0 for a brand-new file)."""
    # Unpacked, not read by name: migrations also run on plain connections (tests, tools).
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    return int(version)


def pending(connection: Connection, target: int = LATEST_VERSION) -> list[Migration]:
    """Migrations still to apply to reach the target version."""
    current = schema_version(connection)
    return [step for step in MIGRATIONS if current < step.version <= target]


def migrate(connection: Connection, target: int = LATEST_VERSION) -> list[int]:
    """Apply pending migrations, each in its own transaction; returns the versions applied."""
    applied: list[int] = []
    for step in pending(connection, target):
        # PRAGMA foreign_keys is a no-op inside a transaction: switch it before BEGIN.
        (keys_on,) = connection.execute("PRAGMA foreign_keys").fetchone()
        if step.rebuilds_table and keys_on:
            connection.execute("PRAGMA foreign_keys = OFF")
        try:
            _apply(connection, step)
        finally:
            if step.rebuilds_table and keys_on:
                connection.execute("PRAGMA foreign_keys = ON")
        applied.append(step.version)
    return applied


def _apply(connection: Connection, step: Migration) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        step.apply(connection)
        if step.rebuilds_table and connection.execute("PRAGMA foreign_key_check").fetchone():
            raise RuntimeError(f"migration {step.version} would break a foreign key")
        connection.execute(f"PRAGMA user_version = {step.version}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
