"""What the vault already records for a plan: when its practice was done, and durations."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from healer.domain.clock import format_stored, parse_stored
from healer.domain.practice_plan import (
    PlanEvidence,
    PlanPractice,
    PracticePlan,
    before_span,
    plan_span,
)
from healer.storage.sqlcipher import Connection
from healer.storage.vault import Vault

# Each query's table, extra condition and whether it keeps an intensity before and after.
# Stored times are one fixed text form, so comparing the text compares the instants.
_DONE = {
    PlanPractice.PAUSE: ("soothing_run", "phase = 'finished'", True),
    PlanPractice.DIALOGUE: ("dialogue", "1", False),
    PlanPractice.TRIGGER_LOG: ("activation", "1", False),
}


def _done(
    connection: Connection, practice: PlanPractice, start: datetime, end: datetime
) -> tuple[list[datetime], list[tuple[int, int]]]:
    span = (format_stored(start), format_stored(end))
    kind = practice.practice_kind
    if kind is not None:
        table, condition, intensities = "practice_use", "practice = ?", True
        params: tuple[str, ...] = (kind.value, *span)
    else:
        table, condition, intensities = _DONE[practice]
        params = span
    columns = "started_at, intensity_before, intensity_after" if intensities else "started_at"
    rows = connection.execute(
        f"SELECT {columns} FROM {table} WHERE {condition}"
        " AND started_at >= ? AND started_at < ? ORDER BY started_at",
        params,
    ).fetchall()
    moments = [parse_stored(str(row["started_at"])) for row in rows]
    pairs = (
        [
            (int(row["intensity_before"]), int(row["intensity_after"]))
            for row in rows
            if row["intensity_before"] is not None and row["intensity_after"] is not None
        ]
        if intensities
        else []
    )
    return moments, pairs


def _durations(connection: Connection, start: datetime, end: datetime) -> list[timedelta]:
    rows = connection.execute(
        "SELECT started_at, settled_at FROM activation WHERE settled_at IS NOT NULL"
        " AND started_at >= ? AND started_at < ?",
        (format_stored(start), format_stored(end)),
    ).fetchall()
    return [
        parse_stored(str(row["settled_at"])) - parse_stored(str(row["started_at"])) for row in rows
    ]


def read_evidence(
    vault: Vault, plan: PracticePlan, today: date, zone: tzinfo | None = None
) -> PlanEvidence:
    """The plan's evidence as of today, in a few indexed queries."""
    start, end = plan_span(plan, today, zone)
    before_start, before_end = before_span(plan, zone)
    with vault.reading() as connection:
        moments, pairs = _done(connection, plan.practice, start, end)
        return PlanEvidence(
            done_at=tuple(moments),
            intensities=tuple(pairs),
            durations_before=tuple(_durations(connection, before_start, before_end)),
            durations_during=tuple(_durations(connection, start, end)),
        )
