"""At the main window's first paint, no plotting or numeric library has been imported yet."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("matplotlib", "numpy", "pyqtgraph")

_CHILD = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from healer.services.session import Session
from healer.ui.main_window import MainWindow

class FirstPaint(QObject):
    seen = None
    def eventFilter(self, watched, event):
        if self.seen is None and event.type() == QEvent.Type.Paint and watched is window:
            self.seen = sorted(name for name in HEAVY if name in sys.modules)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication([])
session = Session.create(Path(tempfile.mkdtemp()) / "v.vault", "a passphrase for tests")
window = MainWindow(session)
spy = FirstPaint()
app.installEventFilter(spy)
window.show()
QTimer.singleShot(20_000, app.quit)
app.exec()
print(json.dumps({"painted": spy.seen is not None, "heavy": spy.seen,
                  "later": sorted(name for name in HEAVY if name in sys.modules)}))
window.lock()
"""


@pytest.mark.slow
def test_first_paint_comes_before_matplotlib_and_numpy(isolated_home: Path) -> None:
    script = f"HEAVY = {HEAVY!r}\n" + textwrap.dedent(_CHILD)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert '"painted": true' in line, line
    assert '"heavy": []' in line, line
