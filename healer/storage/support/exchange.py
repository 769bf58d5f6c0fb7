"""Saved self-checks and the therapist questions in the JSON export, and back in by uid."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored
from healer.domain.support import INDICATORS, Answer, Question, QuestionInput, SelfCheck
from healer.domain.support import SelfCheckInput as CheckInput
from healer.storage.import_fields import (
    add_missing,
    checked,
    read_choice,
    read_moment,
    read_object,
    read_records,
    read_uid,
    read_value,
)
from healer.storage.sqlcipher import Connection
from healer.storage.support.questions import QuestionRepository
from healer.storage.support.self_checks import SelfCheckRepository

CHECKS_KEY = "self_checks"
QUESTIONS_KEY = "therapist_questions"


def self_check_record(check: SelfCheck) -> dict[str, Any]:
    """One saved check as a JSON object: its time and an answer per indicator."""
    return {
        "uid": check.uid,
        "taken_at": format_stored(check.content.taken_at),
        "answers": {i.value: check.content.answers[i].value for i in INDICATORS},
        "created_at": format_stored(check.created_at),
    }


def question_record(question: Question) -> dict[str, Any]:
    """One question as a JSON object (its place is its order in the list)."""
    content = question.content
    return {
        "uid": question.uid,
        "text": content.text,
        "asked": content.asked,
        "in_summary": content.in_summary,
    }


def support_document(
    checks: Sequence[SelfCheck], questions: Sequence[Question]
) -> dict[str, object]:
    """The top-level keys of the export for self-checks and questions."""
    return {
        CHECKS_KEY: [self_check_record(check) for check in checks],
        QUESTIONS_KEY: [question_record(question) for question in questions],
    }


@dataclass(frozen=True, slots=True)
class ParsedCheck:
    """A saved check from a file, checked."""

    uid: str
    content: CheckInput
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class ParsedQuestion:
    """A question from a file, checked."""

    uid: str
    content: QuestionInput


def _parse_check(record: dict[str, Any], where: str) -> ParsedCheck:
    uid = read_uid(record, "uid", where, True)
    taken_at = read_moment(record, "taken_at", where, True)
    assert taken_at is not None
    answers_where = f"{where}.answers"
    answers = read_object(record.get("answers"), answers_where)
    content = CheckInput(
        taken_at,
        {
            indicator: read_choice(answers, indicator.value, answers_where, Answer)
            for indicator in INDICATORS
        },
    )
    return ParsedCheck(
        uid, checked(content, where), read_moment(record, "created_at", where, False)
    )


def _parse_question(record: dict[str, Any], where: str) -> ParsedQuestion:
    content = QuestionInput(
        read_value(record, "text", where, str, True),
        bool(read_value(record, "asked", where, bool, False)),
        read_value(record, "in_summary", where, bool, False) is not False,
    )
    return ParsedQuestion(read_uid(record, "uid", where, True), checked(content, where))


def parse_checks(records: Any) -> Iterator[ParsedCheck]:
    """Validate the export's self-check list as it is read (absent in older files)."""
    return read_records(records, CHECKS_KEY, _parse_check, lambda item: item.uid)


def parse_questions(records: Any) -> Iterator[ParsedQuestion]:
    """Validate the export's question list as it is read (absent in older files)."""
    return read_records(records, QUESTIONS_KEY, _parse_question, lambda item: item.uid)


def insert_support(
    connection: Connection,
    checks: Iterable[ParsedCheck],
    questions: Iterable[ParsedQuestion],
    *,
    check_uids: set[str],
    question_uids: set[str],
) -> tuple[int, int]:
    """Inside the import transaction: add what is new; returns (added, already present).

    Imported questions go after the vault's own, in the file's order.
    """
    checks_added, checks_present = add_missing(
        checks,
        lambda item: item.uid,
        check_uids,
        lambda item: _insert_check(connection, item),
    )
    questions_added, questions_present = add_missing(
        questions,
        lambda item: item.uid,
        question_uids,
        lambda item: _insert_question(connection, item),
    )
    return checks_added + questions_added, checks_present + questions_present


def _insert_check(connection: Connection, item: ParsedCheck) -> None:
    SelfCheckRepository.insert(connection, item.content, uid=item.uid, created_at=item.created_at)


def _insert_question(connection: Connection, item: ParsedQuestion) -> None:
    QuestionRepository.insert(connection, item.content, uid=item.uid)
