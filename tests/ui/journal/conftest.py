"""Fixtures for the activation log tab: a tab on a fresh session, and entries to show in it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.services.session import Session
from healer.storage.journal.activations import ActivationRepository
from healer.ui.journal.tab import JournalTab

# Other test modules import PASSPHRASE "from conftest"; pytest may resolve that name to
# this file, so it offers the same value as tests/conftest.py.
PASSPHRASE = "correct horse battery staple"

BASE = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
CATEGORIES = ("delayed reply", "plans changed", "tone shift", "conflict", None)


def bulk_fill(session: Session, count: int) -> None:
    """Many entries in one transaction, an hour apart (entry n starts n hours after BASE)."""
    vault = session._vault
    with vault.transaction() as connection:
        for n in range(count):
            content = ActivationInput(
                trigger=f"entry {n:05d}",
                intensity=n % 11,
                started_at=BASE + timedelta(hours=n),
                settled_at=BASE + timedelta(hours=n, minutes=5 + n % 50),
                category=CATEGORIES[n % len(CATEGORIES)],
            ).validated()
            ActivationRepository.insert(connection, content, uid=str(uuid.uuid4()))
    session.data_changed.emit(frozenset({"activation"}))


def wait_loaded(qtbot: QtBot, tab: JournalTab) -> None:
    """Until the row count is in and the first rows have arrived."""
    qtbot.wait_until(lambda: not tab.model.is_loading)
    if tab.model.rowCount():
        qtbot.wait_until(lambda: tab.model.row_at(0) is not None)


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
