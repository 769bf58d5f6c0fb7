"""The summary for a therapist, assembled section by section from the features' services.

Each section comes from one builder: a function of the SummaryContext that returns a
SummarySection, or None when the person left it out or there is nothing to say. A new
feature adds its builder to SECTION_BUILDERS ("being met" comes after the pauses). Only
numbers, categories and the person's own choices are read, unless they picked particular
entries or dialogues.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Protocol

from healer.domain.chartrange import RangeChoice, to_local
from healer.domain.chartset import ChartSet, ParetoScope
from healer.domain.moments import RESPONSES, Response
from healer.domain.parts import DialogueQuery
from healer.domain.summary import ChartKind, Summary, SummaryChoice, SummaryPart, SummarySection
from healer.domain.support import INDICATORS, Question, SelfCheck, summary_questions
from healer.domain.urge import UrgeOutcome
from healer.services.charts import ChartService
from healer.services.journal import JournalService
from healer.services.parts import PartsService
from healer.services.people import PeopleService
from healer.services.summary_words import (
    day_text,
    fill,
    minutes_text,
    month_text,
    percent_text,
    tool_text,
    tr,
)
from healer.services.support_texts import answer_text, short_label


class SupportReader(Protocol):
    """What the summary reads of the support feature itself."""

    def checks(self) -> list[SelfCheck]:
        """Saved self-checks, oldest first."""
        ...

    def questions(self) -> list[Question]:
        """The questions, in order."""
        ...


@dataclass(frozen=True, slots=True)
class SummarySources:
    """The other features' services the summary reads."""

    journal: JournalService
    charts: ChartService
    parts: PartsService
    people: PeopleService | None = None


@dataclass(frozen=True, slots=True)
class SummaryContext:
    """What every builder may read: the choice, the range's charts and the services."""

    choice: SummaryChoice
    charts: ChartSet
    sources: SummarySources
    support: SupportReader
    zone: tzinfo | None = None


SectionBuilder = Callable[[SummaryContext], SummarySection | None]


def _overview(context: SummaryContext) -> SummarySection:
    span = context.choice.span
    rows = [(tr("Period"), fill(tr("%1 to %2"), day_text(span.first), day_text(span.last)))]
    episodes = context.charts.episodes
    if episodes is not None:
        settled = len(episodes.duration.series.values)
        rows.append((tr("Activations logged"), str(episodes.pareto[ParetoScope.RANGE].total)))
        rows.append((tr("Of these, settled"), str(settled)))
    return SummarySection(
        "overview",
        tr("At a glance"),
        (
            tr(
                "Prepared by the person from their own self-help journal. Times are as they"
                " logged them; an activation lasts from when it started until it settled."
            ),
        ),
        tuple(rows),
    )


def _duration(context: SummaryContext) -> SummarySection | None:
    episodes = context.charts.episodes
    if SummaryPart.DURATION not in context.choice.parts or episodes is None:
        return None
    series = episodes.duration.series
    title = tr("How long activations lasted")
    if series.is_empty:
        return SummarySection("duration", title, (tr("No activation settled in this period."),))
    text = fill(
        tr("%1 settled activations; the median lasted %2."),
        len(series.values),
        minutes_text(series.median),
    )
    rows = tuple(
        (
            month_text(month.month),
            fill(tr("median %1 (%2 episodes)"), minutes_text(month.median), month.count),
        )
        for month in series.months
    )
    return SummarySection("duration", title, (text,), rows, ChartKind.DURATION)


def _intensity(context: SummaryContext) -> SummarySection | None:
    episodes = context.charts.episodes
    if SummaryPart.INTENSITY not in context.choice.parts or episodes is None:
        return None
    series = episodes.intensity
    title = tr("How strong activations felt (0 to 10)")
    if series.is_empty:
        return SummarySection("intensity", title, (tr("No intensity was rated in this period."),))
    text = fill(
        tr("%1 rated activations; the median peak was %2 out of 10."),
        len(series.values),
        f"{series.median:g}",
    )
    rows = tuple(
        (
            month_text(month.month),
            fill(tr("median %1 (%2 episodes)"), f"{month.median:g}", month.count),
        )
        for month in series.months
    )
    return SummarySection("intensity", title, (text,), rows, ChartKind.INTENSITY)


def _triggers(context: SummaryContext) -> SummarySection | None:
    episodes = context.charts.episodes
    if SummaryPart.TRIGGERS not in context.choice.parts or episodes is None:
        return None
    chart = episodes.pareto[ParetoScope.RANGE]
    title = tr("What set activations off")
    if not chart.bars:
        return SummarySection(
            "triggers", title, (tr("No trigger category was given in this period."),)
        )
    rows = tuple(
        (bar.name, fill(tr("%1 (%2)"), bar.count, percent_text(bar.share)))
        for bar in chart.bars[:6]
    )
    top = ", ".join(bar.name for bar in chart.top)
    paragraphs = [fill(tr("The most frequent: %1."), top)]
    if chart.uncategorised:
        paragraphs.append(fill(tr("%1 activations had no category."), chart.uncategorised))
    return SummarySection("triggers", title, tuple(paragraphs), rows)


