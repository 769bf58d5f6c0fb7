"""The activation record: validation rules, trimming, duration and open state."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from healer.domain.activation import (
    MAX_PERSON_CHARS,
    MAX_PROMPT_CHARS,
    PROMPTS,
    Activation,
    ActivationInput,
)
from healer.domain.errors import HealerError, ValidationError

START = datetime(2026, 11, 23, 21, 5, tzinfo=UTC)


def entry(**changes: Any) -> ActivationInput:
    """A valid input, with some fields changed."""
    base = ActivationInput(trigger="no reply for hours", intensity=7, started_at=START)
    return replace(base, **changes)


def field_refused(content: ActivationInput) -> str:
    """The field named by the ValidationError that validated() raises."""
    with pytest.raises(ValidationError) as caught:
        content.validated()
    assert str(caught.value).startswith(f"{caught.value.field}: ")
    return caught.value.field


def stored(content: ActivationInput) -> Activation:
    return Activation(id=1, uid="u-1", content=content, created_at=START, updated_at=START)


# -- accepted input ------------------------------------------------------------------


def test_a_minimal_entry_is_valid_and_unchanged() -> None:
    content = entry()
    assert content.validated() == content


@pytest.mark.parametrize("intensity", [0, 10])
def test_intensity_bounds_are_inclusive(intensity: int) -> None:
    assert entry(intensity=intensity).validated().intensity == intensity


def test_whitespace_is_trimmed_from_every_text_field() -> None:
    texts = {name: f"  \t{name} words \n" for name in PROMPTS}
    cleaned = entry(**texts, person="  Sam  ", category="  conflict \n").validated()
    for name in PROMPTS:
        assert getattr(cleaned, name) == f"{name} words"
    assert cleaned.person == "Sam"
    assert cleaned.category == "conflict"


def test_inner_whitespace_and_lines_are_kept() -> None:
    cleaned = entry(story="  first line\n\nsecond  line  ").validated()
    assert cleaned.story == "first line\n\nsecond  line"


@pytest.mark.parametrize("category", ["", "   ", "\n\t"])
def test_a_blank_category_becomes_none(category: str) -> None:
    assert entry(category=category).validated().category is None


def test_validated_does_not_modify_the_original() -> None:
    original = entry(trigger="  padded  ")
    original.validated()
    assert original.trigger == "  padded  "


def test_settled_equal_to_started_is_allowed() -> None:
    assert entry(settled_at=START).validated().settled_at == START


def test_prompts_at_the_limits_are_allowed() -> None:
    longest = "x" * MAX_PROMPT_CHARS
    content = entry(**dict.fromkeys(PROMPTS, longest), person="p" * MAX_PERSON_CHARS)
    assert content.validated().story == longest


# -- refused input ------------------------------------------------------------------


@pytest.mark.parametrize("intensity", [True, False, 7.0, 5.5, "7"])
def test_intensity_must_be_a_whole_number(intensity: Any) -> None:
    assert field_refused(entry(intensity=intensity)) == "intensity"


def test_an_intensity_not_rated_yet_is_kept_as_none_not_a_made_up_number() -> None:
    assert entry(intensity=None).validated().intensity is None


@pytest.mark.parametrize("intensity", [-1, 11, 100])
def test_intensity_must_be_in_range(intensity: int) -> None:
    assert field_refused(entry(intensity=intensity)) == "intensity"


@pytest.mark.parametrize("trigger", ["", "   ", "\n\t "])
def test_the_trigger_must_say_something(trigger: str) -> None:
    assert field_refused(entry(trigger=trigger)) == "trigger"


@pytest.mark.parametrize("name", PROMPTS)
def test_each_prompt_has_a_length_limit(name: str) -> None:
    assert field_refused(entry(**{name: "x" * (MAX_PROMPT_CHARS + 1)})) == name


def test_the_limit_counts_trimmed_text() -> None:
    padded = "  " + "x" * MAX_PROMPT_CHARS + "  "
    assert entry(body=padded).validated().body == "x" * MAX_PROMPT_CHARS


def test_the_person_has_a_length_limit() -> None:
    assert field_refused(entry(person="p" * (MAX_PERSON_CHARS + 1))) == "person"


def test_settled_before_started_is_refused() -> None:
    content = entry(settled_at=START - timedelta(seconds=1))
    assert field_refused(content) == "settled_at"


def test_a_naive_start_is_refused() -> None:
    assert field_refused(entry(started_at=START.replace(tzinfo=None))) == "started_at"


def test_a_naive_settle_is_refused() -> None:
    content = entry(settled_at=(START + timedelta(hours=1)).replace(tzinfo=None))
    assert field_refused(content) == "settled_at"


def test_the_error_is_a_healer_error_and_never_quotes_the_text() -> None:
    secret = "ZZ-private-words-ZZ"
    with pytest.raises(HealerError) as caught:
        entry(story=secret * 2000).validated()
    assert secret not in str(caught.value)


# -- Activation ------------------------------------------------------------------


def test_an_unsettled_activation_is_open_with_no_duration() -> None:
    activation = stored(entry())
    assert activation.is_open
    assert activation.duration is None


def test_a_settled_activation_is_closed_and_has_a_duration() -> None:
    activation = stored(entry(settled_at=START + timedelta(minutes=47, seconds=30)))
    assert not activation.is_open
    assert activation.duration == timedelta(minutes=47, seconds=30)


def test_duration_is_measured_across_offsets() -> None:
    from datetime import timezone

    later_elsewhere = datetime(2026, 11, 23, 23, 25, tzinfo=timezone(timedelta(hours=2)))
    assert stored(entry(settled_at=later_elsewhere)).duration == timedelta(minutes=20)


@pytest.mark.parametrize("name", ["trigger", "body", "story", "urge", "did", "after", "person"])
def test_text_that_cannot_be_stored_as_utf8_is_refused(name: str) -> None:
    broken = "half a pair \ud800 of surrogates"
    assert field_refused(entry(**{name: broken})) == name


@pytest.mark.parametrize("year", [1, 1899, 3000, 9999])
def test_start_years_outside_a_lifetime_range_are_refused(year: int) -> None:
    moment = datetime(year, 6, 1, 12, 0, tzinfo=UTC)
    assert field_refused(entry(started_at=moment, settled_at=None)) == "started_at"
