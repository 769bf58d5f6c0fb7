"""The summary for a therapist, assembled section by section from the features' services.

Each section comes from one builder: a function of the SummaryContext that returns a
SummarySection, or None when the person left it out or there is nothing to say. A new
feature adds its builder to SECTION_BUILDERS ("being met" comes after the pauses). Only
numbers, categories and the person's own choices are read, unless they picked particular
entries or dialogues.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from healer.domain.chartrange import RangeChoice, to_local
from healer.domain.chartset import ParetoScope
from healer.domain.moments import RESPONSES, Response
from healer.domain.parts import DialogueQuery
from healer.domain.summary import Summary, SummaryChoice, SummaryPart, SummarySection
from healer.domain.support import INDICATORS, summary_questions
from healer.services.summary_charts import (
    duration_section,
    helps_section,
    intensity_section,
    pauses_section,
    triggers_section,
    urge_gap_section,
)
from healer.services.summary_context import (
    SectionBuilder,
    SummaryContext,
    SummarySources,
    SupportReader,
)
from healer.services.summary_words import day_text, fill, number_text
from healer.services.support_texts import answer_text, short_label

__all__ = [
    "SECTION_BUILDERS",
    "SectionBuilder",
    "SummaryContext",
    "SummarySources",
    "SupportReader",
    "build_summary",
]


def _overview(context: SummaryContext) -> SummarySection:
    span = context.choice.span
    period = fill(
        QCoreApplication.translate("summary", "%1 to %2"),
        day_text(span.first),
        day_text(span.last),
    )
    rows = [(QCoreApplication.translate("summary", "Period"), period)]
    episodes = context.charts.episodes
    if episodes is not None:
        settled = len(episodes.duration.series.values)
        logged = episodes.pareto[ParetoScope.RANGE].total
        rows.append(
            (QCoreApplication.translate("summary", "Activations logged"), number_text(logged))
        )
        rows.append(
            (QCoreApplication.translate("summary", "Of these, settled"), number_text(settled))
        )
    return SummarySection(
        "overview",
        QCoreApplication.translate("summary", "At a glance"),
        (
            QCoreApplication.translate(
                "summary",
                "Prepared by the person from their own self-help journal. Times are as they"
                " logged them; an activation lasts from when it started until it settled.",
            ),
        ),
        tuple(rows),
    )


def _being_met(context: SummaryContext) -> SummarySection | None:
    people = context.sources.people
    if SummaryPart.BEING_MET not in context.choice.parts or people is None:
        return None
    moments = [m for m in people.moments() if _in_span(context, m.content.happened_at)]
    if not moments:
        return None
    counts = {response: 0 for response in RESPONSES}
    for moment in moments:
        counts[moment.content.response] += 1
    own = sum(1 for moment in moments if moment.content.is_myself)
    # Counts only: who the others are, and what was said, stay in the journal.
    text = fill(
        QCoreApplication.translate(
            "summary",
            "%n moments of reaching out in this period: %1 met with care, %2 partly met, "
            "%3 missed and %4 that hurt. %5 of them were times I met my own need.",
            None,
            len(moments),
        ),
        number_text(counts[Response.CARE]),
        number_text(counts[Response.PARTLY]),
        number_text(counts[Response.MISSED]),
        number_text(counts[Response.HURT]),
        number_text(own),
    )
    return SummarySection("being_met", QCoreApplication.translate("summary", "Being met"), (text,))


def _in_span(context: SummaryContext, moment: datetime) -> bool:
    day = to_local(moment, context.zone).date()
    return context.choice.span.first <= day <= context.choice.span.last


def _parts(context: SummaryContext) -> SummarySection | None:
    if SummaryPart.PARTS not in context.choice.parts:
        return None
    dialogues = [
        dialogue
        for dialogue in context.sources.parts.dialogues(DialogueQuery(unfinished=False))
        if _in_span(context, dialogue.content.started_at)
    ]
    named = sorted({d.part_name for d in dialogues if d.part_name}, key=str.casefold)
    # Two counts, two sentences: each takes its own plural form.
    text = " ".join(
        (
            QCoreApplication.translate(
                "summary",
                "%n dialogues with a younger part in this period.",
                None,
                len(dialogues),
            ),
            QCoreApplication.translate("summary", "%n of the parts have a name.", None, len(named)),
        )
    )
    rows: tuple[tuple[str, str], ...] = ()
    if context.choice.part_names and named:
        counts = {name: sum(1 for d in dialogues if d.part_name == name) for name in named}
        rows = tuple(
            (name, QCoreApplication.translate("summary", "%n dialogues", None, counts[name]))
            for name in named
        )
    return SummarySection(
        "parts", QCoreApplication.translate("summary", "Parts met"), (text,), rows
    )


def _self_check(context: SummaryContext) -> SummarySection | None:
    if SummaryPart.SELF_CHECK not in context.choice.parts:
        return None
    checks = context.support.checks()
    wanted = context.choice.self_check_id
    chosen = [c for c in checks if wanted is None or c.id == wanted]
    if not chosen:
        return None
    check = chosen[-1]
    earlier = [c for c in checks if c.content.taken_at < check.content.taken_at]
    rows = []
    for indicator in INDICATORS:
        value = answer_text(check.content.answers[indicator])
        if earlier:
            value = fill(
                QCoreApplication.translate(
                    "summary", "%1 (on %2: %3)", "this answer (on the day before: that answer)"
                ),
                value,
                day_text(to_local(earlier[-1].content.taken_at, context.zone).date()),
                answer_text(earlier[-1].content.answers[indicator]),
            )
        rows.append((short_label(indicator), value))
    text = fill(
        QCoreApplication.translate(
            "summary",
            "Answered on %1: not really, sometimes or often. It is not a score or a diagnosis.",
        ),
        day_text(to_local(check.content.taken_at, context.zone).date()),
    )
    return SummarySection(
        "self_check", QCoreApplication.translate("summary", "Self-check"), (text,), tuple(rows)
    )


def _questions(context: SummaryContext) -> SummarySection | None:
    if SummaryPart.QUESTIONS not in context.choice.parts:
        return None
    questions = summary_questions(context.support.questions())
    if not questions:
        return None
    asked = QCoreApplication.translate("summary", "Asked")
    to_ask = QCoreApplication.translate("summary", "To ask")
    quotes = tuple((asked if q.content.asked else to_ask, q.content.text) for q in questions)
    title = QCoreApplication.translate("summary", "Questions I would like to ask")
    return SummarySection("questions", title, quotes=quotes)


_PROMPT_TITLES = {
    "trigger": str(QT_TRANSLATE_NOOP("summary", "What happened")),
    "body": str(QT_TRANSLATE_NOOP("summary", "In my body")),
    "story": str(QT_TRANSLATE_NOOP("summary", "The story my mind told")),
    "urge": str(QT_TRANSLATE_NOOP("summary", "The urge")),
    "did": str(QT_TRANSLATE_NOOP("summary", "What I did")),
    "after": str(QT_TRANSLATE_NOOP("summary", "What happened after")),
    "looking_again": str(QT_TRANSLATE_NOOP("summary", "Looking again")),
}


def _dated(when: str, title: str) -> str:
    return fill(QCoreApplication.translate("summary", "%1 · %2", "a day · a heading"), when, title)


def _entries(context: SummaryContext) -> SummarySection | None:
    if not context.choice.activation_ids:
        return None
    quotes: list[tuple[str, str]] = []
    for activation_id in context.choice.activation_ids:
        entry = context.sources.journal.get(activation_id)
        when = day_text(to_local(entry.content.started_at, context.zone).date())
        for name, title in _PROMPT_TITLES.items():
            text = str(getattr(entry.content, name))
            if text.strip():
                quotes.append((_dated(when, QCoreApplication.translate("summary", title)), text))
    title = QCoreApplication.translate("summary", "Journal entries I chose to share")
    return SummarySection("entries", title, quotes=tuple(quotes))


def _dialogues(context: SummaryContext) -> SummarySection | None:
    if not context.choice.dialogue_ids:
        return None
    titles = (
        ("notice", QCoreApplication.translate("summary", "What I noticed")),
        ("fear", QCoreApplication.translate("summary", "What the part feared")),
        ("need", QCoreApplication.translate("summary", "What it needed")),
        ("answer", QCoreApplication.translate("summary", "What I answered")),
    )
    quotes: list[tuple[str, str]] = []
    for dialogue_id in context.choice.dialogue_ids:
        dialogue = context.sources.parts.dialogue(dialogue_id)
        when = day_text(to_local(dialogue.content.started_at, context.zone).date())
        for name, title in titles:
            text = str(getattr(dialogue.content, name))
            if text.strip():
                quotes.append((_dated(when, title), text))
    title = QCoreApplication.translate("summary", "Parts dialogues I chose to share")
    return SummarySection("dialogues", title, quotes=tuple(quotes))


SECTION_BUILDERS: tuple[SectionBuilder, ...] = (
    _overview,
    duration_section,
    intensity_section,
    triggers_section,
    urge_gap_section,
    helps_section,
    pauses_section,
    _being_met,
    _parts,
    _self_check,
    _questions,
    _entries,
    _dialogues,
)


def build_summary(
    choice: SummaryChoice,
    sources: SummarySources,
    support: SupportReader,
    builders: Sequence[SectionBuilder] = SECTION_BUILDERS,
    zone: tzinfo | None = None,
) -> Summary:
    """Read the range's charts once, then let each builder add its section."""
    charts = sources.charts.chart_set(
        RangeChoice.CUSTOM, today=choice.span.last, custom=choice.span, zone=zone
    )
    context = SummaryContext(choice, charts, sources, support, zone)
    sections = tuple(section for builder in builders if (section := builder(context)) is not None)
    return Summary(choice, sections, charts)
