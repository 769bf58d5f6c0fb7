"""Reads on the worker thread: results come back on the GUI thread, and lock drops stale ones."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.journal import RowSort
from healer.services.background import BackgroundReads
from healer.services.session import Session

START = datetime(2026, 11, 23, 21, 5, tzinfo=UTC)


def test_work_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    seen: list[object] = []
    with qtbot.wait_signal(reads.finished) as blocker:
        ticket = reads.submit(lambda: seen.append(QThread.currentThread()) or 42)
    assert blocker.args == [ticket, 42]
    assert seen
    assert seen[0] is not QApplication.instance().thread()  # type: ignore[union-attr]
    reads.wait()


def test_a_failing_job_reports_its_error_type_only(qtbot: QtBot) -> None:
    reads = BackgroundReads()

    def broken() -> object:
        raise ValueError("private words")

    with qtbot.wait_signal(reads.failed) as blocker:
        ticket = reads.submit(broken)
    assert blocker.args == [ticket, "ValueError"]
    reads.wait()


def test_cancel_drops_results_already_on_their_way(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    finished: list[int] = []
    reads.finished.connect(lambda ticket, result: finished.append(ticket))
    gate = threading.Event()
    reads.submit(lambda: gate.wait(5) and 1)
    queued = reads.submit(lambda: 2)
    reads.cancel_all()
    gate.set()
    reads.wait()
    QApplication.processEvents()
    assert finished == []
    after = reads.submit(lambda: 3)
    qtbot.wait_until(lambda: finished == [after])
    assert queued != after


def test_session_requests_and_lock(qtbot: QtBot, session: Session) -> None:
    for hour in range(3):
        session.journal.log(
            ActivationInput(trigger=f"t{hour}", intensity=hour, started_at=START.replace(hour=hour))
        )
    with qtbot.wait_signal(session.reads.finished) as blocker:
        ticket = session.journal.request_row_count(ActivationQuery())
    assert blocker.args == [ticket, (3, 3)]
    with qtbot.wait_signal(session.reads.finished) as blocker:
        session.journal.request_rows(
            ActivationQuery(), sort=RowSort.INTENSITY, descending=False, offset=0, limit=2, total=3
        )
    assert [row.trigger for row in blocker.args[1]] == ["t0", "t1"]
    late: list[int] = []
    session.reads.finished.connect(lambda ticket, result: late.append(ticket))
    session.journal.request_tracking_facts()
    session.lock()
    session.reads.wait()
    QApplication.processEvents()
    assert late == []


def test_interactive_work_overtakes_queued_summaries(qtbot: QtBot) -> None:
    reads = BackgroundReads()
    order: list[str] = []
    gate = threading.Event()
    reads.submit(lambda: gate.wait(5))
    reads.submit(lambda: order.append("summary"), priority=0)
    reads.submit(lambda: order.append("page"), priority=1)
    gate.set()
    assert reads.wait(5000)
    assert order == ["page", "summary"]
