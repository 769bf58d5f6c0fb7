"""One long vault job (a backup, a restore) on a worker thread, answered on the GUI thread.

Unlike the background reads, a job's failure is handed back as the error itself: the
messages of HealerError name files and reasons, never journal text. Anything else is
reported by its type only, as a calm sentence.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from healer.domain.errors import HealerError

_log = logging.getLogger(__name__)

T = TypeVar("T")


class Job(QObject, Generic[T]):
    """Runs work() on its own thread once; on_done or on_failed runs on the creating thread.

    Signals:
        finished(): after on_done or on_failed ran (or would have, had the receiver lived).
    """

    finished = Signal()
    # Private: emitted from the worker thread, delivered queued to this object's thread.
    _succeeded = Signal(object)
    _failed = Signal(object)

    def __init__(
        self,
        work: Callable[[], T],
        *,
        receiver: QObject,
        on_done: Callable[[T], None],
        on_failed: Callable[[HealerError], None],
    ) -> None:
        super().__init__(receiver)
        self._work = work
        self._receiver = receiver
        self._on_done = on_done
        self._on_failed = on_failed
        self._thread = threading.Thread(target=self._run, name="healer-job", daemon=True)
        self._succeeded.connect(self._on_self_succeeded)
        self._failed.connect(self._on_self_failed)

    def start(self) -> None:
        """Begin the work."""
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work itself has ended (shutdown and tests); True if it did."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work()
        except HealerError as error:
            self._failed.emit(error)
            return
        except Exception as error:  # noqa: BLE001 (reported to the GUI thread, not raised here)
            _log.warning("job failed: %s", type(error).__name__)
            self._failed.emit(
                HealerError(f"It stopped on an unexpected error ({type(error).__name__}).")
            )
            return
        self._succeeded.emit(result)

    @Slot(object)
    def _on_self_succeeded(self, result: object) -> None:
        if shiboken6.isValid(self._receiver):
            self._on_done(result)  # type: ignore[arg-type]
        self.finished.emit()

    @Slot(object)
    def _on_self_failed(self, error: object) -> None:
        if shiboken6.isValid(self._receiver) and isinstance(error, HealerError):
            self._on_failed(error)
        self.finished.emit()


def run_job(
    work: Callable[[], T],
    *,
    receiver: QObject,
    on_done: Callable[[T], None],
    on_failed: Callable[[HealerError], None],
) -> Job[T]:
    """Start work on a worker thread; the callbacks run on receiver's thread."""
    job = Job(work, receiver=receiver, on_done=on_done, on_failed=on_failed)
    job.start()
    return job