def _urge_gap(context: SummaryContext) -> SummarySection | None:
    episodes = context.charts.episodes
    if SummaryPart.URGE_GAP not in context.choice.parts or episodes is None:
        return None
    chart = episodes.urge_gap
    title = tr("Between the urge and the action")
    if chart.is_empty:
        return SummarySection(
            "urge_gap", title, (tr("No urge outcome was recorded in this period."),)
        )
    rows = tuple(
        (
            month_text(month.month),
            fill(
                tr("at once %1 · after a pause %2 · not acted on %3"),
                percent_text(month.share(UrgeOutcome.AT_ONCE)),
                percent_text(month.share(UrgeOutcome.AFTER_PAUSE)),
                percent_text(month.share(UrgeOutcome.NOT_ACTED)),
            ),
        )
        for month in chart.months
    )
    text = tr("How often the urge (to message, check or reach out) was acted on, each month.")
    return SummarySection("urge_gap", title, (text,), rows)


def _helps(context: SummaryContext) -> SummarySection | None:
    chart = context.charts.helps
    if SummaryPart.HELPS not in context.choice.parts or chart is None:
        return None
    title = tr("Practices that help")
    if not chart.shown:
        return SummarySection(
            "helps", title, (tr("Too few practices with a before and after rating to say yet."),)
        )
    rows = tuple(
        (
            tool_text(tool.tool),
            fill(tr("typically %1 points calmer (%2 uses)"), f"{tool.median_drop:g}", tool.count),
        )
        for tool in chart.shown
    )
    text = tr("Intensity before and after each practice, as rated at the time.")
    return SummarySection("helps", title, (text,), rows)


def _pauses(context: SummaryContext) -> SummarySection | None:
    chart = context.charts.pauses
    if SummaryPart.PAUSES not in context.choice.parts or chart is None:
        return None
    text = fill(
        tr("%1 twenty-minute pauses seen through in this period; %2 in all."),
        chart.in_range,
        chart.total,
    )
    return SummarySection("pauses", tr("Pauses seen through"), (text,))


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
        tr(
            "%1 moments of reaching out in this period: %2 met with care, %3 partly met, "
            "%4 missed and %5 that hurt. %6 of them were times I met my own need."
        ),
        len(moments),
        counts[Response.CARE],
        counts[Response.PARTLY],
        counts[Response.MISSED],
        counts[Response.HURT],
        own,
    )
    return SummarySection("being_met", tr("Being met"), (text,))


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
    text = fill(
        tr("%1 dialogues with a younger part in this period, with %2 named parts."),
        len(dialogues),
        len(named),
    )
    rows: tuple[tuple[str, str], ...] = ()
    if context.choice.part_names and named:
        counts = {name: sum(1 for d in dialogues if d.part_name == name) for name in named}
        rows = tuple((name, fill(tr("%1 dialogues"), counts[name])) for name in named)
    return SummarySection("parts", tr("Parts met"), (text,), rows)


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
                tr("%1 (on %2: %3)"),
                value,
                day_text(to_local(earlier[-1].content.taken_at, context.zone).date()),
                answer_text(earlier[-1].content.answers[indicator]),
            )
        rows.append((short_label(indicator), value))
    text = fill(
        tr("Answered on %1: not really, sometimes or often. It is not a score or a diagnosis."),
        day_text(to_local(check.content.taken_at, context.zone).date()),
    )
    return SummarySection("self_check", tr("Self-check"), (text,), tuple(rows))


def _questions(context: SummaryContext) -> SummarySection | None:
    if SummaryPart.QUESTIONS not in context.choice.parts:
        return None
    questions = summary_questions(context.support.questions())
    if not questions:
        return None
    quotes = tuple(
        (tr("Asked") if q.content.asked else tr("To ask"), q.content.text) for q in questions
    )
    return SummarySection("questions", tr("Questions I would like to ask"), quotes=quotes)


_PROMPT_TITLES = {
    "trigger": "What happened",
    "body": "In my body",
    "story": "The story my mind told",
    "urge": "The urge",
    "did": "What I did",
    "after": "What happened after",
    "looking_again": "Looking again",
}


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
                quotes.append((fill(tr("%1 · %2"), when, tr(title)), text))
    return SummarySection("entries", tr("Journal entries I chose to share"), quotes=tuple(quotes))


def _dialogues(context: SummaryContext) -> SummarySection | None:
    if not context.choice.dialogue_ids:
        return None
    titles = (
        ("notice", tr("What I noticed")),
        ("fear", tr("What the part feared")),
        ("need", tr("What it needed")),
        ("answer", tr("What I answered")),
    )
    quotes: list[tuple[str, str]] = []
    for dialogue_id in context.choice.dialogue_ids:
        dialogue = context.sources.parts.dialogue(dialogue_id)
        when = day_text(to_local(dialogue.content.started_at, context.zone).date())
        for name, title in titles:
            text = str(getattr(dialogue.content, name))
            if text.strip():
                quotes.append((fill(tr("%1 · %2"), when, title), text))
    return SummarySection("dialogues", tr("Parts dialogues I chose to share"), quotes=tuple(quotes))


SECTION_BUILDERS: tuple[SectionBuilder, ...] = (
    _overview,
    _duration,
    _intensity,
    _triggers,
    _urge_gap,
    _helps,
    _pauses,
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
