"""The activation log tab driven through its own widgets: capture, settle, find, delete, undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support import BASE, bulk_fill, wait_loaded

from healer.domain.activation import ActivationQuery
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.services.session import Session
from healer.ui.journal.tab import JournalTab


def first_trigger(qtbot: QtBot, tab: JournalTab) -> str:
    qtbot.wait_until(lambda: tab.model.row_at(0) is not None)
    return str(tab.model.data(tab.model.index(0, 1)))


def test_quick_capture_saves_an_open_episode_with_enter(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    capture = journal_tab.quick_capture
    capture.intensity_slider.setValue(8)
    assert capture.intensity_value.text() == "8 / 10"
    qtbot.keyClicks(capture.trigger_edit, "no reply since lunch")
    with qtbot.wait_signal(journal_tab.status_message) as status:
        qtbot.keyClick(capture.trigger_edit, Qt.Key.Key_Return)
    assert str(status.args[0]).startswith("Saved")
    assert capture.trigger_edit.text() == ""
    stored = session.journal.find()
    assert [(a.content.trigger, a.content.intensity, a.is_open) for a in stored] == [
        ("no reply since lunch", 8, True)
    ]
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 1)
    assert first_trigger(qtbot, journal_tab) == "no reply since lunch"
    assert journal_tab.model.data(journal_tab.model.index(0, 4)) == "still activated"


def test_quick_capture_refuses_an_empty_line_calmly(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    with qtbot.wait_signal(journal_tab.status_message) as status:
        journal_tab.quick_capture.log_button.click()
    assert "few words" in str(status.args[0])
    assert session.journal.count() == 0


def test_banner_settles_the_open_episode_in_one_click(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    assert journal_tab.banner.isHidden()
    qtbot.keyClicks(journal_tab.quick_capture.trigger_edit, "plans changed again")
    qtbot.keyClick(journal_tab.quick_capture.trigger_edit, Qt.Key.Key_Enter)
    assert not journal_tab.banner.isHidden()
    assert "Still activated" in journal_tab.banner.message.text()
    journal_tab.banner.settle_button.click()
    assert journal_tab.banner.isHidden()
    (settled,) = session.journal.find()
    assert settled.content.settled_at is not None
    qtbot.wait_until(lambda: journal_tab.model.data(journal_tab.model.index(0, 4)) == "0 min")


def test_settle_button_acts_on_the_selected_open_row(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    bulk_fill(session, 3)
    qtbot.keyClicks(journal_tab.quick_capture.trigger_edit, "still going")
    qtbot.keyClick(journal_tab.quick_capture.trigger_edit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 4)
    wait_loaded(qtbot, journal_tab)
    journal_tab.table.selectRow(1)  # a settled one
    assert not journal_tab.settle_button.isEnabled()
    journal_tab.table.selectRow(0)
    assert journal_tab.settle_button.isEnabled()
    journal_tab.settle_button.click()
    assert session.journal.count(ActivationQuery(open_only=True)) == 0


def test_delete_then_undo_restores_the_same_entry(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    bulk_fill(session, 5)
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 5)
    wait_loaded(qtbot, journal_tab)
    journal_tab.table.setFocus()
    journal_tab.table.selectRow(1)
    before = session.journal.find()[1]
    with qtbot.wait_signal(journal_tab.status_message):
        qtbot.keyClick(journal_tab.table, Qt.Key.Key_Delete)
    assert session.journal.count() == 4
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 4)
    assert journal_tab.undo_stack.canUndo()
    assert "entry" in journal_tab.undo_stack.undoText()
    undo = journal_tab.undo_stack.createUndoAction(journal_tab)
    undo.trigger()
    assert session.journal.get(before.id) == before
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 5)
    journal_tab.undo_stack.redo()
    assert session.journal.count() == 4


def test_the_status_bar_says_the_entry_is_back_after_undo(qtbot: QtBot, session: Session) -> None:
    from healer.ui.main_window import MainWindow
    from healer.ui.tabs import default_tabs

    bulk_fill(session, 3)
    window = MainWindow(session, [spec for spec in default_tabs() if spec.key == "journal"])
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    tab = window.page("journal")
    assert isinstance(tab, JournalTab)
    qtbot.wait_until(lambda: tab.model.rowCount() == 3)
    wait_loaded(qtbot, tab)
    tab.table.selectRow(0)
    assert tab.delete_selected()
    assert "deleted" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert session.journal.count() == 3
    message = window.statusBar().currentMessage()
    assert "deleted" not in message
    assert "back" in message
    window.redo_action.trigger()
    assert "deleted" in window.statusBar().currentMessage()
    window.lock()


def test_search_category_and_dates_narrow_the_rows(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    bulk_fill(session, 50)
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 50)
    bar = journal_tab.filter_bar
    journal_tab.focus_search()
    with qtbot.wait_signal(journal_tab.model.loaded, timeout=3000):
        qtbot.keyClicks(bar.search_edit, "00007")
    assert journal_tab.model.rowCount() == 1
    assert first_trigger(qtbot, journal_tab) == "entry 00007"
    assert "1 of 50" in journal_tab.count_label.text()
    with qtbot.wait_signal(journal_tab.model.loaded):
        bar.clear_button.click()
    assert journal_tab.model.rowCount() == 50
    with qtbot.wait_signal(journal_tab.model.loaded):
        bar.set_category("tone shift")
    assert journal_tab.model.rowCount() == 10
    with qtbot.wait_signal(journal_tab.model.loaded):
        bar.set_category(None)
    day = (BASE + timedelta(hours=30)).astimezone()  # entries start an hour apart from BASE
    with qtbot.wait_signal(journal_tab.model.loaded):
        bar.from_edit.setDate(QDate(day.year, day.month, day.day))
    with qtbot.wait_signal(journal_tab.model.loaded):
        bar.to_edit.setDate(QDate(day.year, day.month, day.day))
    shown = journal_tab.model.rowCount()
    expected = sum(
        1 for a in session.journal.find() if a.content.started_at.astimezone().date() == day.date()
    )
    assert shown == expected
    assert 0 < shown < 50


def test_two_week_map_counts_days_and_names_the_top_three(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    panel = journal_tab.two_week
    panel.today = lambda: BASE.date() + timedelta(days=3)  # inside the first fortnight
    assert panel.current is not None
    assert panel.current.first_day is None
    bulk_fill(session, 60)  # hourly from BASE: 60 hours cover three UTC days
    qtbot.wait_until(lambda: panel.current is not None and panel.current.total == 60)
    summary = panel.current
    assert summary is not None
    expected_days = len({(BASE + timedelta(hours=n)).astimezone().date() for n in range(60)})
    assert summary.days_covered == expected_days
    assert [item.name for item in summary.top] == [
        "conflict",
        "delayed reply",
        "plans changed",
    ]  # 12 each; uncategorised (12) is never named
    assert panel.top_shares[0].text() == "20 %"
    assert f"{expected_days} of 14 days" in panel.days_label.text()


def test_every_control_has_an_accessible_name(journal_tab: JournalTab) -> None:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QSlider, QAbstractSpinBox)
    controls = [
        widget
        for widget in journal_tab.findChildren(QWidget)
        if isinstance(widget, kinds)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        # Parts Qt builds inside its own controls (a date edit's line, a table's corner).
        and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox, QAbstractItemView))
    ]
    assert journal_tab.quick_capture.trigger_edit in controls
    assert journal_tab.filter_bar.from_edit in controls
    assert len(controls) >= 12
    unnamed = [type(widget).__name__ for widget in controls if not widget.accessibleName()]
    assert unnamed == []
    assert journal_tab.table.accessibleName()


def test_lock_clears_text_and_undo_history(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    bulk_fill(session, 3)
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 3)
    wait_loaded(qtbot, journal_tab)
    journal_tab.table.selectRow(0)
    journal_tab.delete_selected()
    qtbot.keyClicks(journal_tab.quick_capture.trigger_edit, "half typed")
    journal_tab.save_drafts()
    session.lock()
    assert journal_tab.model.rowCount() == 0
    assert journal_tab.undo_stack.count() == 0
    assert journal_tab.quick_capture.trigger_edit.text() == ""


def test_tab_order_runs_from_capture_through_filters_to_the_table(
    journal_tab: JournalTab,
) -> None:
    capture, bar = journal_tab.quick_capture, journal_tab.filter_bar
    expected = [
        capture.trigger_edit,
        capture.intensity_slider,
        capture.log_button,
        capture.full_button,
        bar.search_edit,
        bar.category_combo,
        bar.from_edit,
        bar.to_edit,
        bar.clear_button,
        journal_tab.table,
        journal_tab.open_button,
        journal_tab.settle_button,
        journal_tab.delete_button,
    ]
    chain: list[QWidget] = []
    widget = capture.trigger_edit
    for _ in range(200):
        if widget in expected and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is capture.trigger_edit:
            break
    assert chain == expected


def test_the_count_reads_naturally_for_one_and_for_many(
    qtbot: QtBot, journal_tab: JournalTab, speak: Callable[[str], None]
) -> None:
    speak("en")  # English plural forms come from healer_en.ts, as in the app
    capture = journal_tab.quick_capture
    qtbot.keyClicks(capture.trigger_edit, "first one")
    qtbot.keyClick(capture.trigger_edit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: journal_tab.count_label.text() == "1 entry")
    qtbot.keyClicks(capture.trigger_edit, "second one")
    qtbot.keyClick(capture.trigger_edit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: journal_tab.count_label.text() == "2 entries")


def test_undoing_a_delete_brings_back_the_urge_outcome_and_links_too(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    bulk_fill(session, 2)
    target = session.journal.find()[0]
    waited = UrgeRecord(UrgeOutcome.AFTER_PAUSE, pause_seconds=1200)
    session.pause.set_urge_outcome(target.id, waited)
    target = session.journal.get(target.id)  # the record now carries its urge outcome
    assert target.content.urge_outcome == waited
    practice = session.practices.record(
        PracticeUseInput(PracticeKind.BREATHING, BASE, duration_seconds=90, activation_id=target.id)
    )
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 2)
    wait_loaded(qtbot, journal_tab)
    journal_tab.table.setFocus()
    journal_tab.table.selectRow(0)
    with qtbot.wait_signal(journal_tab.status_message):
        qtbot.keyClick(journal_tab.table, Qt.Key.Key_Delete)
    assert session.journal.count() == 1

    assert session.practices.uses(activation_id=target.id) == []

    journal_tab.undo_stack.undo()

    assert session.journal.get(target.id) == target
    assert session.pause.urge_outcome(target.id) == waited
    assert session.practices.uses(activation_id=target.id) == [practice]
