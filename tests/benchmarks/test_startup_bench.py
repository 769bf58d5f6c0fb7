"""Cold start and memory in fresh processes: Healer's windows vs a bare PySide6 window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from harness import ROOT, STARTUP_ROUNDS, Budget, Case
from histories import PASSPHRASE, HistoryFactory

from healer.ui.tabs import default_tabs

ROWS = 100_000

# Shared by every child: the first QEvent.Paint of the window is the moment of "first paint"
# (as in the reference measurements); the parent's spawn time comes in through the env.
_PRELUDE = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

def rss_mb():
    fields = dict(
        line.split(":", 1) for line in open("/proc/self/status").read().splitlines() if ":" in line
    )
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

class FirstPaint(QObject):
    def __init__(self, window, then):
        super().__init__()
        self.window, self.then, self.at = window, then, None
    def eventFilter(self, watched, event):
        if self.at is None and event.type() == QEvent.Type.Paint and watched is self.window:
            self.at = time.monotonic()
            self.modules = sorted(
                name for name in ("matplotlib", "numpy", "pyqtgraph") if name in sys.modules
            )
            QTimer.singleShot(0, self.then)
        return False
"""

_BARE = """
from PySide6.QtWidgets import (
    QApplication, QMainWindow, QTabWidget, QWidget, QVBoxLayout, QLabel, QTableView
)
app = QApplication([])
window = QMainWindow()
tabs = QTabWidget(window)
tabs.setDocumentMode(True)
for title in json.loads(os.environ["BENCH_TABS"]):
    page = QWidget(tabs)
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel(title, page))
    layout.addWidget(QTableView(page))
    tabs.addTab(page, title)
window.setCentralWidget(tabs)
for name in ("&File", "&Edit", "&View", "&Help"):
    window.menuBar().addMenu(name)
window.addToolBar("Quick actions").addAction("I'm activated…")
window.statusBar()
window.resize(1100, 720)

def done():
    rss, hwm = rss_mb()
    print(json.dumps({"paint": spy.at, "rss": rss, "hwm": hwm, "modules": spy.modules}))
    app.quit()

spy = FirstPaint(window, done)
app.installEventFilter(spy)
window.show()
app.exec()
"""

# The real composition root up to the main window: app object, unlock, window, shown.
_MAIN_WINDOW = """
from pathlib import Path
from healer.app import _make_application
app = _make_application()
from healer.services.session import Session
from healer.ui.main_window import MainWindow
began = time.monotonic()
session = Session.unlock(Path(os.environ["BENCH_VAULT"]), os.environ["BENCH_PASSPHRASE"])
unlock_ms = (time.monotonic() - began) * 1000
window = MainWindow(session)
window.resize(1100, 720)

def loaded():
    model = window.page("journal").model
    return not model.is_loading and model.row_at(0) is not None

def done():
    deadline = time.monotonic() + 20
    while not loaded() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    rss, hwm = rss_mb()
    result = {"paint": spy.at, "unlock_ms": unlock_ms, "rss": rss, "hwm": hwm,
              "modules": spy.modules, "journal_loaded": loaded()}
    result.update(charts())
    print(json.dumps(result))
    window.lock()
    app.quit()

def charts():
    # Show the charts tab and wait until every chart has drawn once (skipped if absent).
    try:
        began = time.monotonic()
        tab = window.show_tab("charts")
        deadline = began + 30
        while time.monotonic() < deadline and tab.pending:
            app.processEvents()
            time.sleep(0.002)
        if tab.pending:
            return {}
        app.processEvents()  # the draw_idle of every chart that has data
        ready = time.monotonic()
        drawn = sum(1 for panel in tab.panels.values() if panel.view.draw_count)
        while time.monotonic() < ready + 0.3:
            app.processEvents()
            time.sleep(0.01)
    except (StopIteration, AttributeError):
        return {}
    rss, hwm = rss_mb()
    return {"charts_ms": (ready - began) * 1000, "charts_rss": rss, "charts_hwm": hwm,
            "charts_drawn": drawn, "charts_panels": len(tab.panels)}

spy = FirstPaint(window, done)
app.installEventFilter(spy)
window.show()
app.exec()
"""

