"""One practice for two weeks: start a plan, mark "I did it", and the review at its end.

Every write announces Change.PRACTICE_PLAN. A plan's days also fill from what the other
features record (practice uses, pauses, dialogues, entries), so a view showing a plan
refreshes on those changes too (PLAN_SOURCES).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, tzinfo

from PySide6.QtCore import QObject

from healer.domain.changes import Change
from healer.domain.practice_plan import (
    PlanOutcome,
    PlanPractice,
    PlanProgress,
    PracticePlan,
    PracticePlanInput,
    check_start,
    progress,
)
from healer.services.background import INTERACTIVE, BackgroundReads, PendingRead
from healer.services.changes import ChangeNotifier
from healer.storage.practice_plans.evidence import read_evidence
from healer.storage.practice_plans.repository import (
    PlanAlreadyOpenError,
    PlanClosedError,
    PracticePlanRepository,
)
from healer.storage.readable import PLAN_TITLES
from healer.storage.vault import Vault

__all__ = [
    "PLAN_SOURCES",
    "PlanAlreadyOpenError",
    "PlanClosedError",
    "PlanOverview",
    "PracticePlanService",
    "plan_title",
]

# The changes after which a plan's days or review may read differently.
PLAN_SOURCES = (
    Change.PRACTICE_PLAN | Change.PRACTICE | Change.PAUSE | Change.DIALOGUE | Change.ACTIVATION
)


def plan_title(practice: PlanPractice) -> str:
    """The practice's plain English name, as the readable export writes it (for the CLI)."""
    return PLAN_TITLES[practice]


@dataclass(frozen=True, slots=True)
class PlanOverview:
    """The plan under way (if any) and every earlier one, the latest first, as of one day."""

    today: date
    current: PlanProgress | None
    past: tuple[PlanProgress, ...]


class PracticePlanService:
    """Plans, their marked days, and what the vault recorded for them."""

    def __init__(self, vault: Vault, changes: ChangeNotifier, reads: BackgroundReads) -> None:
        self._vault = vault
        self._plans = PracticePlanRepository(vault)
        self._changes = changes
        self._reads = reads

    def current(self) -> PracticePlan | None:
        """The plan under way, if any."""
        return self._plans.current()

    def plans(self) -> list[PracticePlan]:
        """Every plan, the latest first."""
        return self._plans.all()

    def start(self, practice: PlanPractice, first_day: date, today: date) -> PracticePlan:
        """Start a plan on first_day (today, or a chosen day); one plan at a time."""
        check_start(first_day, today)
        plan = self._plans.add(PracticePlanInput(practice, first_day))
        self._changes.announce(Change.PRACTICE_PLAN)
        return plan

    def set_did_it(self, plan_id: int, day: date, done: bool = True) -> PracticePlan:
        """Mark a day "I did it" for what Healer cannot see (or take the mark back)."""
        plan = self._plans.set_marked(plan_id, day, done)
        self._changes.announce(Change.PRACTICE_PLAN)
        return plan

    def keep_going(self, plan_id: int, today: date) -> PracticePlan:
        """End this plan and start two more weeks of the same practice today."""
        plan = self._plans.get(plan_id)
        return self._close(plan, PlanOutcome.KEPT_GOING, today, plan.practice)

    def switch(self, plan_id: int, practice: PlanPractice, today: date) -> PracticePlan:
        """End this plan and start two weeks of another practice today."""
        return self._close(self._plans.get(plan_id), PlanOutcome.SWITCHED, today, practice)

    def stop(self, plan_id: int, today: date) -> None:
        """End this plan (at its review, or set aside before its end); no new one starts."""
        self._close(self._plans.get(plan_id), PlanOutcome.STOPPED, today, None)

    def _close(
        self,
        plan: PracticePlan,
        outcome: PlanOutcome,
        today: date,
        then: PlanPractice | None,
    ) -> PracticePlan:
        # A plan ended at its review ends on its fourteenth day: the days after it, while
        # the review waited, belong to no plan.
        closed_on = min(today, plan.last_day)
        following = None if then is None else PracticePlanInput(then, today)
        new = self._plans.close(plan.id, closed_on, outcome, following)
        self._changes.announce(Change.PRACTICE_PLAN)
        return new if new is not None else self._plans.get(plan.id)

    def progress(self, plan: PracticePlan, today: date, zone: tzinfo | None = None) -> PlanProgress:
        """One plan's days and review figures as of today (zone None: this computer's days)."""
        return progress(plan, read_evidence(self._vault, plan, today, zone), today, zone)

    def overview(self, today: date, zone: tzinfo | None = None) -> PlanOverview:
        """The plan under way and the earlier ones, each with its days and review."""
        current: PlanProgress | None = None
        past: list[PlanProgress] = []
        for plan in self._plans.all():
            figures = self.progress(plan, today, zone)
            if plan.is_open:
                current = figures
            else:
                past.append(figures)
        return PlanOverview(today, current, tuple(past))

    def request_overview(
        self,
        today: date,
        *,
        receiver: QObject,
        on_done: Callable[[PlanOverview], None],
        on_failed: Callable[[str], None] | None = None,
        zone: tzinfo | None = None,
    ) -> PendingRead[PlanOverview]:
        """overview() on the worker thread, answered to the one caller that asked."""
        return self._reads.submit(
            lambda: self.overview(today, zone),
            receiver=receiver,
            on_done=on_done,
            on_failed=on_failed,
            priority=INTERACTIVE,
        )
