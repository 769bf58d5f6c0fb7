"""The session's parts-work calls: what each write announces, and autosaves announce nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.parts import DialogueInput, DialogueQuery, PartInput
from healer.services.session import Session


def test_writes_announce_dialogues_and_parts(qtbot: QtBot, session: Session) -> None:
    seen: list[frozenset[str]] = []
    session.changes.data_changed.connect(seen.append)
    content = DialogueInput(started_at=utc_now(), fear="left out")
    draft = session.parts.autosave_dialogue(None, content)
    assert seen == []  # autosaves are quiet, like entry drafts
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        session.parts.keep_dialogue(draft.id, content)
    assert blocker.args == [Change.DIALOGUE]
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        finished = session.parts.finish_dialogue(
            draft.id, DialogueInput(started_at=utc_now(), new_part_name="Kid")
        )
    assert blocker.args == [Change.DIALOGUE | Change.PART]
    assert finished.id == draft.id
    assert session.parts.dialogues(DialogueQuery(unfinished=True)) == []
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        session.parts.add_part(PartInput("Second"))
    assert blocker.args == [Change.PART]
    with qtbot.wait_signal(session.changes.data_changed):
        session.parts.delete_dialogue(finished.id)
    assert session.parts.dialogues() == []


def test_export_and_import_carry_parts_and_dialogues(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    session.parts.finish_dialogue(
        None, DialogueInput(started_at=utc_now(), answer="here", new_part_name="Kid")
    )
    target = tmp_path / "out" / "export.json"
    session.exchange.export_json(target)
    other = Session.create(tmp_path / "other.vault", "a different long passphrase")
    try:
        with qtbot.wait_signal(other.changes.data_changed) as blocker:
            result = other.exchange.import_json(target.read_bytes())
        assert (Change.DIALOGUE | Change.PART) in blocker.args[0]
        assert (result.parts_added, result.dialogues_added) == (1, 1)
        assert other.parts.dialogues()[0].part_name == "Kid"
    finally:
        other.lock()
