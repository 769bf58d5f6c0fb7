"""A finished 20-minute pause can start a moment: its words, said as a need, linked to it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.moments import Delivery
from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.pause.tab import PauseTab
from healer.ui.people.tab import PeopleTab
from healer.ui.tabs import TabSpec, default_tabs


def _window(session: Session, clock: FakeClock) -> MainWindow:
    specs = [
        spec
        if spec.key != "pause"
        else TabSpec(spec.key, spec.title, lambda s, p: PauseTab(s, p, clock=clock))
        for spec in default_tabs()
    ]
    return MainWindow(session, specs)


def _finish_a_pause(pause: PauseTab, qtbot: QtBot) -> None:
    pause.start_page.start_button.click()
    naming = pause.naming_page
    naming.episode_combo.setCurrentIndex(naming.episode_combo.findData(-1))
    qtbot.keyClicks(naming.trigger_edit, "no answer all evening")
    naming.intensity.buttons[8].click()
    naming.begin_button.click()
    pause.waiting_page.ready_button.click()
    reassess = pause.reassess_page
    reassess.intensity.buttons[4].click()
    reassess.still_there.click()
    reassess.continue_button.click()
    assert pause.phase == "need"
    qtbot.keyClicks(pause.need_page.draft_edit, "I'd love a short call tonight.")
    pause.need_page.after_pause.click()
    pause.need_page.finish_button.click()
    assert pause.stack.currentWidget() is pause.done_page


def test_the_done_page_opens_the_moment_form_with_the_pause(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    window = _window(session, clock)
    qtbot.addWidget(window)
    window.show()
    pause = window.show_tab("pause")
    assert isinstance(pause, PauseTab)
    _finish_a_pause(pause, qtbot)
    assert pause.done_page.moment_button.isVisibleTo(pause.done_page)

    pause.done_page.moment_button.click()
    people = window.show_tab("people")
    assert isinstance(people, PeopleTab)
    assert window.tab_widget.currentWidget().objectName() == "tab-people"
    dialog = people.dialog
    assert dialog is not None
    run = session.pause.runs()[0]
    assert dialog.pause_combo.currentData() == run.id
    assert dialog.activation_combo.currentData() == run.record.activation_id
    assert dialog.delivery_combo.currentData() is Delivery.NEED
    assert dialog.shared_edit.toPlainText() == "I'd love a short call tonight."
    dialog.response_combo.setCurrentIndex(1)
    assert dialog.save_moment()
    (moment,) = session.people.moments()
    assert (moment.content.pause_id, moment.content.activation_id) == (
        run.id,
        run.record.activation_id,
    )
    pause.timer.stop()


def test_a_pause_set_aside_offers_no_moment(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    pause = PauseTab(session, clock=clock)
    qtbot.addWidget(pause)
    pause.show()
    pause.start_page.start_button.click()
    naming = pause.naming_page
    naming.episode_combo.setCurrentIndex(naming.episode_combo.findData(-1))
    qtbot.keyClicks(naming.trigger_edit, "plans cancelled")
    naming.intensity.buttons[5].click()
    naming.begin_button.click()
    pause.waiting_page.set_aside_button.click()
    assert pause.stack.currentWidget() is pause.done_page
    assert not pause.done_page.moment_button.isVisibleTo(pause.done_page)
    pause.timer.stop()
