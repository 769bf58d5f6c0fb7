"""Longer vault work (exports, imports, checks) on the worker thread, answered in plain words.

A background read reports a failure by the error's type name alone. These jobs are
started by a person who must be told what went wrong, so the errors a person can act on
(HealerError, whose messages name files and fields but never journal text, and OSError)
come back as a JobProblem with their sentence; anything else stays a bug, reported by
type name only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject

from healer.domain.errors import HealerError
from healer.services.background import INTERACTIVE, BackgroundReads, PendingRead
from healer.storage.errors import DestinationExistsError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class JobProblem:
    """Why a job did not finish, in one sentence a person can act on."""

    message: str
    # The chosen file exists: the caller may ask whether to replace it and start again.
    exists: bool = False
    # Not one of the expected refusals: a bug, named by its type only.
    unexpected: bool = False


def problem_of(error: BaseException) -> JobProblem | None:
    """The JobProblem an expected error stands for; None for anything else (a bug)."""
    if isinstance(error, DestinationExistsError):
        return JobProblem(str(error), exists=True)
    if isinstance(error, HealerError):
        return JobProblem(str(error))
    if isinstance(error, OSError):
        return JobProblem(
            f"The file could not be read or written ({error.strerror or 'an error'})."
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
        on_problem(JobProblem(f"Something unexpected went wrong ({reason}).", unexpected=True))

    return reads.submit(
        guarded, receiver=receiver, on_done=done, on_failed=failed, priority=INTERACTIVE
    )
