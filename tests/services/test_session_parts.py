"""The session's parts-work calls: what each write announces, and autosaves announce nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from healer.domain.clock import utc_now
from healer.domain.parts import DialogueInput, DialogueQuery, PartInput
from healer.services.session import DIALOGUE, PART, Session


def test_writes_announce_dialogues_and_parts(qtbot: QtBot, session: Session) -> None:
    seen: list[frozenset[str]] = []
    session.data_changed.connect(seen.append)
    content = DialogueInput(started_at=utc_now(), fear="left out")
    draft = session.autosave_dialogue(None, content)
    assert seen == []  # autosaves are quiet, like entry drafts
    with qtbot.wait_signal(session.data_changed) as blocker:
        session.keep_dialogue(draft.id, content)
    assert blocker.args == [frozenset({DIALOGUE})]
    with qtbot.wait_signal(session.data_changed) as blocker:
        finished = session.finish_dialogue(
            draft.id, DialogueInput(started_at=utc_now(), new_part_name="Kid")
        )
    assert blocker.args == [frozenset({DIALOGUE, PART})]
    assert finished.id == draft.id
    assert session.dialogues(DialogueQuery(unfinished=True)) == []
    with qtbot.wait_signal(session.data_changed) as blocker:
        session.add_part(PartInput("Second"))
    assert blocker.args == [frozenset({PART})]
    with qtbot.wait_signal(session.data_changed):
        session.delete_dialogue(finished.id)
    assert session.dialogues() == []


def test_export_and_import_carry_parts_and_dialogues(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    session.finish_dialogue(
        None, DialogueInput(started_at=utc_now(), answer="here", new_part_name="Kid")
    )
    target = tmp_path / "out" / "export.json"
    session.export_json(target)
    other = Session.create(tmp_path / "other.vault", "a different long passphrase")
    try:
        with qtbot.wait_signal(other.data_changed) as blocker:
            result = other.import_json(target.read_bytes())
        assert {DIALOGUE, PART} <= blocker.args[0]
        assert (result.parts_added, result.dialogues_added) == (1, 1)
        assert other.dialogues()[0].part_name == "Kid"
    finally:
        other.lock()
