"""The session's pause calls: what each announces, and the export/import round trip."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from support import PASSPHRASE, FakeClock, copy_vault

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.pause import PauseMachine, PausePhase, PausePreferences
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.services.session import Session


def test_saving_announces_pauses_and_checkpoints_announce_nothing(
    qtbot: QtBot, session: Session
) -> None:
    clock = FakeClock()
    run = PauseMachine.open(clock)
    with qtbot.wait_signal(session.data_changed) as changed:
        stored = session.save_pause(run.record)
    assert changed.args == [frozenset({"pause"})]
    run.start_timer("named")
    with qtbot.assert_not_emitted(session.data_changed):
        session.save_pause(run.record, stored.id, announce=False)
    assert session.current_pause() is not None


def test_finishing_a_linked_run_announces_the_episode_too(qtbot: QtBot, session: Session) -> None:
    clock = FakeClock()
    episode = session.log_activation(
        ActivationInput(
            trigger="a short reply", intensity=7, started_at=utc_now() - timedelta(minutes=1)
        )
    )
    run = PauseMachine.open(clock, minutes=5, activation_id=episode.id)
    run.start_timer("named")
    stored = session.save_pause(run.record)
    clock.advance(300)
    run.tick()
    run.reassess(3, urge_remains=False)
    with qtbot.wait_signal(session.data_changed) as changed:
        session.finish_pause(stored.id, run.record)
    assert changed.args == [frozenset({"pause", "activation"})]
    assert session.completed_pause_count() == 1
    assert session.urge_outcome(episode.id) == UrgeRecord(UrgeOutcome.NOT_ACTED)
    assert session.activation(episode.id).content.settled_at is not None


def test_pause_open_follows_a_run_from_start_to_finish(session: Session) -> None:
    clock = FakeClock()
    assert session.pause_open() is False
    run = PauseMachine.open(clock, minutes=5)
    run.start_timer("named")
    stored = session.save_pause(run.record)
    assert session.pause_open() is True
    clock.advance(300)
    run.tick()
    run.reassess(3, urge_remains=False)
    session.finish_pause(stored.id, run.record)
    assert session.pause_open() is False
    assert session.current_pause() is None


def test_export_and_import_carry_runs_outcomes_and_words(
    session: Session, tmp_path: Path, vault_template: Path
) -> None:
    clock = FakeClock()
    episode = session.log_activation(
        ActivationInput(trigger="left on read", intensity=6, started_at=utc_now())
    )
    session.set_urge_outcome(episode.id, UrgeRecord(UrgeOutcome.AFTER_PAUSE, 900))
    run = PauseMachine.open(clock)
    run.abandon()
    session.save_pause(run.record)
    session.save_pause_preferences(PausePreferences("my words", ("sketching",), 15))
    export = tmp_path / "out.json"
    session.export_json(export)

    other_path = copy_vault(vault_template, tmp_path / "other" / "healer.vault")
    other = Session.unlock(other_path, PASSPHRASE)
    try:
        first = other.import_json(export.read_bytes())
        assert first.pauses_added == 1
        assert other.import_json(export.read_bytes()).pauses_added == 0
        assert [r.record.phase for r in other.pauses()] == [PausePhase.ABANDONED]
        (imported,) = other.activations()
        assert other.urge_outcome(imported.id) == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 900)
        assert other.pause_preferences() == PausePreferences("my words", ("sketching",), 15)
    finally:
        other.lock()
