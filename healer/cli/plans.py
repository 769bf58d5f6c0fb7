"""healer-cli's `plan`: the two-week plan under way, day by day (read only)."""

from __future__ import annotations

import argparse
from datetime import date

from healer.cli.terminal import Console
from healer.domain.practice_plan import PLAN_DAYS, PlanDay
from healer.services.practice_plans import plan_title
from healer.services.session import Session


def _day_line(day: PlanDay) -> str:
    if day.seen:
        state = "done (Healer saw it)"
    elif day.marked:
        state = "done (you marked it)"
    elif day.today:
        state = "today"
    elif day.begun:
        state = "-"
    else:
        state = ""
    return f"  {day.day.isoformat()} {day.day.strftime('%a')}  {state}".rstrip()


def plan(console: Console, args: argparse.Namespace) -> int:

    def run(session: Session) -> int:
        today = date.today()
        current = session.practice_plans.overview(today).current
        if current is None:
            console.say("No plan under way. Start one in Healer: Regulate, Two-week plan.")
            return 0
        first = current.plan.first_day
        number = min(PLAN_DAYS, max(0, (today - first).days + 1))
        console.say(
            f"{plan_title(current.plan.practice)}, from {first.isoformat()}"
            f" to {current.plan.last_day.isoformat()} (day {number} of {PLAN_DAYS})"
        )
        for day in current.days:
            console.say(_day_line(day))
        console.say(f"Done on {current.review.days_done} of the days so far.")
        if current.review_due:
            console.say("The two weeks are over: open Healer to read the review and choose.")
        elif any(day.begun and not day.done and not day.today for day in current.days):
            console.say("A day without it is simply a day; the plan waits for you.")
        return 0

    return console.with_session(args, run)
