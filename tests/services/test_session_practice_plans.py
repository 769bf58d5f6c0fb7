"""The session's practice plans: writes announce, the review's choices, the background read."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from healer.domain.changes import EXTERNAL, Change
from healer.domain.errors import ValidationError
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.practice_plan import PlanOutcome, PlanPractice
from healer.services.practice_plans import PlanAlreadyOpenError, PlanOverview
from healer.services.session import Session

FIRST = date(2026, 3, 2)


def test_the_cli_can_bring_plans_in_so_other_windows_hear_of_them() -> None:
    assert Change.PRACTICE_PLAN in EXTERNAL


def test_start_mark_and_stop_announce_plans(qtbot: QtBot, session: Session) -> None:
    plans = session.practice_plans
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        plan = plans.start(PlanPractice.ORIENTING, FIRST, today=FIRST)
    assert blocker.args == [Change.PRACTICE_PLAN]
    with pytest.raises(PlanAlreadyOpenError):
        plans.start(PlanPractice.PAUSE, FIRST, today=FIRST)
    with qtbot.wait_signal(session.changes.data_changed):
        marked = plans.set_did_it(plan.id, FIRST)
    assert marked.marked_days == {FIRST}
    with qtbot.wait_signal(session.changes.data_changed):
        plans.stop(plan.id, today=FIRST + timedelta(days=4))
    stopped = plans.plans()[0]
    assert (stopped.closed_on, stopped.outcome) == (date(2026, 3, 6), PlanOutcome.STOPPED)
    assert plans.current() is None


def test_a_start_day_far_from_today_is_refused(session: Session) -> None:
    with pytest.raises(ValidationError):
        session.practice_plans.start(PlanPractice.PAUSE, FIRST, today=FIRST + timedelta(days=20))
    assert session.practice_plans.current() is None


def test_keep_going_and_switch_start_today_and_end_the_old_plan_on_day_fourteen(
    session: Session,
) -> None:
    plans = session.practice_plans
    plan = plans.start(PlanPractice.COLD_WATER, FIRST, today=FIRST)
    late = plan.last_day + timedelta(days=3)
    again = plans.keep_going(plan.id, today=late)
    assert (again.practice, again.first_day) == (PlanPractice.COLD_WATER, late)
    old = next(p for p in plans.plans() if p.id == plan.id)
    assert (old.closed_on, old.outcome) == (plan.last_day, PlanOutcome.KEPT_GOING)
    other = plans.switch(again.id, PlanPractice.DIALOGUE, today=again.last_day + timedelta(1))
    assert other.practice is PlanPractice.DIALOGUE
    assert [p.outcome for p in plans.plans()] == [
        None,
        PlanOutcome.SWITCHED,
        PlanOutcome.KEPT_GOING,
    ]


def test_the_overview_arrives_on_the_gui_thread_with_days_filled(
    qtbot: QtBot, session: Session
) -> None:
    plans = session.practice_plans
    plan = plans.start(PlanPractice.BREATHING, FIRST, today=FIRST)
    session.practices.record(
        PracticeUseInput(PracticeKind.BREATHING, datetime(2026, 3, 3, 7, tzinfo=UTC), 240)
    )
    plans.set_did_it(plan.id, FIRST)
    results: list[PlanOverview] = []
    plans.request_overview(date(2026, 3, 4), receiver=session, on_done=results.append, zone=UTC)
    qtbot.wait_until(lambda: bool(results))
    current = results[0].current
    assert current is not None
    assert results[0].past == ()
    assert [day.done for day in current.days[:4]] == [True, True, False, False]
    assert current.review.days_done == 2
    assert not current.review_due


def test_exports_carry_plans_and_an_import_brings_them_back(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    plans = session.practice_plans
    plan = plans.start(PlanPractice.PAUSE, FIRST, today=FIRST)
    plans.set_did_it(plan.id, FIRST)
    session.exchange.export_json(tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text())
    assert [p["practice"] for p in document["practice_plans"]] == ["pause"]
    session.exchange.export_readable(tmp_path / "journal.md", markdown=True)
    assert "The 20-minute pause" in (tmp_path / "journal.md").read_text()

    plans.stop(plan.id, today=FIRST)
    document["practice_plans"][0]["uid"] = "another-plan"
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        result = session.exchange.import_json(json.dumps(document).encode())
    assert blocker.args == [Change.PRACTICE_PLAN]
    assert (result.practice_plans_added, result.practice_plans_present) == (1, 0)
    assert plans.current() is not None
