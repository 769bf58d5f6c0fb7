"""The passphrase strength estimate: length and variety count, guessable parts don't."""

from __future__ import annotations

import pytest

from healer.domain.strength import Strength, estimate_strength


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("", Strength.EMPTY),
        ("abc", Strength.TOO_SHORT),
        ("Gx7#kq!", Strength.TOO_SHORT),
        ("password123", Strength.WEAK),
        ("aaaaaaaaaaaaaaaa", Strength.WEAK),
        ("abcdefghijklmnop", Strength.WEAK),
        ("Summer2024!", Strength.WEAK),
        ("kitten sofa", Strength.FAIR),
        ("correct horse battery staple", Strength.STRONG),
        ("Gx7#kq!2Lp9z", Strength.STRONG),
    ],
)
def test_ratings(passphrase: str, expected: Strength) -> None:
    assert estimate_strength(passphrase).strength is expected


def test_longer_is_stronger() -> None:
    shorter = estimate_strength("quiet river")
    longer = estimate_strength("quiet river under stone")
    assert longer.bits > shorter.bits


def test_common_fragments_earn_little() -> None:
    assert estimate_strength("passwordpassword").bits < estimate_strength("vqzjhxkwtrplmnbd").bits


def test_non_ascii_counts_as_variety() -> None:
    assert estimate_strength("Grüße aus Köln").bits > estimate_strength("grusse aus koln").bits
