"""Saved practices can be read again in Regulate, and a just-settled episode can be linked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.activation import ActivationInput
from healer.domain.practice import PracticeKind
from healer.services.session import Session
from healer.ui.regulate.cards import OrientingCard
from healer.ui.regulate.tab import RegulateTab

NOW = datetime.now(UTC).replace(microsecond=0)


def _history_lines(tab: RegulateTab) -> list[str]:
    widget = tab.history_page.list
    return [widget.item(row).text() for row in range(widget.count())]


def test_the_history_shows_each_saved_practice_with_the_words_kept(
    regulate_tab: RegulateTab, session: Session, clock: FakeClock, qtbot: QtBot
) -> None:
    episode = session.journal.log(ActivationInput("no reply all evening", 7, NOW))
    controller = regulate_tab.pacer_page.controller
    controller.start()
    clock.advance(125)
    controller.stop()
    panel = regulate_tab.record_panel
    panel.before.buttons[7].click()
    panel.after.buttons[4].click()
    panel.save_button.click()

    card = regulate_tab.cards[PracticeKind.ORIENTING]
    assert isinstance(card, OrientingCard)
    regulate_tab.show_practice(PracticeKind.ORIENTING)
    qtbot.keyClicks(card.fields[0], "the lamp")
    card.keep.setChecked(True)
    card.done_button.click()
    panel.activation.setCurrentIndex(0)
    panel.save_button.click()

    regulate_tab.history_button.click()
    assert regulate_tab.stack.currentWidget() is regulate_tab.history_page
    lines = _history_lines(regulate_tab)
    assert len(lines) == 2
    newest, oldest = lines
    assert "Look around" in newest
    assert "Your words: the lamp" in newest
    assert "Slow breathing" in oldest
    assert "2 min 5 s" in oldest
    assert "How strong: 7 before, 4 after" in oldest
    assert "For: no reply all evening" in oldest
    assert "Practices saved: 2" in regulate_tab.history_page.note.text()
    accessible = regulate_tab.history_page.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "For: no reply all evening" in accessible
    assert episode.id  # linked by default, as the open one


def test_the_history_follows_new_saves_and_a_practice_click_brings_it_back(
    regulate_tab: RegulateTab, session: Session, clock: FakeClock
) -> None:
    regulate_tab.show_history()
    assert "Nothing saved yet" in regulate_tab.history_page.note.text()
    controller = regulate_tab.pacer_page.controller
    controller.start()
    clock.advance(30)
    controller.stop()
    regulate_tab.record_panel.save_button.click()
    assert len(_history_lines(regulate_tab)) == 1
    regulate_tab.show_practice(PracticeKind.COLD_WATER)
    assert regulate_tab.stack.currentWidget() is not regulate_tab.history_page
    assert not regulate_tab.history_button.isChecked()


def test_an_episode_settled_an_hour_ago_can_be_linked_and_an_old_one_is_not_offered(
    regulate_tab: RegulateTab, session: Session, clock: FakeClock
) -> None:
    just_settled = session.journal.log(
        ActivationInput(
            "plans cancelled",
            6,
            NOW - timedelta(hours=3),
            settled_at=NOW - timedelta(hours=1),
        )
    )
    long_ago = session.journal.log(
        ActivationInput(
            "old one", 4, NOW - timedelta(days=3), settled_at=NOW - timedelta(days=3, hours=-1)
        )
    )
    controller = regulate_tab.pacer_page.controller
    controller.start()
    clock.advance(60)
    controller.stop()
    panel = regulate_tab.record_panel
    offered = [panel.activation.itemData(i) for i in range(panel.activation.count())]
    assert offered == [None, just_settled.id]
    assert long_ago.id not in offered
    assert panel.activation.currentData() is None  # offered, not chosen for the person
    panel.activation.setCurrentIndex(1)
    stored = panel.save()
    assert stored is not None
    assert stored.content.activation_id == just_settled.id
