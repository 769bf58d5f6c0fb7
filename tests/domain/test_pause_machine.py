"""The 20-minute pause as a pure state machine: every step, pause, restore and clock jumps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from support import FakeClock

from healer.domain.errors import ValidationError
from healer.domain.pause import (
    DEFAULT_MINUTES,
    PauseMachine,
    PausePhase,
    PausePreferences,
    PauseRecord,
    SystemClock,
    TransitionError,
    milestone_reached,
    planned_seconds_for,
)
from healer.domain.urge import UrgeOutcome, UrgeRecord

T0 = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall=T0)


def running(clock: FakeClock, minutes: int = DEFAULT_MINUTES) -> PauseMachine:
    run = PauseMachine.open(clock, minutes=minutes, intensity_before=8)
    run.start_timer("  This is my alarm, not the situation.  ")
    return run


def test_a_new_run_starts_at_naming_with_twenty_minutes(clock: FakeClock) -> None:
    run = PauseMachine.open(clock)
    assert run.phase is PausePhase.NAMING
    assert run.planned_seconds == 20 * 60
    assert run.elapsed() == 0
    assert run.record.started_at == T0


def test_the_length_is_clamped_to_five_to_sixty_minutes(clock: FakeClock) -> None:
    assert planned_seconds_for(1) == 300
    assert planned_seconds_for(90) == 3600
    run = PauseMachine.open(clock)
    run.set_minutes(35)
    assert run.planned_seconds == 35 * 60


def test_starting_the_timer_keeps_the_statement_and_counts_down(clock: FakeClock) -> None:
    run = running(clock)
    assert run.phase is PausePhase.WAITING
    assert run.record.naming_statement == "This is my alarm, not the situation."
    clock.advance(300)
    assert run.elapsed() == pytest.approx(300)
    assert run.remaining() == pytest.approx(900)
    assert not run.tick()


def test_the_timer_ends_in_reassess(clock: FakeClock) -> None:
    run = running(clock, minutes=5)
    clock.advance(299)
    assert not run.tick()
    clock.advance(5)
    assert run.tick()
    assert run.phase is PausePhase.REASSESS
    assert run.elapsed() == 300
    assert run.remaining() == 0
    assert not run.tick()  # only once


def test_pause_stops_the_count_and_resume_carries_on(clock: FakeClock) -> None:
    run = running(clock)
    clock.advance(120)
    run.pause()
    assert run.phase is PausePhase.PAUSED
    clock.advance(3600)
    assert run.elapsed() == pytest.approx(120)
    assert not run.tick()
    run.resume()
    clock.advance(30)
    assert run.elapsed() == pytest.approx(150)


def test_finish_early_keeps_the_waited_time(clock: FakeClock) -> None:
    run = running(clock)
    clock.advance(400)
    run.finish_early()
    assert run.phase is PausePhase.REASSESS
    assert run.record.finished_early
    assert run.elapsed() == pytest.approx(400)


def test_a_settled_urge_finishes_as_not_acted_on(clock: FakeClock) -> None:
    run = running(clock, minutes=5)
    clock.advance(300)
    run.tick()
    clock.advance(60)
    run.reassess(3, urge_remains=False)
    assert run.phase is PausePhase.FINISHED
    record = run.record
    assert record.intensity_after == 3
    assert record.urge == UrgeRecord(UrgeOutcome.NOT_ACTED)
    assert record.ended_at == T0 + timedelta(seconds=360)


def test_a_remaining_urge_leads_to_the_need_then_the_outcome(clock: FakeClock) -> None:
    run = running(clock, minutes=5)
    clock.advance(300)
    run.tick()
    run.reassess(5, urge_remains=True)
    assert run.phase is PausePhase.NEED
    run.write_need("I would like us to check in tonight.")
    run.complete(UrgeOutcome.AFTER_PAUSE)
    record = run.record
    assert record.phase is PausePhase.FINISHED
    assert record.need_draft == "I would like us to check in tonight."
    assert record.urge == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 300)


def test_acting_at_once_has_no_pause_length(clock: FakeClock) -> None:
    run = running(clock, minutes=5)
    run.finish_early()
    run.reassess(6, urge_remains=True)
    run.complete(UrgeOutcome.AT_ONCE, pause_seconds=99)
    assert run.record.urge == UrgeRecord(UrgeOutcome.AT_ONCE, None)


@pytest.mark.parametrize("phase_steps", [0, 1, 2, 3, 4])
def test_abandon_works_from_every_open_phase(clock: FakeClock, phase_steps: int) -> None:
    run = PauseMachine.open(clock)
    steps = [
        lambda: run.start_timer("named"),
        run.pause,
        run.finish_early,
        lambda: run.reassess(4, urge_remains=True),
    ]
    for step in steps[:phase_steps]:
        clock.advance(10)
        step()
    run.abandon()
    assert run.phase is PausePhase.ABANDONED
    assert run.record.ended_at is not None
    with pytest.raises(TransitionError):
        run.abandon()


def test_steps_out_of_order_are_refused(clock: FakeClock) -> None:
    run = PauseMachine.open(clock)
    for step in (run.pause, run.resume, run.finish_early):
        with pytest.raises(TransitionError):
            step()
    with pytest.raises(TransitionError):
        run.reassess(3, urge_remains=False)
    with pytest.raises(TransitionError):
        run.complete(UrgeOutcome.NOT_ACTED)
    run.start_timer("named")
    with pytest.raises(TransitionError):
        run.set_minutes(10)
    with pytest.raises(TransitionError):
        run.write_need("too soon")


def test_restore_from_a_stored_record_resumes_the_count(clock: FakeClock) -> None:
    run = running(clock)
    clock.advance(200)
    stored = run.record  # what the vault holds after a checkpoint
    # The app closes; the laptop sleeps; a new process has a new monotonic origin.
    clock.mono = 5.0
    clock.wall += timedelta(seconds=300)
    restored = PauseMachine(stored, clock)
    assert restored.phase is PausePhase.WAITING
    assert restored.elapsed() == pytest.approx(500)
    clock.advance(10)
    assert restored.elapsed() == pytest.approx(510)


def test_restore_after_the_end_goes_to_reassess(clock: FakeClock) -> None:
    stored = running(clock, minutes=5).record
    clock.wall += timedelta(hours=2)
    restored = PauseMachine(stored, clock)
    assert restored.tick()
    assert restored.phase is PausePhase.REASSESS


def test_a_paused_run_restores_paused(clock: FakeClock) -> None:
    run = running(clock)
    clock.advance(90)
    run.pause()
    clock.wall += timedelta(days=1)
    restored = PauseMachine(run.record, clock)
    assert restored.phase is PausePhase.PAUSED
    assert restored.elapsed() == pytest.approx(90)


def test_a_wall_clock_jump_does_not_change_a_running_count(clock: FakeClock) -> None:
    run = running(clock)
    clock.advance(60)
    clock.wall -= timedelta(hours=3)  # the clock was corrected backwards
    clock.advance(60)
    assert run.elapsed() == pytest.approx(120)
    clock.wall += timedelta(hours=6)  # and then forwards
    assert run.elapsed() == pytest.approx(120)


def test_a_clock_set_back_across_a_restart_never_takes_time_away(clock: FakeClock) -> None:
    run = running(clock)
    clock.advance(240)
    stored = run.record
    clock.wall -= timedelta(hours=1)
    restored = PauseMachine(stored, clock)
    assert restored.elapsed() == pytest.approx(240)


def test_a_suspend_counted_by_the_boot_clock_counts_as_waiting(clock: FakeClock) -> None:
    run = running(clock)
    clock.advance(600)  # boot time and the wall clock both count the sleep
    assert run.tick() is False
    clock.advance(600)
    assert run.tick()


def test_records_are_validated(clock: FakeClock) -> None:
    record = PauseRecord(phase=PausePhase.WAITING, planned_seconds=1200, started_at=T0)
    with pytest.raises(ValidationError, match="running_since"):
        record.validated()
    with pytest.raises(ValidationError, match="planned_seconds"):
        PauseRecord(phase=PausePhase.NAMING, planned_seconds=60, started_at=T0).validated()
    with pytest.raises(ValidationError, match="intensity_after"):
        PauseRecord(
            phase=PausePhase.NAMING, planned_seconds=600, started_at=T0, intensity_after=11
        ).validated()


def test_urge_records_only_give_a_pause_a_length() -> None:
    assert UrgeRecord(UrgeOutcome.AFTER_PAUSE, 600).validated().pause_seconds == 600
    with pytest.raises(ValidationError):
        UrgeRecord(UrgeOutcome.NOT_ACTED, 5).validated()
    with pytest.raises(ValidationError):
        UrgeRecord(UrgeOutcome.AFTER_PAUSE, -1).validated()


def test_preferences_are_cleaned() -> None:
    cleaned = PausePreferences("  ", ("  a puzzle ", "", "music"), 99).validated()
    assert cleaned == PausePreferences(None, ("a puzzle", "music"), 60)


def test_milestones_are_the_twelfth_and_the_fiftieth() -> None:
    assert [n for n in range(1, 60) if milestone_reached(n)] == [12, 50]


def test_the_system_clock_moves_forward() -> None:
    clock = SystemClock()
    first = clock.monotonic()
    assert clock.monotonic() >= first
    assert clock.now().tzinfo is UTC
