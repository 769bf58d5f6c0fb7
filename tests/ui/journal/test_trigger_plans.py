"""Plans for triggers in the activation log: written in a dialog, shown where one is chosen."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from palettes import dark_palette
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QScrollArea, QStyleFactory
from pytestqt.qtbot import QtBot
from support import wait_loaded

from healer.domain.activation import ActivationInput
from healer.services.session import Session
from healer.ui.journal.plans_dialog import TriggerPlansDialog
from healer.ui.journal.tab import JournalTab

PLAN = "Put the phone in the hall, make tea, and answer tomorrow if it still matters."
NOW = datetime.now(UTC)


def log_many(session: Session) -> None:
    """Six entries: tone shift leads, then delayed reply, then conflict."""
    for number, category in enumerate(
        ["tone shift", "tone shift", "tone shift", "delayed reply", "delayed reply", "conflict"]
    ):
        session.journal.log(
            ActivationInput(f"entry {number}", 5, NOW - timedelta(hours=number), category=category)
        )


def test_choosing_a_trigger_in_quick_capture_shows_its_plan(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    capture = journal_tab.quick_capture
    assert not capture.plan_line.isVisibleTo(capture)
    session.journal.set_trigger_plan("delayed reply", PLAN)
    capture.category_combo.setCurrentIndex(capture.category_combo.findData("delayed reply"))
    assert capture.plan_line.isVisibleTo(capture)
    assert "Your plan:" in capture.plan_line.text()
    assert "Put the phone in the hall" in capture.plan_line.text()
    capture.category_combo.setCurrentIndex(capture.category_combo.findData("conflict"))
    assert "No plan for this trigger yet" in capture.plan_line.text()
    capture.category_combo.setCurrentIndex(0)
    assert not capture.plan_line.isVisibleTo(capture)
    # Saving logs the trigger with the entry and puts the line back to none.
    capture.category_combo.setCurrentIndex(capture.category_combo.findData("delayed reply"))
    qtbot.keyClicks(capture.trigger_edit, "left on read")
    qtbot.keyClick(capture.trigger_edit, Qt.Key.Key_Return)
    (stored,) = session.journal.find()
    assert stored.content.category == "delayed reply"
    assert capture.category() == ""
    assert not capture.plan_line.isVisibleTo(capture)


def test_a_plan_written_elsewhere_appears_in_an_open_form(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    dialog = journal_tab.new_entry()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("plans changed"))
    assert "No plan for this trigger yet" in dialog.plan_line.text()
    session.journal.set_trigger_plan("plans changed", "say how I feel, once, calmly")
    assert "say how I feel, once, calmly" in dialog.plan_line.text()
    assert dialog.category_combo.currentData() == "plans changed"
    # The full form opened from quick capture carries the trigger over.
    dialog.close()
    capture = journal_tab.quick_capture
    capture.category_combo.setCurrentIndex(capture.category_combo.findData("plans changed"))
    qtbot.keyClicks(capture.trigger_edit, "dinner moved again")
    capture.full_button.click()
    carried = journal_tab.entry_dialog
    assert carried is not None
    assert carried.category_combo.currentData() == "plans changed"
    assert "say how I feel" in carried.plan_line.text()


def test_the_dialog_offers_the_top_three_first_and_keeps_what_is_typed(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    log_many(session)
    dialog = journal_tab.two_week.open_plans()
    qtbot.add_widget(dialog)
    names = [
        dialog.category_list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(dialog.category_list.count())
    ]
    assert names[:3] == ["tone shift", "delayed reply", "conflict"]
    assert "among your top three" in dialog.category_list.item(0).text()
    assert dialog.category == "tone shift"
    qtbot.keyClicks(dialog.plan_edit, "breathe out slowly, then ask")
    # Moving to another trigger keeps the plan being written.
    dialog.select("conflict")
    assert dialog.category == "conflict"
    plan = session.journal.trigger_plan("tone shift")
    assert plan is not None
    assert plan.text == "breathe out slowly, then ask"
    qtbot.keyClicks(dialog.plan_edit, "ask for twenty minutes")
    dialog.reject()  # Escape keeps it too
    plan = session.journal.trigger_plan("conflict")
    assert plan is not None
    assert plan.text == "ask for twenty minutes"


def test_searching_plans_and_removing_one(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    session.journal.set_trigger_plan("conflict", "ask for twenty minutes")
    session.journal.set_trigger_plan("time apart", "write a letter I keep")
    dialog = TriggerPlansDialog(session, journal_tab, category="time apart")
    qtbot.add_widget(dialog)
    dialog.search_edit.setText("letter")
    assert dialog.category_list.count() == 1
    assert dialog.category == "time apart"
    dialog.search_edit.setText("zebra")
    assert dialog.category_list.count() == 0
    assert "No plan holds" in dialog.note.text()
    dialog.search_edit.clear()
    dialog.select("conflict")
    dialog.remove_button.click()
    assert session.journal.trigger_plan("conflict") is None
    assert "(no plan yet)" in dialog.category_list.currentItem().text()


def test_the_two_week_panel_shows_plans_for_the_top_triggers(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    log_many(session)
    session.journal.set_trigger_plan("tone shift", PLAN)
    panel = journal_tab.two_week
    qtbot.wait_until(lambda: panel.plans.get("tone shift") == PLAN)
    qtbot.wait_until(lambda: panel.current is not None and panel.current.has_pattern)
    assert "Put the phone in the hall" in panel.top_plans[0].text()
    assert "No plan for this trigger yet" in panel.top_plans[1].text()
    with qtbot.wait_signal(panel.top_plans[1].plan_requested):
        panel.top_plans[1].linkActivated.emit("plan")
    opened = panel.findChild(TriggerPlansDialog)
    assert opened is not None
    assert opened.category == "delayed reply"
    opened.done(0)


def test_a_lock_clears_the_trigger_list_and_plan_from_quick_capture(
    journal_tab: JournalTab, session: Session
) -> None:
    session.journal.set_trigger_plan("conflict", PLAN)
    capture = journal_tab.quick_capture
    capture.category_combo.setCurrentIndex(capture.category_combo.findData("conflict"))
    assert capture.plan_line.isVisibleTo(capture)
    session.lock()
    assert capture.category_combo.count() == 1
    assert not capture.plan_line.isVisibleTo(capture)
    assert capture.plan_line.text() == ""


def test_a_lock_keeps_a_plan_being_written(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    dialog = journal_tab.two_week.open_plans("conflict")
    qtbot.keyClicks(dialog.plan_edit, "walk round the block")
    journal_tab.save_drafts()  # what the main window does before locking
    plan = session.journal.trigger_plan("conflict")
    assert plan is not None
    assert plan.text == "walk round the block"


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_quick_capture_with_a_plan_renders_at_a_small_laptop_size(
    qtbot: QtBot, journal_tab: JournalTab, session: Session, tmp_path: Path, mode: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_style, old_palette = app.style().name(), app.palette()
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = dark_palette() if mode == "dark" else app.style().standardPalette()
    app.setPalette(palette)
    folder = Path(os.environ.get("HEALER_RENDER_DIR", str(tmp_path)))
    try:
        log_many(session)
        session.journal.set_trigger_plan("tone shift", PLAN)
        session.journal.set_trigger_plan("delayed reply", "Wait an hour before I check again.")
        journal_tab.resize(1024, 640)
        wait_loaded(qtbot, journal_tab)
        panel = journal_tab.two_week
        qtbot.wait_until(lambda: len(panel.plans) == 2)
        qtbot.wait_until(lambda: panel.current is not None and panel.current.has_pattern)
        capture = journal_tab.quick_capture
        capture.category_combo.setCurrentIndex(capture.category_combo.findData("tone shift"))
        capture.trigger_edit.setText("Short answer to my message")
        QCoreApplication.processEvents()
        image = journal_tab.grab().toImage()
        image.save(str(folder / f"quick-capture-plan-{mode}-1024x640.png"))
        assert (image.width(), image.height()) == (1024, 640)
        assert image.pixelColor(2, 2) == palette.color(QPalette.ColorRole.Window)
        assert capture.plan_line.isVisible()
        dialog = panel.open_plans("tone shift")
        dialog.resize(1024, 640)
        QCoreApplication.processEvents()
        dialog.grab().toImage().save(str(folder / f"trigger-plans-{mode}-1024x640.png"))
        assert dialog.plan_edit.toPlainText() == PLAN
        dialog.done(0)
    finally:
        app.setPalette(old_palette)
        app.setStyle(QStyleFactory.create(old_style))


def test_on_a_short_screen_in_spanish_the_panel_scrolls_and_every_plan_line_keeps_its_link(
    qtbot: QtBot, session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")  # the offer to write a plan wraps onto a second line in Spanish
    log_many(session)
    tab = JournalTab(session)
    qtbot.add_widget(tab)
    tab.resize(1024, 520)
    tab.show()
    wait_loaded(qtbot, tab)
    panel = tab.two_week
    qtbot.wait_until(lambda: panel.current is not None and panel.current.has_pattern)
    qtbot.wait_until(lambda: "Escribir uno" in panel.top_plans[2].text())
    side = panel.parentWidget().parentWidget()
    assert isinstance(side, QScrollArea)
    qtbot.wait_until(lambda: side.verticalScrollBar().maximum() > 0)
    for line in panel.top_plans:
        # Squashed into one line, the link under the text would be cut off.
        assert line.height() >= line.heightForWidth(line.width()) > line.fontMetrics().height() * 2
    tab.save_drafts()
    session.reads.cancel_all()
    session.reads.wait()
