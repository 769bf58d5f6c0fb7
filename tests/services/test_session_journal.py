"""Session calls behind the journal tab: totals, pages, restore, drafts (no data_changed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.draft import NEW_ENTRY_SLOT
from healer.services.session import ACTIVATION, Session

START = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def test_total_rows_and_restore(qtbot: QtBot, session: Session) -> None:
    stored = [
        session.log_activation(
            ActivationInput(trigger=f"t{n}", intensity=5, started_at=START + timedelta(hours=n))
        )
        for n in range(4)
    ]
    assert session.activation_total() == 4
    rows = session.activation_rows(ActivationQuery(), offset=0, limit=10)
    assert [row.id for row in rows] == [a.id for a in reversed(stored)]
    session.delete_activation(stored[2].id)
    assert session.activation_total() == 3
    with qtbot.wait_signal(session.data_changed) as blocker:
        restored = session.restore_activation(stored[2])
    assert blocker.args == [frozenset({ACTIVATION})]
    assert restored == stored[2]
    assert session.activation_row_count(ActivationQuery(search="t2")) == 1


def test_drafts_are_kept_without_announcing_a_change(qtbot: QtBot, session: Session) -> None:
    changes: list[object] = []
    session.data_changed.connect(changes.append)
    session.save_draft(NEW_ENTRY_SLOT, {"trigger": "half a thought"})
    kept = session.draft(NEW_ENTRY_SLOT)
    assert kept is not None
    assert kept.fields == {"trigger": "half a thought"}
    session.discard_draft(NEW_ENTRY_SLOT)
    assert session.draft(NEW_ENTRY_SLOT) is None
    assert changes == []


def test_tracking_facts_through_the_session(session: Session) -> None:
    session.log_activation(
        ActivationInput(trigger="t", intensity=5, started_at=START, category="conflict")
    )
    facts = session.tracking_facts()
    assert facts.first_started_at == START
    assert facts.category_counts == {"conflict": 1}
