"""Fixtures for the activation log tab: a tab on a fresh session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from support import wait_loaded

from healer.services.session import Session
from healer.ui.journal.tab import JournalTab


@pytest.fixture
def journal_tab(qtbot: QtBot, session: Session) -> Iterator[JournalTab]:
    """The tab on an empty vault, shown, with its first load done."""
    tab = JournalTab(session)
    qtbot.add_widget(tab)
    tab.resize(1280, 800)
    tab.show()
    wait_loaded(qtbot, tab)
    yield tab
    tab.save_drafts()
    session.reads.cancel_all()
    session.reads.wait()
