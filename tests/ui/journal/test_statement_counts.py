"""SQL statements per UI action: a fixed, small number that a regression (N+1 reads) would raise,
and one commit for an entry with its urge outcome."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from support import bulk_fill

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.journal import RowPage
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.services.session import Session
from healer.storage.vault import Vault
from healer.ui.journal.entry_dialog import EntryDialog
from healer.ui.journal.quick_capture import QuickCaptureWidget
from healer.ui.journal.undo import DeleteActivationCommand


class CountingConnection:
    """Stands in for the vault's connection and records every statement the app issues.

    Counting at this level, rather than with set_trace_callback, gives exactly the app's own
    statements: SQLite's trace also reports each trigger program and FTS5's internal queries.
    """

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self.statements: list[str] = []

    def execute(self, sql: str, *args: Any) -> Any:
        self.statements.append(" ".join(sql.split())[:60])
        return self._connection.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        self.statements.append(" ".join(sql.split())[:60])
        return self._connection.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


@pytest.fixture
def counted(session: Session) -> Iterator[CountingConnection]:
    vault: Vault = session._vault
    # Each session checks every page once, before its first write (rescue mode); that
    # check is not part of what one save costs.
    vault.refuse_writes_if_unsafe()
    real = vault._connection
    counting = CountingConnection(real)
    vault._connection = counting  # type: ignore[assignment]
    yield counting
    vault._connection = real


def test_quick_capture_save_is_five_statements_in_one_commit(
    qtbot: QtBot, session: Session, counted: CountingConnection
) -> None:
    widget = QuickCaptureWidget(session)
    qtbot.add_widget(widget)
    widget.trigger_edit.setText("No reply since this morning")
    counted.statements.clear()
    assert widget.save() is not None
    # Insert (the search index and the running count follow by trigger) and forget the
    # draft in one transaction (one fsync), then read the saved row back.
    kinds = [statement.split()[0] for statement in counted.statements]
    assert kinds == ["BEGIN", "INSERT", "DELETE", "COMMIT", "SELECT"]


def test_a_journal_page_is_one_statement_at_any_depth(
    session: Session, counted: CountingConnection
) -> None:
    bulk_fill(session, 1200)
    total = session.journal.total()
    for offset in (0, 600, 1000):
        counted.statements.clear()
        rows = session.journal.rows(
            ActivationQuery(), RowPage(offset=offset, limit=200, total=total)
        )
        assert len(rows) == 200
        assert len(counted.statements) == 1, counted.statements
    counted.statements.clear()
    session.journal.rows(ActivationQuery(), RowPage(offset=200, limit=200, after=rows[-1]))
    assert len(counted.statements) == 1


def test_a_search_listing_is_one_count_and_one_page(
    session: Session, counted: CountingConnection
) -> None:
    bulk_fill(session, 300)
    query = ActivationQuery(search="entry")
    counted.statements.clear()
    count = session.journal.row_count(query)
    session.journal.rows(query, RowPage(offset=0, limit=200, total=count))
    assert count == 300
    assert len(counted.statements) == 2, counted.statements


def test_the_two_week_summary_reads_three_times_whatever_the_size(
    session: Session, counted: CountingConnection
) -> None:
    bulk_fill(session, 500)
    counted.statements.clear()
    session.journal.tracking_facts()
    assert len(counted.statements) == 3, counted.statements


def test_an_entry_and_its_urge_outcome_save_in_one_commit_with_one_signal(
    qtbot: QtBot, session: Session, counted: CountingConnection
) -> None:
    dialog = EntryDialog(session)
    qtbot.add_widget(dialog)
    qtbot.keyClicks(dialog.prompt_edits["trigger"], "read receipt, no reply")
    combo = dialog.urge_field.outcome_combo
    combo.setCurrentIndex(combo.findData(UrgeOutcome.NOT_ACTED.value))
    announced: list[Change] = []
    session.changes.data_changed.connect(announced.append)
    counted.statements.clear()
    with qtbot.wait_signal(dialog.saved):
        dialog.save_button.click()
    kinds = [statement.split()[0] for statement in counted.statements]
    assert kinds.count("COMMIT") == 1, counted.statements
    assert announced == [Change.ACTIVATION]


def test_undoing_a_delete_restores_the_urge_outcome_in_one_commit(
    session: Session, counted: CountingConnection
) -> None:
    logged = session.journal.log(
        ActivationInput(
            trigger="plans changed late",
            intensity=6,
            started_at=utc_now(),
            urge_outcome=UrgeRecord(UrgeOutcome.AT_ONCE),
        )
    )
    command = DeleteActivationCommand(session, session.journal.get(logged.id))
    command.redo()
    announced: list[Change] = []
    session.changes.data_changed.connect(announced.append)
    counted.statements.clear()
    command.undo()
    kinds = [statement.split()[0] for statement in counted.statements]
    assert kinds.count("COMMIT") == 1, counted.statements
    assert announced == [Change.ACTIVATION]
    assert session.pause.urge_outcome(logged.id) == UrgeRecord(UrgeOutcome.AT_ONCE)
