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

# Shared by the entry-point children: run the real `healer` main and call on_paint(dialog)
# once the first passphrase dialog has painted (FirstPaint sets spy.at and spy.modules).
# Started as the desktop's launcher starts it (Exec=healer, no arguments): the vault comes
# from HEALER_VAULT.
_GATE = """
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from healer import app as healer_app

spy = None

def run_until_gate_painted(on_paint):
    def watch():
        global spy
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, QDialog) and w.isVisible()),
            None,
        )
        if dialog is None:
            QTimer.singleShot(1, watch)
            return
        spy = FirstPaint(dialog, lambda: on_paint(dialog))
        QApplication.instance().installEventFilter(spy)

    real_exec = QApplication.exec
    def exec_and_watch(*args):
        QTimer.singleShot(0, watch)
        return real_exec()
    QApplication.exec = exec_and_watch
    healer_app.main([])
"""

# The real entry point: what a person sees first is the unlock dialog.
_ENTRY_POINT = (
    _GATE
    + """
def done(dialog):
    print(json.dumps({"paint": spy.at, "modules": spy.modules}))
    dialog.reject()
    QApplication.quit()

run_until_gate_painted(done)
"""
)

# The real entry point through the unlock: the dialog paints, the person types (here: the
# child waits until the preloader is done, or presses Unlock at once when PRELOAD is "off"),
# Unlock is pressed, and the clock runs to the main window's first paint. The key
# derivation is timed inside the click and taken out: it is the unlock row's.
_UNLOCK_FLOW = (
    _GATE
    + """
from healer.ui import preload

preloading = os.environ["BENCH_PRELOAD"] == "on"
if not preloading:
    preload.ModulePreloader.start_after_paint = lambda self, widget: None
kdf_ms = []

def typed(dialog):
    waiting = [name for name in preload.MAIN_WINDOW_MODULES if name not in sys.modules]
    if preloading and waiting:
        QTimer.singleShot(5, lambda: typed(dialog))
        return
    # Patching unlock needs the module now; without preloading, the click would have paid
    # for this import, so its time is added back to the click's.
    importing = time.monotonic()
    from healer.services.session import Session
    import_s = time.monotonic() - importing
    original = Session.unlock.__func__
    def timed(cls, path, passphrase):
        began = time.monotonic()
        try:
            return original(cls, path, passphrase)
        finally:
            kdf_ms.append((time.monotonic() - began) * 1000)
    Session.unlock = classmethod(timed)
    global window_spy  # an event filter needs a Python reference to stay installed
    window_spy = WindowPaint(time.monotonic() - import_s)
    QApplication.instance().installEventFilter(window_spy)
    dialog.passphrase.setText(os.environ["BENCH_PASSPHRASE"])
    dialog.unlock_button.click()

class WindowPaint(QObject):
    def __init__(self, clicked):
        super().__init__()
        self.clicked = clicked
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            QApplication.instance().removeEventFilter(self)
            after = (time.monotonic() - self.clicked) * 1000 - sum(kdf_ms)
            print(json.dumps({"paint": spy.at, "after_click_ms": after, "modules": spy.modules}))
            QTimer.singleShot(0, QApplication.quit)
        return False

run_until_gate_painted(lambda dialog: QTimer.singleShot(0, lambda: typed(dialog)))
"""
)

CHILDREN = {
    "bare PySide6 window, same tabs": _BARE,
    "Healer unlock dialog (the `healer` entry point)": _ENTRY_POINT,
    "Healer main window, unlock included": _MAIN_WINDOW,
    "Unlock pressed, modules preloaded while the dialog waits (the app)": _UNLOCK_FLOW,
    "Unlock pressed at once, nothing preloaded": _UNLOCK_FLOW,
}
_PRELOAD = {
    "Unlock pressed, modules preloaded while the dialog waits (the app)": "on",
    "Unlock pressed at once, nothing preloaded": "off",
}


def _spawn(code: str, vault: Path, preload: str = "on") -> dict[str, Any]:
    # An installed Healer starts from bytecode (pip compiles the wheel, the bundle ships
    # .pyc files), as PySide6 here does; PYTHONDONTWRITEBYTECODE in a developer's or CI's
    # environment would make every child compile Healer's sources again and bill the
    # compiler to Healer. The warm-up round fills this cache; nothing lands in the tree.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPYCACHEPREFIX=str(vault.parent / "pycache"),
        BENCH_TABS=json.dumps([spec.title() for spec in default_tabs()]),
        QT_QPA_PLATFORM="offscreen",
        BENCH_VAULT=str(vault),
        HEALER_VAULT=str(vault),
        BENCH_PASSPHRASE=PASSPHRASE,
        BENCH_PRELOAD=preload,
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
        # The unlock dialog is held to 1.2× (issue 20); the rest keep the first round's 1.5×.
        budgets={names[1]: Budget(ratio=1.2), names[2]: Budget(absolute=800)},
        notes={
            names[2]: "the KDF is the unlock row's",
            "Healer main window, minus the unlock": "unlock time measured in the child",
        },
    )
    start.restart_clock()
    for name in names:  # warm-up: page cache, .pyc files, fontconfig
        _spawn(CHILDREN[name], vault, _PRELOAD.get(name, "on"))
    for round_number in range(STARTUP_ROUNDS):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            runs[name].append(_spawn(CHILDREN[name], vault, _PRELOAD.get(name, "on")))
    samples = {name: [run["first_paint_ms"] for run in runs[name]] for name in names[:3]}
    samples["Healer main window, minus the unlock"] = [
        run["first_paint_ms"] - run["unlock_ms"] for run in runs[names[2]]
    ]
    flow = names[3]
    samples["the app: unlock dialog, then Unlock → main window"] = [
        run["first_paint_ms"] + run["after_click_ms"] for run in runs[flow]
    ]
    start.notes["the app: unlock dialog, then Unlock → main window"] = (
        "dialog first paint + click → window first paint; typing and the KDF left out"
    )
    start.record(samples)

    after_click = Case(
        "Unlock pressed → main window first paint, KDF excluded, 100k vault",
        baseline=names[4],
    )
    after_click.time_start, after_click.load_start = start.time_start, start.load_start
    after_click.record({name: [run["after_click_ms"] for run in runs[name]] for name in names[3:]})
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
