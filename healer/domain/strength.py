"""How hard a new passphrase would be to guess: the rating rules around a zxcvbn analysis.

The analysis itself (zxcvbn, which knows common passwords, names, words, keyboard walks,
dates, repeats and look-alike substitutions) runs in healer/services/strength.py and is
handed in as a function, so this module stays standard-library Python. zxcvbn's English
feedback is never shown: the main weakness is taken from the pattern it matched, and the
UI words it (see `Weakness`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, IntEnum

from healer.domain.passphrase import MIN_NEW_PASSPHRASE_CHARS

# zxcvbn's time grows steeply with length (on a shared 2-core machine, up to about 15 ms
# at 40 characters, 25 ms at 48 and 150 ms at 72), and it refuses more than 72. Only the
# start is analysed: a passphrase whose first 40 characters are hard to guess is hard to
# guess (tests/benchmarks/test_passphrase_bench.py measures a keystroke).
ANALYSED_CHARS = 40

# Phrases every guesser tries first (famous examples, and words about this app), for the
# estimator's lowest-ranked dictionary: it finds them inside longer passphrases too.
# Lower case, without spaces: spaces and dashes are taken out before they are looked for.
FAMOUS_PHRASES: tuple[str, ...] = (
    "correcthorsebatterystaple",
    "thequickbrownfoxjumpsoverthelazydog",
    "thequickbrownfox",
    "loremipsumdolorsitamet",
    "tobeornottobe",
    "maytheforcebewithyou",
    "iloveyoutothemoonandback",
    "opensesame",
    "letmein",
    "mypassphrase",
    "passphrase",
    "password",
    "healer",
    "healing",
    "anxiousattachment",
)
_SEPARATORS = frozenset(" -_.,;:/+")

_REFUSED_BELOW_SCORE = 2
_STRONG_FROM_SCORE = 3


class Strength(IntEnum):
    """How a passphrase rates: WEAK and below are refused, FAIR is accepted with a warning."""

    EMPTY = 0
    TOO_SHORT = 1
    WEAK = 2
    FAIR = 3
    STRONG = 4


class Weakness(Enum):
    """The main reason a passphrase is guessable (what a guesser would try to find it)."""

    COMMON_PASSWORD = "common-password"  # noqa: S105 (a kind of weakness, not a password)
    FAMOUS_PHRASE = "famous-phrase"
    NAME = "name"
    COMMON_WORD = "common-word"
    SUBSTITUTION = "substitution"
    REVERSED = "reversed"
    KEYBOARD = "keyboard"
    REPEAT = "repeat"
    SEQUENCE = "sequence"
    DATE = "date"
    FEW_WORDS = "few-words"


@dataclass(frozen=True, slots=True)
class StrengthEstimate:
    """The rating, zxcvbn's 0-4 score, the order of magnitude of guesses, the main weakness."""

    strength: Strength
    score: int
    guesses_log10: float
    weakness: Weakness | None = None

    @property
    def refused(self) -> bool:
        """Too easy to guess to protect a journal: a new vault or passphrase is refused."""
        return self.strength <= Strength.WEAK

    @property
    def warned(self) -> bool:
        """Accepted, with a word that more would be much better."""
        return self.strength is Strength.FAIR


_NAME_LISTS = frozenset({"female_names", "male_names", "surnames"})
_WORD_LISTS = frozenset({"english_wikipedia", "us_tv_and_film"})
_PATTERNS = {
    "spatial": Weakness.KEYBOARD,
    "repeat": Weakness.REPEAT,
    "sequence": Weakness.SEQUENCE,
    "regex": Weakness.DATE,  # zxcvbn's only regex is recent years
    "date": Weakness.DATE,
}


def _dictionary_weakness(match: Mapping[str, object], matches: int) -> Weakness:
    if match.get("l33t"):
        return Weakness.SUBSTITUTION
    if match.get("reversed"):
        return Weakness.REVERSED
    source = match.get("dictionary_name")
    if source == "user_inputs":
        return Weakness.FAMOUS_PHRASE
    if source == "passwords":
        return Weakness.COMMON_PASSWORD
    if source in _NAME_LISTS:
        return Weakness.NAME
    if source in _WORD_LISTS and matches == 1:
        return Weakness.COMMON_WORD
    return Weakness.FEW_WORDS


def main_weakness(sequence: Sequence[Mapping[str, object]]) -> Weakness:
    """The weakness of the longest guessable part zxcvbn found (as its own feedback picks)."""
    guessable = [match for match in sequence if match.get("pattern") != "bruteforce"]
    if not guessable:
        return Weakness.FEW_WORDS
    longest = max(guessable, key=lambda match: len(str(match.get("token", ""))))
    pattern = longest.get("pattern")
    if pattern == "dictionary":
        return _dictionary_weakness(longest, len(sequence))
    return _PATTERNS.get(str(pattern), Weakness.FEW_WORDS)


def _strength_for(score: int) -> Strength:
    if score < _REFUSED_BELOW_SCORE:
        return Strength.WEAK
    if score < _STRONG_FROM_SCORE:
        return Strength.FAIR
    return Strength.STRONG


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the guess estimator found: its 0-4 score, log10 of guesses, the matched parts."""

    score: int
    guesses_log10: float
    sequence: Sequence[Mapping[str, object]]


Analyser = Callable[[str], Analysis]


def _rated(analysis: Analysis) -> StrengthEstimate:
    score = analysis.score
    weakness = main_weakness(analysis.sequence) if score < _STRONG_FROM_SCORE else None
    return StrengthEstimate(_strength_for(score), score, round(analysis.guesses_log10, 1), weakness)


def estimate_with(passphrase: str, analyse: Analyser) -> StrengthEstimate:
    """Rate a candidate passphrase; `analyse` gets at most ANALYSED_CHARS characters.

    A famous phrase typed with separators ("correct horse battery staple") is rated run
    together too, where the estimator finds it; the weaker rating counts.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return StrengthEstimate(Strength.EMPTY, 0, 0.0)
    if len(text) < MIN_NEW_PASSPHRASE_CHARS:
        return StrengthEstimate(Strength.TOO_SHORT, 0, 0.0)
    estimate = _rated(analyse(text[:ANALYSED_CHARS]))
    joined = "".join(char for char in text if char not in _SEPARATORS)
    # A second analysis only when it can find something the first could not (it doubles
    # the time per keystroke): a famous phrase typed with separators.
    lowered = joined.lower()
    if joined != text and any(phrase in lowered for phrase in FAMOUS_PHRASES):
        together = _rated(analyse(joined[:ANALYSED_CHARS]))
        if together.score < estimate.score:
            return together
    return estimate
