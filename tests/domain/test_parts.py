"""The parts dialogue's steps and rules: seven steps, nothing required, text kept as typed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from healer.domain.errors import ValidationError
from healer.domain.parts import (
    AGE_CHOICES,
    REQUIRED_FIELDS,
    STEP_FIELDS,
    STEPS,
    TEXT_FIELDS,
    DialogueInput,
    DialogueStep,
    PartInput,
    clean_age,
    clean_part_name,
    dialogue_fields,
    dialogue_from_fields,
)

START = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


def test_the_seven_steps_come_in_the_method_order() -> None:
    assert [step.value for step in STEPS] == [
        "settle",
        "notice",
        "age",
        "fear",
        "need",
        "answer",
        "close",
    ]
    assert set(STEP_FIELDS) == set(STEPS)
    assert STEP_FIELDS[DialogueStep.SETTLE] == ()


def test_nothing_is_required_and_an_untouched_dialogue_is_blank() -> None:
    assert frozenset() == REQUIRED_FIELDS
    empty = dialogue_from_fields({}, started_at=START, step=DialogueStep.CLOSE)
    assert empty.validated() == empty
    assert empty.is_blank


def test_a_single_answer_is_enough_to_keep_a_dialogue() -> None:
    only_age = dialogue_from_fields({"age": "5"}, started_at=START, step=DialogueStep.AGE)
    assert not only_age.validated().is_blank
    only_need = DialogueInput(started_at=START, need="to be held")
    assert not only_need.is_blank


def test_a_link_alone_does_not_make_a_dialogue() -> None:
    assert DialogueInput(started_at=START, activation_id=3).is_blank


def test_text_is_kept_exactly_as_typed() -> None:
    typed = "  I'm here.\n\n   You are not alone.  \n"
    content = DialogueInput(started_at=START, answer=typed, notice="\ttight chest ").validated()
    assert content.answer == typed
    assert content.notice == "\ttight chest "


def test_fields_round_trip_through_a_form() -> None:
    content = DialogueInput(
        started_at=START,
        step=DialogueStep.NEED,
        notice="a knot",
        age="older",
        fear="being left",
        need="stay",
        answer="I stay",
        feeling_after=3,
        part_id=4,
        activation_id=9,
    )
    fields = dialogue_fields(content)
    assert set(TEXT_FIELDS) <= set(fields)
    assert dialogue_from_fields(fields, started_at=START, step=DialogueStep.NEED) == content


@pytest.mark.parametrize(
    ("typed", "kept"), [("", ""), (" 5 ", "5"), ("07", "7"), ("Older", "older")]
)
def test_ages_are_tidied(typed: str, kept: str) -> None:
    assert clean_age(typed) == kept


@pytest.mark.parametrize("typed", ["0", "18", "five", "-3"])
def test_impossible_ages_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as raised:
        clean_age(typed)
    assert raised.value.field == "age"


def test_every_quick_age_choice_is_valid() -> None:
    assert [clean_age(choice) for choice in AGE_CHOICES] == list(AGE_CHOICES)


@pytest.mark.parametrize("feeling", [-1, 11, True])
def test_the_feeling_after_is_zero_to_ten(feeling: int) -> None:
    with pytest.raises(ValidationError) as raised:
        DialogueInput(started_at=START, feeling_after=feeling).validated()
    assert raised.value.field == "feeling_after"


def test_a_dialogue_names_a_part_met_before_or_a_new_one_not_both() -> None:
    with pytest.raises(ValidationError):
        DialogueInput(started_at=START, part_id=1, new_part_name="Little one").validated()
    named = DialogueInput(started_at=START, new_part_name="  Little   one ").validated()
    assert named.new_part_name == "Little one"


def test_naive_times_and_overlong_text_are_refused() -> None:
    with pytest.raises(ValidationError):
        DialogueInput(started_at=datetime(2026, 1, 1)).validated()
    with pytest.raises(ValidationError) as raised:
        DialogueInput(started_at=START, fear="x" * 20_001).validated()
    assert raised.value.field == "fear"


def test_part_names_are_one_tidy_line() -> None:
    assert clean_part_name(" the \n watcher ") == "the watcher"
    with pytest.raises(ValidationError):
        clean_part_name("   ")
    with pytest.raises(ValidationError):
        clean_part_name("x" * 81)
    part = PartInput(" Little one ", typical_age="5", what_helps="a hand on the chest").validated()
    assert part.name == "Little one"
    assert part.what_helps == "a hand on the chest"
