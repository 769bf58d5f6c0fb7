"""ChartThread: jobs in order on one thread, answers on the GUI thread, none for closed views."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from healer.ui.charts.chart_thread import ChartThread


def test_jobs_run_in_order_on_one_thread_and_answer_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    chart_thread = ChartThread(owner)
    answers: list[tuple[int, bool]] = []
    workers: list[int] = []

    def work(number: int) -> int:
        workers.append(threading.get_ident())
        return number

    def answer(number: int) -> None:
        answers.append((number, threading.current_thread() is threading.main_thread()))

    for number in range(5):
        chart_thread.submit(lambda n=number: work(n), receiver=owner, on_done=answer)
    qtbot.waitUntil(lambda: len(answers) == 5)
    assert answers == [(number, True) for number in range(5)]
    assert len(set(workers)) == 1
    assert workers[0] != threading.get_ident()
    assert chart_thread.thread_ids == set(workers)
    assert chart_thread.call(lambda: threading.get_ident()) == workers[0]


def test_a_failure_names_its_type_only_and_a_closed_receiver_gets_nothing(qtbot: QtBot) -> None:
    owner, closed = QWidget(), QWidget()
    qtbot.addWidget(owner)
    chart_thread = ChartThread(owner)
    reasons: list[str] = []
    late: list[object] = []

    def fail() -> None:
        raise ValueError("words that must not travel")

    gate = threading.Event()
    chart_thread.submit(gate.wait, receiver=closed, on_done=late.append)
    chart_thread.submit(fail, receiver=owner, on_done=late.append, on_failed=reasons.append)
    shiboken6.delete(closed)
    gate.set()
    qtbot.waitUntil(lambda: bool(reasons))
    assert reasons == ["ValueError"]
    assert late == []
    with pytest.raises(ValueError, match="must not travel"):
        chart_thread.call(fail)  # call() is for the caller itself: the error as raised
