"""Charts are drawn on one chart thread: never on the GUI thread, each figure by one thread."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import textwrap
import threading
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from chart_fixtures import seeded_session_fixture, seeded_tab_fixture  # noqa: F401 (fixtures)
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from palettes import dark_palette
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.chartrange import RangeChoice
from healer.services.session import Session
from healer.ui.charts.chart_thread import SWITCH_INTERVAL, ChartThread
from healer.ui.charts.painter import MANY_DOTS, PixelDots
from healer.ui.charts.tab import ChartsTab

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[3]


def test_every_figure_is_drawn_by_the_one_chart_thread(
    seeded_tab: ChartsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn_by: dict[int, set[int]] = defaultdict(set)
    original = Figure.draw

    def spy(figure: Figure, renderer: object) -> None:
        drawn_by[id(figure)].add(threading.get_ident())
        original(figure, renderer)  # type: ignore[arg-type]

    monkeypatch.setattr(Figure, "draw", spy)
    tab = seeded_tab
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.set_range(RangeChoice.THREE_MONTHS)
    tab.setPalette(dark_palette())
    tab.resize(1000, 1900)
    qtbot.waitUntil(lambda: not tab.pending, timeout=20_000)
    assert tab.panels["urge"].view.render_bytes("svg").startswith(b"<?xml")
    assert len(drawn_by) == len(tab.panels)  # the spy saw every chart drawn
    threads = set().union(*drawn_by.values())
    assert all(len(ids) == 1 for ids in drawn_by.values())
    assert threads == set(tab.chart_thread.thread_ids)
    assert len(threads) == 1
    assert threading.get_ident() not in threads


def test_a_range_switch_draws_each_chart_once_and_a_range_seen_not_at_all(
    seeded_session: Session, seeded_tab: ChartsTab, qtbot: QtBot
) -> None:
    tab = seeded_tab

    def counts() -> dict[str, int]:
        return {key: panel.view.draw_count for key, panel in tab.panels.items()}

    def switch(choice: RangeChoice) -> dict[str, int]:
        before = counts()
        with qtbot.waitSignal(tab.refreshed, timeout=20_000):
            tab.set_range(choice)
        qtbot.wait(50)  # a second draw would be queued by now
        return {key: count - before[key] for key, count in counts().items()}

    assert set(switch(RangeChoice.ONE_YEAR).values()) == {1}
    for choice in (RangeChoice.TWO_WEEKS, RangeChoice.THREE_MONTHS, RangeChoice.SIX_MONTHS):
        switch(choice)
    # Five ranges later "everything" (seen first) still needs no read and no draw.
    assert set(switch(RangeChoice.ALL).values()) == {0}
    assert not tab.reading
    started = datetime(2026, 11, 21, 6, tzinfo=UTC)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        seeded_session.journal.log(ActivationInput("x", 2, started))
    assert set(switch(RangeChoice.ONE_YEAR).values()) == {1}  # the data changed since


def _dots_image(line_type: type, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    figure = Figure(figsize=(4, 2), dpi=100)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.add_line(line_type(xs, ys, linestyle="none", marker="o", markersize=2.0,
                            markeredgewidth=0, color="#4477aa"))  # fmt: skip
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    return np.asarray(canvas.buffer_rgba(), dtype=np.float64)  # type: ignore[no-untyped-call]


def test_dense_dots_skip_repeats_but_look_the_same() -> None:
    generator = np.random.default_rng(3)
    count = MANY_DOTS * 20
    # Integer heights, like the intensity chart: most dots share a spot with another.
    xs = generator.random(count)
    ys = generator.integers(0, 11, count) / 10 * 0.9 + 0.05
    plain = _dots_image(Line2D, xs, ys)
    fewer = _dots_image(PixelDots, xs, ys)
    difference = np.abs(plain - fewer)
    assert difference.mean() < 0.5  # of 255: the eye cannot tell
    assert (difference > 64).mean() < 0.002
    dots = PixelDots(xs, ys)
    assert len(dots.get_xdata()) == count  # type: ignore[arg-type]


_CHILD = """
import json, sys, tempfile, threading, time
from datetime import UTC, datetime, timedelta
from pathlib import Path

