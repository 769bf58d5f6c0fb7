"""The session's pause calls: what each announces, and the export/import round trip."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from support import PASSPHRASE, FakeClock, copy_vault

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.pause import PauseMachine, PausePhase, PausePreferences
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.services.session import Session


def test_saving_announces_pauses_and_checkpoints_announce_nothing(
    qtbot: QtBot, session: Session
) -> None:
    clock = FakeClock()
    run = PauseMachine.open(clock)
    with qtbot.wait_signal(session.changes.data_changed) as changed:
        stored = session.pause.save(run.record)
    assert changed.args == [Change.PAUSE]
    run.start_timer("named")
    with qtbot.assert_not_emitted(session.changes.data_changed):
        session.pause.save(run.record, stored.id, announce=False)
    assert session.pause.current() is not None


def test_finishing_a_linked_run_announces_the_episode_too(qtbot: QtBot, session: Session) -> None:
    clock = FakeClock()
    episode = session.journal.log(
        ActivationInput(
            trigger="a short reply", intensity=7, started_at=utc_now() - timedelta(minutes=1)
        )
    )
    run = PauseMachine.open(clock, minutes=5, activation_id=episode.id)
    run.start_timer("named")
    stored = session.pause.save(run.record)
    clock.advance(300)
    run.tick()
    run.reassess(3, urge_remains=False)
    with qtbot.wait_signal(session.changes.data_changed) as changed:
        session.pause.finish(stored.id, run.record)
    assert changed.args == [Change.PAUSE | Change.ACTIVATION]
    assert session.pause.completed_count() == 1
    assert session.pause.urge_outcome(episode.id) == UrgeRecord(UrgeOutcome.NOT_ACTED)
    assert session.journal.get(episode.id).content.settled_at is not None


def test_pause_open_follows_a_run_from_start_to_finish(session: Session) -> None:
    clock = FakeClock()
    assert session.pause.is_open() is False
    run = PauseMachine.open(clock, minutes=5)
    run.start_timer("named")
    stored = session.pause.save(run.record)
    assert session.pause.is_open() is True
    clock.advance(300)
    run.tick()
    run.reassess(3, urge_remains=False)
    session.pause.finish(stored.id, run.record)
    assert session.pause.is_open() is False
    assert session.pause.current() is None


def test_export_and_import_carry_runs_outcomes_and_words(
    session: Session, tmp_path: Path, vault_template: Path
) -> None:
    clock = FakeClock()
    episode = session.journal.log(
        ActivationInput(trigger="left on read", intensity=6, started_at=utc_now())
    )
    session.pause.set_urge_outcome(episode.id, UrgeRecord(UrgeOutcome.AFTER_PAUSE, 900))
    run = PauseMachine.open(clock)
    run.abandon()
    session.pause.save(run.record)
    session.pause.save_preferences(PausePreferences("my words", ("sketching",), 15))
    export = tmp_path / "out.json"
    session.exchange.export_json(export)

    other_path = copy_vault(vault_template, tmp_path / "other" / "healer.vault")
    other = Session.unlock(other_path, PASSPHRASE)
    try:
        first = other.exchange.import_json(export.read_bytes())
        assert first.pauses_added == 1
        assert other.exchange.import_json(export.read_bytes()).pauses_added == 0
        assert [r.record.phase for r in other.pause.runs()] == [PausePhase.ABANDONED]
        (imported,) = other.journal.find()
        assert other.pause.urge_outcome(imported.id) == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 900)
        assert other.pause.preferences() == PausePreferences("my words", ("sketching",), 15)
    finally:
        other.lock()
