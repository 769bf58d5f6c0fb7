"""session.path: one background read of the page's standings, answered to its one caller."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from path_history import fill_later_steps
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.path import PathStep, PathView
from healer.services.path import PathService
from healer.services.session import Session


def test_the_view_follows_the_vault_and_the_injected_clock(session: Session) -> None:
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    service = PathService(session._vault, session.reads, clock=lambda: now)
    assert service.view(UTC).is_welcome
    for day in range(3):
        started = now - timedelta(days=day, hours=2)
        session.journal.log(
            ActivationInput("what happened", 5, started, started + timedelta(minutes=30))
        )
    fill_later_steps(session, now)
    view = service.view(UTC)
    assert not view.is_welcome
    assert view.map.days_logged == 3
    assert all(
        view.begun(step) for step in PathStep if step not in {PathStep.REGULATE, PathStep.PAUSE}
    )
    assert view.long is not None
    assert view.long.months == 1  # the first dialogue: 1 October, sixty days before


def test_request_view_answers_on_the_gui_thread(qtbot: QtBot, session: Session) -> None:
    receiver = QObject()
    answers: list[PathView] = []
    session.path.request_view(receiver, answers.append)
    qtbot.wait_until(lambda: bool(answers))
    assert answers[0].is_welcome
