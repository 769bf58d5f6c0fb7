"""The guided dialogue, driven through its real widgets: keys, skipping, Back, keeping, closing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.parts import STEPS, DialogueQuery, DialogueStep, PartInput
from healer.services.session import Session
from healer.ui.parts import wizard as wizard_module
from healer.ui.parts.steps import AgeStepPage, ClosePage, TextStepPage
from healer.ui.parts.wizard import CloseChoice, DialogueWizard

ALT = Qt.KeyboardModifier.AltModifier
REAL_ASK_CLOSE = DialogueWizard.ask_close


@pytest.fixture(autouse=True)
def never_block_on_the_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """qtbot closes widgets after each test; a real modal question there would block."""
    monkeypatch.setattr(DialogueWizard, "ask_close", lambda _self: CloseChoice.KEEP)


@pytest.fixture
def open_wizard(qtbot: QtBot, session: Session) -> Iterator[DialogueWizard]:
    """A shown, active wizard for a new dialogue."""
    wizard = DialogueWizard(session)
    qtbot.add_widget(wizard)
    with qtbot.wait_active(wizard):
        wizard.show()
        wizard.activateWindow()
    yield wizard
    wizard._autosave.stop()


def _key(qtbot: QtBot, wizard: DialogueWizard, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    target = QApplication.focusWidget() or wizard
    qtbot.keyClick(target, key, modifier)


def _text_page(wizard: DialogueWizard, step: DialogueStep) -> TextStepPage:
    page = wizard.pages[step]
    assert isinstance(page, TextStepPage)
    return page


def _close_page(wizard: DialogueWizard) -> ClosePage:
    page = wizard.pages[DialogueStep.CLOSE]
    assert isinstance(page, ClosePage)
    return page


def test_the_wizard_has_the_seven_steps_in_order(open_wizard: DialogueWizard) -> None:
    assert open_wizard.pageIds() == list(range(7))
    assert [open_wizard.page(i).step for i in open_wizard.pageIds()] == list(STEPS)  # type: ignore[attr-defined]
    assert open_wizard.current_step() is DialogueStep.SETTLE


def test_every_field_and_button_has_an_accessible_name(open_wizard: DialogueWizard) -> None:
    kinds = (QPlainTextEdit, QAbstractButton, QComboBox)
    unnamed = [
        widget.objectName() or type(widget).__name__
        for widget in open_wizard.findChildren(QWidget)
        if isinstance(widget, kinds)
        and widget.isEnabled()
        and not widget.accessibleName()
        and widget.parent() is not None
        and widget.objectName() != "qt_wizard_commit"  # never shown: no commit step
    ]
    assert unnamed == []
    links = [label for label in open_wizard.findChildren(QLabel) if "<a " in label.text()]
    assert links
    assert all(label.accessibleName() for label in links)


def test_keyboard_only_enter_and_alt_keys_walk_and_shift_enter_adds_a_line(
    qtbot: QtBot, open_wizard: DialogueWizard
) -> None:
    wizard = open_wizard
    _key(qtbot, wizard, Qt.Key.Key_N, ALT)  # a mnemonic clicks with a short animation
    qtbot.wait_until(lambda: wizard.current_step() is DialogueStep.NOTICE)
    notice = _text_page(wizard, DialogueStep.NOTICE).edit
    qtbot.wait_until(lambda: notice.hasFocus())
    qtbot.keyClicks(notice, "tight chest")
    _key(qtbot, wizard, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(notice, "curled up")
    assert wizard.current_step() is DialogueStep.NOTICE
    assert notice.toPlainText() == "tight chest\ncurled up"
    _key(qtbot, wizard, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert wizard.current_step() is DialogueStep.AGE
    _key(qtbot, wizard, Qt.Key.Key_B, ALT)
    qtbot.wait_until(lambda: wizard.current_step() is DialogueStep.NOTICE)
    assert notice.toPlainText() == "tight chest\ncurled up"


def test_back_keeps_every_word_exactly_as_typed(qtbot: QtBot, open_wizard: DialogueWizard) -> None:
    wizard = open_wizard
    typed = {
        DialogueStep.NOTICE: "  a knot,\n\n   small ",
        DialogueStep.FEAR: "that they leave",
        DialogueStep.NEED: "stay",
        DialogueStep.ANSWER: "I'm here.\nI stay.",
    }
    while wizard.current_step() is not DialogueStep.CLOSE:
        step = wizard.current_step()
        if step in typed:
            _text_page(wizard, step).edit.setPlainText(typed[step])
        wizard.next()
    while wizard.current_step() is not DialogueStep.SETTLE:
        wizard.back()
    for step, text in typed.items():
        assert _text_page(wizard, step).edit.toPlainText() == text
    assert wizard.content().notice == typed[DialogueStep.NOTICE]


def test_every_step_can_be_skipped_and_a_blank_dialogue_leaves_nothing(
    qtbot: QtBot, session: Session, open_wizard: DialogueWizard
) -> None:
    wizard = open_wizard
    for _ in range(6):
        wizard.button(wizard.WizardButton.NextButton).click()
    assert wizard.current_step() is DialogueStep.CLOSE
    with qtbot.wait_signal(wizard.finished):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert session.parts.dialogues() == []


def test_one_answer_is_enough_to_keep_the_dialogue(
    qtbot: QtBot, session: Session, open_wizard: DialogueWizard
) -> None:
    wizard = open_wizard
    while wizard.current_step() is not DialogueStep.ANSWER:
        wizard.next()
    _text_page(wizard, DialogueStep.ANSWER).edit.setPlainText("You are not alone.")
    wizard.next()
    with qtbot.wait_signal(wizard.finished_dialogue) as kept:
        wizard.button(wizard.WizardButton.FinishButton).click()
    (dialogue,) = session.parts.dialogues()
    assert kept.args == [dialogue.id]
    assert dialogue.is_finished
    assert dialogue.content.answer == "You are not alone."
    assert (dialogue.content.notice, dialogue.content.age, dialogue.content.fear) == ("", "", "")


def test_close_names_a_new_part_takes_age_and_feeling_and_links_the_open_episode(
    qtbot: QtBot, session: Session
) -> None:
    older = session.journal.log(
        ActivationInput(
            trigger="earlier",
            intensity=3,
            started_at=utc_now() - timedelta(days=2),
            settled_at=utc_now() - timedelta(days=2) + timedelta(minutes=30),
        )
    )
    episode = session.journal.log(
        ActivationInput(trigger="no reply", intensity=8, started_at=utc_now())
    )
    wizard = DialogueWizard(session)
    qtbot.add_widget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    age = wizard.pages[DialogueStep.AGE]
    assert isinstance(age, AgeStepPage)
    age.buttons["5"].click()
    age.buttons["7"].click()
    age.buttons["7"].click()  # the same choice again clears it
    age.buttons["5"].click()
    while wizard.current_step() is not DialogueStep.CLOSE:
        wizard.next()
    close = _close_page(wizard)
    assert close.link_combo.currentData() == episode.id  # the open episode is offered
    assert close.link_combo.findData(older.id) > 0
    close.feeling.buttons[2].click()
    close.part_combo.setEditText("  Little one ")
    with qtbot.wait_signal(wizard.finished_dialogue):
        wizard.button(wizard.WizardButton.FinishButton).click()
    (dialogue,) = session.parts.dialogues()
    assert (dialogue.content.age, dialogue.content.feeling_after) == ("5", 2)
    assert dialogue.part_name == "Little one"
    assert dialogue.content.activation_id == episode.id
    (part,) = session.parts.parts()
    assert part.dialogue_count == 1


def test_a_part_met_before_is_chosen_by_name(qtbot: QtBot, session: Session) -> None:
    met = session.parts.add_part(PartInput("Watcher"))
    wizard = DialogueWizard(session)
    qtbot.add_widget(wizard)
    wizard.show()
    while wizard.current_step() is not DialogueStep.CLOSE:
        wizard.next()
    close = _close_page(wizard)
    assert close.part_combo.findText("Watcher") >= 0
    close.part_combo.setCurrentIndex(close.part_combo.findText("Watcher"))
    assert close.fields()["part_id"] == str(met.id)
    with qtbot.wait_signal(wizard.finished_dialogue):
        wizard.accept()
    assert session.parts.parts()[0].dialogue_count == 1
    assert [p.content.name for p in session.parts.parts()] == ["Watcher"]


@pytest.mark.parametrize(
    ("choice", "visible", "kept"),
    [(CloseChoice.STAY, True, 1), (CloseChoice.KEEP, False, 1), (CloseChoice.DISCARD, False, 0)],
)
def test_escape_asks_before_anything_typed_is_dropped(
    qtbot: QtBot,
    session: Session,
    open_wizard: DialogueWizard,
    monkeypatch: pytest.MonkeyPatch,
    choice: CloseChoice,
    visible: bool,
    kept: int,
) -> None:
    asked: list[bool] = []

    def answer(_self: DialogueWizard) -> CloseChoice:
        asked.append(True)
        return choice

    monkeypatch.setattr(DialogueWizard, "ask_close", answer)
    wizard = open_wizard
    wizard.next()
    notice = _text_page(wizard, DialogueStep.NOTICE).edit
    qtbot.wait_until(lambda: notice.hasFocus())
    qtbot.keyClicks(notice, "shaky hands")
    wizard.save_drafts()  # a draft already in the vault must go too when discarded
    qtbot.keyClick(notice, Qt.Key.Key_Escape)
    assert asked == [True]
    assert wizard.isVisible() is visible
    unfinished = session.parts.dialogues(DialogueQuery(unfinished=True))
    assert len(unfinished) == kept
    if kept:
        assert unfinished[0].content.notice == "shaky hands"
        assert unfinished[0].content.step is DialogueStep.NOTICE


def test_escape_on_an_untouched_dialogue_closes_without_asking(
    qtbot: QtBot, open_wizard: DialogueWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(DialogueWizard, "ask_close", lambda _self: pytest.fail("asked"))
    with qtbot.wait_signal(open_wizard.rejected):
        _key(qtbot, open_wizard, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert not open_wizard.isVisible()


def test_the_real_question_offers_going_on_writing_by_escape(
    qtbot: QtBot, session: Session, open_wizard: DialogueWizard
) -> None:
    wizard = open_wizard
    wizard.next()
    _text_page(wizard, DialogueStep.NOTICE).edit.setPlainText("a lump in the throat")
    seen: list[str] = []

    def answer_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer_box)
    assert REAL_ASK_CLOSE(wizard) is CloseChoice.STAY
    assert seen
    assert "Close" in seen[0]
    assert wizard.isVisible()
    assert session.parts.dialogues() == []


def test_typing_is_autosaved_into_the_vault_within_seconds(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wizard_module, "AUTOSAVE_MS", 50)
    wizard = DialogueWizard(session)
    qtbot.add_widget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()
    _text_page(wizard, DialogueStep.FEAR).edit.setPlainText("being left at the station")
    qtbot.wait_until(lambda: bool(session.parts.dialogues(DialogueQuery(unfinished=True))))
    (draft,) = session.parts.dialogues(DialogueQuery(unfinished=True))
    assert draft.content.fear == "being left at the station"
    assert draft.content.step is DialogueStep.FEAR
    assert wizard.dialogue_id == draft.id
    wizard._autosave.stop()


def test_continuing_opens_at_the_kept_step_with_back_still_possible(
    qtbot: QtBot, session: Session
) -> None:
    from healer.domain.parts import DialogueInput

    kept = session.parts.keep_dialogue(
        None,
        DialogueInput(started_at=utc_now(), step=DialogueStep.NEED, notice="heavy", need="rest"),
    )
    wizard = DialogueWizard(session, session.parts.dialogue(kept.id))
    qtbot.add_widget(wizard)
    wizard.show()
    assert wizard.current_step() is DialogueStep.NEED
    assert _text_page(wizard, DialogueStep.NEED).edit.toPlainText() == "rest"
    wizard.back()
    wizard.back()
    assert wizard.current_step() is DialogueStep.AGE
    while wizard.current_step() is not DialogueStep.CLOSE:
        wizard.next()
    with qtbot.wait_signal(wizard.finished_dialogue):
        wizard.accept()
    (finished,) = session.parts.dialogues()
    assert finished.id == kept.id
    assert finished.is_finished
    assert finished.content.notice == "heavy"


def test_the_settle_step_asks_for_the_pacer(qtbot: QtBot, open_wizard: DialogueWizard) -> None:
    settle = open_wizard.pages[DialogueStep.SETTLE]
    link = settle.pacer_link  # type: ignore[attr-defined]
    assert "pacer" in link.text()
    with qtbot.wait_signal(open_wizard.pacer_requested):
        link.setFocus()
        qtbot.keyClick(link, Qt.Key.Key_Tab)  # keyboard focus lands on the link itself
        link.linkActivated.emit("pacer")
