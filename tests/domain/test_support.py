"""The self-check's rules, its comparison, the questions and the summary choice."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from healer.domain.chartrange import DaySpan
from healer.domain.errors import ValidationError
from healer.domain.summary import DEFAULT_PARTS, SummaryChoice, SummaryPart
from healer.domain.support import (
    INDICATORS,
    Answer,
    Indicator,
    QuestionInput,
    SelfCheck,
    SelfCheckInput,
    Tone,
    compare,
    reflect,
)

WHEN = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
ALL_PATTERNS = list(itertools.product(Answer, repeat=len(INDICATORS)))


def _answers(pattern: tuple[Answer, ...]) -> dict[Indicator, Answer]:
    return dict(zip(INDICATORS, pattern, strict=True))


@pytest.mark.parametrize("pattern", ALL_PATTERNS, ids=lambda p: "-".join(a.value for a in p))
def test_reflection_names_every_marked_indicator_once_in_order(pattern: tuple[Answer, ...]) -> None:
    reflection = reflect(_answers(pattern))
    often = tuple(i for i, a in zip(INDICATORS, pattern, strict=True) if a is Answer.OFTEN)
    sometimes = tuple(i for i, a in zip(INDICATORS, pattern, strict=True) if a is Answer.SOMETIMES)
    assert reflection.often == often
    assert reflection.sometimes == sometimes
    expected = Tone.OFTEN if often else Tone.SOMETIMES if sometimes else Tone.QUIET
    assert reflection.tone is expected
    marked = set(often) | set(sometimes)
    assert reflection.trauma_informed == bool(
        marked & {Indicator.TRAUMA_SIGNS, Indicator.CHILDHOOD}
    )


def test_self_check_needs_every_answer_and_a_zone() -> None:
    partial = {Indicator.DAILY_LIFE: Answer.OFTEN}
    with pytest.raises(ValidationError, match="childhood"):
        SelfCheckInput(WHEN, partial).validated()
    full = _answers((Answer.NOT_REALLY,) * len(INDICATORS))
    with pytest.raises(ValidationError, match="time zone"):
        SelfCheckInput(datetime(2026, 11, 1), full).validated()
    checked = SelfCheckInput(WHEN, dict(reversed(list(full.items())))).validated()
    assert list(checked.answers) == list(INDICATORS)


def test_compare_lists_each_indicator_then_and_now() -> None:
    before = SelfCheck(1, "a", SelfCheckInput(WHEN, _answers((Answer.OFTEN,) * 5)), WHEN)
    after_pattern = (Answer.SOMETIMES, Answer.OFTEN, Answer.NOT_REALLY, Answer.OFTEN, Answer.OFTEN)
    after = SelfCheck(2, "b", SelfCheckInput(WHEN, _answers(after_pattern)), WHEN)
    changes = compare(before, after)
    assert [c.indicator for c in changes] == list(INDICATORS)
    assert [c.moved for c in changes] == [True, False, True, False, False]
    assert changes[2].before is Answer.OFTEN
    assert changes[2].after is Answer.NOT_REALLY


def test_question_words_are_trimmed_and_bounded() -> None:
    assert QuestionInput("  Do you   work with the body? ").validated().text == (
        "Do you work with the body?"
    )
    with pytest.raises(ValidationError):
        QuestionInput("   ").validated()
    with pytest.raises(ValidationError):
        QuestionInput("x" * 501).validated()


def test_summary_choice_defaults_hold_no_journal_text_and_orders_days() -> None:
    choice = SummaryChoice(DaySpan(date(2026, 6, 30), date(2026, 1, 1))).validated()
    assert choice.span == DaySpan(date(2026, 1, 1), date(2026, 6, 30))
    assert choice.parts == DEFAULT_PARTS == frozenset(SummaryPart)
    assert not choice.part_names
    assert not choice.has_journal_text
    picked = SummaryChoice(choice.span, activation_ids=(3, 3, 4)).validated()
    assert picked.activation_ids == (3, 4)
    assert picked.has_journal_text
    with pytest.raises(ValidationError):
        SummaryChoice(DaySpan(date(2000, 1, 1), date(2026, 1, 1))).validated()
