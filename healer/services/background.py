"""Read-only vault work on a worker thread, with results handed back on the GUI thread.

Signals:
    finished(ticket, result): a submitted job returned; emitted on the owner's thread.
    failed(ticket, reason): a submitted job raised; reason names the error type only.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_log = logging.getLogger(__name__)


class _Job(QRunnable):
    """One call of the work function; reports back through the owner's private signals."""

    def __init__(
        self, owner: BackgroundReads, ticket: int, epoch: int, work: Callable[[], object]
    ) -> None:
        super().__init__()
        self._owner = owner
        self._ticket = ticket
        self._epoch = epoch
        self._work = work

    def run(self) -> None:
        if self._owner.epoch != self._epoch:
            return  # cancelled before it started: do not touch the vault at all
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 (reported to the GUI thread, not raised in a worker)
            self._owner.job_failed.emit(self._ticket, self._epoch, type(error).__name__)
            return
        self._owner.job_done.emit(self._ticket, self._epoch, result)


class BackgroundReads(QObject):
    """A one-thread queue for reads that may take longer than a frame (counts, deep pages).

    One thread is enough: the vault has one connection, so reads run one at a time anyway.
    cancel_all() (on lock or when a view starts over) makes every earlier ticket's result
    be dropped, whether it is queued, running, or already on its way back.
    """

    finished = Signal(int, object)
    failed = Signal(int, str)
    # Private: emitted from the worker thread, delivered queued to this object's thread.
    job_done = Signal(int, int, object)
    job_failed = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tickets = itertools.count(1)
        self.epoch = 0
        self.job_done.connect(self._on_self_job_done)
        self.job_failed.connect(self._on_self_job_failed)

    def submit(self, work: Callable[[], object], *, priority: int = 0) -> int:
        """Queue work; its result arrives later through finished (or failed) with this ticket.

        Queued jobs with a higher priority start first: what a person is looking at (a
        table page) goes before a summary panel's aggregate.
        """
        ticket = next(self._tickets)
        self._pool.start(_Job(self, ticket, self.epoch, work), priority)
        return ticket

    def cancel_all(self) -> None:
        """Drop every result not yet delivered and every job not yet started."""
        self.epoch += 1
        self._pool.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queue is empty (for shutdown and tests); True if it emptied."""
        return bool(self._pool.waitForDone(msecs))

    @Slot(int, int, object)
    def _on_self_job_done(self, ticket: int, epoch: int, result: object) -> None:
        if epoch == self.epoch:
            self.finished.emit(ticket, result)

    @Slot(int, int, str)
    def _on_self_job_failed(self, ticket: int, epoch: int, reason: str) -> None:
        if epoch != self.epoch:
            return
        _log.warning("background read %d failed: %s", ticket, reason)
        self.failed.emit(ticket, reason)
