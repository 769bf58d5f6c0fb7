"""The collector pause: off inside, back as it was after, across nesting and threads; slices."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from healer.services.collector import paused_collector, release_in_slices


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_inside_and_back_after() -> None:
    gc.enable()
    with paused_collector():
        assert not gc.isenabled()
        with paused_collector():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_an_error_inside_still_brings_the_collector_back() -> None:
    gc.enable()
    with pytest.raises(ValueError, match="inside"), paused_collector():
        raise ValueError("inside")
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    with paused_collector():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_on_two_threads_end_with_the_last() -> None:
    gc.enable()
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with paused_collector():
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with paused_collector():
        thread.start()
        assert entered.wait(10)
    assert not gc.isenabled()  # the other thread's pause outlived this one
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_a_big_list_is_freed_a_slice_at_a_time() -> None:
    left_when_freed: list[int] = []
    rows: list[object] = []

    class Row:
        def __del__(self) -> None:
            left_when_freed.append(len(rows))

    rows.extend(Row() for _ in range(10_000))
    release_in_slices(rows, size=4000)
    assert rows == []
    # Each row went with its slice: 6,000 left, then 2,000, then none.
    assert sorted(set(left_when_freed), reverse=True) == [6000, 2000, 0]
    assert len(left_when_freed) == 10_000
