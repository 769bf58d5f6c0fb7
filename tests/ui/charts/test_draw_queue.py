"""DrawQueue: one canvas per event-loop turn, each once, closed ones skipped."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from healer.ui.charts.draw_queue import DrawQueue


class FakeCanvas(QWidget):
    def __init__(self, name: str, log: list[str], queue: DrawQueue) -> None:
        super().__init__()
        self.name, self.log, self.queue = name, log, queue

    def draw(self) -> None:
        self.log.append(f"{self.name} (still waiting: {len(self.queue)})")


def test_canvases_draw_once_each_in_order_with_other_work_between(qtbot: QtBot) -> None:
    queue = DrawQueue()
    log: list[str] = []
    first, second = FakeCanvas("first", log, queue), FakeCanvas("second", log, queue)
    queue.queue(first)
    queue.queue(second)
    queue.queue(first)  # already waiting: not drawn twice
    QTimer.singleShot(0, lambda: log.append("other work"))
    qtbot.wait_until(lambda: len(log) == 3)
    qtbot.wait(20)
    assert log == ["first (still waiting: 1)", "other work", "second (still waiting: 0)"]


def test_a_canvas_closed_while_waiting_is_skipped(qtbot: QtBot) -> None:
    queue = DrawQueue()
    log: list[str] = []
    closed, kept = FakeCanvas("closed", log, queue), FakeCanvas("kept", log, queue)
    queue.queue(closed)
    queue.queue(kept)
    shiboken6.delete(closed)
    qtbot.wait_until(lambda: log == ["kept (still waiting: 0)"])
    assert len(queue) == 0
