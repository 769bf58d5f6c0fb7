"""Reads on the worker thread: each answer goes to the one caller that asked, typed, on the
GUI thread; cancel, a deleted receiver and lock drop it."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.journal import ActivationRow, RowPage, RowSort
from healer.domain.twoweek import TrackingFacts
from healer.services.background import BackgroundReads
from healer.services.session import Session

START = datetime(2026, 11, 23, 21, 5, tzinfo=UTC)


def test_work_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    receiver = QObject()
    seen: list[object] = []
    answered: list[tuple[int, QThread]] = []
    pending = reads.submit(
        lambda: seen.append(QThread.currentThread()) or 42,
        receiver=receiver,
        on_done=lambda result: answered.append((result, QThread.currentThread())),
    )
    assert pending.pending
    qtbot.wait_until(lambda: bool(answered))
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    assert answered == [(42, gui)]
    assert seen
    assert seen[0] is not gui
    assert not pending.pending
    reads.wait()


def test_only_the_caller_that_asked_is_answered(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    receiver = QObject()
    first: list[int] = []
    second: list[str] = []
    reads.submit(lambda: 1, receiver=receiver, on_done=first.append)
    reads.submit(lambda: "two", receiver=receiver, on_done=second.append)
    qtbot.wait_until(lambda: bool(first and second))
    assert first == [1]
    assert second == ["two"]
    reads.wait()


def test_a_failing_job_reports_its_error_type_only(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    receiver = QObject()
    done: list[object] = []
    failed: list[str] = []

    def broken() -> object:
        raise ValueError("private words")

    reads.submit(broken, receiver=receiver, on_done=done.append, on_failed=failed.append)
    qtbot.wait_until(lambda: bool(failed))
    assert failed == ["ValueError"]
    assert done == []
    reads.wait()


def test_cancel_all_drops_results_already_on_their_way(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    receiver = QObject()
    finished: list[int] = []
    ran: list[int] = []
    gate = threading.Event()
    reads.submit(lambda: gate.wait(5) and 1, receiver=receiver, on_done=finished.append)
    queued = reads.submit(lambda: ran.append(2) or 2, receiver=receiver, on_done=finished.append)
    reads.cancel_all()
    gate.set()
    reads.wait()
    QApplication.processEvents()
    assert finished == []
    assert ran == []  # a cancelled job never touches the vault
    assert not queued.pending
    reads.submit(lambda: 3, receiver=receiver, on_done=finished.append)
    qtbot.wait_until(lambda: finished == [3])


def test_one_read_cancelled_leaves_the_others(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    receiver = QObject()
    finished: list[str] = []
    gate = threading.Event()
    reads.submit(lambda: gate.wait(5) and "first", receiver=receiver, on_done=finished.append)
    dropped = reads.submit(lambda: "dropped", receiver=receiver, on_done=finished.append)
    reads.submit(lambda: "kept", receiver=receiver, on_done=finished.append)
    dropped.cancel()
    gate.set()
    qtbot.wait_until(lambda: len(finished) == 2)
    reads.wait()
    QApplication.processEvents()
    assert finished == ["first", "kept"]


def test_a_deleted_receiver_is_not_answered(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    receiver = QObject()
    witness = QObject()
    finished: list[int] = []
    gate = threading.Event()
    reads.submit(lambda: gate.wait(5) and 1, receiver=receiver, on_done=finished.append)
    reads.submit(lambda: 2, receiver=witness, on_done=finished.append)
    with qtbot.wait_signal(receiver.destroyed):
        receiver.deleteLater()
    gate.set()
    qtbot.wait_until(lambda: finished == [2])
    reads.wait()
    QApplication.processEvents()
    assert finished == [2]


def test_session_requests_and_lock(qtbot: QtBot, session: Session) -> None:
    for hour in range(3):
        session.journal.log(
            ActivationInput(trigger=f"t{hour}", intensity=hour, started_at=START.replace(hour=hour))
        )
    receiver = QObject()
    counts: list[tuple[int, int]] = []
    session.journal.request_row_count(ActivationQuery(), receiver, counts.append)
    qtbot.wait_until(lambda: bool(counts))
    assert counts == [(3, 3)]
    pages: list[list[ActivationRow]] = []
    session.journal.request_rows(
        ActivationQuery(),
        receiver,
        pages.append,
        page=RowPage(offset=0, limit=2, sort=RowSort.INTENSITY, descending=False, total=3),
    )
    qtbot.wait_until(lambda: bool(pages))
    assert [row.trigger for row in pages[0]] == ["t0", "t1"]
    late: list[TrackingFacts] = []
    pending = session.journal.request_tracking_facts(receiver, late.append)
    session.lock()
    session.reads.wait()
    QApplication.processEvents()
    assert late == []
    assert not pending.pending


def test_interactive_work_overtakes_queued_summaries(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    receiver = QObject()
    order: list[str] = []
    gate = threading.Event()

    def ignore(_result: object) -> None:
        pass

    reads.submit(lambda: gate.wait(5), receiver=receiver, on_done=ignore)
    reads.submit(lambda: order.append("summary"), receiver=receiver, on_done=ignore, priority=0)
    reads.submit(lambda: order.append("page"), receiver=receiver, on_done=ignore, priority=1)
    gate.set()
    assert reads.wait(5000)
    assert order == ["page", "summary"]
