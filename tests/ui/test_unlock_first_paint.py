"""The unlock dialog paints before the vault and window code loads, which then preloads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from healer.ui.preload import MAIN_WINDOW_MODULES

REPO = Path(__file__).resolve().parents[2]

_CHILD = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from healer import app as healer_app
from healer.ui.preload import MAIN_WINDOW_MODULES

WATCHED = list(MAIN_WINDOW_MODULES) + ["healer.storage.exchange", "matplotlib"]
report = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if "at_paint" not in report and event.type() == QEvent.Type.Paint and isinstance(
            watched, QDialog
        ):
            report["dialog"] = type(watched).__name__
            report["at_paint"] = [name for name in WATCHED if name in sys.modules]
            QTimer.singleShot(0, wait_for_preload)
        return False

def wait_for_preload(tries=[0]):
    tries[0] += 1
    if any(name not in sys.modules for name in MAIN_WINDOW_MODULES) and tries[0] < 2000:
        QTimer.singleShot(5, wait_for_preload)
        return
    report["later"] = [name for name in WATCHED if name in sys.modules]
    print(json.dumps(report), flush=True)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.reject()

spy = FirstPaint()
real_exec = QApplication.exec
def exec_with_spy(*args):
    QApplication.instance().installEventFilter(spy)
    return real_exec()
QApplication.exec = exec_with_spy
healer_app.main(["--vault", sys.argv[1]])
"""


@pytest.mark.slow
def test_unlock_dialog_paints_first_then_the_window_modules_preload(
    isolated_home: Path, vault_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_CHILD), str(vault_path)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["dialog"] == "UnlockDialog"
    assert report["at_paint"] == []
    assert report["later"] == list(MAIN_WINDOW_MODULES)


# Started as the desktop starts it (no arguments; the vault from HEALER_VAULT), the unlock
# dialog paints before what only later steps need: the pause's and the pacer's rules, the
# create dialog's strength meter, a socket pair for quit signals, argparse's gettext lookups,
# and the Qt namespace's enums.
_LIGHT_CHILD = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from healer import app as healer_app

WATCHED = ["healer.domain.breathing", "healer.domain.pause", "healer.domain.activation",
           "healer.ui.unlock.create_dialog", "socket", "locale", "multiprocessing"]
before = [name for name in WATCHED if name in sys.modules]

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QDialog):
            loaded = [name for name in WATCHED if name in sys.modules]
            # PySide builds the Qt namespace (all its enums, ~20 ms) at its first touch.
            qt_namespace = "Qt" in vars(sys.modules["PySide6.QtCore"])
            print(json.dumps({"dialog": type(watched).__name__, "before": before,
                              "at_paint": loaded, "qt_namespace": qt_namespace}), flush=True)
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, watched.reject)
        return False

spy = FirstPaint()
real_exec = QApplication.exec
def exec_with_spy(*args):
    QApplication.instance().installEventFilter(spy)
    return real_exec()
QApplication.exec = exec_with_spy
healer_app.main([])
"""


@pytest.mark.slow
def test_a_desktop_launch_paints_before_loading_what_only_later_steps_need(
    isolated_home: Path, vault_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_LIGHT_CHILD)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HEALER_VAULT=str(vault_path)),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["dialog"] == "UnlockDialog"
    assert report["before"] == []  # the child itself loaded none of them
    assert report["at_paint"] == []
    assert report["qt_namespace"] is False
