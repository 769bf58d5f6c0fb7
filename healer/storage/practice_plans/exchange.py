"""Practice plans in the JSON export, with their "I did it" days, and back in by uid."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from healer.domain.clock import format_stored
from healer.domain.practice_plan import (
    PLAN_DAYS,
    PlanOutcome,
    PlanPractice,
    PracticePlan,
    PracticePlanInput,
)
from healer.storage.errors import ImportFormatError
from healer.storage.import_fields import (
    add_missing,
    checked,
    read_choice,
    read_moment,
    read_records,
    read_texts,
    read_uid,
    read_value,
)
from healer.storage.practice_plans.repository import PracticePlanRepository, open_plan_id
from healer.storage.sqlcipher import Connection

PLANS_KEY = "practice_plans"


def plan_record(plan: PracticePlan) -> dict[str, Any]:
    """One plan as a JSON object; days are local calendar days."""
    return {
        "uid": plan.uid,
        "practice": plan.practice.value,
        "first_day": plan.first_day.isoformat(),
        "did_it_days": sorted(day.isoformat() for day in plan.marked_days),
        "closed_on": None if plan.closed_on is None else plan.closed_on.isoformat(),
        "outcome": None if plan.outcome is None else plan.outcome.value,
        "created_at": format_stored(plan.created_at),
    }


def plans_document(plans: Sequence[PracticePlan]) -> dict[str, object]:
    """The top-level key of the export for practice plans."""
    return {PLANS_KEY: [plan_record(plan) for plan in plans]}


@dataclass(frozen=True, slots=True)
class ParsedPlan:
    """A plan from a file, checked."""

    uid: str
    content: PracticePlanInput
    marked_days: tuple[date, ...]
    closed_on: date | None
    outcome: PlanOutcome | None
    created_at: datetime | None


def _day(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ImportFormatError(f"{where}: not a day such as 2026-11-30") from None


def _parse_one(record: dict[str, Any], where: str) -> ParsedPlan:
    uid = read_uid(record, "uid", where, True)
    practice = read_choice(record, "practice", where, PlanPractice)
    first_day = _day(read_value(record, "first_day", where, str, True), f"{where}.first_day")
    marked = tuple(
        _day(text, f"{where}.did_it_days") for text in read_texts(record, "did_it_days", where)
    )
    closed_text = read_value(record, "closed_on", where, str, False)
    closed_on = None if closed_text is None else _day(closed_text, f"{where}.closed_on")
    outcome_text = read_value(record, "outcome", where, str, False)
    outcome = None
    if outcome_text is not None:
        outcome = read_choice(record, "outcome", where, PlanOutcome)
    if (closed_on is None) != (outcome is None):
        raise ImportFormatError(f"{where}.outcome: an ended plan has both closed_on and outcome")
    content = checked(PracticePlanInput(practice, first_day), where)
    return ParsedPlan(
        uid, content, marked, closed_on, outcome, read_moment(record, "created_at", where, False)
    )


def parse_plans(records: Any) -> Iterator[ParsedPlan]:
    """Validate the export's plan list as it is read (absent in older files)."""
    return read_records(records, PLANS_KEY, _parse_one, lambda item: item.uid)


def insert_plans(
    connection: Connection, parsed: Iterable[ParsedPlan], existing: set[str], today: date
) -> tuple[int, int]:
    """Inside the import transaction: add the new plans; returns (added, already present).

    One plan at a time: a plan still open in the file, while this vault already has one
    under way, comes in as set aside (on its last day, or today if that is sooner), with
    every day it holds.
    """

    def add(item: ParsedPlan) -> None:
        closed_on, outcome = item.closed_on, item.outcome
        if closed_on is None and open_plan_id(connection) is not None:
            last = item.content.first_day + timedelta(days=PLAN_DAYS - 1)
            closed_on = min(last, max(today, item.content.first_day))
            outcome = PlanOutcome.STOPPED
        PracticePlanRepository.insert(
            connection,
            item.content,
            uid=item.uid,
            created_at=item.created_at,
            marked_days=item.marked_days,
            closed_on=closed_on,
            outcome=outcome,
        )

    return add_missing(parsed, lambda item: item.uid, existing, add)
