"""The journal as a document to read or print: entries newest first, then the dialogues.

This module arranges the records into sections of plain text (headings, short facts,
labelled answers, links between an entry and its dialogues); readable_render turns them
into HTML or Markdown, escaping every piece of text on the way out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from healer.domain.activation import Activation, intensity_text
from healer.domain.category import TriggerPlan
from healer.domain.parts import Dialogue
from healer.domain.pause import PausePhase, PauseRun
from healer.domain.practice import PracticeKind, PracticeUse
from healer.domain.practice_plan import PlanOutcome, PlanPractice, PracticePlan
from healer.domain.urge import UrgeOutcome, UrgeRecord

# The entry form's labels, in the method's order (ui/journal/prompts.py words them alike).
PROMPT_LABELS: tuple[tuple[str, str], ...] = (
    ("trigger", "What happened"),
    ("body", "In my body"),
    ("story", "The story my mind told"),
    ("urge", "The urge"),
    ("did", "What I actually did"),
    ("after", "What happened after"),
    ("looking_again", "Looking again"),
)

DIALOGUE_LABELS: tuple[tuple[str, str], ...] = (
    ("notice", "Who was here"),
    ("fear", "What it was afraid of"),
    ("need", "What it needed from me"),
    ("answer", "What I answered as the steady grown-up"),
)

PRACTICE_TITLES: dict[PracticeKind, str] = {
    PracticeKind.BREATHING: "Slow breathing",
    PracticeKind.COLD_WATER: "Cold water",
    PracticeKind.BILATERAL: "Left and right",
    PracticeKind.ORIENTING: "Look around",
    PracticeKind.WEIGHTED_CONTACT: "Weight and warmth",
}

PLAN_TITLES: dict[PlanPractice, str] = {
    **{PlanPractice(kind.value): title for kind, title in PRACTICE_TITLES.items()},
    PlanPractice.PAUSE: "The 20-minute pause",
    PlanPractice.DIALOGUE: "A dialogue with a young part",
    PlanPractice.TRIGGER_LOG: "Logging each activation",
}

_PLAN_ENDINGS = {
    PlanOutcome.KEPT_GOING: "kept going with two more weeks",
    PlanOutcome.SWITCHED: "switched to another practice",
    PlanOutcome.STOPPED: "stopped here",
}

_AGE_WORDS = {"older": "older", "unsure": "not sure how old"}


@dataclass(frozen=True, slots=True)
class Answer:
    """One labelled piece of the person's own words (may run over several lines)."""

    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Link:
    """A pointer to another section of the same document."""

    anchor: str
    text: str


