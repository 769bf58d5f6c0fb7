"""The breathing curve: phases, holds, fractions, pauses, long sessions and invalid patterns."""

from __future__ import annotations

import math

import pytest

from healer.domain.breathing import (
    BOX,
    COHERENT,
    DEFAULT_PATTERN,
    FOUR_SEVEN_EIGHT,
    BreathPattern,
    BreathPhase,
    LengthKind,
    PauseClock,
    SessionLength,
    ease,
    frame_at,
    preset_key,
)
from healer.domain.errors import ValidationError


def test_default_is_four_in_eight_out() -> None:
    assert BreathPattern(4, 8) == DEFAULT_PATTERN
    assert DEFAULT_PATTERN.cycle_seconds == 12
    assert [phase for phase, _ in DEFAULT_PATTERN.phases] == [BreathPhase.IN, BreathPhase.OUT]


@pytest.mark.parametrize(
    ("elapsed", "phase", "countdown", "size"),
    [
        (0.0, BreathPhase.IN, 4, 0.0),
        (2.0, BreathPhase.IN, 2, 0.5),
        (3.999, BreathPhase.IN, 1, None),
        (4.0, BreathPhase.OUT, 8, 1.0),
        (8.0, BreathPhase.OUT, 4, 0.5),
        (11.999, BreathPhase.OUT, 1, None),
        (12.0, BreathPhase.IN, 4, 0.0),
    ],
)
def test_phase_boundaries_of_the_extended_exhale(
    elapsed: float, phase: BreathPhase, countdown: int, size: float | None
) -> None:
    frame = frame_at(DEFAULT_PATTERN, elapsed)
    assert frame.phase is phase
    assert frame.countdown == countdown
    if size is not None:
        assert frame.size == pytest.approx(size, abs=1e-9)


def test_phase_names_are_words() -> None:
    assert frame_at(DEFAULT_PATTERN, 1).phase_name == "Breathe in"
    assert frame_at(DEFAULT_PATTERN, 5).phase_name == "Breathe out"
    assert frame_at(FOUR_SEVEN_EIGHT.pattern, 5).phase_name == "Hold"


def test_size_grows_on_the_in_breath_and_shrinks_on_the_out_breath() -> None:
    ins = [frame_at(DEFAULT_PATTERN, t / 10).size for t in range(0, 40)]
    outs = [frame_at(DEFAULT_PATTERN, 4 + t / 10).size for t in range(0, 80)]
    assert ins == sorted(ins)
    assert outs == sorted(outs, reverse=True)
    assert ins[0] == 0.0
    assert outs[0] == 1.0


def test_easing_is_gentle_at_both_ends() -> None:
    assert ease(0) == 0
    assert ease(1) == 1
    assert ease(0.5) == pytest.approx(0.5)
    # Slow start: the first tenth moves far less than a tenth.
    assert ease(0.1) < 0.05
    assert 1 - ease(0.9) < 0.05


def test_holds_keep_the_circle_still() -> None:
    box = BOX.pattern
    assert [phase for phase, _ in box.phases] == [
        BreathPhase.IN,
        BreathPhase.HOLD_IN,
        BreathPhase.OUT,
        BreathPhase.HOLD_OUT,
    ]
    assert frame_at(box, 4.0).phase is BreathPhase.HOLD_IN
    assert frame_at(box, 5.0).size == 1.0
    assert frame_at(box, 7.999).size == 1.0
    assert frame_at(box, 8.0).phase is BreathPhase.OUT
    assert frame_at(box, 12.0).phase is BreathPhase.HOLD_OUT
    assert frame_at(box, 14.0).size == 0.0
    assert frame_at(box, 16.0).phase is BreathPhase.IN
    assert frame_at(box, 16.0).breaths_done == 1


def test_four_seven_eight_boundaries() -> None:
    pattern = FOUR_SEVEN_EIGHT.pattern
    assert pattern.cycle_seconds == 19
    assert frame_at(pattern, 10.999).phase is BreathPhase.HOLD_IN
    assert frame_at(pattern, 11.0).phase is BreathPhase.OUT
    assert frame_at(pattern, 11.0).countdown == 8


def test_fractions_are_exact() -> None:
    coherent = COHERENT.pattern
    assert coherent.cycle_seconds == 11
    assert frame_at(coherent, 5.499).phase is BreathPhase.IN
    assert frame_at(coherent, 5.5).phase is BreathPhase.OUT
    assert frame_at(coherent, 5.5).seconds_left == 5.5
    assert frame_at(coherent, 5.5).countdown == 6
    odd = BreathPattern(4.3, 6.7, hold_in=1.25).validated()
    assert odd.cycle_seconds == pytest.approx(12.25)
    assert frame_at(odd, 4.3).phase is BreathPhase.HOLD_IN
    assert frame_at(odd, 5.55).phase is BreathPhase.OUT


def test_fractions_are_kept_to_the_millisecond() -> None:
    assert BreathPattern(4.0004, 8).validated().inhale == 4.0
    assert BreathPattern(4.0006, 8).validated().inhale == 4.001


def test_hours_of_breathing_land_exactly_on_the_same_phase() -> None:
    odd = BreathPattern(4.3, 6.7, hold_in=1.25).validated()
    cycles = 1000  # 12,250 s: more than three hours
    for offset in (0.0, 2.0, 4.3, 5.0, 5.55, 9.1, 12.0):
        early = frame_at(odd, offset)
        late = frame_at(odd, cycles * odd.cycle_seconds + offset)
        assert late.phase is early.phase
        assert late.seconds_left == pytest.approx(early.seconds_left, abs=1e-6)
        assert late.size == pytest.approx(early.size, abs=1e-6)
        assert late.breaths_done == early.breaths_done + cycles


