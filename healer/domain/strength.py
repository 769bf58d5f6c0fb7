"""A rough, offline estimate of how hard a new passphrase would be to guess (a hint, not a gate)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum

from healer.domain.passphrase import MIN_NEW_PASSPHRASE_CHARS

# Fragments that guessers try first; a passphrase built on them gets little credit for them.
_COMMON_FRAGMENTS: tuple[str, ...] = (
    "password",
    "passwort",
    "qwerty",
    "azerty",
    "asdfgh",
    "letmein",
    "iloveyou",
    "welcome",
    "monkey",
    "dragon",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "summer",
    "winter",
    "spring",
    "autumn",
    "secret",
    "healer",
    "admin",
    "login",
    "hello",
    "love",
    "1234",
    "0000",
)
_YEAR = re.compile(r"(19|20)\d\d")
_FRAGMENT_BITS = 4.0
_YEAR_BITS = 7.0
_REPEAT_BITS = 1.0
_WEAK_BELOW_BITS = 45.0
_FAIR_BELOW_BITS = 65.0


class Strength(IntEnum):
    """How a passphrase rates, from unusable to strong."""

    EMPTY = 0
    TOO_SHORT = 1
    WEAK = 2
    FAIR = 3
    STRONG = 4


@dataclass(frozen=True, slots=True)
class StrengthEstimate:
    """The rating plus the rough number of bits behind it."""

    strength: Strength
    bits: float


def _pool_size(text: str) -> int:
    """How many symbols a guesser must try per character, from the kinds present."""
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in text):
        pool += 10
    if any(c.isascii() and not c.isalnum() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    return max(pool, 1)


def _character_bits(text: str, per_char: float) -> float:
    """Full credit per character, but little for repeats and runs such as 'aaa' or 'abc'."""
    bits = 0.0
    previous: str | None = None
    step: int | None = None
    for char in text:
        if previous is None:
            bits += per_char
        else:
            delta = ord(char) - ord(previous)
            if delta == 0 or (abs(delta) == 1 and delta == step):
                bits += _REPEAT_BITS
            else:
                bits += per_char
            step = delta
        previous = char
    return bits


def _strip_guessable(text: str) -> tuple[str, float]:
    """Remove common fragments and years, returning the rest and the small credit they earn."""
    lowered = text.lower()
    credit = 0.0
    for fragment in _COMMON_FRAGMENTS:
        while fragment in lowered:
            lowered = lowered.replace(fragment, "", 1)
            credit += _FRAGMENT_BITS
    lowered, years = _YEAR.subn("", lowered)
    credit += years * _YEAR_BITS
    return lowered, credit


def estimate_strength(passphrase: str) -> StrengthEstimate:
    """Rate a candidate passphrase: length matters most, then variety, minus guessable parts."""
    if not passphrase:
        return StrengthEstimate(Strength.EMPTY, 0.0)
    per_char = math.log2(_pool_size(passphrase))
    rest, credit = _strip_guessable(passphrase)
    bits = round(_character_bits(rest, per_char) + credit, 1)
    if len(passphrase) < MIN_NEW_PASSPHRASE_CHARS:
        return StrengthEstimate(Strength.TOO_SHORT, bits)
    if bits < _WEAK_BELOW_BITS:
        return StrengthEstimate(Strength.WEAK, bits)
    if bits < _FAIR_BELOW_BITS:
        return StrengthEstimate(Strength.FAIR, bits)
    return StrengthEstimate(Strength.STRONG, bits)
