"""Session calls behind the journal tab: totals, pages, restore, drafts (no data_changed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.activation import ActivationInput, ActivationLinks, ActivationQuery
from healer.domain.changes import Change
from healer.domain.draft import NEW_ENTRY_SLOT, edit_slot
from healer.domain.journal import RowPage
from healer.domain.parts import DialogueInput
from healer.domain.pause import PauseMachine
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.services.errors import VaultError
from healer.services.session import Session
from healer.storage.journal.drafts import DraftRepository

START = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def test_total_rows_and_restore(qtbot: QtBot, session: Session) -> None:
    stored = [
        session.journal.log(
            ActivationInput(trigger=f"t{n}", intensity=5, started_at=START + timedelta(hours=n))
        )
        for n in range(4)
    ]
    assert session.journal.total() == 4
    rows = session.journal.rows(ActivationQuery(), RowPage(offset=0, limit=10))
    assert [row.id for row in rows] == [a.id for a in reversed(stored)]
    session.journal.delete(stored[2].id)
    assert session.journal.total() == 3
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        restored = session.journal.restore(stored[2])
    assert blocker.args == [Change.ACTIVATION]
    assert restored == stored[2]
    assert session.journal.row_count(ActivationQuery(search="t2")) == 1


def test_drafts_are_kept_without_announcing_a_change(qtbot: QtBot, session: Session) -> None:
    changes: list[object] = []
    session.changes.data_changed.connect(changes.append)
    session.journal.save_draft(NEW_ENTRY_SLOT, {"trigger": "half a thought"})
    kept = session.journal.draft(NEW_ENTRY_SLOT)
    assert kept is not None
    assert kept.fields == {"trigger": "half a thought"}
    session.journal.discard_draft(NEW_ENTRY_SLOT)
    assert session.journal.draft(NEW_ENTRY_SLOT) is None
    assert changes == []


def test_tracking_facts_through_the_session(session: Session) -> None:
    session.journal.log(
        ActivationInput(trigger="t", intensity=5, started_at=START, category="conflict")
    )
    facts = session.journal.tracking_facts()
    assert facts.first_started_at == START
    assert facts.category_counts == {"conflict": 1}


def test_undoing_a_delete_links_practices_pauses_and_dialogues_back(
    qtbot: QtBot, session: Session
) -> None:
    episode, other = (
        session.journal.log(
            ActivationInput(trigger=f"episode {n}", intensity=6, started_at=START + timedelta(n))
        )
        for n in range(2)
    )
    practice = session.practices.record(
        PracticeUseInput(
            PracticeKind.BREATHING, START, duration_seconds=120, activation_id=episode.id
        )
    )
    dropped = session.practices.record(
        PracticeUseInput(
            PracticeKind.COLD_WATER, START, duration_seconds=60, activation_id=episode.id
        )
    )
    run = session.pause.save(
        PauseMachine.open(FakeClock(wall=START), activation_id=episode.id).record
    )
    dialogue = session.parts.finish_dialogue(
        None, DialogueInput(started_at=START, answer="I'm here", activation_id=episode.id)
    )

    with qtbot.wait_signal(session.changes.data_changed) as deleted:
        links = session.journal.delete(episode.id)
    assert deleted.args == [Change.ACTIVATION | Change.PRACTICE | Change.PAUSE | Change.DIALOGUE]
    assert links == ActivationLinks((practice.id, dropped.id), (run.id,), (dialogue.id,))
    assert session.practices.uses(activation_id=episode.id) == []
    assert session.parts.dialogue(dialogue.id).content.activation_id is None
    session.practices.delete(dropped.id)  # gone meanwhile: undo skips it

    with qtbot.wait_signal(session.changes.data_changed) as restored:
        session.journal.restore(episode, links)
    assert restored.args == [Change.ACTIVATION | Change.PRACTICE | Change.PAUSE | Change.DIALOGUE]
    assert [use.id for use in session.practices.uses(activation_id=episode.id)] == [practice.id]
    assert session.practices.uses(activation_id=other.id) == []
    assert session.pause.runs()[0].record.activation_id == episode.id
    assert session.parts.dialogue(dialogue.id).content.activation_id == episode.id


def test_saving_an_entry_forgets_its_draft_in_the_same_transaction(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.journal.save_draft(NEW_ENTRY_SLOT, {"trigger": "half a thought"})
    content = ActivationInput(trigger="half a thought, finished", intensity=5, started_at=START)

    def fail(connection: object, slot: str) -> None:
        raise VaultError("the disk filled up")

    monkeypatch.setattr(DraftRepository, "discard_in", staticmethod(fail))
    with pytest.raises(VaultError):
        session.journal.log(content, discard_draft=NEW_ENTRY_SLOT)
    assert session.journal.total() == 0  # rolled back with the draft's removal
    assert session.journal.draft(NEW_ENTRY_SLOT) is not None

    monkeypatch.undo()
    saved = session.journal.log(content, discard_draft=NEW_ENTRY_SLOT)
    assert session.journal.draft(NEW_ENTRY_SLOT) is None
    editing = edit_slot(saved.id)
    session.journal.save_draft(editing, {"trigger": "changed my mind"})
    session.journal.update(saved.id, content, discard_draft=editing)
    assert session.journal.draft(editing) is None