def test_ten_hours_of_the_default_breath_count_exactly() -> None:
    frame = frame_at(DEFAULT_PATTERN, 10 * 3600)
    assert frame.breaths_done == 3000
    assert frame.phase is BreathPhase.IN
    assert frame.progress == 0


def test_breath_number_counts_from_one() -> None:
    assert frame_at(DEFAULT_PATTERN, 0).breath_number == 1
    assert frame_at(DEFAULT_PATTERN, 12.5).breath_number == 2


def test_session_by_breaths_finishes_after_the_last_breath() -> None:
    length = SessionLength(LengthKind.BREATHS, 3)
    assert length.total_seconds(DEFAULT_PATTERN) == 36
    assert not frame_at(DEFAULT_PATTERN, 35.99, length).finished
    done = frame_at(DEFAULT_PATTERN, 36, length)
    assert done.finished
    assert done.breaths_done == 3
    assert done.size == 0
    assert done.countdown == 0
    assert frame_at(DEFAULT_PATTERN, 5000, length).elapsed == 36


def test_session_by_minutes_ends_on_a_whole_breath() -> None:
    length = SessionLength(LengthKind.MINUTES, 1)
    # 60 s of a 12 s breath is exactly 5 breaths; with 19 s breaths it rounds up to 4.
    assert length.total_breaths(DEFAULT_PATTERN) == 5
    assert length.total_breaths(FOUR_SEVEN_EIGHT.pattern) == 4
    assert length.total_seconds(FOUR_SEVEN_EIGHT.pattern) == 76


def test_open_sessions_never_finish() -> None:
    assert SessionLength().total_seconds(DEFAULT_PATTERN) is None
    assert not frame_at(DEFAULT_PATTERN, 10**6).finished


@pytest.mark.parametrize(
    ("length", "message"),
    [
        (SessionLength(LengthKind.MINUTES, 0), "between 1 and 120 minutes"),
        (SessionLength(LengthKind.BREATHS, 601), "between 1 and 600 breaths"),
        (SessionLength(LengthKind.MINUTES, -3), "between 1 and 120"),
    ],
)
def test_invalid_session_lengths(length: SessionLength, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        length.validated()


@pytest.mark.parametrize(
    ("pattern", "field", "message"),
    [
        (BreathPattern(0, 8), "inhale", "longer than zero"),
        (BreathPattern(4, -2), "exhale", "longer than zero"),
        (BreathPattern(4, 600), "exhale", "at most 20 seconds"),
        (BreathPattern(0.2, 8), "inhale", "at least 1 second"),
        (BreathPattern(4, 8, hold_in=0.5), "hold_in", "either off"),
        (BreathPattern(4, 8, hold_out=-1), "hold_out", "either off"),
        (BreathPattern(4, 8, hold_out=21), "hold_out", "at most 20"),
        (BreathPattern(math.nan, 8), "inhale", "number of seconds"),
        (BreathPattern(4, math.inf), "exhale", "number of seconds"),
    ],
)
def test_invalid_patterns_are_refused_with_a_clear_message(
    pattern: BreathPattern, field: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as raised:
        pattern.validated()
    assert raised.value.field == field


def test_spec_round_trip_and_preset_keys() -> None:
    custom = BreathPattern(4.5, 9, hold_in=1.5).validated()
    assert custom.spec() == "4.5/1.5/9/0"
    assert BreathPattern.from_spec(custom.spec()) == custom
    assert preset_key(BreathPattern.from_spec("4/7/8/0")) == "4-7-8"
    assert preset_key(DEFAULT_PATTERN) == "extended-exhale"
    assert preset_key(custom) == "custom"
    with pytest.raises(ValidationError, match="four numbers"):
        BreathPattern.from_spec("4-8")
    with pytest.raises(ValidationError, match="longer than zero"):
        BreathPattern.from_spec("0/0/8/0")


def test_pause_clock_leaves_paused_time_out() -> None:
    clock = PauseClock().start(100.0)
    assert clock.elapsed(103.0) == 3.0
    clock = clock.pause(103.0)
    assert clock.elapsed(500.0) == 3.0
    clock = clock.resume(500.0)
    assert clock.elapsed(501.5) == 4.5
    clock = clock.pause(502.0).resume(510.0)
    assert clock.elapsed(511.0) == 6.0
    assert clock.is_running


def test_pause_and_resume_continue_the_curve_where_it_stopped() -> None:
    clock = PauseClock().start(1000.0).pause(1005.0)  # one second into the out-breath
    before = frame_at(DEFAULT_PATTERN, clock.elapsed(1005.0))
    clock = clock.resume(9999.0)
    after = frame_at(DEFAULT_PATTERN, clock.elapsed(9999.0))
    assert before == after
    assert after.phase is BreathPhase.OUT
    assert after.seconds_left == 7.0


def test_pause_clock_ignores_transitions_out_of_order() -> None:
    idle = PauseClock()
    assert idle.pause(5.0) == idle
    assert idle.elapsed(50.0) == 0.0
    running = idle.start(1.0)
    assert running.resume(3.0) == running
    paused = running.pause(2.0)
    assert paused.pause(4.0) == paused
    assert paused.is_paused
    assert not paused.is_running
