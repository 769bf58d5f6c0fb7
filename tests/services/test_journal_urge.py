"""The urge outcome travels with its entry: log, update, restore and import each write it in
the entry's own transaction, announced once."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.services.session import Session
from healer.storage.vault import Vault

PAUSED = UrgeRecord(UrgeOutcome.AFTER_PAUSE, 1200)


class CountingConnection:
    """Stands in for the vault's connection and records every statement the app issues."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self.statements: list[str] = []

    def execute(self, sql: str, *args: Any) -> Any:
        self.statements.append(" ".join(sql.split()))
        return self._connection.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        self.statements.append(" ".join(sql.split()))
        return self._connection.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def commits(self) -> int:
        return sum(statement.split()[0] == "COMMIT" for statement in self.statements)

    def separate_urge_writes(self) -> list[str]:
        return [s for s in self.statements if s.startswith("UPDATE activation SET urge_outcome")]


def _count(session: Session) -> Iterator[CountingConnection]:
    vault: Vault = session._vault
    real = vault._connection
    counting = CountingConnection(real)
    vault._connection = counting  # type: ignore[assignment]
    yield counting
    vault._connection = real


@pytest.fixture
def counted(session: Session) -> Iterator[CountingConnection]:
    yield from _count(session)


@pytest.fixture
def announced(session: Session) -> list[Change]:
    seen: list[Change] = []
    session.changes.data_changed.connect(seen.append)
    return seen


def _entry(urge: UrgeRecord | None = PAUSED) -> ActivationInput:
    return ActivationInput(
        trigger="no reply all evening", intensity=7, started_at=utc_now(), urge_outcome=urge
    )


def test_log_writes_the_outcome_in_one_commit_and_one_signal(
    session: Session, counted: CountingConnection, announced: list[Change]
) -> None:
    activation = session.journal.log(_entry())
    assert activation.content.urge_outcome == PAUSED
    assert counted.commits() == 1
    assert counted.separate_urge_writes() == []
    assert announced == [Change.ACTIVATION]
    assert session.pause.urge_outcome(activation.id) == PAUSED


def test_update_changes_and_clears_the_outcome_in_one_commit(
    session: Session, counted: CountingConnection, announced: list[Change]
) -> None:
    activation = session.journal.log(_entry(None))
    counted.statements.clear()
    announced.clear()
    not_acted = UrgeRecord(UrgeOutcome.NOT_ACTED)
    updated = session.journal.update(activation.id, _entry(not_acted))
    assert updated.content.urge_outcome == not_acted
    assert counted.commits() == 1
    assert counted.separate_urge_writes() == []
    assert announced == [Change.ACTIVATION]
    cleared = session.journal.update(activation.id, _entry(None))
    assert cleared.content.urge_outcome is None
    assert session.pause.urge_outcome(activation.id) is None


def test_settling_keeps_the_outcome(session: Session) -> None:
    activation = session.journal.log(_entry())
    assert session.journal.settle(activation.id).content.urge_outcome == PAUSED


def test_restore_brings_the_outcome_back_in_the_same_commit(
    session: Session, counted: CountingConnection, announced: list[Change]
) -> None:
    activation = session.journal.get(session.journal.log(_entry()).id)
    links = session.journal.delete(activation.id)
    counted.statements.clear()
    announced.clear()
    restored = session.journal.restore(activation, links)
    assert restored.content.urge_outcome == PAUSED
    assert counted.commits() == 1
    assert counted.separate_urge_writes() == []
    assert announced == [Change.ACTIVATION]


def test_an_invalid_outcome_is_refused_with_the_entry(session: Session) -> None:
    from healer.domain.errors import ValidationError

    with pytest.raises(ValidationError) as raised:
        session.journal.log(_entry(UrgeRecord(UrgeOutcome.AT_ONCE, 60)))
    assert raised.value.field == "urge_pause_seconds"
    assert session.journal.count() == 0


def test_import_inserts_each_entry_with_its_outcome(
    session: Session, tmp_path: Path, vault_template: Path
) -> None:
    session.journal.log(_entry())
    export = tmp_path / "out.json"
    session.exchange.export_json(export)
    other_path = tmp_path / "other" / "healer.vault"
    other_path.parent.mkdir()
    shutil.copy2(vault_template, other_path)
    other = Session.unlock(other_path, PASSPHRASE)
    try:
        seen: list[Change] = []
        other.changes.data_changed.connect(seen.append)
        counting = _count(other)
        counted = next(counting)
        other.exchange.import_json(export.read_bytes())
        (imported,) = other.journal.find()
        assert imported.content.urge_outcome == PAUSED
        assert counted.commits() == 1
        assert counted.separate_urge_writes() == []
        assert len(seen) == 1
        assert Change.ACTIVATION in seen[0]
    finally:
        other.lock()
