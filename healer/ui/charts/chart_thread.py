"""The one thread that owns every chart figure: it imports matplotlib, updates and draws.

The GUI thread never runs matplotlib. It hands a chart's numbers over, the chart thread
draws the figure with Agg into a QImage, and the GUI thread only paints that image, so
a 100,000-point chart never holds up a click, a keystroke or a pacer frame. One thread,
kept for the tab's life (it never expires and is never replaced), so each figure is only
ever touched by that one thread. While it draws, the interpreter changes hands every
millisecond (SWITCH_INTERVAL), so the GUI thread waits at most that long for its turn,
and the garbage collector waits for the job (a full collection stops every thread).

Signals (private, delivered queued to the GUI thread):
    job_done(ticket, result), job_failed(ticket, reason)
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from healer.services.collector import paused_collector

_log = logging.getLogger(__name__)
T = TypeVar("T")
# Python's default is 5 ms: every event the GUI thread handles (a timer, a paint, a key)
# needs the interpreter, and with the chart thread and the vault's reader both busy a
# pacer frame waited up to 5 ms per hand-over, several times per frame. At 1 ms a range
# switch still stalled the window 30-36 ms (medians, 100,000 episodes); at 0.2 ms 22-24,
# for charts finished about a tenth later.
SWITCH_INTERVAL = 0.0002


def share_the_interpreter() -> None:
    """Let a waiting thread take Python's lock within SWITCH_INTERVAL (never longer)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))


@dataclass(eq=False)
class _Pending(Generic[T]):
    """Who asked for one job and what to call back."""

    receiver: QObject
    on_done: Callable[[T], None]
    on_failed: Callable[[str], None] | None


class _Outbox:
    """The way back to the GUI thread; closed (under a lock) when the tab goes away."""

    def __init__(self, owner: ChartThread) -> None:
        self._owner: ChartThread | None = owner
        self._lock = threading.Lock()
        self.thread_ids: set[int] = set()

    def close(self) -> None:
        """Deliver nothing more (called as the owner is destroyed)."""
        with self._lock:
            self._owner = None

    def send(self, ticket: int, result: object, failure: str | None) -> None:
        """Post a job's result or failure to the GUI thread, unless closed."""
        with self._lock:
            if self._owner is None:
                return
            if failure is None:
                self._owner.job_done.emit(ticket, result)
            else:
                self._owner.job_failed.emit(ticket, failure)


class _Job(QRunnable):
    """One call of the work function on the chart thread."""

    def __init__(self, outbox: _Outbox, ticket: int, work: Callable[[], object]) -> None:
        super().__init__()
        self._outbox = outbox
        self._ticket = ticket
        self._work = work

    def run(self) -> None:
        self._outbox.thread_ids.add(threading.get_ident())
        try:
            # A full collection mid-draw held the window up to 40 ms; a draw's temporaries
            # are freed by reference counting as it ends.
            with paused_collector():
                result = self._work()
        except Exception as error:  # noqa: BLE001 (reported to the GUI thread, not raised here)
            # The type only: a message could quote chart data.
            self._outbox.send(self._ticket, None, type(error).__name__)
            return
        self._outbox.send(self._ticket, result, None)


class ChartThread(QObject):
    """A first-in, first-out queue of chart work on one long-lived thread."""

    job_done = Signal(int, object)
    job_failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        share_the_interpreter()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # the same thread for every figure, for good
        self._tickets = itertools.count(1)
        self._pending: dict[int, _Pending[Any]] = {}
        self._outbox = _Outbox(self)
        self.thread_ids = self._outbox.thread_ids  # read by tests: always one thread
        pool, outbox = self._pool, self._outbox

        def close() -> None:
            # Before the pool's destructor waits for the running job: drop the rest.
            outbox.close()
            pool.clear()

        self.destroyed.connect(close)
        self.job_done.connect(self._on_self_job_done)
        self.job_failed.connect(self._on_self_job_failed)
        # Results that arrived together are handed out one per turn of the event loop:
        # several charts finishing at once would otherwise all be taken, and their
        # images painted, in one long turn of the window.
        self._arrived: deque[tuple[int, object, str | None]] = deque()
        self._hand_out = QTimer(self)
        self._hand_out.setInterval(0)
        self._hand_out.timeout.connect(self._on_hand_out_timeout)

    def submit(
        self,
        work: Callable[[], T],
        *,
        receiver: QObject,
        on_done: Callable[[T], None],
        on_failed: Callable[[str], None] | None = None,
    ) -> int:
        """Queue work; on_done(result) or on_failed(reason) runs later on the GUI thread."""
        ticket = next(self._tickets)
        self._pending[ticket] = _Pending(receiver, on_done, on_failed)
        self._pool.start(_Job(self._outbox, ticket, work))
        return ticket

    def call(self, work: Callable[[], T], timeout: float = 60.0) -> T:
        """Run work on the chart thread and wait for its result (tests and saving only)."""
        finished = threading.Event()
        box: list[T] = []
        errors: list[BaseException] = []

        def run() -> None:
            try:
                box.append(work())
            except Exception as error:  # noqa: BLE001 (raised again on the calling thread)
                errors.append(error)
            finally:
                finished.set()

        self._pool.start(_Job(self._outbox, 0, run))
        if not finished.wait(timeout):
            raise TimeoutError("the chart thread did not answer")
        if errors:
            raise errors[0]
        return box[0]

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queue is empty (shutdown and tests); True if it emptied."""
        return bool(self._pool.waitForDone(msecs))

    def _take(self, ticket: int) -> _Pending[Any] | None:
        pending = self._pending.pop(ticket, None)
        if pending is None or not shiboken6.isValid(pending.receiver):
            return None  # a job for call(), or its chart was closed meanwhile
        return pending

    @property
    def waiting_results(self) -> int:
        """Results back from the chart thread, not yet handed to their receivers."""
        return len(self._arrived)

    @Slot(int, object)
    def _on_self_job_done(self, ticket: int, result: object) -> None:
        self._arrive(ticket, result, None)

    @Slot(int, str)
    def _on_self_job_failed(self, ticket: int, reason: str) -> None:
        _log.warning("a chart could not be drawn: %s", reason)
        self._arrive(ticket, None, reason)

    def _arrive(self, ticket: int, result: object, failure: str | None) -> None:
        self._arrived.append((ticket, result, failure))
        if not self._hand_out.isActive():
            self._hand_out.start()

    @Slot()
    def _on_hand_out_timeout(self) -> None:
        ticket, result, failure = self._arrived.popleft()
        if not self._arrived:
            self._hand_out.stop()
        pending = self._take(ticket)
        if pending is None:
            return
        if failure is None:
            pending.on_done(result)
        elif pending.on_failed is not None:
            pending.on_failed(failure)
