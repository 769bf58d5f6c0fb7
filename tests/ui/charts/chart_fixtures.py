"""Fixtures for the charts tab: a vault with nine generated months, and the tab on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from chart_history import generate_history
from pytestqt.qtbot import QtBot

from healer.domain.chartrange import RangeChoice
from healer.services.session import Session
from healer.storage.vault import Vault
from healer.ui.charts.tab import ChartsTab

TODAY = date(2026, 11, 21)


@pytest.fixture(name="seeded_session")
def seeded_session_fixture(vault: Vault) -> Iterator[Session]:
    """A session on a vault holding about nine months of generated history."""
    generate_history(vault, episodes=240, practices=60, pauses=20)
    opened = Session(vault)
    yield opened
    opened.lock()


def open_tab(session: Session, qtbot: QtBot, choice: RangeChoice = RangeChoice.ALL) -> ChartsTab:
    """A shown charts tab with every chart drawn for the range."""
    tab = ChartsTab(session, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(900, 1800)
    tab.show()
    tab.set_range(choice)
    qtbot.waitUntil(lambda: not tab.pending, timeout=20_000)
    return tab


@pytest.fixture(name="seeded_tab")
def seeded_tab_fixture(seeded_session: Session, qtbot: QtBot) -> ChartsTab:
    """The tab over the whole generated history."""
    return open_tab(seeded_session, qtbot)
