"""Reading and writing practice plans and the days marked "I did it"."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.errors import HealerError
from healer.domain.practice_plan import PlanOutcome, PlanPractice, PracticePlan, PracticePlanInput
from healer.storage.errors import NotFoundError
from healer.storage.records import RecordRepository
from healer.storage.sqlcipher import Connection, Row

_SELECT = "SELECT id, uid, practice, first_day, closed_on, outcome, created_at FROM practice_plan"


class PlanAlreadyOpenError(HealerError):
    """A plan is under way: one plan at a time."""

    def __init__(self) -> None:
        super().__init__("A plan is already under way; end it before starting another.")


class PlanClosedError(HealerError):
    """The plan has ended: its days and its ending are kept as they were."""

    def __init__(self) -> None:
        super().__init__("That plan has ended; its days are kept as they were.")


def _marked(connection: Connection, plan_id: int) -> frozenset[date]:
    rows = connection.execute(
        "SELECT day FROM practice_plan_day WHERE plan_id = ?", (plan_id,)
    ).fetchall()
    return frozenset(date.fromisoformat(str(row["day"])) for row in rows)


def _row_to_plan(connection: Connection, row: Row) -> PracticePlan:
    closed_on = row["closed_on"]
    outcome = row["outcome"]
    return PracticePlan(
        id=int(row["id"]),
        uid=str(row["uid"]),
        content=PracticePlanInput(
            PlanPractice(str(row["practice"])), date.fromisoformat(str(row["first_day"]))
        ),
        marked_days=_marked(connection, int(row["id"])),
        closed_on=None if closed_on is None else date.fromisoformat(str(closed_on)),
        outcome=None if outcome is None else PlanOutcome(str(outcome)),
        created_at=parse_stored(str(row["created_at"])),
    )


def open_plan_id(connection: Connection) -> int | None:
    """The id of the plan under way, if any."""
    row = connection.execute("SELECT id FROM practice_plan WHERE closed_on IS NULL").fetchone()
    return None if row is None else int(row["id"])


class PracticePlanRepository(RecordRepository[PracticePlanInput, PracticePlan]):
    """The plans in one vault; at most one is open at a time."""

    @staticmethod
    def insert(
        connection: Connection,
        content: PracticePlanInput,
        *,
        uid: str,
        created_at: datetime | None = None,
        marked_days: Iterable[date] = (),
        closed_on: date | None = None,
        outcome: PlanOutcome | None = None,
    ) -> int:
        """Inside a transaction: insert a validated plan (open unless closed_on), its new id."""
        if closed_on is None and open_plan_id(connection) is not None:
            raise PlanAlreadyOpenError
        cursor = connection.execute(
            "INSERT INTO practice_plan (uid, practice, first_day, closed_on, outcome, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                uid,
                content.practice.value,
                content.first_day.isoformat(),
                None if closed_on is None else closed_on.isoformat(),
                None if outcome is None else outcome.value,
                format_stored(created_at or utc_now()),
            ),
        )
        assert cursor.lastrowid is not None
        plan_id = int(cursor.lastrowid)
        connection.executemany(
            "INSERT OR IGNORE INTO practice_plan_day (plan_id, day) VALUES (?, ?)",
            [(plan_id, day.isoformat()) for day in marked_days],
        )
        return plan_id

    def get(self, record_id: int) -> PracticePlan:
        """One plan by id."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE id = ?", (record_id,)).fetchone()
            if row is None:
                raise NotFoundError("practice plan", record_id)
            return _row_to_plan(connection, row)

    def current(self) -> PracticePlan | None:
        """The plan under way, if there is one."""
        with self._vault.reading() as connection:
            row = connection.execute(_SELECT + " WHERE closed_on IS NULL").fetchone()
            return None if row is None else _row_to_plan(connection, row)

    def all(self) -> list[PracticePlan]:
        """Every plan, the latest first (by its first day)."""
        with self._vault.reading() as connection:
            rows = connection.execute(_SELECT + " ORDER BY first_day DESC, id DESC").fetchall()
            return [_row_to_plan(connection, row) for row in rows]

    def set_marked(self, plan_id: int, day: date, marked: bool) -> PracticePlan:
        """Mark a day "I did it" (or take the mark back) on an open plan."""
        with self._vault.transaction() as connection:
            self._require_open(connection, plan_id)
            if marked:
                connection.execute(
                    "INSERT OR IGNORE INTO practice_plan_day (plan_id, day) VALUES (?, ?)",
                    (plan_id, day.isoformat()),
                )
            else:
                connection.execute(
                    "DELETE FROM practice_plan_day WHERE plan_id = ? AND day = ?",
                    (plan_id, day.isoformat()),
                )
        return self.get(plan_id)

    def close(
        self,
        plan_id: int,
        closed_on: date,
        outcome: PlanOutcome,
        then: PracticePlanInput | None = None,
    ) -> PracticePlan | None:
        """End an open plan; with `then`, start the next one in the same transaction."""
        with self._vault.transaction() as connection:
            self._require_open(connection, plan_id)
            connection.execute(
                "UPDATE practice_plan SET closed_on = ?, outcome = ? WHERE id = ?",
                (closed_on.isoformat(), outcome.value, plan_id),
            )
            new_id = None
            if then is not None:
                new_id = self.insert(connection, then.validated(), uid=str(uuid.uuid4()))
        return None if new_id is None else self.get(new_id)

    def uids(self) -> set[str]:
        """Every stored uid, for idempotent import."""
        with self._vault.reading() as connection:
            rows = connection.execute("SELECT uid FROM practice_plan").fetchall()
        return {str(row["uid"]) for row in rows}

    @staticmethod
    def _require_open(connection: Connection, plan_id: int) -> None:
        row = connection.execute(
            "SELECT closed_on FROM practice_plan WHERE id = ?", (plan_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError("practice plan", plan_id)
        if row["closed_on"] is not None:
            raise PlanClosedError
