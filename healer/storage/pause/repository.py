"""Reading and writing 20-minute pauses, the person's own words, and urge outcomes."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.pause import PausePhase, PausePreferences, PauseRecord, PauseRun
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.storage.errors import NotFoundError
from healer.storage.pause.schema import OPEN_RUN
from healer.storage.sqlcipher import Connection, Row
from healer.storage.vault import Vault

_COLUMNS = (
    "phase, planned_seconds, started_at, timer_started_at, banked_seconds, running_since,"
    " ended_at, intensity_before, intensity_after, urge_remains, urge_outcome,"
    " urge_pause_seconds, naming_statement, need_draft, activation_id, finished_early"
)
_SELECT = f"SELECT id, uid, {_COLUMNS}, created_at, updated_at FROM soothing_run"
_STATEMENT_KEY = "naming_statement"
_DISTRACTIONS_KEY = "distractions"
_MINUTES_KEY = "minutes"


def _moment(text: str | None) -> datetime | None:
    return None if text is None else parse_stored(text)


def _stored(moment: datetime | None) -> str | None:
    return None if moment is None else format_stored(moment)


def _urge(row: Row) -> UrgeRecord | None:
    """The urge outcome pair of a row that has urge_outcome and urge_pause_seconds."""
    if row["urge_outcome"] is None:
        return None
    return UrgeRecord(UrgeOutcome(row["urge_outcome"]), row["urge_pause_seconds"])


def _row_to_run(row: Row) -> PauseRun:
    started_at = _moment(row["started_at"])
    assert started_at is not None
    record = PauseRecord(
        phase=PausePhase(row["phase"]),
        planned_seconds=int(row["planned_seconds"]),
        started_at=started_at,
        timer_started_at=_moment(row["timer_started_at"]),
        banked_seconds=float(row["banked_seconds"]),
        running_since=_moment(row["running_since"]),
        ended_at=_moment(row["ended_at"]),
        intensity_before=row["intensity_before"],
        intensity_after=row["intensity_after"],
        urge_remains=None if row["urge_remains"] is None else bool(row["urge_remains"]),
        urge=_urge(row),
        naming_statement=row["naming_statement"],
        need_draft=row["need_draft"],
        activation_id=row["activation_id"],
        finished_early=bool(row["finished_early"]),
    )
    return PauseRun(
        id=int(row["id"]),
        uid=str(row["uid"]),
        record=record,
        created_at=parse_stored(row["created_at"]),
        updated_at=parse_stored(row["updated_at"]),
    )


def _values(record: PauseRecord) -> tuple[Any, ...]:
    urge = record.urge
    return (
        record.phase.value,
        record.planned_seconds,
        format_stored(record.started_at),
        _stored(record.timer_started_at),
        record.banked_seconds,
        _stored(record.running_since),
        _stored(record.ended_at),
        record.intensity_before,
        record.intensity_after,
        None if record.urge_remains is None else int(record.urge_remains),
        None if urge is None else urge.outcome.value,
        None if urge is None else urge.pause_seconds,
        record.naming_statement,
        record.need_draft,
        record.activation_id,
        int(record.finished_early),
    )


class PauseRepository:
    """Pauses in one vault; at most one run is open at a time."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- runs ----------------------------------------------------------------

    def save(self, record: PauseRecord, run_id: int | None = None) -> PauseRun:
        """Insert a new run (run_id None) or replace a stored one.

        A finished run linked to an episode also writes the urge outcome onto the episode.
        """
        record = record.validated()
        with self._vault.transaction() as connection:
            if run_id is None:
                run_id = self.insert(connection, record, uid=str(uuid.uuid4()))
            else:
                self._update(connection, run_id, record)
            if record.phase is PausePhase.FINISHED and record.activation_id is not None:
                UrgeOutcomes.write(connection, record.activation_id, record.urge)
        return self.get(run_id)

    def finish_and_settle(self, run_id: int, record: PauseRecord) -> PauseRun:
        """Save a finished run and stamp its episode settled at the run's end, in one go."""
        record = record.validated()
        with self._vault.transaction() as connection:
            self._update(connection, run_id, record)
            if record.activation_id is not None:
                UrgeOutcomes.write(connection, record.activation_id, record.urge)
                if record.ended_at is not None:
                    connection.execute(
                        "UPDATE activation SET settled_at = ?, updated_at = ?"
                        " WHERE id = ? AND settled_at IS NULL AND started_at <= ?",
                        (
                            format_stored(record.ended_at),
                            format_stored(utc_now()),
                            record.activation_id,
                            format_stored(record.ended_at),
                        ),
                    )
        return self.get(run_id)

    @staticmethod
    def insert(
        connection: Connection,
        record: PauseRecord,
        *,
        uid: str,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> int:
        """Inside a transaction: insert a validated record, returning the new id."""
        if record.activation_id is not None:
            row = connection.execute(
                "SELECT 1 FROM activation WHERE id = ?", (record.activation_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError("activation", record.activation_id)
        now = utc_now()
        cursor = connection.execute(
            f"INSERT INTO soothing_run (uid, {_COLUMNS}, created_at, updated_at)"
            f" VALUES ({', '.join('?' * 19)})",
            (
                uid,
                *_values(record),
                format_stored(created_at or now),
                format_stored(updated_at or created_at or now),
            ),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    @staticmethod
    def _update(connection: Connection, run_id: int, record: PauseRecord) -> None:
        assignments = ", ".join(f"{name.strip()} = ?" for name in _COLUMNS.split(","))
        cursor = connection.execute(
            f"UPDATE soothing_run SET {assignments}, updated_at = ? WHERE id = ?",
            (*_values(record), format_stored(utc_now()), run_id),
        )
        if cursor.rowcount == 0:
            raise NotFoundError("pause", run_id)

    def get(self, run_id: int) -> PauseRun:
        """One run by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise NotFoundError("pause", run_id)
        return _row_to_run(row)

    def current(self) -> PauseRun | None:
        """The run still open (not finished or abandoned), newest if there were several."""
        with self._vault.reading() as connection:
            row = connection.execute(
                _SELECT + f" WHERE {OPEN_RUN} ORDER BY started_at DESC, id DESC LIMIT 1"
            ).fetchone()
        return None if row is None else _row_to_run(row)

    def find(self, limit: int | None = None) -> list[PauseRun]:
        """Runs, newest first."""
        sql = _SELECT + " ORDER BY started_at DESC, id DESC"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._vault.reading() as connection:
            rows = connection.execute(sql, params).fetchall()
        return [_row_to_run(row) for row in rows]

    def completed_count(self) -> int:
        """How many runs were seen through to the end."""
        with self._vault.reading() as connection:
            row = connection.execute(
                "SELECT count(*) AS total FROM soothing_run WHERE phase = 'finished'"
            ).fetchone()
        return int(row["total"])

    def uids(self) -> set[str]:
        """Every stored uid, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid FROM soothing_run").fetchall()
        return {str(row["uid"]) for row in rows}

    # -- the person's own words ----------------------------------------------

    def preferences(self) -> PausePreferences:
        """The naming statement, distraction list and length the person chose."""
        with self._vault.reading() as connection:
            rows = {
                row["key"]: row["value"]
                for row in connection.execute("SELECT key, value FROM soothing_preference")
            }
        statement = json.loads(rows[_STATEMENT_KEY]) if _STATEMENT_KEY in rows else None
        items = json.loads(rows.get(_DISTRACTIONS_KEY, "[]"))
        minutes = json.loads(rows.get(_MINUTES_KEY, "null"))
        return PausePreferences(
            naming_statement=statement if isinstance(statement, str) else None,
            distractions=tuple(str(item) for item in items) if isinstance(items, list) else (),
            minutes=minutes if isinstance(minutes, int) else PausePreferences().minutes,
        ).validated()

    def save_preferences(self, preferences: PausePreferences) -> PausePreferences:
        """Keep them; a naming statement of None goes back to the app's default."""
        preferences = preferences.validated()
        with self._vault.transaction() as connection:
            self.write_preferences(connection, preferences)
        return preferences

    @staticmethod
    def write_preferences(connection: Connection, preferences: PausePreferences) -> None:
        """Inside a transaction: replace every stored preference."""
        connection.execute("DELETE FROM soothing_preference")
        values = {
            _DISTRACTIONS_KEY: list(preferences.distractions),
            _MINUTES_KEY: preferences.minutes,
        }
        if preferences.naming_statement is not None:
            values[_STATEMENT_KEY] = preferences.naming_statement
        connection.executemany(
            "INSERT INTO soothing_preference (key, value) VALUES (?, ?)",
            [(key, json.dumps(value, ensure_ascii=False)) for key, value in values.items()],
        )


class UrgeOutcomes:
    """The urge outcome column pair on each activation."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, activation_id: int) -> UrgeRecord | None:
        """What happened to one episode's urge, if the person said."""
        with self._vault.reading() as connection:
            row = connection.execute(
                "SELECT urge_outcome, urge_pause_seconds FROM activation WHERE id = ?",
                (activation_id,),
            ).fetchone()
        if row is None:
            raise NotFoundError("activation", activation_id)
        return _urge(row)

    def set(self, activation_id: int, urge: UrgeRecord | None) -> None:
        """Record (or, with None, forget) what happened to one episode's urge."""
        with self._vault.transaction() as connection:
            self.write(connection, activation_id, urge)

    @staticmethod
    def write(connection: Connection, activation_id: int, urge: UrgeRecord | None) -> None:
        """Inside a transaction: set the pair on one activation."""
        if urge is not None:
            urge.validated()
        cursor = connection.execute(
            "UPDATE activation SET urge_outcome = ?, urge_pause_seconds = ? WHERE id = ?",
            (
                None if urge is None else urge.outcome.value,
                None if urge is None else urge.pause_seconds,
                activation_id,
            ),
        )
        if cursor.rowcount == 0:
            raise NotFoundError("activation", activation_id)

    def all(self) -> dict[int, UrgeRecord]:
        """Every episode that has an outcome, by activation id (for charts and export)."""
        with self._vault.reading() as connection:
            rows = connection.execute(
                "SELECT id, urge_outcome, urge_pause_seconds FROM activation"
                " WHERE urge_outcome IS NOT NULL"
            ).fetchall()
        return {int(row["id"]): urge for row in rows if (urge := _urge(row)) is not None}
