"""The passphrase strength estimate with zxcvbn: guessable passphrases refused, with a reason."""

from __future__ import annotations

import time

import pytest

from healer.domain.strength import ANALYSED_CHARS, Strength, Weakness
from healer.services.strength import estimate_strength

# What a guesser tries first: names doubled, keyboard walks, look-alike words, years,
# famous phrases (with and without spaces), common passwords with a flourish.
GUESSABLE = [
    "trustno1trustno1",
    "michaelmichael",
    "sarah sarah sarah",
    "jennifer1987",
    "j3nn1f3rj3nn1f3r",
    "qwertyuiop",
    "qwertyuiop123",
    "1q2w3e4r5t",
    "1qaz2wsx3edc",
    "asdfghjkl;",
    "poiuylkjhgfd",
    "rfvtgbyhnujm",
    "p@ssw0rd1",
    "P@55w0rd!",
    "d3s1gn3r",
    "drowssap1234",
    "19851985",
    "abcdefgh12345678",
    "password password",
    "monkey123456",
    "iloveyou2026",
    "letmein please",
    "correcthorsebatterystaple",
    "correct horse battery staple",
    "Correct-Horse-Battery-Staple",
    "the quick brown fox",
    "my passphrase",
    "healer healer",
    "aaaaaaaaaaaaaaaa",
    "x" * 200,
]

GOOD = [
    "quiet river under stone",
    "blue mug seven lanterns",
    "lichen-tractor-umbrella-fjord",
    "seven pale lanterns drift home",
    "Tea kettle orbit 9 marmalade",
    "Grüße aus Köln 1987",
    "Gx7#kq!2Lp9z",
    "a wren in the hawthorn sang twice",
]


@pytest.mark.parametrize("passphrase", GUESSABLE)
def test_guessable_passphrases_are_not_strong(passphrase: str) -> None:
    estimate = estimate_strength(passphrase)
    assert estimate.strength is not Strength.STRONG
    assert estimate.weakness is not None


@pytest.mark.parametrize("passphrase", ["trustno1trustno1", "michaelmichael", "19851985"])
def test_the_worst_are_refused(passphrase: str) -> None:
    estimate = estimate_strength(passphrase)
    assert estimate.strength is Strength.WEAK
    assert estimate.refused
    assert estimate.score <= 1


@pytest.mark.parametrize("passphrase", GOOD)
def test_good_passphrases_are_strong(passphrase: str) -> None:
    estimate = estimate_strength(passphrase)
    assert estimate.strength is Strength.STRONG
    assert not estimate.refused
    assert not estimate.warned
    assert estimate.weakness is None


def test_middling_is_accepted_with_a_warning() -> None:
    estimate = estimate_strength("kitten sofa")
    assert estimate.score == 2
    assert estimate.strength is Strength.FAIR
    assert estimate.warned
    assert not estimate.refused
    assert estimate.weakness is not None


@pytest.mark.parametrize(
    ("passphrase", "weakness"),
    [
        ("michaelmichael", Weakness.REPEAT),
        ("jennifer1987", Weakness.NAME),
        ("p@ssw0rd1", Weakness.SUBSTITUTION),
        ("drowssap1234", Weakness.REVERSED),
        ("abcdefgh12345678", Weakness.SEQUENCE),
        ("monkey123456", Weakness.COMMON_PASSWORD),
        ("correct horse battery staple", Weakness.FAMOUS_PHRASE),
        ("poiuylkjhgfd", Weakness.KEYBOARD),
    ],
)
def test_the_main_weakness_is_named(passphrase: str, weakness: Weakness) -> None:
    assert estimate_strength(passphrase).weakness is weakness


def test_empty_and_short() -> None:
    assert estimate_strength("").strength is Strength.EMPTY
    assert estimate_strength("Gx7#kq!").strength is Strength.TOO_SHORT
    assert estimate_strength("Gx7#kq!").refused


def test_decomposed_and_composed_rate_alike() -> None:
    composed = estimate_strength("Grüße aus Köln 1987")
    decomposed = estimate_strength("Gru\u0308ße aus Ko\u0308ln 1987")
    assert composed == decomposed


def test_long_passphrases_are_cut_before_analysis() -> None:
    # zxcvbn refuses more than 72 characters and slows steeply before that.
    long = "seven pale lanterns drift home " * 20
    assert len(long) > 72
    assert estimate_strength(long).strength is Strength.STRONG
    started = time.perf_counter()
    estimate_strength("ab" * 500)
    # Not a speed budget (see tests/benchmarks): proof the analysis is bounded at all.
    assert time.perf_counter() - started < 5.0
    assert ANALYSED_CHARS <= 72
