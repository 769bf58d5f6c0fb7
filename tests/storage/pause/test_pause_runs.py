"""Pauses and urge outcomes in the vault: migration, round trip, export and import."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support import FakeClock

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.pause import PauseMachine, PausePhase, PausePreferences
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.storage import exchange, migrations
from healer.storage.errors import ImportFormatError, NotFoundError
from healer.storage.journal.activations import ActivationRepository
from healer.storage.pause import exchange as pause_exchange
from healer.storage.pause.repository import PauseRepository, UrgeOutcomes
from healer.storage.vault import Vault

T0 = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)


def _activation(vault: Vault, trigger: str = "no reply since noon") -> int:
    return (
        ActivationRepository(vault)
        .add(ActivationInput(trigger=trigger, intensity=8, started_at=T0 - timedelta(minutes=5)))
        .id
    )


def test_the_migration_adds_the_tables_and_the_urge_columns(vault: Vault) -> None:
    connection = vault.connection
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
    assert {"soothing_run", "soothing_preference"} <= tables
    columns = {row[1] for row in connection.execute("PRAGMA table_info(activation)")}
    assert {"urge_outcome", "urge_pause_seconds"} <= columns
    versions = [step.version for step in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    assert any(step.apply.__name__ == "create_pause_tables" for step in migrations.MIGRATIONS)


def test_a_running_run_round_trips_and_resumes(vault: Vault) -> None:
    repo = PauseRepository(vault)
    clock = FakeClock(wall=T0)
    activation_id = _activation(vault)
    run = PauseMachine.open(clock, minutes=15, intensity_before=8, activation_id=activation_id)
    run.start_timer("My alarm is loud; the situation may be fine.")
    clock.advance(120)
    saved = repo.save(run.record)
    assert repo.current() == saved
    assert saved.record.phase is PausePhase.WAITING
    assert saved.record.activation_id == activation_id

    clock.mono = 0.0  # a restart: new monotonic origin
    clock.wall += timedelta(seconds=60)
    restored = PauseMachine(repo.get(saved.id).record, clock)
    assert restored.elapsed() == pytest.approx(180)
    assert restored.record.naming_statement == "My alarm is loud; the situation may be fine."


def test_finishing_writes_the_urge_onto_the_episode_and_settles_it(vault: Vault) -> None:
    repo = PauseRepository(vault)
    clock = FakeClock(wall=T0)
    activation_id = _activation(vault)
    run = PauseMachine.open(clock, minutes=5, activation_id=activation_id)
    run.start_timer("named")
    stored = repo.save(run.record)
    clock.advance(300)
    run.tick()
    run.reassess(4, urge_remains=True)
    run.write_need("Could we talk after dinner?")
    run.complete(UrgeOutcome.AFTER_PAUSE)
    finished = repo.finish_and_settle(stored.id, run.record)
    assert repo.current() is None
    assert finished.record.urge == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 300)
    assert UrgeOutcomes(vault).get(activation_id) == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 300)
    episode = ActivationRepository(vault).get(activation_id)
    assert episode.content.settled_at == T0 + timedelta(seconds=300)
    assert repo.completed_count() == 1


def test_an_abandoned_run_is_kept_but_not_counted(vault: Vault) -> None:
    repo = PauseRepository(vault)
    run = PauseMachine.open(FakeClock(wall=T0))
    run.abandon()
    repo.save(run.record)
    assert repo.completed_count() == 0
    assert [r.record.phase for r in repo.find()] == [PausePhase.ABANDONED]


def test_urge_outcomes_can_be_set_and_cleared(vault: Vault) -> None:
    urges = UrgeOutcomes(vault)
    activation_id = _activation(vault)
    assert urges.get(activation_id) is None
    urges.set(activation_id, UrgeRecord(UrgeOutcome.AT_ONCE))
    assert urges.all() == {activation_id: UrgeRecord(UrgeOutcome.AT_ONCE)}
    urges.set(activation_id, None)
    assert urges.get(activation_id) is None
    with pytest.raises(NotFoundError):
        urges.set(999, UrgeRecord(UrgeOutcome.AT_ONCE))


def test_preferences_stay_in_the_vault(vault: Vault) -> None:
    repo = PauseRepository(vault)
    assert repo.preferences() == PausePreferences()
    repo.save_preferences(PausePreferences("It is old fear, not now.", ("crossword",), 25))
    assert repo.preferences() == PausePreferences("It is old fear, not now.", ("crossword",), 25)
    repo.save_preferences(PausePreferences(None, (), 20))
    assert repo.preferences().naming_statement is None


def _export(vault: Vault) -> bytes:
    activations = ActivationRepository(vault).find(ActivationQuery())
    repo = PauseRepository(vault)
    extra = pause_exchange.pause_document(
        {a.id: a.uid for a in activations},
        repo.find(),
        UrgeOutcomes(vault).all(),
        repo.preferences(),
    )
    return exchange.export_json(activations, [], extra=extra)


def test_export_then_import_is_a_round_trip_and_idempotent(vault: Vault, tmp_path: Path) -> None:
    repo = PauseRepository(vault)
    clock = FakeClock(wall=T0)
    activation_id = _activation(vault)
    run = PauseMachine.open(clock, minutes=5, activation_id=activation_id)
    run.start_timer("named")
    clock.advance(300)
    run.tick()
    run.reassess(2, urge_remains=False)
    repo.save(run.record)
    assert UrgeOutcomes(vault).get(activation_id) == UrgeRecord(UrgeOutcome.NOT_ACTED)
    # The person later corrects the episode in the log form: the episode keeps that.
    UrgeOutcomes(vault).set(activation_id, UrgeRecord(UrgeOutcome.AFTER_PAUSE, 1500))
    open_run = PauseMachine.open(clock)
    open_run.start_timer("still running elsewhere")
    repo.save(open_run.record)
    repo.save_preferences(PausePreferences("named my way", ("knitting",), 30))
    data = _export(vault)
    document = json.loads(data)
    assert len(document["soothing_runs"]) == 2
    assert document["urge_outcomes"][0]["outcome"] == "after-pause"

    other = Vault.create(tmp_path / "other.vault", "another long passphrase here")
    try:
        first = exchange.import_json(other, data)
        assert (first.pauses_added, first.pauses_present) == (2, 0)
        second = exchange.import_json(other, data)
        assert (second.pauses_added, second.pauses_present) == (0, 2)
        other_repo = PauseRepository(other)
        runs = other_repo.find()
        assert len(runs) == 2
        assert other_repo.current() is None  # an imported open run never starts a timer
        finished = next(r for r in runs if r.record.phase is PausePhase.FINISHED)
        assert finished.record.urge == UrgeRecord(UrgeOutcome.NOT_ACTED)
        linked = finished.record.activation_id
        assert linked is not None
        assert UrgeOutcomes(other).get(linked) == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 1500)
        assert other_repo.preferences() == PausePreferences("named my way", ("knitting",), 30)
    finally:
        other.close()


def test_an_old_export_without_pause_keys_still_imports(vault: Vault) -> None:
    old = {
        "format": "healer-export",
        "schema_version": 1,
        "activations": [
            {"uid": "a-1", "started_at": "2026-01-01T10:00:00Z", "intensity": 5, "trigger": "x"}
        ],
    }
    result = exchange.import_json(vault, json.dumps(old).encode())
    assert result.added == 1
    assert result.pauses_added == 0


def test_a_broken_run_record_is_refused_with_its_place(vault: Vault) -> None:
    bad = {
        "format": "healer-export",
        "schema_version": 1,
        "activations": [],
        "soothing_runs": [{"uid": "r", "phase": "dancing", "planned_seconds": 600}],
    }
    with pytest.raises(ImportFormatError, match=r"soothing_runs\[0\]\.phase"):
        exchange.import_json(vault, json.dumps(bad).encode())
    assert PauseRepository(vault).find() == []
