"""The session's protocol calls: what each announces, and the export/import round trip."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.soothing import Phase, SoothingPreferences, SoothingProtocol
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.services.session import Session


class Clock:
    def __init__(self) -> None:
        self.mono = 0.0
        self.wall = datetime.now(UTC).replace(microsecond=0)

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)


def test_saving_announces_soothing_and_checkpoints_announce_nothing(
    qtbot: QtBot, session: Session
) -> None:
    clock = Clock()
    run = SoothingProtocol.open(clock)
    with qtbot.wait_signal(session.data_changed) as changed:
        stored = session.save_soothing_run(run.record)
    assert changed.args == [frozenset({"soothing"})]
    run.start_timer("named")
    with qtbot.assert_not_emitted(session.data_changed):
        session.save_soothing_run(run.record, stored.id, announce=False)
    assert session.current_soothing_run() is not None


def test_finishing_a_linked_run_announces_the_episode_too(qtbot: QtBot, session: Session) -> None:
    clock = Clock()
    episode = session.log_activation(
        ActivationInput(
            trigger="a short reply", intensity=7, started_at=utc_now() - timedelta(minutes=1)
        )
    )
    run = SoothingProtocol.open(clock, minutes=5, activation_id=episode.id)
    run.start_timer("named")
    stored = session.save_soothing_run(run.record)
    clock.advance(300)
    run.tick()
    run.reassess(3, urge_remains=False)
    with qtbot.wait_signal(session.data_changed) as changed:
        session.finish_soothing_run(stored.id, run.record)
    assert changed.args == [frozenset({"soothing", "activation"})]
    assert session.completed_soothing_count() == 1
    assert session.urge_outcome(episode.id) == UrgeRecord(UrgeOutcome.NOT_ACTED)
    assert session.activation(episode.id).content.settled_at is not None


def test_soothing_run_open_follows_a_run_from_start_to_finish(session: Session) -> None:
    clock = Clock()
    assert session.soothing_run_open() is False
    run = SoothingProtocol.open(clock, minutes=5)
    run.start_timer("named")
    stored = session.save_soothing_run(run.record)
    assert session.soothing_run_open() is True
    clock.advance(300)
    run.tick()
    run.reassess(3, urge_remains=False)
    session.finish_soothing_run(stored.id, run.record)
    assert session.soothing_run_open() is False
    assert session.current_soothing_run() is None


def test_export_and_import_carry_runs_outcomes_and_words(
    session: Session, tmp_path: Path, vault_template: Path
) -> None:
    clock = Clock()
    episode = session.log_activation(
        ActivationInput(trigger="left on read", intensity=6, started_at=utc_now())
    )
    session.set_urge_outcome(episode.id, UrgeRecord(UrgeOutcome.AFTER_PAUSE, 900))
    run = SoothingProtocol.open(clock)
    run.abandon()
    session.save_soothing_run(run.record)
    session.save_soothing_preferences(SoothingPreferences("my words", ("sketching",), 15))
    export = tmp_path / "out.json"
    session.export_json(export)

    other_path = tmp_path / "other" / "healer.vault"
    other_path.parent.mkdir()
    shutil.copy2(vault_template, other_path)
    other = Session.unlock(other_path, PASSPHRASE)
    try:
        first = other.import_json(export.read_bytes())
        assert first.soothing_runs_added == 1
        assert other.import_json(export.read_bytes()).soothing_runs_added == 0
        assert [r.record.phase for r in other.soothing_runs()] == [Phase.ABANDONED]
        (imported,) = other.activations()
        assert other.urge_outcome(imported.id) == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 900)
        assert other.soothing_preferences() == SoothingPreferences("my words", ("sketching",), 15)
    finally:
        other.lock()
