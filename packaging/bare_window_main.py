"""A bare PySide6 window for the packaged start-up benchmark: the bundle's floor to compare with.

Built into the bundle only when HEALER_PACKAGE_BARE_WINDOW=1 (see healer.spec), beside
`healer`, sharing its Python, Qt and libraries. It shows a plain main window with the
same tabs, menus and toolbar as the checkout's bare-window benchmark, prints one JSON line
when it first paints (monotonic clock, as healer's HEALER_BENCH_FIRST_PAINT hook does) and
exits.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

TABS = ("Journal", "Regulate", "Pause", "Parts", "People", "Charts", "Support")


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._window:
            at = time.monotonic()
            QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            line = {"first_paint": at, "cpu": time.process_time(), "window": "QMainWindow"}
            print(json.dumps(line), flush=True)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def main() -> int:
    """Show the window; exit once it has painted."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    tabs.setDocumentMode(True)
    titles = json.loads(os.environ["BENCH_TABS"]) if "BENCH_TABS" in os.environ else TABS
    for title in titles:
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
    spy = _FirstPaint(window)
    app.installEventFilter(spy)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
