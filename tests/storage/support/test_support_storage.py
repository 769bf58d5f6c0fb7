"""Saved self-checks and therapist questions in real vaults: migration, order, exchange."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support import PASSPHRASE

from healer.domain.activation import ActivationQuery
from healer.domain.errors import ValidationError
from healer.domain.support import INDICATORS, Answer, Indicator, QuestionInput, SelfCheckInput
from healer.storage import exchange, migrations, sqlcipher
from healer.storage.errors import ImportFormatError, NotFoundError
from healer.storage.files import create_empty_private_file
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.support.exchange import support_document
from healer.storage.support.questions import QuestionRepository
from healer.storage.support.self_checks import SelfCheckRepository
from healer.storage.vault import Vault

WHEN = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
_NOW = "2026-11-01T08:00:00Z"


@contextmanager
def keyed_connection(path: Path) -> Iterator[sqlcipher.Connection]:
    connection = sqlcipher.open_connection(path)
    try:
        sqlcipher.apply_key(connection, PASSPHRASE)
        sqlcipher.read_first_page(connection)
        yield connection
    finally:
        connection.close()


def _check(answer: Answer, when: datetime = WHEN) -> SelfCheckInput:
    return SelfCheckInput(when, dict.fromkeys(INDICATORS, answer))


@pytest.fixture(name="v7_path")
def v7_path_fixture(tmp_path: Path) -> Path:
    """A vault stopped at schema 7 (before this feature), holding one entry."""
    path = tmp_path / "vaultdir" / "healer.vault"
    path.parent.mkdir(parents=True, mode=0o700)
    create_empty_private_file(path)
    with keyed_connection(path) as connection:
        sqlcipher.apply_session_pragmas(connection)
        assert migrations.migrate(connection, target=7) == [1, 2, 3, 4, 5, 6, 7]
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO activation (uid, started_at, intensity, trigger_text, created_at,"
            " updated_at) VALUES ('uid-1', ?, 6, 'no reply all evening', ?, ?)",
            (_NOW, _NOW, _NOW),
        )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_a_schema_7_vault_gains_the_support_tables_and_keeps_its_entry(v7_path: Path) -> None:
    with keyed_connection(v7_path) as connection:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_schema WHERE type='table'")
        }
        assert "self_check" not in tables
    vault = Vault.open(v7_path, PASSPHRASE)
    try:
        assert migrations.schema_version(vault.connection) == migrations.LATEST_VERSION
        entries = ActivationRepository(vault).find(ActivationQuery())
        assert [entry.content.trigger for entry in entries] == ["no reply all evening"]
        saved = SelfCheckRepository(vault).add(_check(Answer.SOMETIMES))
        assert SelfCheckRepository(vault).all() == [saved]
        assert QuestionRepository(vault).add(QuestionInput("Do you work with the body?")).id
    finally:
        vault.close()


def test_the_support_step_needs_no_other_new_step(tmp_path: Path) -> None:
    # It points at no table of its own era, so the lead may renumber it freely.
    step = next(m for m in migrations.MIGRATIONS if m.apply.__name__ == "create_support_tables")
    path = tmp_path / "plain.db"
    create_empty_private_file(path)
    connection = sqlcipher.open_connection(path)
    try:
        connection.execute("BEGIN")
        step.apply(connection)
        connection.execute("COMMIT")
        count = connection.execute("SELECT count(*) FROM self_check").fetchone()[0]
        assert count == 0
    finally:
        connection.close()


def test_self_checks_keep_every_answer_and_come_oldest_first(vault: Vault) -> None:
    checks = SelfCheckRepository(vault)
    later = checks.add(_check(Answer.OFTEN, datetime(2026, 12, 1, tzinfo=UTC)))
    mixed = dict.fromkeys(INDICATORS, Answer.NOT_REALLY) | {Indicator.CHILDHOOD: Answer.OFTEN}
    earlier = checks.add(SelfCheckInput(WHEN, mixed))
    assert [c.id for c in checks.all()] == [earlier.id, later.id]
    assert checks.get(earlier.id).content.answers[Indicator.CHILDHOOD] is Answer.OFTEN
    assert checks.get(earlier.id).content.taken_at == WHEN
    checks.delete(earlier.id)
    with pytest.raises(NotFoundError):
        checks.get(earlier.id)
    with pytest.raises(ValidationError):
        checks.add(SelfCheckInput(WHEN, {Indicator.CHILDHOOD: Answer.OFTEN}))


def test_the_database_refuses_an_answer_it_does_not_know(vault: Vault) -> None:
    with pytest.raises(sqlcipher.IntegrityError), vault.transaction() as connection:
        connection.execute(
            "INSERT INTO self_check (uid, taken_at, daily_life, trauma_signs, repeated_hurt,"
            " deepest_layer, childhood, created_at)"
            " VALUES ('x', ?, 'always', 'often', 'often', 'often', 'often', ?)",
            (_NOW, _NOW),
        )


def test_questions_keep_the_persons_order_ticks_and_choices(vault: Vault) -> None:
    questions = QuestionRepository(vault)
    first = questions.add(QuestionInput("Do you work with attachment?"))
    second = questions.add(QuestionInput("Do you work with the body?"))
    third = questions.add(QuestionInput("What if talking alone has not helped?"))
    questions.move(third.id, -1)
    assert [q.id for q in questions.all()] == [first.id, third.id, second.id]
    questions.move(first.id, -1)  # already first: nothing moves
    assert [q.id for q in questions.all()] == [first.id, third.id, second.id]
    updated = questions.update(second.id, QuestionInput("Do you work with the body?", True, False))
    assert updated.content.asked
    assert not updated.content.in_summary
    questions.delete(first.id)
    assert [q.id for q in questions.all()] == [third.id, second.id]
    with pytest.raises(ValidationError):
        questions.update(second.id, QuestionInput("  "))
    with pytest.raises(NotFoundError):
        questions.update(first.id, QuestionInput("gone"))


def _export(vault: Vault) -> dict[str, object]:
    data = exchange.export_json(
        ActivationRepository(vault).find(ActivationQuery()),
        CategoryRepository(vault).all(),
        extra=support_document(SelfCheckRepository(vault).all(), QuestionRepository(vault).all()),
    )
    return dict(json.loads(data))


def test_export_and_import_round_trip_once(vault: Vault, tmp_path: Path) -> None:
    SelfCheckRepository(vault).add(_check(Answer.SOMETIMES))
    QuestionRepository(vault).add(QuestionInput("How do you work with a young part?", True))
    document = _export(vault)
    assert document["self_checks"][0]["answers"]["childhood"] == "sometimes"  # type: ignore[index]
    other = Vault.create(tmp_path / "other" / "healer.vault", PASSPHRASE)
    try:
        data = json.dumps(document).encode()
        first = exchange.import_json(other, data)
        assert (first.support_added, first.support_present) == (2, 0)
        again = exchange.import_json(other, data)
        assert (again.support_added, again.support_present) == (0, 2)
        assert SelfCheckRepository(other).all()[0].content == _check(Answer.SOMETIMES)
        assert QuestionRepository(other).all()[0].content.asked
    finally:
        other.close()


def test_import_names_a_bad_answer(vault: Vault) -> None:
    SelfCheckRepository(vault).add(_check(Answer.OFTEN))
    document = _export(vault)
    document["self_checks"][0]["answers"]["childhood"] = "always"  # type: ignore[index]
    document["self_checks"][0]["uid"] = "another"  # type: ignore[index]
    with pytest.raises(ImportFormatError, match=r"self_checks\[0\]\.answers\.childhood"):
        exchange.import_json(vault, json.dumps(document).encode())
    assert len(SelfCheckRepository(vault).all()) == 1
