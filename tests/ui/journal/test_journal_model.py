"""The paged journal table model: counts, pages, sorting, filters and lock, on real vaults."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support import BASE, bulk_fill

from healer.domain.activation import ActivationQuery
from healer.services.session import Session
from healer.ui.journal.table_model import PAGE_ROWS, ActivationIdRole, ActivationTableModel

ROWS = 5000


def loaded_model(qtbot: QtBot, session: Session) -> ActivationTableModel:
    model = ActivationTableModel(session)
    with qtbot.wait_signal(model.loaded):
        model.refresh(reset=True)
    return model


def cell(qtbot: QtBot, model: ActivationTableModel, row: int, column: int = 1) -> str:
    index = model.index(row, column)
    model.data(index)  # asks for the page
    qtbot.wait_until(lambda: model.row_at(row) is not None)
    return str(model.data(index))


def test_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, session: Session
) -> None:
    bulk_fill(session, 450)
    model = ActivationTableModel(session)
    # The tester stays connected: every reset, page arrival and re-sort below is checked too.
    qtmodeltester.check(model, force_py=True)
    with qtbot.wait_signal(model.loaded):
        model.refresh(reset=True)
    assert model.rowCount() == 450
    cell(qtbot, model, 0)
    cell(qtbot, model, 449)
    with qtbot.wait_signal(model.loaded):
        model.sort(3, Qt.SortOrder.AscendingOrder)
    cell(qtbot, model, 200)
    with qtbot.wait_signal(model.loaded):
        model.set_query(ActivationQuery(category="conflict"))
    assert model.rowCount() == 90
    cell(qtbot, model, 89)


def test_newest_first_and_the_last_row_is_the_oldest(qtbot: QtBot, session: Session) -> None:
    bulk_fill(session, ROWS)
    model = loaded_model(qtbot, session)
    assert model.rowCount() == ROWS
    assert model.rowCount(model.index(0, 0)) == 0
    assert cell(qtbot, model, ROWS - 1) == "entry 00000"
    assert cell(qtbot, model, 0) == f"entry {ROWS - 1:05d}"
    assert cell(qtbot, model, 2345) == f"entry {ROWS - 1 - 2345:05d}"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "When"


def test_jumping_to_the_end_loads_one_page_not_everything(qtbot: QtBot, session: Session) -> None:
    bulk_fill(session, ROWS)
    model = loaded_model(qtbot, session)
    loaded: list[int] = []
    model.page_loaded.connect(loaded.append)
    cell(qtbot, model, ROWS - 1)
    assert loaded == [(ROWS - 1) // PAGE_ROWS]


def test_a_row_not_yet_loaded_shows_a_placeholder(qtbot: QtBot, session: Session) -> None:
    bulk_fill(session, 600)
    model = loaded_model(qtbot, session)
    index = model.index(550, 0)
    assert model.data(index) == "…"
    assert model.data(index, ActivationIdRole) is None
    qtbot.wait_until(lambda: model.data(index) != "…")
    assert model.data(index, ActivationIdRole) is not None
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) is None


def test_sorting_by_intensity_and_duration(qtbot: QtBot, session: Session) -> None:
    bulk_fill(session, 1200)
    model = loaded_model(qtbot, session)
    with qtbot.wait_signal(model.loaded):
        model.sort(3, Qt.SortOrder.DescendingOrder)
    assert cell(qtbot, model, 0, 3) == "10"
    assert cell(qtbot, model, 1199, 3) == "0"
    with qtbot.wait_signal(model.loaded):
        model.sort(4, Qt.SortOrder.AscendingOrder)
    assert cell(qtbot, model, 0, 4) == "5 min"
    assert cell(qtbot, model, 1199, 4) == "54 min"


def test_filters_narrow_the_rows(qtbot: QtBot, session: Session) -> None:
    bulk_fill(session, 500)
    model = loaded_model(qtbot, session)
    with qtbot.wait_signal(model.loaded):
        model.set_query(ActivationQuery(category="conflict"))
    assert model.rowCount() == 100
    assert all(cell(qtbot, model, row, 2) == "conflict" for row in (0, 50, 99))
    with qtbot.wait_signal(model.loaded):
        model.set_query(ActivationQuery(search="00042"))
    assert model.rowCount() == 1
    assert cell(qtbot, model, 0) == "entry 00042"
    since = BASE + timedelta(hours=490)
    with qtbot.wait_signal(model.loaded):
        model.set_query(ActivationQuery(since=since))
    assert model.rowCount() == 10


def test_new_entries_show_up_after_a_write(qtbot: QtBot, session: Session) -> None:
    bulk_fill(session, 10)
    model = loaded_model(qtbot, session)
    from healer.domain.activation import ActivationInput

    with qtbot.wait_signal(model.loaded):
        session.journal.log(
            ActivationInput(
                trigger="fresh one", intensity=4, started_at=datetime(2030, 1, 1, tzinfo=UTC)
            )
        )
    assert model.rowCount() == 11
    assert cell(qtbot, model, 0) == "fresh one"
    assert cell(qtbot, model, 0, 4) == "still activated"


def test_same_size_refresh_keeps_old_cells_until_new_ones_arrive(
    qtbot: QtBot, session: Session
) -> None:
    bulk_fill(session, 20)
    model = loaded_model(qtbot, session)
    assert cell(qtbot, model, 0, 3) == str(19 % 11)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    newest = session.journal.find(ActivationQuery(limit=1))[0]
    from dataclasses import replace

    with qtbot.wait_signal(model.loaded):
        session.journal.update(newest.id, replace(newest.content, intensity=10))
    assert resets == []
    assert model.data(model.index(0, 3)) in {str(19 % 11), "10"}  # stale until fresh
    qtbot.wait_until(lambda: model.data(model.index(0, 3)) == "10")


def test_lock_clears_the_rows_and_late_results_are_ignored(qtbot: QtBot, session: Session) -> None:
    bulk_fill(session, 300)
    model = loaded_model(qtbot, session)
    model.refresh()  # a count in flight when the lock comes
    model.data(model.index(250, 0))
    session.lock()
    assert model.rowCount() == 0
    session.reads.wait()
    QApplication.processEvents()  # deliver anything already queued; it must be dropped
    assert model.rowCount() == 0
    assert not model.index(0, 0).isValid()
    assert model.rowCount(QModelIndex()) == 0


def test_scrolling_on_from_a_loaded_page_reads_by_key(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk_fill(session, 1000)
    model = loaded_model(qtbot, session)
    calls: list[dict[str, object]] = []
    original = session.journal.request_rows

    def spy(query: ActivationQuery, *args: Any, **kwargs: Any) -> object:
        calls.append(kwargs)
        return original(query, *args, **kwargs)

    monkeypatch.setattr(session.journal, "request_rows", spy)
    cell(qtbot, model, 450)  # page 2, nothing loaded around it: by offset
    cell(qtbot, model, 650)  # page 3, below a loaded page: by key from its last row
    cell(qtbot, model, 250)  # page 1, above a loaded page: by key from its first row
    pages = [c["page"] for c in calls]
    assert [(p.offset, p.after is not None, p.before is not None) for p in pages] == [
        (400, False, False),
        (600, True, False),
        (200, False, True),
    ]
    assert cell(qtbot, model, 650) == f"entry {999 - 650:05d}"
    assert cell(qtbot, model, 250) == f"entry {999 - 250:05d}"
