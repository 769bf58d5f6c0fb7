"""Rows fetched per scroll step of the journal table: one page at most, read by key."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractSlider
from pytestqt.qtbot import QtBot
from support import bulk_fill, wait_loaded

from healer.services.session import Session
from healer.ui.journal.tab import JournalTab
from healer.ui.journal.table_model import PAGE_ROWS

ROWS = 1200


def visible_rows(tab: JournalTab) -> range:
    view = tab.table
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    return range(first, (last if last >= 0 else tab.model.rowCount() - 1) + 1)


def test_each_scroll_step_fetches_at_most_one_page_by_key(
    qtbot: QtBot, journal_tab: JournalTab, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk_fill(session, ROWS)
    wait_loaded(qtbot, journal_tab)
    requests: list[dict[str, Any]] = []
    real_request = session.journal.request_rows

    def request(query: Any, *args: Any, **kwargs: Any) -> object:
        requests.append(kwargs)
        return real_request(query, *args, **kwargs)

    monkeypatch.setattr(session.journal, "request_rows", request)
    bar = journal_tab.table.verticalScrollBar()
    shown = len(visible_rows(journal_tab))
    steps = 0
    while bar.value() < bar.maximum() and steps < 200:
        before = len(requests)
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        rows = visible_rows(journal_tab)
        qtbot.wait_until(lambda rows=rows: all(journal_tab.model.row_at(r) for r in rows))
        assert len(requests) - before <= 1, requests[before:]
        steps += 1
    assert bar.value() == bar.maximum()
    # Scrolling through everything a screen at a time reads each page once, never more.
    assert len(requests) == ROWS // PAGE_ROWS - 1
    assert steps * shown >= ROWS - shown
    # Each page was read on from its loaded neighbour (by key): cheap at any depth.
    assert all(r["page"].after is not None or r["page"].before is not None for r in requests)


def test_jumping_to_the_end_fetches_one_page(
    qtbot: QtBot, journal_tab: JournalTab, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk_fill(session, ROWS)
    wait_loaded(qtbot, journal_tab)
    requests: list[dict[str, Any]] = []
    real_request = session.journal.request_rows

    def request(query: Any, *args: Any, **kwargs: Any) -> object:
        requests.append(kwargs)
        return real_request(query, *args, **kwargs)

    monkeypatch.setattr(session.journal, "request_rows", request)
    journal_tab.table.scrollToBottom()
    rows = visible_rows(journal_tab)
    qtbot.wait_until(lambda: all(journal_tab.model.row_at(r) for r in rows))
    assert rows[-1] == ROWS - 1
    assert [r["page"].offset for r in requests] == [(ROWS - 1) // PAGE_ROWS * PAGE_ROWS]
