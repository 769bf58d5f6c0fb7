"""The strength rules around an analysis: thresholds, length, run-together words, weaknesses."""

from __future__ import annotations

from healer.domain.strength import (
    ANALYSED_CHARS,
    Analysis,
    Strength,
    Weakness,
    estimate_with,
    main_weakness,
)


class Recorder:
    """A stand-in analyser: gives a fixed score per text and remembers what it was asked."""

    def __init__(self, scores: dict[str, int], default: int = 4) -> None:
        self.scores = scores
        self.default = default
        self.asked: list[str] = []

    def __call__(self, text: str) -> Analysis:
        self.asked.append(text)
        score = self.scores.get(text, self.default)
        return Analysis(score, score * 3.0, [{"pattern": "repeat", "token": text}])


def test_scores_map_to_refused_warned_and_strong() -> None:
    ratings = {
        score: estimate_with("lantern marsh", Recorder({}, default=score)) for score in range(5)
    }
    assert [ratings[s].strength for s in range(5)] == [
        Strength.WEAK,
        Strength.WEAK,
        Strength.FAIR,
        Strength.STRONG,
        Strength.STRONG,
    ]
    assert ratings[1].refused
    assert not ratings[1].warned
    assert ratings[2].warned
    assert not ratings[2].refused
    assert ratings[2].weakness is Weakness.REPEAT
    assert ratings[3].weakness is None


def test_empty_and_short_are_never_analysed() -> None:
    recorder = Recorder({})
    assert estimate_with("", recorder).strength is Strength.EMPTY
    assert estimate_with("Gx7#kq!", recorder).strength is Strength.TOO_SHORT
    assert estimate_with("Gx7#kq!", recorder).refused
    assert recorder.asked == []


def test_a_famous_phrase_with_separators_is_rated_run_together_and_the_weaker_counts() -> None:
    recorder = Recorder({"correcthorsebatterystaple": 0})
    estimate = estimate_with("correct horse-battery staple", recorder)
    assert recorder.asked == ["correct horse-battery staple", "correcthorsebatterystaple"]
    assert estimate.score == 0
    assert estimate.refused


def test_other_passphrases_are_analysed_once() -> None:
    recorder = Recorder({})
    estimate_with("seven pale lanterns drift home", recorder)
    assert recorder.asked == ["seven pale lanterns drift home"]


def test_only_the_start_is_analysed() -> None:
    recorder = Recorder({})
    estimate_with("lichen tractor " * 30, recorder)
    assert all(len(text) <= ANALYSED_CHARS for text in recorder.asked)


def test_weakness_from_patterns() -> None:
    assert main_weakness([]) is Weakness.FEW_WORDS
    assert main_weakness([{"pattern": "bruteforce", "token": "xq"}]) is Weakness.FEW_WORDS
    year = [{"pattern": "bruteforce", "token": "a"}, {"pattern": "regex", "token": "2019"}]
    assert main_weakness(year) is Weakness.DATE
    word = [{"pattern": "dictionary", "token": "lantern", "dictionary_name": "english_wikipedia"}]
    assert main_weakness(word) is Weakness.COMMON_WORD
    two = [*word, {"pattern": "dictionary", "token": "marsh", "dictionary_name": "us_tv_and_film"}]
    assert main_weakness(two) is Weakness.FEW_WORDS
    walk = [{"pattern": "spatial", "token": "qwerty"}, {"pattern": "repeat", "token": "aa"}]
    assert main_weakness(walk) is Weakness.KEYBOARD
    leet = [{"pattern": "dictionary", "token": "p4ss", "l33t": True, "dictionary_name": "x"}]
    assert main_weakness(leet) is Weakness.SUBSTITUTION
