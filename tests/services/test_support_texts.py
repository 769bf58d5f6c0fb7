"""The self-check's calm paragraph for every answer pattern: never a score, label or verdict."""

from __future__ import annotations

import itertools
import re

import pytest

from healer.domain.support import INDICATORS, Answer, reflect
from healer.services.support_texts import reflection_text, short_label

PATTERNS = list(itertools.product(Answer, repeat=len(INDICATORS)))
NEVER = re.compile(r"\d|score|diagnos|disorder|level|severe|result|points", re.IGNORECASE)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: "-".join(a.value for a in p))
def test_the_paragraph_names_what_was_marked_and_nothing_else(pattern: tuple[Answer, ...]) -> None:
    answers = dict(zip(INDICATORS, pattern, strict=True))
    text = reflection_text(reflect(answers))
    assert not NEVER.search(text), text
    for indicator, answer in answers.items():
        named = short_label(indicator).lower() in text
        assert named == (answer is not Answer.NOT_REALLY)
    marked = any(answer is not Answer.NOT_REALLY for answer in pattern)
    assert ("reasons many people find it helpful" in text) == marked
    assert ("None of these feel true" in text) == (not marked)
    assert "Approaches" in text  # always points on to the approaches and the questions