seen = []


class Spy:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("matplotlib", "numpy"):
            seen.append((name, threading.current_thread() is threading.main_thread()))
        return None


sys.meta_path.insert(0, Spy())
from PySide6.QtWidgets import QApplication
from healer.domain.activation import ActivationInput
from healer.services.session import Session
from healer.ui.main_window import MainWindow

app = QApplication([])
session = Session.create(Path(tempfile.mkdtemp()) / "v.vault", "a passphrase for tests")
now = datetime.now(UTC)
for day in range(40):
    started = now - timedelta(days=day, hours=2)
    session.journal.log(ActivationInput("x", 5, started, started + timedelta(minutes=12)))
window = MainWindow(session)
window.resize(1024, 640)
window.show()
tab = window.show_tab("charts")
deadline = time.monotonic() + 60
while time.monotonic() < deadline and (tab.pending or not tab.panels["duration"].view.draw_count):
    app.processEvents()
    time.sleep(0.005)
print(json.dumps({
    "on_gui_thread": sorted({name for name, main in seen if main}),
    "on_chart_thread": len([name for name, main in seen if not main]),
    "drawn": tab.panels["duration"].view.draw_count,
}))
window.lock()
"""


@pytest.mark.slow
def test_matplotlib_and_numpy_are_imported_off_the_gui_thread(isolated_home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_CHILD)],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["drawn"] >= 1
    assert report["on_chart_thread"] > 50  # matplotlib's and numpy's modules
    assert report["on_gui_thread"] == []


def test_chart_jobs_leave_the_collector_and_the_interpreter_to_the_window(qtbot: QtBot) -> None:
    sys.setswitchinterval(0.005)  # Python's default
    owner = QObject()
    thread = ChartThread(owner)
    # The GUI thread gets Python's lock back within a millisecond while charts draw,
    # and no full collection (which stops every thread) runs in the middle of a draw.
    assert sys.getswitchinterval() <= SWITCH_INTERVAL
    gc.enable()
    assert thread.call(gc.isenabled) is False
    assert gc.isenabled()
    thread.wait()
    owner.deleteLater()


def test_results_that_arrive_together_are_handed_out_one_per_turn(qtbot: QtBot) -> None:
    owner = QObject()
    thread = ChartThread(owner)
    handed: list[tuple[str, int]] = []  # (job, results still waiting at that moment)
    for name in ("duration", "pareto", "urge"):
        thread.submit(
            lambda name=name: name,  # type: ignore[misc]
            receiver=owner,
            on_done=lambda done: handed.append((done, thread.waiting_results)),
        )
    thread.submit(
        lambda: 1 / 0, receiver=owner, on_done=handed.append,
        on_failed=lambda _reason: handed.append(("failed", thread.waiting_results)),
    )  # fmt: skip
    assert thread.wait(10_000)
    # Every result is back on the GUI thread's side, queued as signals: taking them in
    # one go is what made several charts land in one long turn.
    QCoreApplication.sendPostedEvents()
    assert handed == []
    assert thread.waiting_results == 4
    qtbot.waitUntil(lambda: len(handed) == 4, timeout=5_000)
    assert handed == [("duration", 3), ("pareto", 2), ("urge", 1), ("failed", 0)]
    owner.deleteLater()


def test_a_resize_draws_each_chart_once_when_the_size_settles(
    seeded_tab: ChartsTab, qtbot: QtBot
) -> None:
    tab = seeded_tab
    shown = {key: panel.view for key, panel in tab.panels.items() if not panel.is_empty}
    before = {key: view.draw_count for key, view in shown.items()}
    # A window dragged wider: several sizes in a row, each handled by the event loop.
    for width in (920, 960, 1000, 1040):
        tab.resize(width, 1800)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: not tab.pending, timeout=20_000)
    qtbot.wait(50)  # a second draw would be queued by now
    assert {key: view.draw_count - before[key] for key, view in shown.items()} == dict.fromkeys(
        shown, 1
    )
    assert not any(view.busy for view in shown.values())  # drawn at the size they have now