@dataclass(frozen=True, slots=True)
class Section:
    """One entry or one dialogue: a heading, short facts, answers, and links."""

    anchor: str
    heading: str
    facts: tuple[str, ...] = ()
    answers: tuple[Answer, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Chapter:
    """A run of sections under one heading ("Activations", "Dialogues")."""

    heading: str
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class ReadableDocument:
    """The whole document before it is written out as HTML or Markdown."""

    title: str
    intro: tuple[str, ...]
    chapters: tuple[Chapter, ...] = field(default_factory=tuple)


def moment_text(moment: datetime, zone: tzinfo | None = None) -> str:
    """'Monday 23 November 2026, 22:40' in the given zone (the computer's own by default)."""
    local = moment.astimezone(zone)
    return f"{local:%A} {local.day} {local:%B %Y, %H:%M}"


def duration_text(length: timedelta) -> str:
    """'1 h 30 min', '45 min', '2 days 3 h': as long as it took, to the minute."""
    minutes = max(0, int(length.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''}" + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h" + (f" {minutes} min" if minutes else "")
    return f"{minutes} min"


def urge_text(urge: UrgeRecord) -> str:
    """What happened to the urge, in a short sentence."""
    if urge.outcome is UrgeOutcome.AT_ONCE:
        return "Acted on the urge at once"
    if urge.outcome is UrgeOutcome.NOT_ACTED:
        return "Did not act on the urge"
    if urge.pause_seconds is None:
        return "Acted on the urge after a pause"
    return (
        f"Acted on the urge after a pause of {duration_text(timedelta(seconds=urge.pause_seconds))}"
    )


def _change(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    return f"; intensity {intensity_text(before, '–')} → {intensity_text(after, '–')}"


def _practice_fact(use: PracticeUse) -> str:
    content = use.content
    length = duration_text(timedelta(seconds=content.duration_seconds))
    pattern = f" ({content.pattern})" if content.pattern else ""
    title = PRACTICE_TITLES.get(content.kind, content.kind.value)
    return f"Practice: {title}{pattern}, {length}" + _change(
        content.intensity_before, content.intensity_after
    )


def _pause_fact(run: PauseRun) -> str:
    record = run.record
    planned = duration_text(timedelta(seconds=record.planned_seconds))
    if record.phase is PausePhase.FINISHED:
        how = "ended early" if record.finished_early else "completed"
    elif record.phase is PausePhase.ABANDONED:
        how = "set aside"
    else:
        how = "not finished"
    return f"20-minute pause ({planned}): {how}" + _change(
        record.intensity_before, record.intensity_after
    )


def _entry(
    activation: Activation,
    zone: tzinfo | None,
    uses: Sequence[PracticeUse],
    runs: Sequence[PauseRun],
    dialogues: Sequence[Dialogue],
) -> Section:
    content = activation.content
    facts = [
        f"Intensity {intensity_text(content.intensity)}"
        + ("/10" if content.intensity is not None else "")
    ]
    if content.category:
        facts.append(f"Trigger: {content.category}")
    if content.person:
        facts.append(f"With: {content.person}")
    duration = activation.duration
    facts.append("Still open" if duration is None else f"Lasted {duration_text(duration)}")
    if content.urge_outcome is not None:
        facts.append(urge_text(content.urge_outcome))
    facts += [_practice_fact(use) for use in uses]
    facts += [_pause_fact(run) for run in runs]
    answers = [
        Answer(label, getattr(content, name))
        for name, label in PROMPT_LABELS
        if getattr(content, name).strip()
    ]
    for use in uses:
        answers += [Answer("Noted after a practice", note) for note in use.content.notes]
    for run in runs:
        if run.record.naming_statement.strip():
            answers.append(Answer("Named during the pause", run.record.naming_statement))
    links = tuple(
        Link(
            f"dialogue-{dialogue.id}",
            f"Dialogue of {moment_text(dialogue.content.started_at, zone)}",
        )
        for dialogue in dialogues
    )
    return Section(
        f"entry-{activation.id}",
        moment_text(content.started_at, zone),
        tuple(facts),
        tuple(answers),
        links,
    )


def _dialogue(dialogue: Dialogue, zone: tzinfo | None, entry: Activation | None) -> Section:
    content = dialogue.content
    facts = []
    if dialogue.part_name:
        facts.append(f"With: {dialogue.part_name}")
    if content.age:
        age = _AGE_WORDS.get(content.age, f"about {content.age}")
        facts.append(f"It felt {age}")
    if content.feeling_after is not None:
        facts.append(f"How stirred up afterwards: {content.feeling_after}/10")
    if dialogue.finished_at is None:
        facts.append("Not finished")
    answers = tuple(
        Answer(label, getattr(content, name))
        for name, label in DIALOGUE_LABELS
        if getattr(content, name).strip()
    )
    links: tuple[Link, ...] = ()
    if entry is not None:
        links = (
            Link(
                f"entry-{entry.id}",
                f"About the activation of {moment_text(entry.content.started_at, zone)}",
            ),
        )
    return Section(
        f"dialogue-{dialogue.id}",
        f"Dialogue of {moment_text(content.started_at, zone)}",
        tuple(facts),
        answers,
        links,
    )


def _trigger_plans_chapter(plans: Sequence[TriggerPlan]) -> Chapter:
    return Chapter(
        "Plans for my triggers",
        tuple(
            Section(
                f"trigger-plan-{number}",
                plan.category,
                answers=(Answer("When this happens, I will", plan.text),),
            )
            for number, plan in enumerate(plans, start=1)
        ),
    )


def _plan(plan: PracticePlan) -> Section:
    facts = [f"From {plan.first_day.isoformat()} to {plan.last_day.isoformat()}"]
    marked = sorted(plan.marked_days)
    if marked:
        facts.append("Marked “I did it”: " + ", ".join(day.isoformat() for day in marked))
    if plan.closed_on is None or plan.outcome is None:
        facts.append("Under way")
    else:
        facts.append(f"Ended on {plan.closed_on.isoformat()}: {_PLAN_ENDINGS[plan.outcome]}")
    return Section(f"practice-plan-{plan.id}", PLAN_TITLES[plan.practice], tuple(facts))


def readable_document(
    activations: Sequence[Activation],
    *,
    practices: Sequence[PracticeUse] = (),
    pauses: Sequence[PauseRun] = (),
    dialogues: Sequence[Dialogue] = (),
    trigger_plans: Sequence[TriggerPlan] = (),
    practice_plans: Sequence[PracticePlan] = (),
    zone: tzinfo | None = None,
    written_at: datetime | None = None,
) -> ReadableDocument:
    """The whole journal as chapters: plans for triggers, entries, dialogues, practice plans.

    Entries come newest first with their practices, pauses and dialogues; plans the latest first.
    """
    uses_of: defaultdict[int, list[PracticeUse]] = defaultdict(list)
    for use in practices:
        if use.content.activation_id is not None:
            uses_of[use.content.activation_id].append(use)
    runs_of: defaultdict[int, list[PauseRun]] = defaultdict(list)
    for run in pauses:
        if run.record.activation_id is not None:
            runs_of[run.record.activation_id].append(run)
    dialogues_of: defaultdict[int, list[Dialogue]] = defaultdict(list)
    for dialogue in dialogues:
        if dialogue.content.activation_id is not None:
            dialogues_of[dialogue.content.activation_id].append(dialogue)
    entries = sorted(activations, key=lambda a: (a.content.started_at, a.id), reverse=True)
    by_id = {activation.id: activation for activation in entries}
    newest_dialogues = sorted(dialogues, key=lambda d: (d.content.started_at, d.id), reverse=True)
    chapters = [_trigger_plans_chapter(trigger_plans)] if trigger_plans else []
    chapters += [
        Chapter(
            "Activations",
            tuple(
                _entry(a, zone, uses_of[a.id], runs_of[a.id], dialogues_of[a.id]) for a in entries
            ),
        )
    ]
    if newest_dialogues:
        chapters.append(
            Chapter(
                "Dialogues with a young part",
                tuple(
                    _dialogue(d, zone, by_id.get(d.content.activation_id or 0))
                    for d in newest_dialogues
                ),
            )
        )
    if practice_plans:
        latest = sorted(practice_plans, key=lambda p: (p.first_day, p.id), reverse=True)
        chapters.append(Chapter("One practice for two weeks", tuple(map(_plan, latest))))
    count = len(entries)
    intro = [f"{count} activation{'s' if count != 1 else ''}, newest first."]
    if written_at is not None:
        intro.append(f"Written by Healer on {moment_text(written_at, zone)}.")
    intro.append("This file is not encrypted: keep it somewhere private.")
    return ReadableDocument("My Healer journal", tuple(intro), tuple(chapters))
