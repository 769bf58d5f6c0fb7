"""One run of the charts tab under a real app.exec(): how long each step stalls the GUI thread.

    python chart_stalls.py SOURCE VAULT PASSPHRASE

Run by test_charts_bench.py in a fresh process per round (SOURCE is the checkout whose
`healer` package is measured, so an older commit can run beside this one). A 5 ms
probe timer records the gaps of the GUI thread; a breathing pacer animates in its own
window throughout. Each step starts, the event loop runs until every chart shows it,
then 300 ms of quiet (deferred deletes run) before the next. Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[1])

import itertools

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from healer.domain.breathing import BreathPattern, SessionLength
from healer.domain.chartrange import RangeChoice
from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.regulate.pacer_controller import PacerController
from healer.ui.regulate.pacer_widget import PacerWidget

STEP_TIMEOUT = 90.0
QUIET = 0.3


def rss_mb() -> tuple[float, float]:
    """Resident and peak resident memory of this process, MiB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def main() -> None:
    app = QApplication([])
    session = Session.unlock(Path(sys.argv[2]), sys.argv[3])
    frames: list[float] = []

    class Pacer(PacerWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            frames.append(time.monotonic())
            super().paintEvent(event)

    controller = PacerController()
    controller.configure(BreathPattern.from_spec("4/0/8/0"), SessionLength())
    pacer = Pacer(controller)
    pacer.resize(300, 300)
    pacer.show()
    controller.start()

    ticks: list[float] = []
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(time.monotonic()))

    state: dict[str, Any] = {"tab": None, "refreshed": 0}
    modules_before = set(sys.modules)

    # The real window, tall enough that every chart is in sight (the most drawing).
    window = MainWindow(session)
    window.resize(1024, 2700)
    window.show()

    def count_refresh() -> None:
        state["refreshed"] += 1

    def first_open() -> None:
        tab = window.show_tab("charts")  # built on first show, as in the app
        tab.refreshed.connect(count_refresh)
        state["tab"] = tab

    def pick(choice: RangeChoice) -> Callable[[], None]:
        return lambda: state["tab"].set_range(choice)

    # How a step ends: "refresh" (new numbers shown), "draws" (every chart drew anew),
    # "settle" (nothing pending 400 ms after the action).
    steps: list[tuple[str, Callable[[], None], str]] = [
        ("first open (6 months, imports included)", first_open, "refresh"),
        ("switch to last 2 weeks", pick(RangeChoice.TWO_WEEKS), "refresh"),
        ("switch to last 3 months", pick(RangeChoice.THREE_MONTHS), "refresh"),
        ("switch to last year", pick(RangeChoice.ONE_YEAR), "refresh"),
        ("switch to everything", pick(RangeChoice.ALL), "refresh"),
        ("back to last 6 months (seen)", pick(RangeChoice.SIX_MONTHS), "refresh"),
        ("back to everything (seen)", pick(RangeChoice.ALL), "refresh"),
        ("resize the window", lambda: window.resize(1200, 2700), "draws"),
        # Apart, so the activation log's own first paint is not billed to the charts.
        ("away to the activation log", lambda: window.show_tab("journal"), "settle"),
        ("back to the charts (opening the tab again)", lambda: window.show_tab("charts"), "settle"),
    ]
    results: list[dict[str, Any]] = []

    def draws() -> dict[str, int]:
        tab = state["tab"]
        return {key: panel.view.draw_count for key, panel in tab.panels.items()}

    def all_drew(counts: dict[str, int]) -> bool:
        shown = [key for key, panel in state["tab"].panels.items() if not panel.is_empty]
        return all(draws()[key] > counts.get(key, 0) for key in shown)

    def drawn(mode: str, since: int, counts: dict[str, int], began: float) -> bool:
        tab = state["tab"]
        if tab is None or tab.pending:
            return False
        if mode == "settle":
            return time.monotonic() - began > 0.4
        if mode == "draws":
            return all_drew(counts)
        if state["refreshed"] <= since:
            return False
        if hasattr(tab, "reading"):  # charts drawn on the chart thread: pending covers it
            return True
        from healer.ui.charts.draw_queue import DRAWS  # the GUI-thread drawing it replaced

        return len(DRAWS) == 0 and all_drew(counts)

    def run(index: int) -> None:
        if index == len(steps):
            app.quit()
            return
        label, action, mode = steps[index]
        counts = draws() if state["tab"] is not None else {}
        since = state["refreshed"]
        began = time.monotonic()
        first_tick = len(ticks)
        first_frame = len(frames)
        ticks.append(began)
        action()

        def check() -> None:
            now = time.monotonic()
            if drawn(mode, since, counts, began) or now - began > STEP_TIMEOUT:
                ended = time.monotonic()
                gaps = [
                    b - a for a, b in zip(ticks[first_tick:], ticks[first_tick + 1 :], strict=False)
                ]
                shown = frames[first_frame:]
                intervals = [b - a for a, b in itertools.pairwise(shown)]
                results.append({
                    "step": label,
                    "until_drawn_ms": (ended - began) * 1000,
                    "longest_stall_ms": max(gaps, default=0.0) * 1000,
                    "timed_out": now - began > STEP_TIMEOUT,
                    # Frames painted per second of the step (intervals would count one
                    # frame short: a 100 ms step at a steady 60 fps read as 50).
                    "pacer_fps": len(shown) / max(ended - began, 1e-3),
                    "pacer_longest_frame_ms": max(intervals, default=0.0) * 1000,
                })  # fmt: skip
                poll.stop()
                QTimer.singleShot(round(QUIET * 1000), lambda: run(index + 1))

        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(check)
        poll.start()
        state["poll"] = poll

    probe.start()
    QTimer.singleShot(500, lambda: run(0))
    app.exec()
    rss, hwm = rss_mb()
    loaded = set(sys.modules) - modules_before
    print(
        json.dumps(
            {
                "steps": results,
                "rss_mb": rss,
                "hwm_mb": hwm,
                "matplotlib_loaded": "matplotlib" in loaded,
            }
        )
    )
    controller.halt()
    window.lock()


if __name__ == "__main__":
    main()
