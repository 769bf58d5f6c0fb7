"""The summary for a therapist: what the person chose to include, and the sections it holds."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from healer.domain.chartrange import DaySpan
from healer.domain.chartset import ChartSet
from healer.domain.errors import ValidationError

MAX_SUMMARY_DAYS = 366 * 10


class SummaryPart(enum.Enum):
    """The pieces a summary may hold; none of them carries journal text."""

    DURATION = "duration"  # how long activations last: monthly medians and the chart
    INTENSITY = "intensity"
    TRIGGERS = "triggers"
    URGE_GAP = "urge_gap"
    HELPS = "helps"
    PAUSES = "pauses"
    BEING_MET = "being_met"  # moments of being met, counted by response: never names or words
    PARTS = "parts"
    SELF_CHECK = "self_check"
    QUESTIONS = "questions"


# Everything but words from the journal is in by default; names of parts stay out until
# chosen, and journal entries or dialogues go in only one by one.
DEFAULT_PARTS: frozenset[SummaryPart] = frozenset(SummaryPart)


class ChartKind(enum.Enum):
    """A chart a section asks the page to draw from the summary's chart data."""

    DURATION = "duration"
    INTENSITY = "intensity"


@dataclass(frozen=True, slots=True)
class SummaryChoice:
    """A date range and what goes in."""

    span: DaySpan
    parts: frozenset[SummaryPart] = DEFAULT_PARTS
    part_names: bool = False
    self_check_id: int | None = None  # None: the most recent saved check, if any
    activation_ids: tuple[int, ...] = ()
    dialogue_ids: tuple[int, ...] = ()

    def validated(self) -> SummaryChoice:
        """The same choice with its days in order; raises ValidationError for an absurd range."""
        first, last = sorted((self.span.first, self.span.last))
        span = DaySpan(first, last)
        if span.days > MAX_SUMMARY_DAYS:
            raise ValidationError("span", "at most ten years")
        return SummaryChoice(
            span,
            frozenset(self.parts),
            self.part_names,
            self.self_check_id,
            tuple(dict.fromkeys(self.activation_ids)),
            tuple(dict.fromkeys(self.dialogue_ids)),
        )

    @property
    def has_journal_text(self) -> bool:
        """True when the person picked entries or dialogues whose words go in."""
        return bool(self.activation_ids or self.dialogue_ids)


@dataclass(frozen=True, slots=True)
class SummarySection:
    """One section, already in words: a heading, sentences, label/value rows, a chart."""

    key: str
    title: str
    paragraphs: tuple[str, ...] = ()
    rows: tuple[tuple[str, str], ...] = ()
    chart: ChartKind | None = None
    # Words the person wrote (picked entries, dialogues, their questions): shown as theirs.
    quotes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Summary:
    """The whole summary: its range and sections in order, with the data its charts need."""

    choice: SummaryChoice
    sections: tuple[SummarySection, ...]
    charts: ChartSet | None = field(default=None, compare=False)  # when a chart is in

    @property
    def span(self) -> DaySpan:
        """The days covered."""
        return self.choice.span