# The real entry point: what a person sees first is the unlock dialog.
_ENTRY_POINT = """
from PySide6.QtWidgets import QApplication, QDialog
from healer import app as healer_app

spy = None
def watch():
    global spy
    dialog = next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()),
        None,
    )
    if dialog is None:
        QTimer.singleShot(1, watch)
        return
    def done():
        print(json.dumps({"paint": spy.at, "modules": spy.modules}))
        dialog.reject()
        QApplication.quit()
    spy = FirstPaint(dialog, done)
    QApplication.instance().installEventFilter(spy)

real_exec = QApplication.exec
def exec_and_watch(*args):
    QTimer.singleShot(0, watch)
    return real_exec()
QApplication.exec = exec_and_watch
healer_app.main(["--vault", os.environ["BENCH_VAULT"]])
"""

CHILDREN = {
    "bare PySide6 window, same tabs": _BARE,
    "Healer unlock dialog (the `healer` entry point)": _ENTRY_POINT,
    "Healer main window, unlock included": _MAIN_WINDOW,
}


def _spawn(code: str, vault: Path) -> dict[str, Any]:
    env = dict(
        os.environ,
        BENCH_TABS=json.dumps([spec.title() for spec in default_tabs()]),
        QT_QPA_PLATFORM="offscreen",
        BENCH_VAULT=str(vault),
        BENCH_PASSPHRASE=PASSPHRASE,
        PYTHONPATH=str(ROOT),
    )
    script = textwrap.dedent(_PRELUDE) + textwrap.dedent(code)
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"child failed ({done.returncode}): {done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    result["first_paint_ms"] = (result["paint"] - began) * 1000
    return result


def test_cold_start_and_memory(history: HistoryFactory) -> None:
    vault = history(ROWS).path
    names = list(CHILDREN)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    start = Case(
        "cold start → first paint (fresh process, offscreen), 100k vault",
        baseline=names[0],
        budget=Budget(ratio=1.5),
        budgets={names[2]: Budget(absolute=800)},
        notes={
            names[2]: "the KDF is the unlock row's",
            "Healer main window, minus the unlock": "unlock time measured in the child",
        },
    )
    start.restart_clock()
    for name in names:  # warm-up: page cache, .pyc files, fontconfig
        _spawn(CHILDREN[name], vault)
    for round_number in range(STARTUP_ROUNDS):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            runs[name].append(_spawn(CHILDREN[name], vault))
    samples = {name: [run["first_paint_ms"] for run in runs[name]] for name in names}
    samples["Healer main window, minus the unlock"] = [
        run["first_paint_ms"] - run["unlock_ms"] for run in runs[names[2]]
    ]
    start.record(samples)
    loaded = [run for run in runs[names[2]] if run["journal_loaded"]]
    assert len(loaded) == len(runs[names[2]]), "the journal's first page never arrived"
    for name in names:
        for run in runs[name]:
            assert run["modules"] == [], f"{name}: {run['modules']} imported before first paint"

    memory = Case(
        "memory: RSS with the window shown (journal page loaded), 100k vault",
        unit="MB",
        baseline=names[0],
        budget=Budget(absolute=100),
        notes={"Healer main window, unlock included": "peak VmHWM equal or close"},
    )
    memory.time_start, memory.load_start = start.time_start, start.load_start
    memory.record(
        {
            names[0]: [run["rss"] for run in runs[names[0]]],
            "Healer main window, unlock included": [run["rss"] for run in runs[names[2]]],
            "Healer main window, peak (VmHWM)": [run["hwm"] for run in runs[names[2]]],
        }
    )
    charted = [run for run in runs[names[2]] if "charts_rss" in run]
    if charted:
        first = charted[0]
        drawn_note = (
            f"{first['charts_drawn']} of {first['charts_panels']} charts drawn,"
            " the rest have no data here"
        )
        after = Case(
            "memory and time: charts tab shown, every chart drawn once, 100k vault",
            unit="MB",
            budget=Budget(absolute=200),
        )
        after.time_start, after.load_start = start.time_start, start.load_start
        after.record(
            {
                "RSS after all charts": [run["charts_rss"] for run in charted],
                "peak (VmHWM)": [run["charts_hwm"] for run in charted],
            }
        )
        ready = Case(
            "memory and time: charts tab shown, every chart drawn once, 100k vault",
            budget=Budget(absolute=2000),
            notes={"until every chart drawn": f"from the tab switch; {drawn_note}"},
        )
        ready.time_start, ready.load_start = start.time_start, start.load_start
        ready.record({"until every chart drawn": [run["charts_ms"] for run in charted]})
