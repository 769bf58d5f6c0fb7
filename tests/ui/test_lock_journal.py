"""Locking with the real activation log: nothing of the journal stays in any widget."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_helpers import flush_deletes, widget_texts
from support import PASSPHRASE

from healer.services.session import Session
from healer.ui.main_window import MainWindow

MARKER = "walrus-tangerine-9182"
DRAFT = "heron-basalt-2740"


def _all_texts() -> list[str]:
    texts: list[str] = []
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget):
            texts += widget_texts(widget)
    return texts


def test_lock_leaves_no_journal_text_and_keeps_the_draft(qtbot: QtBot, vault_path: Path) -> None:
    session = Session.unlock(vault_path, PASSPHRASE)
    window = MainWindow(session)
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    journal = window.page("journal")
    capture = journal.quick_capture  # type: ignore[attr-defined]
    qtbot.keyClicks(capture.trigger_edit, MARKER)
    qtbot.keyClick(capture.trigger_edit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: any(MARKER in text for text in widget_texts(window)))
    assert window.statusBar().currentMessage().startswith("Saved")
    qtbot.keyClicks(capture.trigger_edit, DRAFT)
    window.find_action.trigger()  # a second page-level command still reaches the journal
    page = journal

    with qtbot.wait_signal(window.locked):
        window.lock_action.trigger()

    assert not session.is_open
    flush_deletes()
    assert not shiboken6.isValid(page)
    leftovers = [t for t in _all_texts() if MARKER in t or DRAFT in t]
    assert leftovers == []

    window.attach_session(Session.unlock(vault_path, PASSPHRASE))
    rebuilt = window.page("journal")
    assert rebuilt.quick_capture.trigger_edit.text() == DRAFT  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: any(MARKER in text for text in widget_texts(window)))
    window.lock()


def test_edit_undo_brings_back_a_deleted_entry(qtbot: QtBot, vault_path: Path) -> None:
    from healer.domain.activation import ActivationInput
    from healer.domain.clock import utc_now

    session = Session.unlock(vault_path, PASSPHRASE)
    session.journal.log(ActivationInput(trigger=MARKER, intensity=4, started_at=utc_now()))
    window = MainWindow(session)
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    journal = window.show_tab("journal")  # its undo stack is the active one while shown
    qtbot.wait_until(lambda: journal.model.rowCount() == 1)  # type: ignore[attr-defined]
    journal.table.selectRow(0)  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: journal.selected_id() is not None)  # type: ignore[attr-defined]
    assert not window.undo_action.isEnabled()
    assert journal.delete_selected()  # type: ignore[attr-defined]
    assert session.journal.count() == 0
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert [a.content.trigger for a in session.journal.find()] == [MARKER]
    assert window.redo_action.isEnabled()
    window.lock()
