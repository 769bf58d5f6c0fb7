"""Practice plans in a real encrypted vault: one at a time, marks, endings, what counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from healer.domain.activation import ActivationInput
from healer.domain.errors import ValidationError
from healer.domain.parts import DialogueInput
from healer.domain.pause import PausePhase, PauseRecord
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.practice_plan import PlanOutcome, PlanPractice, PracticePlanInput
from healer.storage import migrations, sqlcipher
from healer.storage.files import create_empty_private_file
from healer.storage.journal.activations import ActivationRepository
from healer.storage.parts.dialogues import DialogueRepository
from healer.storage.pause.repository import PauseRepository
from healer.storage.practice_plans.evidence import read_evidence
from healer.storage.practice_plans.repository import (
    PlanAlreadyOpenError,
    PlanClosedError,
    PracticePlanRepository,
)
from healer.storage.practices.repository import PracticeRepository
from healer.storage.vault import Vault

FIRST = date(2026, 3, 2)
TODAY = date(2026, 3, 20)


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def test_one_plan_at_a_time_and_its_marks(vault: Vault) -> None:
    plans = PracticePlanRepository(vault)
    plan = plans.add(PracticePlanInput(PlanPractice.ORIENTING, FIRST))
    assert plans.current() == plan
    with pytest.raises(PlanAlreadyOpenError):
        plans.add(PracticePlanInput(PlanPractice.PAUSE, FIRST))
    marked = plans.set_marked(plan.id, date(2026, 3, 3), True)
    plans.set_marked(plan.id, date(2026, 3, 4), True)
    assert marked.marked_days == {date(2026, 3, 3)}
    assert plans.set_marked(plan.id, date(2026, 3, 4), False).marked_days == {date(2026, 3, 3)}


def test_ending_with_a_new_plan_is_one_step_and_the_old_one_stays_readable(vault: Vault) -> None:
    plans = PracticePlanRepository(vault)
    plan = plans.add(PracticePlanInput(PlanPractice.ORIENTING, FIRST))
    plans.set_marked(plan.id, FIRST, True)
    new = plans.close(
        plan.id, plan.last_day, PlanOutcome.SWITCHED, PracticePlanInput(PlanPractice.PAUSE, TODAY)
    )
    assert new is not None
    assert new.is_open
    assert new.practice is PlanPractice.PAUSE
    old = plans.get(plan.id)
    assert (old.closed_on, old.outcome) == (plan.last_day, PlanOutcome.SWITCHED)
    assert old.marked_days == {FIRST}
    assert [p.id for p in plans.all()] == [new.id, plan.id]
    with pytest.raises(PlanClosedError):
        plans.set_marked(plan.id, FIRST, False)
    with pytest.raises(PlanClosedError):
        plans.close(plan.id, TODAY, PlanOutcome.STOPPED)


def test_a_failed_new_plan_leaves_the_old_one_open(vault: Vault) -> None:
    plans = PracticePlanRepository(vault)
    plan = plans.add(PracticePlanInput(PlanPractice.ORIENTING, FIRST))
    with pytest.raises(ValidationError, match="first_day"):
        plans.close(
            plan.id,
            plan.last_day,
            PlanOutcome.KEPT_GOING,
            PracticePlanInput(PlanPractice.PAUSE, date(1, 1, 1)),
        )
    assert plans.get(plan.id).is_open


def _fill(vault: Vault) -> None:
    practices = PracticeRepository(vault)
    practices.add(PracticeUseInput(PracticeKind.BREATHING, _at(2), 300, None, 8, 4))
    practices.add(PracticeUseInput(PracticeKind.BREATHING, _at(5), 300, None, 6, None))
    practices.add(PracticeUseInput(PracticeKind.COLD_WATER, _at(6), 60, None, 9, 3))
    practices.add(PracticeUseInput(PracticeKind.BREATHING, _at(1), 300, None, 9, 1))  # before
    pauses = PauseRepository(vault)
    seen_through = PauseRecord(
        PausePhase.FINISHED,
        1200,
        _at(3),
        ended_at=_at(3, 10),
        intensity_before=7,
        intensity_after=5,
    )
    pauses.save(seen_through)
    pauses.save(PauseRecord(PausePhase.ABANDONED, 1200, _at(4), ended_at=_at(4, 10)))
    DialogueRepository(vault).keep(None, DialogueInput(_at(7)))
    journal = ActivationRepository(vault)
    for day in (18, 20, 22, 24, 26):  # February: the fortnight before
        start = datetime(2026, 2, day, 20, tzinfo=UTC)
        journal.add(ActivationInput("no reply", 6, start, start + timedelta(minutes=90)))
    for day in (3, 5, 8):
        journal.add(ActivationInput("no reply", 6, _at(day), _at(day) + timedelta(minutes=30)))
    journal.add(ActivationInput("still open", 5, _at(9)))


@pytest.mark.parametrize(
    ("practice", "days", "pairs"),
    [
        (PlanPractice.BREATHING, [2, 5], [(8, 4)]),
        (PlanPractice.COLD_WATER, [6], [(9, 3)]),
        (PlanPractice.PAUSE, [3], [(7, 5)]),  # only the pause seen through
        (PlanPractice.DIALOGUE, [7], []),
        (PlanPractice.TRIGGER_LOG, [3, 5, 8, 9], []),
    ],
)
def test_what_the_vault_records_counts_for_its_practice_only(
    vault: Vault, practice: PlanPractice, days: list[int], pairs: list[tuple[int, int]]
) -> None:
    _fill(vault)
    plan = PracticePlanRepository(vault).add(PracticePlanInput(practice, FIRST))
    evidence = read_evidence(vault, plan, TODAY, UTC)
    assert [moment.day for moment in evidence.done_at] == days
    assert list(evidence.intensities) == pairs
    assert evidence.durations_before == (timedelta(minutes=90),) * 5
    assert evidence.durations_during == (timedelta(minutes=30),) * 3


def test_mid_plan_only_the_days_so_far_are_read(vault: Vault) -> None:
    _fill(vault)
    plan = PracticePlanRepository(vault).add(PracticePlanInput(PlanPractice.BREATHING, FIRST))
    evidence = read_evidence(vault, plan, date(2026, 3, 4), UTC)
    assert [moment.day for moment in evidence.done_at] == [2]
    assert evidence.durations_during == (timedelta(minutes=30),)


def test_the_plan_step_needs_no_other_new_step(tmp_path: Path) -> None:
    # It points at no other feature's table, so the lead may renumber it freely.
    step = next(
        m for m in migrations.MIGRATIONS if m.apply.__name__ == "create_practice_plan_tables"
    )
    path = tmp_path / "plain.db"
    create_empty_private_file(path)
    connection = sqlcipher.open_connection(path)
    try:
        connection.execute("BEGIN")
        step.apply(connection)
        connection.execute("COMMIT")
        assert connection.execute("SELECT count(*) FROM practice_plan").fetchone()[0] == 0
        # The schema itself keeps one plan open at a time.
        connection.execute(
            "INSERT INTO practice_plan (uid, practice, first_day, created_at)"
            " VALUES ('a', 'pause', '2026-03-02', '2026-03-02T08:00:00Z')"
        )
        with pytest.raises(sqlcipher.IntegrityError):
            connection.execute(
                "INSERT INTO practice_plan (uid, practice, first_day, created_at)"
                " VALUES ('b', 'pause', '2026-03-02', '2026-03-02T08:00:00Z')"
            )
    finally:
        connection.close()
