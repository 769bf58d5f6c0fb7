"""The entry form's "Person involved": a choice from the people registry, or a new name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from healer.domain.people import PersonInput, Role
from healer.services.session import Session
from healer.ui.journal.entry_dialog import EntryDialog


def test_the_person_field_offers_current_people_and_starts_empty(
    qtbot: QtBot, session: Session
) -> None:
    session.people.add_person(PersonInput("Sam", Role.PARTNER))
    session.people.add_person(PersonInput("Old flame", archived=True))
    dialog = EntryDialog(session)
    qtbot.addWidget(dialog)
    combo = dialog.person_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Sam"]
    assert dialog.person_edit.text() == ""


def test_choosing_someone_saves_them_and_a_new_name_adds_a_person(
    qtbot: QtBot, session: Session
) -> None:
    session.people.add_person(PersonInput("Sam", Role.PARTNER))
    dialog = EntryDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.prompt_edits["trigger"], "no reply all evening")
    dialog.person_combo.setCurrentIndex(0)
    assert dialog.save_entry()
    assert session.journal.find()[0].content.person == "Sam"

    second = EntryDialog(session)
    qtbot.addWidget(second)
    qtbot.keyClicks(second.prompt_edits["trigger"], "left on read")
    qtbot.keyClicks(second.person_edit, "Jordan")
    qtbot.keyClick(second.person_edit, Qt.Key.Key_Tab)
    assert second.save_entry()
    assert sorted(p.name for p in session.people.people()) == ["Jordan", "Sam"]
    jordan = next(p for p in session.people.people() if p.name == "Jordan")
    assert (jordan.content.role, jordan.activation_count) == (Role.OTHER, 1)
