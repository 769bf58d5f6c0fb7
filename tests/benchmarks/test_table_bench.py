"""The journal table at 100k and 1M rows, each round in a fresh process: paint, jump, scroll, RSS.

.venv/bin/python tests/benchmarks/test_table_bench.py VAULT   (one child run, prints JSON)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from harness import DEFAULT_ROUNDS, ROOT, Budget, Case
from histories import PASSPHRASE, HistoryFactory

REPAINTS = 30
SCROLL_STEPS = 20
TIMEOUT_S = 30.0


def child(vault: Path) -> dict[str, Any]:
    """Build the table the way the journal tab does and measure it on one vault."""
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractSlider, QApplication, QHeaderView, QTableView

    from healer.services.session import Session
    from healer.ui.journal.table_model import ActivationTableModel

    app = QApplication([])
    session = Session.unlock(vault, PASSPHRASE)
    model: ActivationTableModel | None = None
    rows_fetched: list[int] = []

    def visible_loaded() -> bool:
        if model is None or model.is_loading or model.rowCount() == 0:
            return False
        first = view.rowAt(0)
        last = view.rowAt(view.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        return model.row_at(first) is not None and model.row_at(last) is not None

    class View(QTableView):
        painted_loaded = False

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            self.painted_loaded = self.painted_loaded or visible_loaded()

    view = View()
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.resize(1000, 700)
    view.show()
    QTest.qWaitForWindowExposed(view)
    rss_before = _rss()[0]

    def until_painted() -> float:
        """Process events until a paint showed every visible row; ms since the caller began."""
        deadline = time.perf_counter() + TIMEOUT_S
        while not view.painted_loaded:
            if time.perf_counter() > deadline:
                raise TimeoutError("the visible rows never arrived")
            app.processEvents()
        return time.perf_counter()

    def repaint_ms() -> float:
        times = []
        for _ in range(REPAINTS):
            began = time.perf_counter()
            view.viewport().repaint()
            times.append((time.perf_counter() - began) * 1000)
        return statistics.median(times)

    view.painted_loaded = False
    began = time.perf_counter()
    model = ActivationTableModel(session, view)
    model.page_loaded.connect(lambda _: rows_fetched.append(1))
    view.setModel(model)
    model.refresh(reset=True)
    first_paint = (until_painted() - began) * 1000
    repaint_top = repaint_ms()

    # Scroll down a screen at a time, as PageDown does: rows fetched and time per step.
    step_ms = []
    fetched_before = len(rows_fetched)
    bar = view.verticalScrollBar()
    for _ in range(SCROLL_STEPS):
        view.painted_loaded = False
        began = time.perf_counter()
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        step_ms.append((until_painted() - began) * 1000)
    pages_per_step = (len(rows_fetched) - fetched_before) / SCROLL_STEPS

    view.painted_loaded = False
    began = time.perf_counter()
    view.scrollToBottom()
    jump = (until_painted() - began) * 1000
    repaint_bottom = repaint_ms()
    rss, hwm = _rss()
    result = {
        "rows": model.rowCount(),
        "first_paint_ms": first_paint,
        "jump_ms": jump,
        "repaint_ms": statistics.median([repaint_top, repaint_bottom]),
        "scroll_step_ms": statistics.median(step_ms),
        "rows_per_step": pages_per_step * 200,
        "rss_mb": rss,
        "rss_increment_mb": rss - rss_before,
        "hwm_mb": hwm,
    }
    session.reads.cancel_all()
    session.reads.wait()
    session.lock()
    return result


def _rss() -> tuple[float, float]:
    status = Path("/proc/self/status").read_text().splitlines()
    fields = dict(line.split(":", 1) for line in status if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _spawn(vault: Path) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, __file__, str(vault)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"table child failed ({done.returncode}): {done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def test_journal_table(history: HistoryFactory) -> None:
    vaults = {
        "100k rows": history(100_000).path,
        "1M rows": history(1_000_000, full_text=False, search_index=False).path,
    }
    names = list(vaults)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    cases = {
        "first_paint_ms": Case(
            "journal table: set model + first paint (1000×700 view)", budget=Budget(150)
        ),
        "jump_ms": Case("journal table: jump to the last row, painted", budget=Budget(150)),
        "repaint_ms": Case("journal table: one viewport repaint", budget=Budget(16)),
        "scroll_step_ms": Case(
            "journal table: scroll one screen down (PageDown), painted", budget=Budget(100)
        ),
        "rows_per_step": Case(
            "journal table: rows fetched per scroll step (mean of 20 PageDown)", unit="rows"
        ),
        "rss_mb": Case("journal table: RSS, table shown", unit="MB", budget=Budget(100)),
    }
    for case in cases.values():
        case.baseline = names[0]
        case.judge_baseline = True
        case.restart_clock()
    for name in names:  # warm-up: the OS file cache, .pyc files, fontconfig
        _spawn(vaults[name])
    for round_number in range(DEFAULT_ROUNDS):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            runs[name].append(_spawn(vaults[name]))
    sizes = {"100k rows": 100_000, "1M rows": 1_000_000}
    for name in names:
        assert all(run["rows"] >= sizes[name] for run in runs[name]), runs[name]
    for key, case in cases.items():
        case.notes = {names[1]: "ratio ≈ 1: independent of row count"}
        case.record({name: [run[key] for run in runs[name]] for name in names})


if __name__ == "__main__":
    print(json.dumps(child(Path(sys.argv[1]))))
