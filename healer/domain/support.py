"""Getting support: the self-check's indicators and answers, its calm reflection, the questions."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from healer.domain.errors import ValidationError

MAX_QUESTION_CHARS = 500


class Indicator(enum.Enum):
    """The signs, from the roadmap's sixth step, that a therapist may help; asked in this order."""

    DAILY_LIFE = "daily_life"  # activation gets in the way of work, friendships, daily life
    TRAUMA_SIGNS = "trauma_signs"  # flashbacks, feeling numb or far away, shame spirals
    REPEATED_HURT = "repeated_hurt"  # partners who re-open the same hurt
    DEEPEST_LAYER = "deepest_layer"  # self-help helps, but not at the deepest layer
    CHILDHOOD = "childhood"  # neglect, harm or inconsistency when young


INDICATORS: tuple[Indicator, ...] = tuple(Indicator)


class Answer(enum.Enum):
    """How true an indicator feels lately; deliberately only three, and no numbers."""

    NOT_REALLY = "not_really"
    SOMETIMES = "sometimes"
    OFTEN = "often"


class Tone(enum.Enum):
    """Which of the calm paragraphs fits the answers; never a level or a score."""

    QUIET = "quiet"  # nothing marked beyond "not really"
    SOMETIMES = "sometimes"  # some marked "sometimes", none "often"
    OFTEN = "often"  # at least one marked "often"


@dataclass(frozen=True, slots=True)
class Reflection:
    """What the calm paragraph speaks of: the tone and which indicators to name, in order."""

    tone: Tone
    often: tuple[Indicator, ...]
    sometimes: tuple[Indicator, ...]
    # Trauma signs or a hard childhood marked at all: the paragraph mentions, gently, that
    # approaches working with the body and with trauma exist (the section below).
    trauma_informed: bool


def reflect(answers: Mapping[Indicator, Answer]) -> Reflection:
    """The rules behind the paragraph: name what was marked, most present first, never rank it."""
    often = tuple(i for i in INDICATORS if answers.get(i) is Answer.OFTEN)
    sometimes = tuple(i for i in INDICATORS if answers.get(i) is Answer.SOMETIMES)
    tone = Tone.OFTEN if often else Tone.SOMETIMES if sometimes else Tone.QUIET
    marked = set(often) | set(sometimes)
    trauma = bool(marked & {Indicator.TRAUMA_SIGNS, Indicator.CHILDHOOD})
    return Reflection(tone, often, sometimes, trauma)


@dataclass(frozen=True, slots=True)
class SelfCheckInput:
    """One sitting of the self-check: an answer for every indicator and when it was taken."""

    taken_at: datetime
    answers: Mapping[Indicator, Answer]

    def validated(self) -> SelfCheckInput:
        """The same check; raises ValidationError when an answer is missing or the time naive."""
        if self.taken_at.tzinfo is None:
            raise ValidationError("taken_at", "needs a time zone")
        missing = [i.value for i in INDICATORS if i not in self.answers]
        if missing:
            raise ValidationError(
                "answers", "every question needs an answer: " + ", ".join(missing)
            )
        for indicator, answer in self.answers.items():
            if not isinstance(indicator, Indicator) or not isinstance(answer, Answer):
                raise ValidationError("answers", "an unknown question or answer")
        return SelfCheckInput(self.taken_at, {i: self.answers[i] for i in INDICATORS})


@dataclass(frozen=True, slots=True)
class SelfCheck:
    """A saved self-check."""

    id: int
    uid: str
    content: SelfCheckInput
    created_at: datetime

    @property
    def reflection(self) -> Reflection:
        """The calm paragraph's rules applied to these answers."""
        return reflect(self.content.answers)


@dataclass(frozen=True, slots=True)
class AnswerChange:
    """One indicator across two saved checks, oldest first; `moved` is False when alike."""

    indicator: Indicator
    before: Answer
    after: Answer

    @property
    def moved(self) -> bool:
        """True when the answer differs."""
        return self.before is not self.after


def compare(earlier: SelfCheck, later: SelfCheck) -> tuple[AnswerChange, ...]:
    """Each indicator's answer then and now, in the order asked (no totals, no verdict)."""
    before, after = earlier.content.answers, later.content.answers
    return tuple(AnswerChange(i, before[i], after[i]) for i in INDICATORS)


@dataclass(frozen=True, slots=True)
class QuestionInput:
    """A question to ask a therapist: its words, ticked once asked, and whether it goes in."""

    text: str
    asked: bool = False
    in_summary: bool = True

    def validated(self) -> QuestionInput:
        """Trimmed words; raises ValidationError when empty or too long."""
        text = " ".join(self.text.split())
        if not text:
            raise ValidationError("text", "a question needs some words")
        if len(text) > MAX_QUESTION_CHARS:
            raise ValidationError("text", f"at most {MAX_QUESTION_CHARS} characters")
        return QuestionInput(text, bool(self.asked), bool(self.in_summary))


@dataclass(frozen=True, slots=True)
class Question:
    """A stored question, in the person's own order."""

    id: int
    uid: str
    content: QuestionInput
    position: int


def summary_questions(questions: Sequence[Question]) -> tuple[Question, ...]:
    """The questions the person chose to bring, in their order."""
    return tuple(q for q in sorted(questions, key=lambda q: q.position) if q.content.in_summary)
