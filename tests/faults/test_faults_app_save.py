"""The app on a full disk: a save that fails keeps the words in the form and the draft, says why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_tools import fill_disk, small_tmpfs
from pytestqt.qtbot import QtBot
from support import PASSPHRASE, copy_vault, wait_loaded

from healer.domain.draft import NEW_ENTRY_SLOT
from healer.services.session import Session
from healer.ui.journal.tab import JournalTab

pytestmark = [pytest.mark.slow, pytest.mark.gui]

LONG = "my chest went tight when the reply did not come " * 300  # about 14,000 characters


@pytest.fixture
def full_disk_session(vault_template: Path, tmp_path: Path) -> Iterator[Session]:
    with small_tmpfs(tmp_path / "small", 2048) as disk:
        vault = copy_vault(vault_template, disk / "healer.vault")
        session = Session.unlock(vault, PASSPHRASE)
        try:
            yield session
        finally:
            (disk / "filler").unlink(missing_ok=True)
            session.lock()


@pytest.fixture
def tab(qtbot: QtBot, full_disk_session: Session) -> Iterator[JournalTab]:
    journal = JournalTab(full_disk_session)
    qtbot.add_widget(journal)
    journal.show()
    wait_loaded(qtbot, journal)
    yield journal
    full_disk_session.reads.cancel_all()
    full_disk_session.reads.wait()


def _reason(session: Session) -> str:
    return (
        "The disk is full; nothing was changed. Free some space on the disk holding"
        f" {session.vault_path.parent} and try again."
    )


def test_a_full_entry_that_cannot_be_saved_stays_in_the_dialog_and_the_draft(
    qtbot: QtBot, tab: JournalTab, full_disk_session: Session
) -> None:
    dialog = tab.new_entry()
    dialog.prompt_edits["trigger"].setPlainText("no reply")
    dialog.prompt_edits["story"].setPlainText(LONG)
    dialog.save_draft_now()  # the autosave ran while there was room
    fill_disk(full_disk_session.vault_path.parent, 60 * 1024)
    for name in ("body", "urge", "did", "after"):
        dialog.prompt_edits[name].setPlainText(LONG)
    assert dialog.save_entry() is None
    assert dialog.isVisible()
    assert dialog.draft_status.text() == (
        f"This could not be saved yet; your words are still here. {_reason(full_disk_session)}"
    )
    assert dialog.prompt_edits["story"].toPlainText() == LONG
    assert dialog.prompt_edits["after"].toPlainText() == LONG
    draft = full_disk_session.journal.draft(NEW_ENTRY_SLOT)
    assert draft is not None
    assert draft.fields["story"] == LONG
    assert full_disk_session.journal.count() == 0
    (full_disk_session.vault_path.parent / "filler").unlink()
    assert dialog.save_entry() is not None  # room again: the same words save
    assert full_disk_session.journal.count() == 1


def test_quick_capture_that_cannot_be_saved_keeps_the_line(
    qtbot: QtBot, tab: JournalTab, full_disk_session: Session
) -> None:
    fill_disk(full_disk_session.vault_path.parent, 0)
    tab.quick_capture.trigger_edit.setText("they cancelled again")
    with qtbot.wait_signal(tab.status_message) as status:
        tab.quick_capture.log_button.click()
    assert status.args == [
        f"This could not be saved yet; your words are still here. {_reason(full_disk_session)}"
    ]
    assert tab.quick_capture.trigger_edit.text() == "they cancelled again"
    (full_disk_session.vault_path.parent / "filler").unlink()
    assert full_disk_session.journal.count() == 0
