"""Looking again in the entry form: offered once settled, appears when settled, saved, undone."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from palettes import dark_palette
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory
from pytestqt.qtbot import QtBot
from support import wait_loaded

from healer.domain.activation import ActivationInput
from healer.domain.draft import NEW_ENTRY_SLOT
from healer.services.session import Session
from healer.ui.journal.tab import JournalTab

START = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


def test_a_new_open_entry_does_not_offer_it_and_settling_shows_it(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    dialog = journal_tab.new_entry()
    assert "looking_again" not in dir(journal_tab.quick_capture)
    assert not dialog.looking_again_box.isVisibleTo(dialog)
    assert not dialog.look_again_button.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.prompt_edits["trigger"], "no reply all evening")
    dialog.settled_check.setChecked(True)
    assert dialog.looking_again_box.isVisibleTo(dialog)
    assert dialog.look_again_button.isVisibleTo(dialog)
    assert dialog.looking_again_box.isEnabled()
    qtbot.keyClicks(dialog.prompt_edits["looking_again"], "she was on a late shift")
    dialog.save_draft_now()
    kept = session.journal.draft(NEW_ENTRY_SLOT)
    assert kept is not None
    assert kept.fields["looking_again"] == "she was on a late shift"
    with qtbot.wait_signal(journal_tab.status_message):
        dialog.save_button.click()
    (stored,) = session.journal.find()
    assert stored.content.looking_again == "she was on a late shift"
    assert stored.content.settled_at is not None


def test_a_settled_entry_opens_with_it_filled_and_unsettling_keeps_the_words(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    stored = session.journal.log(
        ActivationInput(
            "plans changed",
            6,
            START,
            settled_at=START + timedelta(hours=1),
            looking_again="nothing to do with me",
        )
    )
    dialog = journal_tab.open_entry(stored.id)
    assert dialog is not None
    assert dialog.looking_again_box.isVisibleTo(dialog)
    assert dialog.prompt_edits["looking_again"].toPlainText() == "nothing to do with me"
    dialog.settled_check.setChecked(False)
    assert not dialog.looking_again_box.isVisibleTo(dialog)
    with qtbot.wait_signal(journal_tab.status_message):
        dialog.save_button.click()
    again = session.journal.get(stored.id)
    assert again.content.settled_at is None
    assert again.content.looking_again == "nothing to do with me"


def test_undoing_a_delete_brings_the_words_back(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    stored = session.journal.log(
        ActivationInput(
            "tone shift", 5, START, settled_at=START + timedelta(minutes=30), looking_again="tired"
        )
    )
    wait_loaded(qtbot, journal_tab)
    journal_tab.table.setCurrentIndex(journal_tab.model.index(0, 0))
    assert journal_tab.delete_selected()
    assert session.journal.find() == []
    journal_tab.undo_stack.undo()
    assert session.journal.get(stored.id).content.looking_again == "tired"


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_settled_form_renders_at_a_small_laptop_size(
    qtbot: QtBot, journal_tab: JournalTab, session: Session, tmp_path: Path, mode: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_style, old_palette = app.style().name(), app.palette()
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = dark_palette() if mode == "dark" else app.style().standardPalette()
    app.setPalette(palette)
    try:
        stored = session.journal.log(
            ActivationInput(
                "No reply all evening after I asked about the weekend",
                7,
                START,
                settled_at=START + timedelta(minutes=55),
                body="tight chest",
                story="I am too much for people",
                after="slept, and felt lighter in the morning",
                looking_again="She had said she would be at her sister's without a phone.",
            )
        )
        dialog = journal_tab.open_entry(stored.id)
        assert dialog is not None
        dialog.resize(1024, 640)
        QCoreApplication.processEvents()
        dialog.look_again_button.click()
        QCoreApplication.processEvents()
        assert dialog.prompt_edits["looking_again"].hasFocus()
        image = dialog.grab().toImage()
        folder = Path(os.environ.get("HEALER_RENDER_DIR", str(tmp_path)))
        image.save(str(folder / f"entry-looking-again-{mode}-1024x640.png"))
        assert (image.width(), image.height()) == (1024, 640)
        assert image.pixelColor(4, 4) == palette.color(QPalette.ColorRole.Window)
        assert dialog.looking_again_box.isVisibleTo(dialog)
    finally:
        app.setPalette(old_palette)
        app.setStyle(QStyleFactory.create(old_style))
