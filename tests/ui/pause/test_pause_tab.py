"""The pause tab driven through its real widgets with a fake clock: every step, tabs and locks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support import PASSPHRASE, FakeClock

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.pause import PausePhase
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.pause.tab import PauseTab
from healer.ui.pause.texts import default_naming_statement
from healer.ui.tabs import TabSpec, default_tabs


@pytest.fixture
def tab(qtbot: QtBot, session: Session, clock: FakeClock) -> Iterator[PauseTab]:
    page = PauseTab(session, clock=clock)
    qtbot.add_widget(page)
    page.resize(1000, 760)
    page.show()
    yield page
    page.timer.stop()


def begin(tab: PauseTab, qtbot: QtBot, minutes: int = 5) -> None:
    """From the start page to a running timer, linked to a new episode."""
    tab.start_page.start_button.click()
    assert tab.phase == "naming"
    naming = tab.naming_page
    naming.episode_combo.setCurrentIndex(naming.episode_combo.findData(-1))
    qtbot.keyClicks(naming.trigger_edit, "no answer all evening")
    naming.intensity.buttons[8].click()
    naming.minutes_spin.setValue(minutes)
    naming.begin_button.click()
    assert tab.phase == "waiting"


def test_the_start_page_counts_quietly_and_offers_the_default_words(
    tab: PauseTab, qtbot: QtBot
) -> None:
    assert tab.phase == "idle"
    assert "quietly" in tab.start_page.count_label.text()
    tab.start_page.start_button.click()
    assert tab.naming_page.statement_edit.toPlainText() == default_naming_statement()
    assert tab.naming_page.minutes_spin.value() == 20


def test_the_whole_pause_with_a_remaining_urge(
    tab: PauseTab, qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    begin(tab, qtbot)
    activation = session.journal.find()[0]
    assert activation.content.trigger == "no answer all evening"
    assert tab.waiting_page.ring.text == "5:00"
    clock.advance(61)
    qtbot.wait_until(lambda: tab.waiting_page.ring.text == "3:59")

    with qtbot.wait_signal(tab.phase_changed) as changed:
        clock.advance(300)
    assert changed.args == ["reassess"]
    assert tab.stack.currentWidget() is tab.reassess_page
    reassess = tab.reassess_page
    assert not reassess.continue_button.isEnabled()
    reassess.intensity.buttons[4].click()
    reassess.still_there.click()
    reassess.settle_check.setChecked(True)
    reassess.continue_button.click()
    assert tab.phase == "need"

    need = tab.need_page
    need.starter_buttons[1].click()
    qtbot.keyClicks(need.draft_edit, "a short call tonight.")
    need.copy_button.click()
    assert QGuiApplication.clipboard().text().endswith("a short call tonight.")
    need.after_pause.click()
    assert need.pause_minutes.isVisibleTo(need)
    need.pause_minutes.setValue(7)
    with qtbot.wait_signal(session.changes.data_changed):
        need.finish_button.click()

    assert tab.phase == "idle"
    assert tab.stack.currentWidget() is tab.done_page
    assert "1" in tab.done_page.count_label.text()
    run = session.pause.runs()[0]
    assert run.record.phase is PausePhase.FINISHED
    assert run.record.intensity_before == 8
    assert run.record.intensity_after == 4
    assert run.record.need_draft.endswith("a short call tonight.")
    assert session.pause.urge_outcome(activation.id) == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 420)
    assert session.journal.get(activation.id).content.settled_at is not None


def test_an_eased_urge_finishes_at_once(
    tab: PauseTab, qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    begin(tab, qtbot)
    tab.waiting_page.ready_button.click()
    assert tab.phase == "reassess"
    tab.reassess_page.eased.click()
    tab.reassess_page.continue_button.click()
    assert tab.stack.currentWidget() is tab.done_page
    run = session.pause.runs()[0]
    assert run.record.finished_early
    assert run.record.urge == UrgeRecord(UrgeOutcome.NOT_ACTED)


def test_pause_resume_and_set_aside(
    tab: PauseTab, qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    begin(tab, qtbot)
    clock.advance(60)
    tab.waiting_page.pause_button.click()
    assert tab.phase == "paused"
    assert tab.waiting_page.pause_button.text() == "&Resume"
    clock.advance(600)
    tab.refresh()
    assert tab.waiting_page.ring.text == "4:00"
    tab.waiting_page.pause_button.click()
    assert tab.phase == "waiting"
    tab.waiting_page.set_aside_button.click()
    assert tab.done_page.title_label.text() == "Set aside"
    assert session.pause.completed_count() == 0
    assert session.pause.runs()[0].record.phase is PausePhase.ABANDONED


def test_edited_words_and_the_distraction_list_stay_in_the_vault(
    tab: PauseTab, qtbot: QtBot, session: Session
) -> None:
    tab.start_page.start_button.click()
    naming = tab.naming_page
    naming.statement_edit.setPlainText("Old fear, new day. I can wait.")
    naming.episode_combo.setCurrentIndex(naming.episode_combo.findData(0))
    naming.begin_button.click()
    assert session.pause.preferences().naming_statement == "Old fear, new day. I can wait."
    assert tab.waiting_page.statement_label.text() == "Old fear, new day. I can wait."
    waiting = tab.waiting_page
    qtbot.keyClicks(waiting.distraction_edit, "a jigsaw")
    with qtbot.wait_signal(session.changes.data_changed):
        waiting.distraction_edit.returnPressed.emit()
    assert session.pause.preferences().distractions == ("a jigsaw",)
    waiting.remove_button.click()
    assert session.pause.preferences().distractions == ()


def test_a_new_episode_needs_a_few_words(tab: PauseTab, qtbot: QtBot) -> None:
    tab.start_page.start_button.click()
    naming = tab.naming_page
    naming.episode_combo.setCurrentIndex(naming.episode_combo.findData(-1))
    naming.begin_button.click()
    assert tab.phase == "naming"
    assert naming.problem_label.isVisibleTo(naming)


def test_an_open_episode_is_offered_first(qtbot: QtBot, session: Session, clock: FakeClock) -> None:
    episode = session.journal.log(
        ActivationInput(trigger="plans moved again", intensity=6, started_at=utc_now())
    )
    page = PauseTab(session, clock=clock)
    qtbot.add_widget(page)
    page.start_activated()
    assert page.naming_page.chosen_episode() == episode.id
    page.naming_page.begin_button.click()
    assert session.pause.current().record.activation_id == episode.id  # type: ignore[union-attr]


def test_a_run_is_restored_by_a_new_tab_and_can_end_while_away(
    qtbot: QtBot, session: Session, clock: FakeClock, tab: PauseTab
) -> None:
    begin(tab, qtbot)
    clock.advance(100)
    tab.save_drafts()
    tab.timer.stop()
    clock.mono = 0.0  # a restart: a new monotonic origin
    again = PauseTab(session, clock=clock)
    qtbot.add_widget(again)
    assert again.phase == "waiting"
    assert again.waiting_page.ring.text == "3:20"
    again.timer.stop()
    clock.wall += timedelta(hours=1)
    later = PauseTab(session, clock=clock)
    qtbot.add_widget(later)
    assert later.phase == "reassess"
    assert later.reassess_page.away_label.isVisibleTo(later.reassess_page)


def _window(session: Session, clock: FakeClock) -> MainWindow:
    specs = [
        spec
        if spec.key != "pause"
        else TabSpec(
            spec.key,
            spec.title,
            lambda s, p: PauseTab(s, p, clock=clock),
            build_now=spec.build_now,
        )
        for spec in default_tabs()
    ]
    return MainWindow(session, specs)


def test_ctrl_shift_a_opens_the_pause_from_anywhere_and_it_survives_tab_switches_and_a_lock(
    qtbot: QtBot, vault_path: Path, clock: FakeClock
) -> None:
    session = Session.unlock(vault_path, PASSPHRASE)
    window = _window(session, clock)
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    assert window.activated_action.shortcut().toString() == "Ctrl+Shift+A"
    window.activated_action.trigger()
    page = window.built_pages["pause"]
    assert isinstance(page, PauseTab)
    assert window.tab_widget.currentWidget().objectName() == "tab-pause"
    page.naming_page.episode_combo.setCurrentIndex(page.naming_page.episode_combo.findData(0))
    page.naming_page.begin_button.click()

    window.show_tab("journal")
    clock.advance(90)
    qtbot.wait_until(lambda: page.waiting_page.ring.text == "18:30")
    assert page.timer.isActive()
    pause_index = [spec.key for spec in default_tabs()].index("pause")
    assert window.tab_widget.tabText(pause_index) == "20-minute pause · 18:30"

    with qtbot.wait_signal(window.locked):
        window.lock_action.trigger()
    clock.advance(120)  # locked for two minutes: the run goes on in the vault
    window.attach_session(Session.unlock(vault_path, PASSPHRASE))
    rebuilt = window.built_pages.get("pause")
    assert isinstance(rebuilt, PauseTab)  # built at once, though the journal is showing
    assert rebuilt is not page
    assert window.tab_widget.currentWidget().objectName() == "tab-journal"
    assert rebuilt.phase == "waiting"
    qtbot.wait_until(lambda: rebuilt.waiting_page.ring.text == "16:30")

    window.activated_action.trigger()  # a second press brings the same run back
    assert window.built_pages["pause"] is rebuilt
    assert rebuilt.phase == "waiting"
    with qtbot.wait_signal(window.statusBar().messageChanged):
        clock.advance(17 * 60)
    assert rebuilt.phase == "reassess"
    assert window.tab_widget.tabText(pause_index) == "20-minute pause · time to check in"
    window.lock()


def test_the_end_alerts_the_window_and_says_so_inside_healer(
    qtbot: QtBot, session: Session, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    alerts: list[tuple[QWidget, int]] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, ms=0: alerts.append((widget, ms)))
    window = _window(session, clock)
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    page = window.show_tab("pause")
    assert isinstance(page, PauseTab)
    page.start_activated()
    page.naming_page.episode_combo.setCurrentIndex(page.naming_page.episode_combo.findData(0))
    page.naming_page.minutes_spin.setValue(5)
    page.naming_page.begin_button.click()
    window.show_tab("regulate")  # breathing elsewhere while the pause runs

    with qtbot.wait_signal(page.phase_changed):
        clock.advance(5 * 60 + 1)
    assert alerts == [(window, 0)]
    box = page.notice.box
    assert box is not None
    assert box.isVisible()
    assert "pause is over" in box.text()
    assert not box.isModal()
    box.accept()
    assert window.tab_widget.currentWidget().objectName() == "tab-pause"
    assert page.phase == "reassess"
    window.lock()


def test_the_pacer_button_asks_for_the_regulate_tab(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    window = _window(session, clock)
    qtbot.add_widget(window)
    page = window.show_tab("pause")
    assert isinstance(page, PauseTab)
    page.start_activated()
    page.naming_page.episode_combo.setCurrentIndex(page.naming_page.episode_combo.findData(0))
    page.naming_page.begin_button.click()
    page.waiting_page.pacer_button.click()
    assert window.tab_widget.currentWidget().objectName() == "tab-regulate"
    page.timer.stop()


def test_the_pacer_button_opens_the_pacer_not_the_last_practice(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    from healer.domain.practice import PracticeKind
    from healer.ui.regulate.tab import RegulateTab

    window = _window(session, clock)
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    regulate = window.show_tab("regulate")
    assert isinstance(regulate, RegulateTab)
    regulate.show_practice(PracticeKind.COLD_WATER)  # the practice used last
    page = window.show_tab("pause")
    assert isinstance(page, PauseTab)
    page.start_activated()
    page.naming_page.episode_combo.setCurrentIndex(page.naming_page.episode_combo.findData(0))
    page.naming_page.begin_button.click()
    page.waiting_page.pacer_button.click()
    assert window.tab_widget.currentWidget().objectName() == "tab-regulate"
    assert regulate.stack.currentWidget() is regulate.pacer_page
    qtbot.wait_until(lambda: regulate.pacer_page.pacer.hasFocus())
    page.timer.stop()
    window.lock()


def test_every_control_has_an_accessible_name(tab: PauseTab) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
    )

    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QListWidget)
    unnamed = [
        widget
        for widget in tab.findChildren(QWidget)
        if isinstance(widget, kinds)
        and not widget.accessibleName()
        and widget.parent() is not None
        and not isinstance(widget.parent(), QAbstractSpinBox)  # a spin box's inner editor
    ]
    assert unnamed == []


def test_the_end_notice_never_carries_journal_text(
    qtbot: QtBot, tab: PauseTab, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(tab.notice, "show", lambda title, text: shown.append((title, text)))
    begin(tab, qtbot)
    tab.hide()
    clock.advance(301)
    tab.refresh()
    assert tab.phase == "reassess"
    assert len(shown) == 1
    assert "no answer" not in " ".join(shown[0])


def test_an_old_open_episode_is_listed_but_not_chosen(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    old = session.journal.log(
        ActivationInput(
            trigger="left open last week", intensity=5, started_at=utc_now() - timedelta(days=3)
        )
    )
    page = PauseTab(session, clock=clock)
    qtbot.add_widget(page)
    page.start_activated()
    combo = page.naming_page.episode_combo
    assert combo.findData(old.id) >= 0
    assert page.naming_page.chosen_episode() == -1  # a new episode, in a few words
    assert page.naming_page.trigger_edit.isVisibleTo(page.naming_page)


def test_labels_with_a_mnemonic_have_a_buddy(tab: PauseTab) -> None:
    from PySide6.QtWidgets import QLabel

    orphans = [
        label.text()
        for label in tab.findChildren(QLabel)
        if "&" in label.text() and "<" not in label.text() and label.buddy() is None
    ]
    assert orphans == []
