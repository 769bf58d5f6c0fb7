"""Trigger category names: cleaned once, refused when unusable."""

from __future__ import annotations

import pytest

from healer.domain.category import DEFAULT_CATEGORIES, MAX_CATEGORY_CHARS, clean_category_name
from healer.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("conflict", "conflict"),
        ("  conflict  ", "conflict"),
        ("work\tstress", "work stress"),
        ("  late   night \n texts ", "late night texts"),
        ("Émile's silence", "Émile's silence"),
    ],
)
def test_names_are_trimmed_and_whitespace_collapsed(typed: str, expected: str) -> None:
    assert clean_category_name(typed) == expected


def test_case_is_kept() -> None:
    assert clean_category_name("Family Dinner") == "Family Dinner"


@pytest.mark.parametrize("typed", ["", " ", "\n\t  "])
def test_a_blank_name_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_category_name(typed)
    assert caught.value.field == "category"


def test_the_length_limit_applies_after_collapsing() -> None:
    at_limit = "a" * MAX_CATEGORY_CHARS
    assert clean_category_name(f"   {at_limit}   ") == at_limit
    with pytest.raises(ValidationError) as caught:
        clean_category_name(at_limit + "b")
    assert caught.value.field == "category"


def test_the_seeded_categories_are_already_clean_and_distinct() -> None:
    assert [clean_category_name(name) for name in DEFAULT_CATEGORIES] == list(DEFAULT_CATEGORIES)
    assert len({name.casefold() for name in DEFAULT_CATEGORIES}) == len(DEFAULT_CATEGORIES)
