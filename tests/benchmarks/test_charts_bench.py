"""Charts benchmark (on demand, not a test run): 100,000 episodes, read, compute and draw.

    .venv/bin/python tests/benchmarks/test_charts_bench.py      (or `make bench`)

Prints tables: the worker-thread read + arithmetic per range; the first draw of each
chart; the redraw after one new entry with the cached figure (set_data + draw) next to a
fresh figure; and, for the whole tab, opening it and switching range, with the longest
stall of the GUI thread meanwhile (what the pacer would feel). HEALER_BENCH_EPISODES
changes the size (default 100000), HEALER_BENCH_ROUNDS the repeats (default 3).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chart_history import generate_history
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from healer.domain.activation import ActivationInput
from healer.domain.chartrange import RangeChoice
from healer.domain.chartset import ChartSet, ParetoScope
from healer.services.session import Session
from healer.ui.charts.canvas import ChartView
from healer.ui.charts.painter import Painter
from healer.ui.charts.painters import (
    DurationPainter,
    HelpsPainter,
    IntensityPainter,
    ParetoPainter,
    PausePainter,
    UrgePainter,
)
from healer.ui.charts.tab import ChartsTab

EPISODES = int(os.environ.get("HEALER_BENCH_EPISODES", "100000"))
ROUNDS = int(os.environ.get("HEALER_BENCH_ROUNDS", "3"))
END = datetime(2026, 11, 20, 21, tzinfo=UTC)
TODAY = date(2026, 11, 21)
PASSPHRASE = "a passphrase for the benchmark"


def _ms(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def _median(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.1f}"


def _wait(
    app: QApplication,
    done: Callable[[], bool],
    stall: list[float],
    action: Callable[[], object] = lambda: None,
) -> None:
    """Run action, then spin the event loop until done(), recording gaps between 5 ms ticks.

    The ticks start before the action, so work it does synchronously counts as a stall.
    """
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        stall.append(float(now - last[0]))
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    action()
    app.processEvents()
    while not done():
        app.processEvents()
    timer.stop()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    folder = Path(tempfile.mkdtemp(prefix="healer-bench-"))
    os.environ.setdefault("MPLCONFIGDIR", str(folder / "mpl"))
    session = Session.create(folder / "bench.vault", PASSPHRASE)
    seconds, _ = _ms(
        lambda: generate_history(
            session._vault,
            episodes=EPISODES,
            days=3 * 365,
            end=END,
            practices=EPISODES // 20,
            pauses=EPISODES // 50,
        )
    )
    print(f"\nseeded {EPISODES:,} episodes in {seconds / 1000:.1f} s ({sys.version.split()[0]})")

    # 1. Worker-thread work: read + compute, per range.
    print("\n| range | episodes | read + compute ms (median) |")
    print("|---|---|---|")
    charts: dict[RangeChoice, ChartSet] = {}
    for choice in (
        RangeChoice.TWO_WEEKS,
        RangeChoice.THREE_MONTHS,
        RangeChoice.ONE_YEAR,
        RangeChoice.ALL,
    ):
        samples = []
        for _ in range(ROUNDS):
            elapsed, result = _ms(lambda c=choice: session.charts.chart_set(c, today=TODAY))
            samples.append(elapsed)
            assert isinstance(result, ChartSet)
            charts[choice] = result
        episodes = charts[choice].episodes
        count = len(episodes.intensity.values) if episodes is not None else 0
        print(f"| {choice.value} | {count:,} | {_median(samples)} |")

    # 2. Drawing, all time: first draw, and the redraw after one new entry.
    before = charts[RangeChoice.ALL]
    started = END - timedelta(hours=3)
    session.journal.log(ActivationInput("x", 4, started, started + timedelta(minutes=9)))
    after = session.charts.chart_set(RangeChoice.ALL, today=TODAY)

    def data(charts_: ChartSet, key: str) -> object:
        episodes, helps, pauses = charts_.episodes, charts_.helps, charts_.pauses
        assert episodes is not None
        assert helps is not None
        assert pauses is not None
        return {
            "duration": episodes.duration,
            "pareto": episodes.pareto[ParetoScope.RANGE],
            "intensity": episodes.intensity,
            "helps": helps,
            "urge": episodes.urge_gap,
            "pauses": pauses,
        }[key]

    painters: dict[str, Callable[[], Painter]] = {
        "duration": DurationPainter,
        "pareto": ParetoPainter,
        "intensity": IntensityPainter,
        "helps": HelpsPainter,
        "urge": UrgePainter,
        "pauses": PausePainter,
    }
    print(
        "\n| chart (all time) | points | first draw (new figure) ms | redraw, cached figure ms"
        " | redraw, fresh figure ms | fresh/cached |"
    )
    print("|---|---|---|---|---|---|")
    for key, make in painters.items():
        first, cached, fresh = [], [], []
        for _ in range(ROUNDS):
            holder: list[ChartView] = []

            def first_view(
                k: str = key, m: Callable[[], Painter] = make, holder: list[ChartView] = holder
            ) -> None:
                holder.append(ChartView(m()))
                holder[0].show_data(data(before, k), before.span)
                holder[0].canvas.draw()

            elapsed, _ = _ms(first_view)
            first.append(elapsed)
            view = holder[0]
            elapsed, _ = _ms(
                lambda v=view, k=key: (v.show_data(data(after, k), after.span), v.canvas.draw())
            )
            cached.append(elapsed)

            def new_view(k: str = key, m: Callable[[], Painter] = make) -> None:
                other = ChartView(m())
                other.show_data(data(after, k), after.span)
                other.canvas.draw()
                other.deleteLater()

            elapsed, _ = _ms(new_view)
            fresh.append(elapsed)
            view.deleteLater()
            app.processEvents()
        points = data(after, key)
        size = len(
            getattr(getattr(points, "series", points), "values", ())
            or getattr(points, "bars", ())
            or getattr(points, "months", ())
            or getattr(points, "shown", ())
            or getattr(points, "when", ())
        )
        ratio = statistics.median(fresh) / statistics.median(cached)
        print(
            f"| {key} | {size:,} | {_median(first)} | {_median(cached)}"
            f" | {_median(fresh)} | {ratio:.2f}x |"
        )

    # 3. The whole tab: open it, switch range; how long the GUI thread stalls meanwhile.
    print("\n| tab action | until every chart drawn ms | longest GUI-thread stall ms |")
    print("|---|---|---|")
    rows: dict[str, tuple[list[float], list[float]]] = {}
    for _ in range(ROUNDS):
        gaps: list[float] = []
        tabs: list[ChartsTab] = []

        def open_tab(tabs: list[ChartsTab] = tabs) -> None:
            tabs.append(ChartsTab(session, today=lambda: TODAY))  # asks for the last 6 months
            tabs[0].resize(900, 2600)
            tabs[0].show()

        begin = time.perf_counter()
        _wait(
            app,
            lambda t=tabs: bool(t) and _all_drawn(t[0], dict.fromkeys(t[0].panels, 0)),
            gaps,
            open_tab,
        )
        tab = tabs[0]
        _record(rows, "open (last 6 months)", begin, gaps)
        for label, choice in (
            ("switch to everything", RangeChoice.ALL),
            ("switch to last 3 months", RangeChoice.THREE_MONTHS),
            ("switch to last year", RangeChoice.ONE_YEAR),
            ("back to everything (numbers kept)", RangeChoice.ALL),
        ):
            counts = {key: panel.view.draw_count for key, panel in tab.panels.items()}
            gaps = []
            begin = time.perf_counter()
            _wait(
                app,
                lambda t=tab, c=counts: _all_drawn(t, c),
                gaps,
                lambda t=tab, c=choice: t.set_range(c),
            )
            _record(rows, label, begin, gaps)
        tab.deleteLater()
        app.processEvents()
    for label, (totals, stalls) in rows.items():
        print(f"| {label} | {_median(totals)} | {_median(stalls)} |")
    session.lock()


def _all_drawn(tab: ChartsTab, counts: dict[str, int]) -> bool:
    return not tab.pending and all(
        panel.view.draw_count > counts[key] for key, panel in tab.panels.items()
    )


def _record(
    rows: dict[str, tuple[list[float], list[float]]], label: str, begin: float, gaps: list[float]
) -> None:
    totals, stalls = rows.setdefault(label, ([], []))
    totals.append((time.perf_counter() - begin) * 1000)
    stalls.append(max(gaps, default=0.0))


def test_charts_bench() -> None:
    """Run from pytest with `-s` to see the tables."""
    main()


if __name__ == "__main__":
    main()
