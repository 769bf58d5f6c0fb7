"""The two-week panel moves on to the last fourteen days once the first fortnight is over."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.services.session import Session
from healer.ui.journal.tab import JournalTab


def test_after_a_fortnight_the_panel_shows_the_last_fourteen_days_and_says_so(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    panel = journal_tab.two_week
    now = utc_now()
    for days_ago in (40, 39, 3, 1):
        session.journal.log(ActivationInput("no reply", 6, now - timedelta(days=days_ago)))
    qtbot.wait_until(lambda: panel.current is not None and panel.current.total == 4)
    summary = panel.current
    assert summary is not None
    assert summary.latest
    assert summary.days_covered == 2
    assert panel.title.text() == "Your last two weeks"
    assert "last 14 days" in panel.days_label.text()
    assert "2 of them" in panel.days_label.text()
    assert panel.accessibleName() == "Your last two weeks"
