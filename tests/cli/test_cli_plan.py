"""healer-cli plan: the plan under way, day by day, read only."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from test_cli_end_to_end import PASSPHRASE, env, ok, template, vault

from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.practice_plan import PlanPractice, PracticePlanInput
from healer.storage.practice_plans.repository import PracticePlanRepository
from healer.storage.practices.repository import PracticeRepository
from healer.storage.vault import Vault

__all__ = ["env", "template", "vault"]  # the fixtures, shared with the end-to-end tests


def test_no_plan_says_where_to_start_one(env: dict[str, str], vault: Path) -> None:
    assert "No plan under way" in ok(env, "plan", "--vault", str(vault))


def test_the_plan_shows_its_days_seen_and_marked(env: dict[str, str], vault: Path) -> None:
    today = date.today()
    first = today - timedelta(days=3)
    opened = Vault.open(vault, PASSPHRASE)
    try:
        plan = PracticePlanRepository(opened).add(PracticePlanInput(PlanPractice.ORIENTING, first))
        PracticePlanRepository(opened).set_marked(plan.id, first + timedelta(days=1), True)
        noon = datetime.combine(first, time(12)).astimezone()
        PracticeRepository(opened).add(PracticeUseInput(PracticeKind.ORIENTING, noon, 120))
    finally:
        opened.close()
    out = ok(env, "plan", "--vault", str(vault))
    lines = out.splitlines()
    assert lines[0].startswith("Look around, from " + first.isoformat())
    assert "(day 4 of 14)" in lines[0]
    assert lines[1].endswith("done (Healer saw it)")
    assert lines[2].endswith("done (you marked it)")
    assert lines[3].endswith("-")
    assert lines[4].endswith("today")
    assert "Done on 2 of the days so far." in out
    assert "the plan waits for you" in out
