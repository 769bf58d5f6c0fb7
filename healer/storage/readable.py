"""The journal as a document to read or print: entries newest first, then the dialogues.

This module arranges the records into sections of plain text (headings, short facts,
labelled answers, links between an entry and its dialogues); readable_render turns them
into HTML or Markdown, escaping every piece of text on the way out. Its own words are
marked for translation and said through a ReadableWords (readable_words.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from healer.domain.activation import Activation
from healer.domain.category import TriggerPlan
from healer.domain.parts import Dialogue
from healer.domain.pause import PausePhase, PauseRun
from healer.domain.practice import PracticeUse
from healer.domain.practice_plan import PracticePlan
from healer.domain.words import QT_TRANSLATE_NOOP
from healer.storage.readable_words import (
    ACTIVATION_COUNT,
    DIALOGUE_LABELS,
    ENGLISH,
    PLAN_ENDINGS,
    PLAN_TITLES,
    PRACTICE_TITLES,
    PROMPT_LABELS,
    ReadableWords,
    duration_text,
    moment_text,
    urge_text,
)

# The command line names plans by PLAN_TITLES; tests read dates and lengths as written here.
__all__ = [
    "PLAN_TITLES",
    "Answer",
    "Chapter",
    "Link",
    "ReadableDocument",
    "ReadableWords",
    "Section",
    "duration_text",
    "moment_text",
    "readable_document",
]


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
    language: str = "en"


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)


def _with_change(
    words: ReadableWords,
    plain: str,
    changed: str,
    before: int | None,
    after: int | None,
    *values: str,
) -> str:
    """A fact, saying how the intensity moved when it was rated before or after."""
    if before is None and after is None:
        return words.say(plain, *values)
    return words.say(changed, *values, _rating(before), _rating(after))


def _practice_fact(use: PracticeUse, words: ReadableWords) -> str:
    content = use.content
    length = duration_text(timedelta(seconds=content.duration_seconds), words)
    title = (
        words.text(PRACTICE_TITLES[content.kind])
        if content.kind in PRACTICE_TITLES
        else content.kind.value
    )
    if content.pattern:
        title = words.say(QT_TRANSLATE_NOOP("readable", "%1 (%2)"), title, content.pattern)
    return _with_change(
        words,
        QT_TRANSLATE_NOOP("readable", "Practice: %1, %2"),
        QT_TRANSLATE_NOOP("readable", "Practice: %1, %2; intensity %3 → %4"),
        content.intensity_before,
        content.intensity_after,
        title,
        length,
    )


def _pause_fact(run: PauseRun, words: ReadableWords) -> str:
    record = run.record
    planned = duration_text(timedelta(seconds=record.planned_seconds), words)
    if record.phase is PausePhase.FINISHED:
        how = (
            QT_TRANSLATE_NOOP("readable", "ended early")
            if record.finished_early
            else QT_TRANSLATE_NOOP("readable", "completed")
        )
    elif record.phase is PausePhase.ABANDONED:
        how = QT_TRANSLATE_NOOP("readable", "set aside")
    else:
        how = QT_TRANSLATE_NOOP("readable", "not finished")
    return _with_change(
        words,
        QT_TRANSLATE_NOOP("readable", "20-minute pause (%1): %2"),
        QT_TRANSLATE_NOOP("readable", "20-minute pause (%1): %2; intensity %3 → %4"),
        record.intensity_before,
        record.intensity_after,
        planned,
        words.text(how),
    )


def _entry(
    activation: Activation,
    zone: tzinfo | None,
    uses: Sequence[PracticeUse],
    runs: Sequence[PauseRun],
    dialogues: Sequence[Dialogue],
    *,
    words: ReadableWords,
) -> Section:
    content = activation.content
    facts = [
        words.say(QT_TRANSLATE_NOOP("readable", "Intensity not rated"))
        if content.intensity is None
        else words.say(QT_TRANSLATE_NOOP("readable", "Intensity %1/10"), str(content.intensity))
    ]
    if content.category:
        facts.append(
            words.say(
                QT_TRANSLATE_NOOP("readable", "Trigger: %1"), words.category(content.category)
            )
        )
    if content.person:
        facts.append(words.say(QT_TRANSLATE_NOOP("readable", "With: %1"), content.person))
    duration = activation.duration
    facts.append(
        words.say(QT_TRANSLATE_NOOP("readable", "Still open"))
        if duration is None
        else words.say(QT_TRANSLATE_NOOP("readable", "Lasted %1"), duration_text(duration, words))
    )
    if content.urge_outcome is not None:
        facts.append(urge_text(content.urge_outcome, words))
    facts += [_practice_fact(use, words) for use in uses]
    facts += [_pause_fact(run, words) for run in runs]
    answers = [
        Answer(words.text(label), getattr(content, name))
        for name, label in PROMPT_LABELS
        if getattr(content, name).strip()
    ]
    noted = words.say(QT_TRANSLATE_NOOP("readable", "Noted after a practice"))
    for use in uses:
        answers += [Answer(noted, note) for note in use.content.notes]
    named = words.say(QT_TRANSLATE_NOOP("readable", "Named during the pause"))
    for run in runs:
        if run.record.naming_statement.strip():
            answers.append(Answer(named, run.record.naming_statement))
    links = tuple(
        Link(
            f"dialogue-{dialogue.id}",
            words.say(
                QT_TRANSLATE_NOOP("readable", "Dialogue of %1"),
                moment_text(dialogue.content.started_at, zone, words),
            ),
        )
        for dialogue in dialogues
    )
    return Section(
        f"entry-{activation.id}",
        moment_text(content.started_at, zone, words),
        tuple(facts),
        tuple(answers),
        links,
    )


def _age_fact(age: str, words: ReadableWords) -> str:
    if age == "older":
        return words.say(QT_TRANSLATE_NOOP("readable", "It felt older"))
    if age == "unsure":
        return words.say(QT_TRANSLATE_NOOP("readable", "Not sure how old it felt"))
    return words.say(QT_TRANSLATE_NOOP("readable", "It felt about %1"), age)


def _dialogue(
    dialogue: Dialogue, zone: tzinfo | None, entry: Activation | None, words: ReadableWords
) -> Section:
    content = dialogue.content
    facts = []
    if dialogue.part_name:
        facts.append(words.say(QT_TRANSLATE_NOOP("readable", "With: %1"), dialogue.part_name))
    if content.age:
        facts.append(_age_fact(content.age, words))
    if content.feeling_after is not None:
        facts.append(
            words.say(
                QT_TRANSLATE_NOOP("readable", "How stirred up afterwards: %1/10"),
                str(content.feeling_after),
            )
        )
    if dialogue.finished_at is None:
        facts.append(words.say(QT_TRANSLATE_NOOP("readable", "Not finished")))
    answers = tuple(
        Answer(words.text(label), getattr(content, name))
        for name, label in DIALOGUE_LABELS
        if getattr(content, name).strip()
    )
    links: tuple[Link, ...] = ()
    if entry is not None:
        links = (
            Link(
                f"entry-{entry.id}",
                words.say(
                    QT_TRANSLATE_NOOP("readable", "About the activation of %1"),
                    moment_text(entry.content.started_at, zone, words),
                ),
            ),
        )
    return Section(
        f"dialogue-{dialogue.id}",
        words.say(
            QT_TRANSLATE_NOOP("readable", "Dialogue of %1"),
            moment_text(content.started_at, zone, words),
        ),
        tuple(facts),
        answers,
        links,
    )


def _trigger_plans_chapter(plans: Sequence[TriggerPlan], words: ReadableWords) -> Chapter:
    label = words.say(QT_TRANSLATE_NOOP("readable", "When this happens, I will"))
    return Chapter(
        words.say(QT_TRANSLATE_NOOP("readable", "Plans for my triggers")),
        tuple(
            Section(
                f"trigger-plan-{number}",
                words.category(plan.category),
                answers=(Answer(label, plan.text),),
            )
            for number, plan in enumerate(plans, start=1)
        ),
    )


def _plan(plan: PracticePlan, words: ReadableWords) -> Section:
    facts = [
        words.say(
            QT_TRANSLATE_NOOP("readable", "From %1 to %2"),
            words.day(plan.first_day),
            words.day(plan.last_day),
        )
    ]
    marked = sorted(plan.marked_days)
    if marked:
        facts.append(
            words.say(
                QT_TRANSLATE_NOOP("readable", "Marked “I did it”: %1"),
                words.listed([words.day(day) for day in marked]),
            )
        )
    if plan.closed_on is None or plan.outcome is None:
        facts.append(words.say(QT_TRANSLATE_NOOP("readable", "Under way")))
    else:
        facts.append(words.say(PLAN_ENDINGS[plan.outcome], words.day(plan.closed_on)))
    title = words.text(PLAN_TITLES[plan.practice])
    return Section(f"practice-plan-{plan.id}", title, tuple(facts))


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
    words: ReadableWords = ENGLISH,
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
    chapters = [_trigger_plans_chapter(trigger_plans, words)] if trigger_plans else []
    chapters += [
        Chapter(
            words.say(QT_TRANSLATE_NOOP("readable", "Activations")),
            tuple(
                _entry(a, zone, uses_of[a.id], runs_of[a.id], dialogues_of[a.id], words=words)
                for a in entries
            ),
        )
    ]
    if newest_dialogues:
        chapters.append(
            Chapter(
                words.say(QT_TRANSLATE_NOOP("readable", "Dialogues with a young part")),
                tuple(
                    _dialogue(d, zone, by_id.get(d.content.activation_id or 0), words)
                    for d in newest_dialogues
                ),
            )
        )
    if practice_plans:
        latest = sorted(practice_plans, key=lambda p: (p.first_day, p.id), reverse=True)
        chapters.append(
            Chapter(
                words.say(QT_TRANSLATE_NOOP("readable", "One practice for two weeks")),
                tuple(_plan(plan, words) for plan in latest),
            )
        )
    intro = [words.count(ACTIVATION_COUNT, len(entries))]
    if written_at is not None:
        intro.append(
            words.say(
                QT_TRANSLATE_NOOP("readable", "Written by Healer on %1."),
                moment_text(written_at, zone, words),
            )
        )
    intro.append(
        words.say(
            QT_TRANSLATE_NOOP("readable", "This file is not encrypted: keep it somewhere private.")
        )
    )
    title = words.say(QT_TRANSLATE_NOOP("readable", "My Healer journal"))
    return ReadableDocument(title, tuple(intro), tuple(chapters), words.language)
