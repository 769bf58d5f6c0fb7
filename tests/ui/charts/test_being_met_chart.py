"""The "Being met" chart: moments per month by response, for everyone, one person or Myself."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from healer.domain.chartrange import RangeChoice
from healer.domain.moments import MomentInput, Response
from healer.domain.people import Person, PersonInput
from healer.services.people import PeopleService
from healer.services.session import Session
from healer.ui.charts.painters import BeingMetPainter
from healer.ui.charts.tab import ChartsTab

TODAY = date(2026, 11, 21)


def _open(session: Session, qtbot: QtBot) -> ChartsTab:
    tab = ChartsTab(session, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(900, 1800)
    tab.show()
    tab.set_range(RangeChoice.SIX_MONTHS)
    qtbot.waitUntil(lambda: not tab.pending and not tab.being_met.pending, timeout=20_000)
    return tab


def _fill(session: Session) -> int:
    riley = session.people.add_person(PersonInput("Riley"))
    start = datetime(2026, 6, 1, 12, tzinfo=UTC)
    for day in range(0, 170, 7):
        when = start + timedelta(days=day)
        session.people.log_moment(MomentInput(when, Response.HURT, person_id=riley.id))
        session.people.log_moment(MomentInput(when, Response.CARE, shared="my own words"))
    return riley.id


def test_an_empty_vault_explains_what_to_log(session: Session, qtbot: QtBot) -> None:
    tab = _open(session, qtbot)
    assert tab.being_met.is_empty
    assert "People tab" in tab.being_met.empty_label.text()
    assert not tab.being_met.save_button.isEnabled()


def test_the_chart_draws_every_month_and_says_it_in_words(session: Session, qtbot: QtBot) -> None:
    riley = _fill(session)
    tab = _open(session, qtbot)
    panel = tab.being_met
    assert not panel.is_empty
    painter = panel.view.painter
    assert isinstance(painter, BeingMetPainter)
    heights = [
        sum(
            float(np.ptp(path.vertices[:, 1]))
            for path in (stack.get_paths()[index] for stack in painter.stacks.values())
        )
        for index in range(len(painter.stacks[Response.CARE].get_paths()))
    ]
    assert len(heights) == 7  # late May to late November: seven months touched
    assert sum(heights) == 50
    summary = panel.summary.text()
    assert summary.startswith("Everyone: 50 moments")
    assert "25 met with care (50%)" in summary
    assert panel.view.accessibleDescription() == summary
    assert "my own words" not in summary

    panel.who_box.setCurrentIndex(panel.who_box.findData(riley))
    qtbot.waitUntil(lambda: not panel.pending, timeout=20_000)
    assert panel.summary.text().startswith("Riley: 25 moments in this period, 0 met with care")
    panel.who_box.setCurrentIndex(panel.who_box.findData("myself"))
    qtbot.waitUntil(lambda: not panel.pending, timeout=20_000)
    assert "25 met with care (100%)" in panel.summary.text()


def test_a_new_moment_redraws_the_chart(session: Session, qtbot: QtBot) -> None:
    tab = _open(session, qtbot)
    assert tab.being_met.is_empty
    session.people.log_moment(MomentInput(datetime(2026, 11, 20, 9, tzinfo=UTC), Response.PARTLY))
    qtbot.waitUntil(lambda: not tab.being_met.is_empty, timeout=20_000)
    assert "1 partly met" in tab.being_met.summary.text()


def test_the_names_are_read_off_the_gui_thread(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The vault's one connection can be busy on the worker for a second (100,000 rows of
    # a chart set): a read of the names on the GUI thread would wait for it.
    riley = _fill(session)
    readers: list[bool] = []
    original = PeopleService.people

    def spy(service: PeopleService) -> list[Person]:
        readers.append(threading.current_thread() is threading.main_thread())
        return original(service)

    monkeypatch.setattr(PeopleService, "people", spy)
    tab = _open(session, qtbot)
    assert readers
    assert not any(readers)
    assert tab.being_met.who_box.findData(riley) >= 0
