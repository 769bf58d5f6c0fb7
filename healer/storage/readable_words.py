"""The readable export's own words: marked for translation, said through a ReadableWords.

Storage has no Qt: the services layer hands in a ReadableWords that translates the marked
texts (context "readable"), says counts with the language's plural forms and writes dates
the locale's way. The defaults write English, as the tests and the command line read it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from healer.domain.practice import PracticeKind
from healer.domain.practice_plan import PlanOutcome, PlanPractice
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.domain.words import QT_TRANSLATE_NOOP

# The entry form's labels, in the method's order (ui/journal/prompts.py words them alike).
PROMPT_LABELS: tuple[tuple[str, str], ...] = (
    ("trigger", QT_TRANSLATE_NOOP("readable", "What happened")),
    ("body", QT_TRANSLATE_NOOP("readable", "In my body")),
    ("story", QT_TRANSLATE_NOOP("readable", "The story my mind told")),
    ("urge", QT_TRANSLATE_NOOP("readable", "The urge")),
    ("did", QT_TRANSLATE_NOOP("readable", "What I actually did")),
    ("after", QT_TRANSLATE_NOOP("readable", "What happened after")),
    ("looking_again", QT_TRANSLATE_NOOP("readable", "Looking again")),
)

DIALOGUE_LABELS: tuple[tuple[str, str], ...] = (
    ("notice", QT_TRANSLATE_NOOP("readable", "Who was here")),
    ("fear", QT_TRANSLATE_NOOP("readable", "What it was afraid of")),
    ("need", QT_TRANSLATE_NOOP("readable", "What it needed from me")),
    ("answer", QT_TRANSLATE_NOOP("readable", "What I answered as the steady grown-up")),
)

PRACTICE_TITLES: dict[PracticeKind, str] = {
    PracticeKind.BREATHING: QT_TRANSLATE_NOOP("readable", "Slow breathing"),
    PracticeKind.COLD_WATER: QT_TRANSLATE_NOOP("readable", "Cold water"),
    PracticeKind.BILATERAL: QT_TRANSLATE_NOOP("readable", "Left and right"),
    PracticeKind.ORIENTING: QT_TRANSLATE_NOOP("readable", "Look around"),
    PracticeKind.WEIGHTED_CONTACT: QT_TRANSLATE_NOOP("readable", "Weight and warmth"),
}

# English here (the command line shows them so); the document translates them in context
# "readable".
PLAN_TITLES: dict[PlanPractice, str] = {
    **{PlanPractice(kind.value): title for kind, title in PRACTICE_TITLES.items()},
    PlanPractice.PAUSE: QT_TRANSLATE_NOOP("readable", "The 20-minute pause"),
    PlanPractice.DIALOGUE: QT_TRANSLATE_NOOP("readable", "A dialogue with a young part"),
    PlanPractice.TRIGGER_LOG: QT_TRANSLATE_NOOP("readable", "Logging each activation"),
}

PLAN_ENDINGS = {
    PlanOutcome.KEPT_GOING: QT_TRANSLATE_NOOP(
        "readable", "Ended on %1: kept going with two more weeks"
    ),
    PlanOutcome.SWITCHED: QT_TRANSLATE_NOOP(
        "readable", "Ended on %1: switched to another practice"
    ),
    PlanOutcome.STOPPED: QT_TRANSLATE_NOOP("readable", "Ended on %1: stopped here"),
}

# The texts with a count (%n): ReadableWords.count says them with the language's plural forms.
ACTIVATION_COUNT = "%n activations, newest first."
DAY_COUNT = "%n days"
DAY_HOUR_COUNT = "%n days %1 h"
_ENGLISH_ONE = {
    ACTIVATION_COUNT: "%n activation, newest first.",
    DAY_COUNT: "%n day",
    DAY_HOUR_COUNT: "%n day %1 h",
}


_PLACE = re.compile(r"%([1-9][0-9]?)")


def _filled(found: re.Match[str], values: Sequence[str]) -> str:
    number = int(found.group(1))
    return values[number - 1] if number <= len(values) else found.group()


def _as_written(text: str) -> str:
    return text


def _english_count(text: str, count: int) -> str:
    return (_ENGLISH_ONE[text] if count == 1 else text).replace("%n", str(count))


def _english_moment(local: datetime) -> str:
    return f"{local:%A} {local.day} {local:%B %Y, %H:%M}"


def _english_list(items: Sequence[str]) -> str:
    return ", ".join(items)


@dataclass(frozen=True, slots=True)
class ReadableWords:
    """How the document says things; the defaults write English without Qt."""

    text: Callable[[str], str] = _as_written  # a text marked QT_TRANSLATE_NOOP("readable", …)
    count: Callable[[str, int], str] = _english_count  # one of the *_COUNT texts, with n
    moment: Callable[[datetime], str] = _english_moment  # an aware time, already local
    day: Callable[[date], str] = date.isoformat
    listed: Callable[[Sequence[str]], str] = _english_list
    category: Callable[[str], str] = _as_written  # a trigger category's name as shown
    language: str = "en"  # for the HTML lang attribute

    def say(self, text: str, *values: str) -> str:
        """A marked text in the language, its %1, %2 … filled with values."""
        # One pass: a value holding "%2" (a name can) is never filled in again.
        return _PLACE.sub(lambda found: _filled(found, values), self.text(text))


ENGLISH = ReadableWords()


def moment_text(
    moment: datetime, zone: tzinfo | None = None, words: ReadableWords = ENGLISH
) -> str:
    """'Monday 23 November 2026, 22:40' in the given zone (the computer's own by default)."""
    return words.moment(moment.astimezone(zone))


def duration_text(length: timedelta, words: ReadableWords = ENGLISH) -> str:
    """'1 h 30 min', '45 min', '2 days 3 h': as long as it took, to the minute."""
    minutes = max(0, int(length.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        if hours:
            return words.count(DAY_HOUR_COUNT, days).replace("%1", str(hours))
        return words.count(DAY_COUNT, days)
    if hours and minutes:
        return words.say(QT_TRANSLATE_NOOP("readable", "%1 h %2 min"), str(hours), str(minutes))
    if hours:
        return words.say(QT_TRANSLATE_NOOP("readable", "%1 h"), str(hours))
    return words.say(QT_TRANSLATE_NOOP("readable", "%1 min"), str(minutes))


def urge_text(urge: UrgeRecord, words: ReadableWords = ENGLISH) -> str:
    """What happened to the urge, in a short sentence."""
    if urge.outcome is UrgeOutcome.AT_ONCE:
        return words.say(QT_TRANSLATE_NOOP("readable", "Acted on the urge at once"))
    if urge.outcome is UrgeOutcome.NOT_ACTED:
        return words.say(QT_TRANSLATE_NOOP("readable", "Did not act on the urge"))
    if urge.pause_seconds is None:
        return words.say(QT_TRANSLATE_NOOP("readable", "Acted on the urge after a pause"))
    pause = duration_text(timedelta(seconds=urge.pause_seconds), words)
    return words.say(QT_TRANSLATE_NOOP("readable", "Acted on the urge after a pause of %1"), pause)
