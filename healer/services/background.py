"""Read-only vault work on a worker thread; each result goes back to the one caller that asked.

A caller submits work returning T with a receiver QObject and callbacks: on_done(result)
runs on the GUI thread with the typed result, on_failed(reason) when the work raised
(reason names the error type only, never the message, which may hold journal text).
Nothing is delivered once the receiver is deleted, the read is cancelled, or the vault
locked (cancel_all).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_log = logging.getLogger(__name__)

T = TypeVar("T")

# Reads for what is on screen right now go ahead of summaries.
INTERACTIVE = 1


@dataclass(eq=False)
class _Pending(Generic[T]):
    """Who asked for one read and what to call back."""

    receiver: QObject
    on_done: Callable[[T], None]
    on_failed: Callable[[str], None] | None


class PendingRead(Generic[T]):
    """A submitted read: cancel() it when its answer is no longer wanted."""

    def __init__(self, owner: BackgroundReads, ticket: int) -> None:
        self._owner = owner
        self.ticket = ticket

    @property
    def pending(self) -> bool:
        """True until the answer was delivered, dropped or cancelled."""
        return self.ticket in self._owner.pending_tickets()

    def cancel(self) -> None:
        """Drop the answer (and skip the work if it has not started)."""
        self._owner.cancel(self.ticket)


class _Job(QRunnable):
    """One call of the work function; reports back through the owner's private signals."""

    def __init__(self, owner: BackgroundReads, ticket: int, work: Callable[[], object]) -> None:
        super().__init__()
        self._owner = owner
        self._ticket = ticket
        self._work = work

    def run(self) -> None:
        if not self._owner.is_pending(self._ticket):
            return  # cancelled before it started: do not touch the vault at all
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 (reported to the GUI thread, not raised in a worker)
            self._owner.job_failed.emit(self._ticket, type(error).__name__)
            return
        self._owner.job_done.emit(self._ticket, result)


class BackgroundReads(QObject):
    """A one-thread queue for reads that may take longer than a frame (counts, deep pages).

    One thread is enough: the vault has one connection, so reads run one at a time anyway.
    cancel_all() (on lock or when a view starts over) drops every earlier read's answer,
    whether it is queued, running, or already on its way back.
    """

    # Private: emitted from the worker thread, delivered queued to this object's thread.
    job_done = Signal(int, object)
    job_failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tickets = itertools.count(1)
        self._pending: dict[int, _Pending[object]] = {}
        self.job_done.connect(self._on_self_job_done)
        self.job_failed.connect(self._on_self_job_failed)

    def submit(
        self,
        work: Callable[[], T],
        *,
        receiver: QObject,
        on_done: Callable[[T], None],
        on_failed: Callable[[str], None] | None = None,
        priority: int = 0,
    ) -> PendingRead[T]:
        """Queue work; on_done(result) or on_failed(reason) runs later on this thread.

        Queued jobs with a higher priority start first: what a person is looking at (a
        table page) goes before a summary panel's aggregate.
        """
        ticket = next(self._tickets)
        self._pending[ticket] = _Pending(receiver, on_done, on_failed)  # type: ignore[arg-type]
        self._pool.start(_Job(self, ticket, work), priority)
        return PendingRead(self, ticket)

    def is_pending(self, ticket: int) -> bool:
        """Whether a ticket's answer is still wanted (read from the worker thread too)."""
        return ticket in self._pending

    def pending_tickets(self) -> frozenset[int]:
        """Every ticket whose answer is still wanted."""
        return frozenset(self._pending)

    def cancel(self, ticket: int) -> None:
        """Drop one read's answer."""
        self._pending.pop(ticket, None)

    def cancel_all(self) -> None:
        """Drop every answer not yet delivered and every job not yet started."""
        self._pending.clear()
        self._pool.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queue is empty (for shutdown and tests); True if it emptied."""
        return bool(self._pool.waitForDone(msecs))

    def _take(self, ticket: int) -> _Pending[object] | None:
        pending = self._pending.pop(ticket, None)
        if pending is None or not shiboken6.isValid(pending.receiver):
            return None  # cancelled, or its receiver was deleted meanwhile
        return pending

    @Slot(int, object)
    def _on_self_job_done(self, ticket: int, result: object) -> None:
        pending = self._take(ticket)
        if pending is not None:
            pending.on_done(result)

    @Slot(int, str)
    def _on_self_job_failed(self, ticket: int, reason: str) -> None:
        pending = self._take(ticket)
        if pending is None:
            return
        _log.warning("background read %d failed: %s", ticket, reason)
        if pending.on_failed is not None:
            pending.on_failed(reason)
