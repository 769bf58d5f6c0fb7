"""The pacer widget with an injected clock: what is drawn when, and when its timer runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.breathing import BOX, BreathPhase, LengthKind, SessionLength, frame_at
from healer.ui.regulate.pacer_controller import PacerController, PacerState
from healer.ui.regulate.pacer_widget import FRAME_INTERVAL_MS, PacerWidget


@pytest.fixture
def pacer(qtbot: QtBot, clock: FakeClock) -> Iterator[PacerWidget]:
    controller = PacerController(clock)
    widget = PacerWidget(controller)
    qtbot.add_widget(widget)
    widget.resize(480, 480)
    with qtbot.wait_exposed(widget):
        widget.show()
    yield widget
    controller.halt()


def start_at(pacer: PacerWidget, clock: FakeClock, seconds: float) -> None:
    pacer.controller.start()
    clock.advance(seconds)


def test_idle_pacer_invites_without_moving(pacer: PacerWidget) -> None:
    picture = pacer.picture()
    assert picture.state is PacerState.IDLE
    assert picture.label == "Ready"
    assert picture.countdown == ""
    assert picture.radius == picture.min_radius
    assert not pacer.is_animating


@pytest.mark.parametrize(
    ("seconds", "label", "countdown", "share"),
    [
        (0.0, "Breathe in", "4", 0.0),
        (2.0, "Breathe in", "2", 0.5),
        (4.0, "Breathe out", "8", 1.0),
        (8.0, "Breathe out", "4", 0.5),
        (11.5, "Breathe out", "1", None),
    ],
)
def test_drawn_radius_and_words_at_chosen_times(
    pacer: PacerWidget,
    clock: FakeClock,
    seconds: float,
    label: str,
    countdown: str,
    share: float | None,
) -> None:
    start_at(pacer, clock, seconds)
    picture = pacer.picture()
    assert picture.label == label
    assert picture.countdown == countdown
    assert picture.min_radius < picture.max_radius
    if share is not None:
        expected = picture.min_radius + (picture.max_radius - picture.min_radius) * share
        assert picture.radius == pytest.approx(expected, abs=1e-6)


def test_the_circle_scales_with_the_widget(pacer: PacerWidget, qtbot: QtBot) -> None:
    small = pacer.picture().max_radius
    pacer.resize(900, 900)
    qtbot.wait_until(lambda: pacer.picture().max_radius > small * 1.5)


def _tint(image: QImage, pacer: PacerWidget, distance: float) -> QColor:
    picture = pacer.picture()
    scale = image.devicePixelRatio()
    x = pacer.width() / 2 + distance
    centre_y = (pacer.height() - pacer.fontMetrics().height() * 2.2) / 2 + 6
    return image.pixelColor(round(x * scale), round(centre_y * scale)) if picture else QColor()


def test_pixels_differ_between_in_and_out_breath(pacer: PacerWidget, clock: FakeClock) -> None:
    start_at(pacer, clock, 0.05)  # start of the in-breath: the smallest circle
    picture = pacer.picture()
    between = (picture.min_radius + picture.max_radius) / 2
    small = pacer.grab().toImage()
    clock.mono = clock.mono + 3.95 + 0.05  # top of the breath, start of the out-breath
    assert pacer.picture().label == "Breathe out"
    large = pacer.grab().toImage()
    window = pacer.palette().color(pacer.backgroundRole())
    assert _tint(small, pacer, between) == window
    assert _tint(large, pacer, between) != window
    assert small != large


def test_the_timer_runs_only_while_shown_and_running(
    pacer: PacerWidget, clock: FakeClock, qtbot: QtBot
) -> None:
    assert not pacer.is_animating
    pacer.controller.start()
    assert pacer.is_animating
    assert pacer.timer_interval == FRAME_INTERVAL_MS
    pacer.hide()
    assert not pacer.is_animating
    with qtbot.wait_exposed(pacer):
        pacer.show()
    assert pacer.is_animating
    pacer.controller.pause()
    assert not pacer.is_animating
    pacer.controller.resume()
    assert pacer.is_animating
    pacer.controller.stop()
    assert not pacer.is_animating


def test_frames_are_painted_while_running(pacer: PacerWidget, qtbot: QtBot) -> None:
    painted: list[int] = []
    original = pacer.paintEvent

    def counting(event: object) -> None:
        painted.append(1)
        original(event)  # type: ignore[arg-type]

    pacer.paintEvent = counting  # type: ignore[method-assign]
    pacer.controller.start()
    qtbot.wait_until(lambda: len(painted) >= 3)


def test_pause_resume_continues_where_it_stopped(pacer: PacerWidget, clock: FakeClock) -> None:
    start_at(pacer, clock, 5.0)
    pacer.controller.pause()
    before = pacer.current_frame()
    clock.advance(600)  # ten minutes away
    assert pacer.picture().label == "Paused"
    pacer.controller.resume()
    after = pacer.current_frame()
    assert after.phase is before.phase is BreathPhase.OUT
    assert after.seconds_left == pytest.approx(before.seconds_left)
    clock.advance(1.0)
    assert pacer.current_frame().seconds_left == pytest.approx(before.seconds_left - 1.0)


def test_a_late_frame_never_shifts_the_phase(pacer: PacerWidget, clock: FakeClock) -> None:
    pacer.controller.start()
    clock.advance(0.016)
    pacer.repaint()
    clock.advance(3600 + 2.5)  # an hour with no frames at all, then one late frame
    pacer.repaint()
    frame = pacer.current_frame()
    assert frame == frame_at(pacer.controller.pattern, 3600 + 2.516)
    assert frame.breaths_done == 300


@pytest.mark.parametrize(("breaths", "words"), [(2, "2 breaths"), (1, "1 breath")])
def test_a_session_by_breaths_finishes(
    pacer: PacerWidget, clock: FakeClock, qtbot: QtBot, breaths: int, words: str
) -> None:
    controller = pacer.controller
    controller.configure(controller.pattern, SessionLength(LengthKind.BREATHS, breaths))
    ended: list[object] = []
    controller.run_ended.connect(ended.append)
    controller.start()
    with qtbot.wait_signal(controller.finished):
        clock.advance(12.0 * breaths)  # all done: the next frame (or the end timer) sees it
    assert [use.duration_seconds for use in ended] == [12 * breaths]  # type: ignore[attr-defined]
    assert controller.state is PacerState.FINISHED
    assert not pacer.is_animating
    assert pacer.picture().label == "Well done"
    assert pacer.picture().detail == words


def test_reduced_motion_shows_a_still_stepped_cue(pacer: PacerWidget, clock: FakeClock) -> None:
    pacer.set_reduced_motion(True)
    start_at(pacer, clock, 0.5)
    first = pacer.picture()
    assert first.stepped
    assert (first.label, first.countdown, first.steps_total, first.steps_lit) == (
        "Breathe in",
        "4",
        4,
        1,
    )
    image_in = pacer.grab().toImage()
    clock.advance(5.0)  # 1.5 s into the out-breath
    later = pacer.picture()
    assert later.radius == first.radius  # nothing grows or shrinks
    assert (later.label, later.countdown, later.steps_total, later.steps_lit) == (
        "Breathe out",
        "7",
        8,
        2,
    )
    assert pacer.grab().toImage() != image_in  # words and steps changed


def test_reduced_motion_wakes_once_per_countdown_step(pacer: PacerWidget, clock: FakeClock) -> None:
    pacer.set_reduced_motion(True)
    start_at(pacer, clock, 0.25)
    pacer.repaint()
    assert pacer.is_animating
    assert 740 <= pacer.timer_interval <= 760  # 0.75 s to the next whole second, not 16 ms


def test_reduced_motion_follows_holds(pacer: PacerWidget, clock: FakeClock) -> None:
    pacer.controller.configure(BOX.pattern, SessionLength())
    pacer.set_reduced_motion(True)
    start_at(pacer, clock, 6.0)
    picture = pacer.picture()
    assert (picture.label, picture.countdown, picture.steps_lit) == ("Hold", "2", 3)


def test_a_hidden_pacer_still_finishes_on_time(
    pacer: PacerWidget, clock: FakeClock, qtbot: QtBot
) -> None:
    controller = pacer.controller
    controller.configure(controller.pattern, SessionLength(LengthKind.BREATHS, 1))
    pacer.hide()
    controller.start()
    clock.advance(11.0)
    controller.pause()
    controller.resume()  # re-arms the end timer for the 1 s that is left
    clock.advance(5.0)
    with qtbot.wait_signal(controller.finished, timeout=3000):
        pass
    assert not pacer.is_animating


def test_the_accessible_description_follows_each_phase_without_flooding(
    pacer: PacerWidget, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    original = pacer.setAccessibleDescription

    def record(text: str) -> None:
        said.append(text)
        original(text)

    pacer.controller.start()
    assert pacer.accessibleDescription() == "Breathe in. Breath 1"
    monkeypatch.setattr(pacer, "setAccessibleDescription", record)
    for _ in range(6):  # frames within the in-breath, the countdown moving: nothing new
        clock.advance(0.5)
        pacer._on_timer_timeout()
    assert said == []
    clock.advance(3.0)  # 4.5 s: breathing out
    qtbot.wait_until(lambda: pacer.accessibleDescription() == "Breathe out. Breath 1")
    clock.advance(8.0)  # 12.5 s: the second breath
    qtbot.wait_until(lambda: pacer.accessibleDescription() == "Breathe in. Breath 2")
    assert said == ["Breathe out. Breath 1", "Breathe in. Breath 2"]
