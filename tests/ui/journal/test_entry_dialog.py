"""The full entry form: six prompts and facts saved, calm validation, drafts that survive a lock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support import PASSPHRASE, bulk_fill, wait_loaded

from healer.domain.draft import NEW_ENTRY_SLOT, edit_slot
from healer.services.session import Session
from healer.ui.journal.entry_dialog import EntryDialog
from healer.ui.journal.tab import JournalTab

ANSWERS = {
    "trigger": "message left on read",
    "body": "tight throat",
    "story": "I said too much",
    "urge": "send another message",
    "did": "went for a walk instead",
    "after": "calmer after twenty minutes",
}


def fill_prompts(qtbot: QtBot, dialog: EntryDialog) -> None:
    for key, text in ANSWERS.items():
        qtbot.keyClicks(dialog.prompt_edits[key], text)


def test_full_entry_saves_every_prompt_and_fact(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    dialog = journal_tab.new_entry()
    assert dialog.windowTitle() == "New entry"
    fill_prompts(qtbot, dialog)
    dialog.intensity_slider.setValue(7)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("delayed reply"))
    qtbot.keyClicks(dialog.person_edit, "Sam")
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)  # Enter in a line presses nothing
    assert session.journal.count() == 0
    assert not dialog.new_category_edit.isVisibleTo(dialog)
    dialog.settled_check.setChecked(True)
    dialog.settled_edit.setDateTime(dialog.started_edit.dateTime().addSecs(25 * 60))
    with qtbot.wait_signal(journal_tab.status_message) as status:
        dialog.save_button.click()
    assert status.args == ["Saved"]
    (stored,) = session.journal.find()
    content = stored.content
    assert {key: getattr(content, key) for key in ANSWERS} == ANSWERS
    assert (content.intensity, content.category, content.person) == (7, "delayed reply", "Sam")
    assert stored.duration == timedelta(minutes=25)
    assert session.journal.draft(NEW_ENTRY_SLOT) is None
    assert journal_tab.entry_dialog is None


def test_missing_trigger_shows_a_calm_note_and_keeps_everything(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    dialog = journal_tab.new_entry()
    qtbot.keyClicks(dialog.prompt_edits["story"], "they are leaving")
    dialog.save_button.click()
    note = dialog._errors["trigger"]
    assert note.isVisibleTo(dialog)
    assert "few words" in note.text()
    assert dialog.isVisible()
    assert dialog.prompt_edits["story"].toPlainText() == "they are leaving"
    assert session.journal.count() == 0
    kept = session.journal.draft(NEW_ENTRY_SLOT)
    assert kept is not None
    assert kept.fields["story"] == "they are leaving"


def test_settled_before_started_is_pointed_out(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    dialog = journal_tab.new_entry()
    qtbot.keyClicks(dialog.prompt_edits["trigger"], "late reply")
    dialog.settled_check.setChecked(True)
    dialog.settled_edit.setDateTime(dialog.started_edit.dateTime().addSecs(-3600))
    dialog.save_button.click()
    assert dialog._errors["settled_at"].isVisibleTo(dialog)
    assert session.journal.count() == 0


def test_typing_is_autosaved_as_a_draft(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    dialog = journal_tab.new_entry()
    with qtbot.wait_signal(dialog.draft_kept, timeout=10_000):
        qtbot.keyClicks(dialog.prompt_edits["body"], "shaky hands")
    kept = session.journal.draft(NEW_ENTRY_SLOT)
    assert kept is not None
    assert kept.fields["body"] == "shaky hands"
    assert "Draft kept" in dialog.draft_status.text()


def test_draft_survives_a_lock_and_is_offered_again(
    qtbot: QtBot, journal_tab: JournalTab, session: Session, vault_path: Path
) -> None:
    dialog = journal_tab.new_entry()
    fill_prompts(qtbot, dialog)
    journal_tab.save_drafts()  # what the main window calls before locking
    session.lock()

    reopened = Session.unlock(vault_path, PASSPHRASE)
    try:
        tab = JournalTab(reopened)
        qtbot.add_widget(tab)
        again = tab.new_entry()
        assert {key: again.prompt_edits[key].toPlainText() for key in ANSWERS} == ANSWERS
        assert again.prompt_edits["looking_again"].toPlainText() == ""
        assert again.draft_notice.isVisibleTo(again)
        again.start_fresh_button.click()
        assert again.prompt_edits["trigger"].toPlainText() == ""
        assert reopened.journal.draft(NEW_ENTRY_SLOT) is None
        again.discard_button.click()
    finally:
        reopened.reads.cancel_all()
        reopened.reads.wait()
        reopened.lock()


def test_closing_keeps_the_draft_and_discard_drops_it(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    dialog = journal_tab.new_entry()
    qtbot.keyClicks(dialog.prompt_edits["urge"], "call right away")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    kept = session.journal.draft(NEW_ENTRY_SLOT)
    assert kept is not None
    assert kept.fields["urge"] == "call right away"
    dialog = journal_tab.new_entry()
    assert dialog.prompt_edits["urge"].toPlainText() == "call right away"
    dialog.discard_button.click()
    assert session.journal.draft(NEW_ENTRY_SLOT) is None


def test_a_new_category_can_be_added_from_the_form(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    dialog = journal_tab.new_entry()
    qtbot.keyClicks(dialog.prompt_edits["trigger"], "a quiet weekend alone")
    dialog.new_category_button.click()
    assert dialog.new_category_edit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.new_category_edit, "holidays")
    qtbot.keyClick(dialog.new_category_edit, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter in the category field must not save and close the form"
    assert session.journal.count() == 0
    assert dialog.category_combo.currentData() == "holidays"
    assert "holidays" in [category.name for category in session.journal.categories()]
    assert journal_tab.filter_bar.category_combo.findData("holidays") >= 0
    dialog.discard_button.click()


def test_enter_on_a_row_opens_it_for_editing(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    bulk_fill(session, 3)
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 3)
    wait_loaded(qtbot, journal_tab)
    journal_tab.table.setFocus()
    journal_tab.table.selectRow(1)
    qtbot.keyClick(journal_tab.table, Qt.Key.Key_Return)
    dialog = journal_tab.entry_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Edit entry"
    assert dialog.prompt_edits["trigger"].toPlainText() == "entry 00001"
    qtbot.keyClicks(dialog.prompt_edits["did"], "breathed slowly")
    activation_id = session.journal.find()[1].id
    assert dialog.slot == edit_slot(activation_id)
    dialog.save_button.click()
    assert session.journal.get(activation_id).content.did == "breathed slowly"
    assert session.journal.draft(edit_slot(activation_id)) is None
