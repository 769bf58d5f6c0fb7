"""The plan's words: practice names, the days so far, and the review in plain sentences."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from healer.domain.practice_plan import PLAN_DAYS, PlanOutcome, PlanPractice, PlanProgress
from healer.ui.common.formatting import format_duration
from healer.ui.common.practice_texts import practice_texts


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def practice_name(practice: PlanPractice) -> str:
    """What the practice is called on screen (the regulate tab's own titles)."""
    kind = practice.practice_kind
    if kind is not None:
        return practice_texts()[kind].title
    return {
        PlanPractice.PAUSE: QCoreApplication.translate("practice_plan", "The 20-minute pause"),
        PlanPractice.DIALOGUE: QCoreApplication.translate(
            "practice_plan", "A dialogue with a young part"
        ),
        PlanPractice.TRIGGER_LOG: QCoreApplication.translate(
            "practice_plan", "Logging each activation"
        ),
    }[practice]


def day_text(day: date, locale: QLocale | None = None) -> str:
    """A day as the locale writes it in full (weekday, day and month)."""
    locale = locale or QLocale()
    return locale.toString(
        QDate(day.year, day.month, day.day),
        QCoreApplication.translate(
            "practice_plan", "dddd d MMMM", "date format: weekday day month"
        ),
    )


def where_text(state: PlanProgress, today: date) -> str:
    """Which day of the fourteen it is, or when the plan starts."""
    plan = state.plan
    if today < plan.first_day:
        return _fill(
            QCoreApplication.translate("practice_plan", "It starts on %1."),
            day_text(plan.first_day),
        )
    number = min(PLAN_DAYS, (today - plan.first_day).days + 1)
    return _fill(
        QCoreApplication.translate("practice_plan", "Day %1 of %2, since %3."),
        number,
        PLAN_DAYS,
        day_text(plan.first_day),
    )


def so_far_text(state: PlanProgress) -> str:
    """How many days it was done, as a plain count."""
    done = state.review.days_done
    if done == 0:
        return QCoreApplication.translate("practice_plan", "No day marked yet.")
    return QCoreApplication.translate("practice_plan", "Done on %n days so far.", None, done)


def come_back_text() -> str:
    """Said when a day went by without the practice: nothing is broken."""
    return QCoreApplication.translate(
        "practice_plan",
        "A day without it is simply a day. This plan waits here whenever you come back.",
    )


def _minutes(value: float) -> str:
    return format_duration(timedelta(minutes=round(value)))


def review_paragraphs(state: PlanProgress) -> list[str]:
    """The review in plain words: how often, intensity before and after, activation length."""
    figures = state.review
    name = practice_name(state.plan.practice)
    paragraphs: list[str] = []
    if figures.days_done == 0:
        paragraphs.append(
            QCoreApplication.translate(
                "practice_plan",
                "These days went by without it. That is worth knowing too, and nothing is lost.",
            )
        )
    else:
        paragraphs.append(
            _fill(
                QCoreApplication.translate(
                    "practice_plan",
                    "You did it on %1 of the %2 days: Healer saw %3 in your records,"
                    " and you marked %4 yourself.",
                ),
                figures.days_done,
                figures.days_begun,
                figures.seen_days,
                figures.marked_days,
            )
        )
    if not state.plan.practice.records_intensity:
        paragraphs.append(
            _fill(
                QCoreApplication.translate(
                    "practice_plan",
                    "%1 keeps no rating before and after, so there is none to compare.",
                ),
                name,
            )
        )
    elif figures.intensity_times == 0:
        paragraphs.append(
            QCoreApplication.translate(
                "practice_plan",
                "You did not note how stirred up you were before and after, so there is"
                " nothing to compare there.",
            )
        )
    else:
        paragraphs.append(
            _fill(
                QCoreApplication.translate(
                    "practice_plan",
                    "On the %n times you noted it, you were usually around %1 out of 10 before"
                    " and %2 after.",
                    None,
                    figures.intensity_times,
                ),
                _number(figures.median_before),
                _number(figures.median_after),
            )
        )
    if figures.enough_episodes:
        assert figures.median_minutes_before is not None
        assert figures.median_minutes_during is not None
        paragraphs.append(
            _fill(
                QCoreApplication.translate(
                    "practice_plan",
                    "Settled activations lasted %1 (the median) in the two weeks before, and %2"
                    " in these. Two weeks hold many things besides one practice: take it as a"
                    " hint, not a verdict.",
                ),
                _minutes(figures.median_minutes_before),
                _minutes(figures.median_minutes_during),
            )
        )
    else:
        paragraphs.append(
            _fill(
                QCoreApplication.translate(
                    "practice_plan",
                    "There were %n settled activations in the two weeks before and %1 in these:"
                    " too few to say whether they got shorter.",
                    None,
                    figures.settled_before,
                ),
                figures.settled_during,
            )
        )
    return paragraphs


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if value == int(value) else QLocale().toString(value, "f", 1)


def outcome_text(outcome: PlanOutcome | None) -> str:
    """How a plan ended, for the list of earlier plans."""
    if outcome is None:
        return QCoreApplication.translate("practice_plan", "under way")
    return {
        PlanOutcome.KEPT_GOING: QCoreApplication.translate("practice_plan", "kept going"),
        PlanOutcome.SWITCHED: QCoreApplication.translate("practice_plan", "switched"),
        PlanOutcome.STOPPED: QCoreApplication.translate("practice_plan", "stopped"),
    }[outcome]


def plan_heading(state: PlanProgress) -> str:
    """'Look around, from Monday 2 March (kept going)'."""
    plan = state.plan
    return _fill(
        QCoreApplication.translate("practice_plan", "%1, from %2 (%3)"),
        practice_name(plan.practice),
        day_text(plan.first_day),
        outcome_text(plan.outcome),
    )


def days_description(state: PlanProgress) -> str:
    """The strip in words, for screen readers."""
    done = [day_text(day.day) for day in state.days if day.done]
    if not done:
        return QCoreApplication.translate("practice_plan", "No day done yet.")
    return _fill(
        QCoreApplication.translate("practice_plan", "Done on: %1."),
        QLocale().createSeparatedList(done),
    )


def list_entry(state: PlanProgress) -> str:
    """Two short lines for the list of earlier plans."""
    plan = state.plan
    return _fill(
        QCoreApplication.translate("practice_plan", "%1\nfrom %2 · %3"),
        practice_name(plan.practice),
        QLocale().toString(
            QDate(plan.first_day.year, plan.first_day.month, plan.first_day.day),
            QCoreApplication.translate(
                "practice_plan", "d MMMM yyyy", "date format: day month year"
            ),
        ),
        outcome_text(plan.outcome),
    )
