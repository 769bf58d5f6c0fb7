"""Longer vault work a person started, on a worker thread, answered in plain words.

Two kinds. `submit_job` runs on the session's worker (exports, imports, checks, the
passphrase change): locking drops it like any background read. `run_job` gets a thread of
its own, for work that outlives the session it started from (a restore closes the vault
first; a backup must finish). A background read reports a failure by the error's type name
alone; these are started by a person who must be told what went wrong, so the errors a
person can act on (HealerError, whose messages name files and fields but never journal
text, and OSError) come back with their sentence; anything else stays a bug, reported by
type name only.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from healer.domain.errors import HealerError, Words, words
from healer.domain.words import QT_TRANSLATE_NOOP
from healer.services.background import INTERACTIVE, BackgroundReads, PendingRead
from healer.storage.errors import DestinationExistsError

_log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class JobProblem:
    """Why a job did not finish, in one sentence a person can act on."""

    words: Words
    # The chosen file exists: the caller may ask whether to replace it and start again.
    exists: bool = False
    # Not one of the expected refusals: a bug, named by its type only.
    unexpected: bool = False

    @property
    def message(self) -> str:
        """The English sentence (for logs and the command line); the window translates words."""
        return str(self.words)


def problem_of(error: BaseException) -> JobProblem | None:
    """The JobProblem an expected error stands for; None for anything else (a bug)."""
    if isinstance(error, DestinationExistsError):
        return JobProblem(error.words, exists=True)
    if isinstance(error, HealerError):
        return JobProblem(error.words)
    if isinstance(error, OSError):
        return JobProblem(
            words(
                QT_TRANSLATE_NOOP("errors", "The file could not be read or written (%1)."),
                error.strerror or "an error",
            )
        )
    return None


class _Outcome:
    """A job's expected refusal, carried back instead of raised."""

    def __init__(self, problem: JobProblem) -> None:
        self.problem = problem


def submit_job(
    reads: BackgroundReads,
    work: Callable[[], T],
    *,
    receiver: QObject,
    on_done: Callable[[T], None],
    on_problem: Callable[[JobProblem], None],
) -> PendingRead[object]:
    """Run work on the worker thread; on_done or on_problem runs later on the GUI thread."""

    def guarded() -> object:
        try:
            return work()
        except Exception as error:
            problem = problem_of(error)
            if problem is None:
                raise
            return _Outcome(problem)

    def done(result: object) -> None:
        if isinstance(result, _Outcome):
            on_problem(result.problem)
        else:
            on_done(result)  # type: ignore[arg-type]  # guarded returns work's T otherwise

    def failed(reason: str) -> None:
        on_problem(
            JobProblem(
                words(QT_TRANSLATE_NOOP("errors", "Something unexpected went wrong (%1)."), reason),
                unexpected=True,
            )
        )

    return reads.submit(
        guarded, receiver=receiver, on_done=done, on_failed=failed, priority=INTERACTIVE
    )


class ProgressRelay(QObject):
    """Carries a job's progress from the worker thread to a callback on this thread.

    Owned by a long-lived object (not the dialog that shows the bar), so a dialog closed
    mid-job cannot make the worker's report fail; the callback is skipped once the
    receiver is gone. Reporting never raises: progress is news, never a reason to stop.
    """

    # Private: emitted from the worker thread, delivered queued to this object's thread.
    _progressed = Signal(object, object)

    def __init__(
        self, owner: QObject, receiver: QObject, on_progress: Callable[[int, int], None]
    ) -> None:
        super().__init__(owner)
        self._receiver = receiver
        self._on_progress = on_progress
        self._progressed.connect(self._on_self_progressed)

    def report(self, done: int, whole: int) -> None:
        """From any thread: done of whole (bytes, say) so far."""
        with contextlib.suppress(RuntimeError):  # the owner is gone (the vault was locked)
            self._progressed.emit(done, whole)

    def finish(self) -> None:
        """The job has answered: no more news; let go of this object."""
        with contextlib.suppress(RuntimeError):
            self._progressed.disconnect(self._on_self_progressed)
            self.deleteLater()

    @Slot(object, object)
    def _on_self_progressed(self, done: object, whole: object) -> None:
        if shiboken6.isValid(self._receiver) and isinstance(done, int) and isinstance(whole, int):
            self._on_progress(done, whole)


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
                HealerError(
                    QT_TRANSLATE_NOOP("errors", "It stopped on an unexpected error (%1)."),
                    type(error).__name__,
                )
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
