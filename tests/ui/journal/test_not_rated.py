"""An intensity nobody gave is saved as "not rated", shown as such, and filled by a later rating."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.services.session import Session
from healer.ui.journal.entry_dialog import EntryDialog
from healer.ui.journal.tab import JournalTab
from healer.ui.pause.tab import PauseTab


def test_quick_capture_with_the_slider_untouched_saves_not_rated(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    capture = journal_tab.quick_capture
    assert capture.intensity_value.text() == "not rated"
    qtbot.keyClicks(capture.trigger_edit, "left on read")
    qtbot.keyClick(capture.trigger_edit, Qt.Key.Key_Return)
    (stored,) = session.journal.find()
    assert stored.content.intensity is None
    qtbot.wait_until(lambda: journal_tab.model.rowCount() == 1)
    qtbot.wait_until(lambda: journal_tab.model.row_at(0) is not None)
    assert journal_tab.model.data(journal_tab.model.index(0, 3)) == "–"


def test_a_key_press_on_the_slider_is_a_rating_even_back_at_the_middle(
    qtbot: QtBot, journal_tab: JournalTab, session: Session
) -> None:
    capture = journal_tab.quick_capture
    capture.intensity_slider.setFocus()
    qtbot.keyClick(capture.intensity_slider, Qt.Key.Key_Right)
    qtbot.keyClick(capture.intensity_slider, Qt.Key.Key_Left)
    assert capture.intensity_value.text() == "5 / 10"
    qtbot.keyClicks(capture.trigger_edit, "a short reply")
    capture.save()
    assert session.journal.find()[0].content.intensity == 5
    assert capture.intensity_value.text() == "not rated"  # back to rest for the next one


def test_the_entry_dialog_shows_not_rated_and_a_rating_there_fills_it(
    qtbot: QtBot, session: Session
) -> None:
    entry = session.journal.log(ActivationInput("no reply", None, utc_now()))
    dialog = EntryDialog(session, entry)
    qtbot.add_widget(dialog)
    assert dialog.intensity_value.text() == "not rated"
    assert dialog.fields()["intensity"] == ""
    dialog.intensity_slider.setFocus()
    qtbot.keyClick(dialog.intensity_slider, Qt.Key.Key_End)
    assert dialog.save_entry() == entry.id
    assert session.journal.get(entry.id).content.intensity == 10


@pytest.fixture
def pause_tab(qtbot: QtBot, session: Session, clock: FakeClock) -> Iterator[PauseTab]:
    page = PauseTab(session, clock=clock)
    qtbot.add_widget(page)
    page.resize(1000, 760)
    page.show()
    yield page
    page.timer.stop()


def test_a_new_episode_from_an_unrated_pause_is_not_rated_until_the_reassess(
    qtbot: QtBot, pause_tab: PauseTab, session: Session
) -> None:
    pause_tab.start_page.start_button.click()
    naming = pause_tab.naming_page
    naming.episode_combo.setCurrentIndex(naming.episode_combo.findData(-1))
    qtbot.keyClicks(naming.trigger_edit, "no answer all evening")
    naming.begin_button.click()
    (episode,) = session.journal.find()
    assert episode.content.intensity is None  # not a made-up 5
    pause_tab.waiting_page.ready_button.click()
    reassess = pause_tab.reassess_page
    reassess.intensity.buttons[3].click()
    reassess.eased.click()
    reassess.continue_button.click()
    assert session.journal.get(episode.id).content.intensity == 3


def test_a_pause_rated_8_fills_its_linked_not_rated_entry_and_keeps_a_given_one(
    qtbot: QtBot, pause_tab: PauseTab, session: Session
) -> None:
    unrated = session.journal.log(ActivationInput("plans moved", None, utc_now()))
    pause_tab.start_activated()
    naming = pause_tab.naming_page
    assert naming.chosen_episode() == unrated.id
    naming.intensity.buttons[8].click()
    naming.begin_button.click()
    assert session.journal.get(unrated.id).content.intensity == 8
    pause_tab.waiting_page.ready_button.click()
    reassess = pause_tab.reassess_page
    reassess.intensity.buttons[2].click()
    reassess.eased.click()
    reassess.continue_button.click()
    assert session.journal.get(unrated.id).content.intensity == 8  # the peak stays
