"""The regulate tab: recording practice uses, the practice cards, lock and accessibility."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QAccessible, QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.practice import PracticeKind
from healer.services.session import Session
from healer.ui.regulate.cards import BilateralCard, OrientingCard
from healer.ui.regulate.tab import RegulateTab

NOW = datetime.now(UTC).replace(microsecond=0)


def test_the_tab_offers_what_the_shell_expects(regulate_tab: RegulateTab) -> None:
    assert isinstance(regulate_tab.undo_stack, QUndoStack)
    assert regulate_tab.undo_stack.count() == 0
    regulate_tab.save_drafts()  # nothing to save, and it must not fail
    assert regulate_tab.stack.currentWidget() is regulate_tab.pacer_page  # body first
    assert [
        regulate_tab.practice_list.item(row).text()
        for row in range(regulate_tab.practice_list.count())
    ] == ["Slow breathing", "Cold water", "Left and right", "Look around", "Weight and warmth"]


def test_a_breathing_session_is_saved_with_intensities_and_the_open_episode(
    regulate_tab: RegulateTab, session: Session, clock: FakeClock, qtbot: QtBot
) -> None:
    settled = session.journal.log(
        ActivationInput(
            trigger="old", intensity=3, started_at=NOW - timedelta(days=1), settled_at=NOW
        )
    )
    still_open = session.journal.log(
        ActivationInput(trigger="no reply yet", intensity=8, started_at=NOW)
    )
    controller = regulate_tab.pacer_page.controller
    controller.start()
    clock.advance(185)
    controller.stop()
    panel = regulate_tab.record_panel
    assert panel.isVisible()
    assert "Slow breathing" in panel.summary.text()
    assert "3 min 5 s" in panel.summary.text()
    assert panel.activation.currentData() == still_open.id  # offered by default
    # Settled a moment ago: offered too (settling first and breathing after), not chosen.
    offered = [panel.activation.itemData(i) for i in range(panel.activation.count())]
    assert offered == [None, still_open.id, settled.id]
    assert panel.activation.itemText(2).startswith("Settled: old")
    qtbot.mouseClick(panel.before.buttons[8], qtbot_button())
    qtbot.mouseClick(panel.after.buttons[5], qtbot_button())
    with (
        qtbot.wait_signal(session.changes.data_changed) as changed,
        qtbot.wait_signal(regulate_tab.status_message),
    ):
        panel.save_button.click()
    assert changed.args == [Change.PRACTICE]
    (use,) = session.practices.uses()
    content = use.content
    assert (content.kind, content.pattern, content.duration_seconds) == (
        PracticeKind.BREATHING,
        "4/0/8/0",
        185,
    )
    assert (content.intensity_before, content.intensity_after) == (8, 5)
    assert content.activation_id == still_open.id
    assert use.change == -3
    assert not panel.isVisible()


def qtbot_button() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_intensities_are_optional_and_a_second_tap_clears(
    regulate_tab: RegulateTab, session: Session, clock: FakeClock
) -> None:
    card = regulate_tab.cards[PracticeKind.COLD_WATER]
    regulate_tab.show_practice(PracticeKind.COLD_WATER)
    card.begin_button.click()
    clock.advance(40)
    card.done_button.click()
    panel = regulate_tab.record_panel
    assert panel.activation.currentData() is None  # no open episode: nothing linked
    panel.before.buttons[6].click()
    panel.before.buttons[6].click()
    assert panel.before.value() is None
    panel.save_button.click()
    (use,) = session.practices.uses()
    assert use.content.kind is PracticeKind.COLD_WATER
    assert use.content.duration_seconds == 40
    assert use.content.intensity_before is None
    assert use.content.intensity_after is None


def test_not_now_saves_nothing(regulate_tab: RegulateTab, session: Session) -> None:
    controller = regulate_tab.pacer_page.controller
    controller.start()
    controller.stop()
    regulate_tab.record_panel.skip_button.click()
    assert not regulate_tab.record_panel.isVisible()
    assert session.practices.uses() == []


def _orienting(tab: RegulateTab) -> OrientingCard:
    card = tab.cards[PracticeKind.ORIENTING]
    assert isinstance(card, OrientingCard)
    tab.show_practice(PracticeKind.ORIENTING)
    return card


def test_orienting_words_are_kept_only_when_asked(
    regulate_tab: RegulateTab, session: Session, qtbot: QtBot
) -> None:
    card = _orienting(regulate_tab)
    panel = regulate_tab.record_panel
    qtbot.keyClicks(card.fields[0], "lamp")
    assert card.is_running  # naming what you see begins the practice
    card.fields[1].setText("blue mug")
    card.done_button.click()
    assert card.fields[0].text() == ""  # the page forgets once done
    # The words wait in the save panel, offered for keeping but not chosen.
    assert panel.keep_words.isVisibleTo(panel)
    assert not panel.keep_words.isChecked()
    assert panel.words.text() == "lamp · blue mug"
    panel.save_button.click()
    assert session.practices.uses()[0].content.notes == ()
    assert panel.words.text() == ""  # forgotten with the panel

    qtbot.keyClicks(card.fields[0], "window")
    card.fields[4].setText("plant")
    card.keep.setChecked(True)
    card.done_button.click()
    assert panel.keep_words.isChecked()  # asked for before the end
    panel.save_button.click()
    assert session.practices.uses()[0].content.notes == ("window", "plant")

    # Not now forgets the words too, even when Keep was ticked.
    qtbot.keyClicks(card.fields[0], "door")
    card.keep.setChecked(True)
    card.done_button.click()
    panel.skip_button.click()
    assert len(session.practices.uses()) == 2
    assert panel.words.text() == ""


def test_orienting_words_can_be_kept_at_the_end(
    regulate_tab: RegulateTab, session: Session, qtbot: QtBot
) -> None:
    card = _orienting(regulate_tab)
    panel = regulate_tab.record_panel
    qtbot.keyClicks(card.fields[0], "kettle")
    card.fields[2].setText("  red chair ")
    card.done_button.click()  # Keep was never ticked on the card
    assert not card.keep.isChecked()
    panel.keep_words.click()
    panel.save_button.click()
    assert session.practices.uses()[0].content.notes == ("kettle", "red chair")


def test_a_practice_without_words_offers_nothing_to_keep(
    regulate_tab: RegulateTab, clock: FakeClock
) -> None:
    controller = regulate_tab.pacer_page.controller
    controller.start()
    clock.advance(30)
    controller.stop()
    panel = regulate_tab.record_panel
    assert panel.isVisible()
    assert not panel.keep_words.isVisibleTo(panel)


def test_the_bilateral_cue_alternates_at_the_chosen_tempo(
    regulate_tab: RegulateTab, clock: FakeClock
) -> None:
    card = regulate_tab.cards[PracticeKind.BILATERAL]
    assert isinstance(card, BilateralCard)
    regulate_tab.show_practice(PracticeKind.BILATERAL)
    card.tempo.setValue(30)  # one side every two seconds
    card.begin_button.click()
    assert card.cue.is_animating
    sides = []
    for _ in range(4):
        sides.append(card.cue.current_side())
        clock.advance(2.0)
    assert sides == [0, 1, 0, 1]
    card.done_button.click()
    assert not card.cue.is_running
    assert not card.cue.is_animating


def test_a_card_timer_counts_down_by_the_clock(
    regulate_tab: RegulateTab, clock: FakeClock, qtbot: QtBot
) -> None:
    card = regulate_tab.cards[PracticeKind.WEIGHTED_CONTACT]
    regulate_tab.show_practice(PracticeKind.WEIGHTED_CONTACT)
    card.timer.minutes.setValue(1)
    card.begin_button.click()
    clock.advance(15)
    card.timer.refresh()
    assert card.timer.remaining.text() == "0:45 left"
    clock.advance(45)
    with qtbot.wait_signal(card.timer.finished):
        card.timer.refresh()
    assert "Time's up" in card.timer.remaining.text()
    assert card.is_running  # the timer is a guide; the person decides when they are done


def test_hidden_pages_do_not_animate(regulate_tab: RegulateTab) -> None:
    regulate_tab.pacer_page.controller.start()
    assert regulate_tab.pacer_page.pacer.is_animating
    regulate_tab.show_practice(PracticeKind.COLD_WATER)
    assert not regulate_tab.pacer_page.pacer.is_animating
    regulate_tab.show_practice(PracticeKind.BREATHING)
    assert regulate_tab.pacer_page.pacer.is_animating
    regulate_tab.hide()
    assert not regulate_tab.pacer_page.pacer.is_animating


def test_locking_stops_everything_and_forgets_typed_words(
    regulate_tab: RegulateTab, session: Session, clock: FakeClock
) -> None:
    regulate_tab.pacer_page.controller.start()
    regulate_tab.pacer_page.toggle_full_screen()
    bilateral = regulate_tab.cards[PracticeKind.BILATERAL]
    bilateral.begin()
    card = _orienting(regulate_tab)
    card.begin_button.click()
    card.fields[2].setText("private words")
    card.keep.setChecked(True)
    clock.advance(10)
    card.done_button.click()
    assert regulate_tab.record_panel.pending is not None
    card.fields[0].setText("still typing")  # a second round, not finished
    session.lock()
    assert regulate_tab.pacer_page.controller.state.value == "idle"
    assert regulate_tab.pacer_page.full_screen is None
    assert not regulate_tab.pacer_page.pacer.is_animating
    assert not bilateral.is_running
    assert regulate_tab.record_panel.pending is None
    assert not regulate_tab.record_panel.isVisible()
    assert all(field.text() == "" for field in card.fields)


def _unnamed(widget: QWidget) -> list[str]:
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    interactive = {
        QAccessible.Role.PushButton,
        QAccessible.Role.CheckBox,
        QAccessible.Role.ComboBox,
        QAccessible.Role.EditableText,
        QAccessible.Role.SpinBox,
        QAccessible.Role.List,
    }
    problems: list[str] = []
    seen = 0

    def visit(node: QAccessible.QAccessibleInterface) -> None:  # type: ignore[name-defined]
        nonlocal seen
        seen += 1
        if (
            node.role() in interactive
            and not node.state().invisible
            and not node.text(QAccessible.Text.Name).strip()
        ):
            obj = node.object()
            problems.append(f"{node.role().name} {type(obj).__name__ if obj else '?'}")
        for index in range(node.childCount()):
            child = node.child(index)
            if child is not None and child.isValid():
                visit(child)

    visit(root)
    assert seen > 20
    return problems


def test_every_control_has_a_name(regulate_tab: RegulateTab, clock: FakeClock) -> None:
    regulate_tab.pacer_page.controller.start()
    regulate_tab.pacer_page.controller.stop()  # the record panel is showing too
    for kind in PracticeKind:
        regulate_tab.show_practice(kind)
        assert _unnamed(regulate_tab) == [], kind


def test_an_episode_logged_while_the_panel_is_open_is_offered(
    regulate_tab: RegulateTab, session: Session
) -> None:
    controller = regulate_tab.pacer_page.controller
    controller.start()
    controller.stop()
    panel = regulate_tab.record_panel
    assert panel.activation.count() == 1  # only "No episode"
    episode = session.journal.log(ActivationInput(trigger="just now", intensity=6, started_at=NOW))
    assert panel.activation.currentData() == episode.id
    panel.activation.setCurrentIndex(0)  # the person chose not to link
    panel.activation.activated.emit(0)
    session.journal.log(ActivationInput(trigger="another", intensity=4, started_at=NOW))
    assert panel.activation.count() == 3
    assert panel.activation.currentData() is None  # their choice is kept
