"""Charts benchmark (on demand, not a test run): 100,000 episodes, read, compute and draw.

    .venv/bin/python tests/benchmarks/test_charts_bench.py      (or `make bench`)

Prints tables: the worker-thread read + arithmetic per range; then, for the whole tab
under a real app.exec() in a fresh process per round (chart_stalls.py), with the glib
and the Unix event dispatcher: opening it, switching range, going back to a range seen,
resizing and opening it again, each with the time until every chart shows it, the
longest stall of the GUI thread and the frames of a breathing pacer animating meanwhile;
and the memory of each run. HEALER_BENCH_EPISODES changes the size (default 100000),
HEALER_BENCH_ROUNDS the repeats (default 3); HEALER_BENCH_CHARTS_BEFORE=<git revision>
measures that revision's charts beside the working tree's, in the same run.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chart_history import generate_history
from PySide6.QtWidgets import QApplication

from healer.domain.chartrange import RangeChoice
from healer.domain.chartset import ChartSet
from healer.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
BEFORE = os.environ.get("HEALER_BENCH_CHARTS_BEFORE", "")
EPISODES = int(os.environ.get("HEALER_BENCH_EPISODES", "100000"))
ROUNDS = int(os.environ.get("HEALER_BENCH_ROUNDS", "3"))
END = datetime(2026, 11, 20, 21, tzinfo=UTC)
TODAY = date(2026, 11, 21)
PASSPHRASE = "a passphrase for the benchmark"


def _ms(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def _collector_pass_after(work: Callable[[], object]) -> float:
    """The longest cyclic-collector pass, ms, that work and ordinary allocation after it set off.

    Built with the collector paused, a chart set lands whole in the youngest generation:
    the next pass walks whatever it holds, and holds every thread meanwhile.
    """
    passes: list[float] = []
    began: list[float] = []

    def timed(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            began.append(time.perf_counter())
        else:
            passes.append((time.perf_counter() - began.pop()) * 1000)

    gc.collect()
    gc.callbacks.append(timed)
    try:
        result = work()
        after = [[] for _ in range(30_000)]  # the program goes on allocating
        del after, result
    finally:
        gc.callbacks.remove(timed)
    return max(passes, default=0.0)


def _median(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.1f}"


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
    print(
        "\n| range | episodes | read + compute ms (median) |"
        " longest collector pass after it ms (median) |"
    )
    print("|---|---|---|---|")
    charts: dict[RangeChoice, ChartSet] = {}
    for choice in (
        RangeChoice.TWO_WEEKS,
        RangeChoice.THREE_MONTHS,
        RangeChoice.ONE_YEAR,
        RangeChoice.ALL,
    ):
        samples = []
        passes = []
        for _ in range(ROUNDS):
            elapsed, result = _ms(lambda c=choice: session.charts.chart_set(c, today=TODAY))
            samples.append(elapsed)
            assert isinstance(result, ChartSet)
            charts[choice] = result
            passes.append(
                _collector_pass_after(lambda c=choice: session.charts.chart_set(c, today=TODAY))
            )
        episodes = charts[choice].episodes
        count = len(episodes.intensity.values) if episodes is not None else 0
        print(f"| {choice.value} | {count:,} | {_median(samples)} | {_median(passes)} |")

    session.lock()

    # 2. The whole tab under a real event loop, each round a fresh process.
    sources = {"now": ROOT}
    if BEFORE:
        sources[f"before ({BEFORE})"] = _export(BEFORE, folder / "before")
    dispatchers = {"glib": {}, "unix": {"QT_NO_GLIB": "1"}}
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for round_ in range(ROUNDS):
        order = [(s, d) for s in sources for d in dispatchers]
        order = order[round_ % len(order) :] + order[: round_ % len(order)]
        for source, dispatcher in order:
            runs.setdefault((source, dispatcher), []).append(
                _child(sources[source], folder / "bench.vault", dispatchers[dispatcher])
            )
    _print_stalls(runs)


def _export(revision: str, target: Path) -> Path:
    """The healer package as it was at revision, to measure beside the working tree."""
    target.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "healer", "resources"],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def _child(source: Path, vault: Path, env: dict[str, str]) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("chart_stalls.py")), str(source),
         str(vault), PASSPHRASE],
        env={**os.environ, **env}, capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"the charts child failed:\n{result.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def _print_stalls(runs: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
    print(
        "\n| step | code | dispatcher | until every chart shows it ms (median) |"
        " longest GUI-thread stall ms (median, worst) | pacer fps (median) |"
        " longest pacer frame ms (worst) |"
    )
    print("|---|---|---|---:|---:|---:|---:|")
    first = next(iter(runs.values()))[0]
    for index, step in enumerate(first["steps"]):
        for (source, dispatcher), reports in runs.items():
            rows = [report["steps"][index] for report in reports]
            until = statistics.median(row["until_drawn_ms"] for row in rows)
            stalls = [row["longest_stall_ms"] for row in rows]
            late = " (timed out)" if any(row["timed_out"] for row in rows) else ""
            fps = statistics.median(row["pacer_fps"] for row in rows)
            frame = max(row["pacer_longest_frame_ms"] for row in rows)
            print(
                f"| {step['step']} | {source} | {dispatcher} | {until:.0f}{late}"
                f" | {statistics.median(stalls):.0f} ({max(stalls):.0f}) | {fps:.0f}"
                f" | {frame:.0f} |"
            )
    print("\n| code | dispatcher | RSS after the run MiB (median) | peak RSS MiB (median) |")
    print("|---|---|---:|---:|")
    for (source, dispatcher), reports in runs.items():
        rss = statistics.median(report["rss_mb"] for report in reports)
        hwm = statistics.median(report["hwm_mb"] for report in reports)
        print(f"| {source} | {dispatcher} | {rss:.0f} | {hwm:.0f} |")


def test_charts_bench() -> None:
    """Run from pytest with `-s` to see the tables."""
    main()


if __name__ == "__main__":
    main()
