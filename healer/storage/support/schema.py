"""The tables for getting support: saved self-checks and the questions for a therapist."""

from __future__ import annotations

from healer.domain.support import INDICATORS, Answer
from healer.storage.sqlcipher import Connection

_ANSWERS = ", ".join(f"'{answer.value}'" for answer in Answer)


def create_support_tables(connection: Connection) -> None:
    """Migration body: self_check (one column per indicator) and therapist_question.

    Stands alone: it points at no other feature's table, so it can run in any order with
    steps added beside it.
    """
    answer_columns = ",\n".join(
        f"{indicator.value} TEXT NOT NULL CHECK ({indicator.value} IN ({_ANSWERS}))"
        for indicator in INDICATORS
    )
    connection.execute(
        f"""
        CREATE TABLE self_check (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            taken_at TEXT NOT NULL,
            {answer_columns},
            created_at TEXT NOT NULL
        )
        """
    )
    connection.execute("CREATE INDEX self_check_taken ON self_check (taken_at)")
    connection.execute(
        """
        CREATE TABLE therapist_question (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 500),
            asked INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1)),
            in_summary INTEGER NOT NULL DEFAULT 1 CHECK (in_summary IN (0, 1)),
            position INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    connection.execute("CREATE INDEX therapist_question_position ON therapist_question (position)")
