"""Passphrases: one normal form for keying, and a minimum length for new vaults."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healer.domain.errors import ValidationError
from healer.domain.passphrase import (
    MIN_NEW_PASSPHRASE_CHARS,
    check_new_passphrase,
    normalize_passphrase,
)

COMPOSED = "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e"  # é, è, û as single code points
DECOMPOSED = "cafe\u0301 cre\u0300me bru\u0302le\u0301e"  # base letter + combining accent


def refused_field(function: object, text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        function(text)  # type: ignore[operator]
    return caught.value.field


def test_decomposed_input_is_normalised_to_composed() -> None:
    assert DECOMPOSED != COMPOSED
    assert normalize_passphrase(DECOMPOSED) == COMPOSED


def test_composed_input_is_left_alone() -> None:
    assert normalize_passphrase(COMPOSED) == COMPOSED


def test_spaces_and_case_are_kept() -> None:
    assert normalize_passphrase("  Correct Horse  ") == "  Correct Horse  "


def test_an_empty_passphrase_is_refused() -> None:
    assert refused_field(normalize_passphrase, "") == "passphrase"


@pytest.mark.parametrize("text", ["\x00", "secret\x00words", "\x00leading nul"])
def test_a_nul_character_is_refused(text: str) -> None:
    assert refused_field(normalize_passphrase, text) == "passphrase"


@given(st.text(min_size=1).filter(lambda s: "\x00" not in s))
def test_normalising_is_idempotent_and_nfc(text: str) -> None:
    once = normalize_passphrase(text)
    assert unicodedata.is_normalized("NFC", once)
    assert normalize_passphrase(once) == once


def test_a_new_passphrase_must_be_long_enough() -> None:
    assert refused_field(check_new_passphrase, "x" * (MIN_NEW_PASSPHRASE_CHARS - 1)) == "passphrase"
    assert check_new_passphrase("x" * MIN_NEW_PASSPHRASE_CHARS) == "x" * MIN_NEW_PASSPHRASE_CHARS


def test_the_length_is_counted_after_normalising() -> None:
    # Seven composed letters typed as fourteen code points are still seven characters.
    seven_accented = "e\u0301" * (MIN_NEW_PASSPHRASE_CHARS - 1)
    assert len(seven_accented) >= MIN_NEW_PASSPHRASE_CHARS
    assert refused_field(check_new_passphrase, seven_accented) == "passphrase"


def test_a_new_passphrase_comes_back_normalised() -> None:
    assert check_new_passphrase(DECOMPOSED) == COMPOSED


@pytest.mark.parametrize("text", ["", "long enough\x00but nul"])
def test_a_new_passphrase_obeys_the_basic_rules_too(text: str) -> None:
    assert refused_field(check_new_passphrase, text) == "passphrase"
