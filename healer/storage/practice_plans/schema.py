"""The tables for one practice for two weeks: the plans and the days marked "I did it"."""

from __future__ import annotations

from healer.domain.practice_plan import PlanOutcome
from healer.storage.sqlcipher import Connection

_OUTCOMES = ", ".join(f"'{outcome.value}'" for outcome in PlanOutcome)


def create_practice_plan_tables(connection: Connection) -> None:
    """Migration body: practice_plan and practice_plan_day.

    Stands alone: it points at no other feature's table, so it can run in any order with
    steps added beside it.
    """
    # The practice key is checked by the domain, like practice_use's. Days are local
    # calendar days ('2026-11-30'), the way the person counts them.
    connection.execute(
        f"""
        CREATE TABLE practice_plan (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            practice TEXT NOT NULL CHECK (length(practice) BETWEEN 1 AND 40),
            first_day TEXT NOT NULL CHECK (length(first_day) = 10),
            closed_on TEXT CHECK (closed_on IS NULL OR length(closed_on) = 10),
            outcome TEXT CHECK (outcome IS NULL OR outcome IN ({_OUTCOMES})),
            created_at TEXT NOT NULL,
            CHECK ((closed_on IS NULL) = (outcome IS NULL))
        )
        """
    )
    # One plan at a time: at most one row is still open.
    connection.execute(
        "CREATE UNIQUE INDEX practice_plan_one_open ON practice_plan ((closed_on IS NULL))"
        " WHERE closed_on IS NULL"
    )
    # A rowid table, like every other: the rescue export reads damaged vaults by rowid.
    connection.execute(
        """
        CREATE TABLE practice_plan_day (
            plan_id INTEGER NOT NULL REFERENCES practice_plan (id) ON DELETE CASCADE,
            day TEXT NOT NULL CHECK (length(day) = 10),
            PRIMARY KEY (plan_id, day)
        )
        """
    )
