"""Start-up measuring hook: print when the first window paints, then quit (benchmarks only).

The checkout's start-up benchmark patches the app from outside; a frozen bundle cannot be,
so `healer` loads this module when HEALER_BENCH_FIRST_PAINT is set. It prints one JSON line
with the monotonic clock (the same clock the parent read when it started the process) and
the window's class name, and nothing else: no path, no text.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_PAINT_ENV = "HEALER_BENCH_FIRST_PAINT"


class FirstPaintProbe(QObject):
    """Watches every widget's events until a top-level window paints for the first time."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint of a window: report it and end the event loop."""
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            at = time.monotonic()
            self._app.removeEventFilter(self)
            line = {"first_paint": at, "cpu": time.process_time(), "window": type(watched).__name__}
            print(json.dumps(line), flush=True)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False
