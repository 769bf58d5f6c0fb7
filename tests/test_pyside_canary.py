"""Canary for a known PySide6 trap: a leaked reference to None on every void Qt call.

PySide6 6.12.0 on CPython 3.11 decrements None's reference count on each call to a
Qt method returning void; after a few thousand calls the count hits zero and the
process dies with "Fatal Python error: none_dealloc". The app repaints its pacer
many times a second, so it would crash within minutes. These tests run the calls in
a child process (a crash there must not take pytest down) with this interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

DONE = "CANARY-COMPLETED"

PAINTING_WIDGET = """
import sys
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget


class Canvas(QWidget):
    def __init__(self):
        super().__init__()
        self.paints = 0

    def paintEvent(self, event):
        self.paints += 1
        painter = QPainter(self)
        painter.drawLine(0, 0, self.width(), self.height())
        painter.end()


app = QApplication([])
widget = Canvas()
widget.resize(64, 64)
widget.show()
app.processEvents()
"""

REPAINT_LOOP = """
CALLS = 20_000
for _ in range(CALLS):
    widget.repaint()
for _ in range(CALLS):
    widget.update()
    app.processEvents()
print(f"{DONE} calls={2 * CALLS} paints={widget.paints}")
"""

REFCOUNT_PROBE = """
widget.update()
before = sys.getrefcount(None)
for _ in range(1_000):
    widget.update()
after = sys.getrefcount(None)
print(f"{DONE} before={before} after={after}")
"""


def run_child(body: str) -> dict[str, int]:
    """Run the widget set-up plus body in a fresh interpreter; the key=value counts it prints."""
    script = textwrap.dedent(PAINTING_WIDGET) + f"DONE = {DONE!r}\n" + textwrap.dedent(body)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert "none_dealloc" not in completed.stderr, completed.stderr[-2000:]
    assert completed.returncode == 0, (completed.returncode, completed.stderr[-2000:])
    [line] = [line for line in completed.stdout.splitlines() if line.startswith(DONE)]
    return {key: int(value) for key, value in (part.split("=") for part in line.split()[1:])}


def test_tens_of_thousands_of_void_qt_calls_do_not_kill_the_process() -> None:
    counts = run_child(REPAINT_LOOP)
    assert counts["calls"] == 40_000
    # repaint() paints synchronously: if paintEvent never ran, the loop proved nothing.
    assert counts["paints"] >= 20_000


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 on; its reference count is a constant",
)
def test_void_qt_calls_do_not_drain_the_reference_count_of_none() -> None:
    counts = run_child(REFCOUNT_PROBE)
    assert counts["before"] - counts["after"] < 100, counts
