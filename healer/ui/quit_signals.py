"""Quit cleanly on SIGTERM, SIGHUP and SIGINT: the vault is locked, lock file and socket go."""

from __future__ import annotations

import contextlib
import os
import signal
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class QuitOnSignals(QObject):
    """While installed, a quit signal ends the event loop with exit code 128 + its number.

    Python runs signal handlers only between bytecodes, and Qt's loop runs in C++: the
    wake-up pipe makes the loop notice the signal at once. A pipe, not a socket pair: the
    socket module costs ~10 ms of start-up before the first window paints.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self._received = 0
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        self._previous = {number: signal.signal(number, self._on_signal) for number in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        self._received = number

    def _on_notifier_activated(self) -> None:
        with contextlib.suppress(BlockingIOError):
            data = os.read(self._reader, 64)
            if data and not self._received:
                self._received = data[-1]
        if self._received:
            QCoreApplication.exit(128 + self._received)

    def uninstall(self) -> None:
        """Give the signals back to their previous handlers (idempotent)."""
        if not self._previous:
            return
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._reader)
        os.close(self._writer)
