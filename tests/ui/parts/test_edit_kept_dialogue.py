"""A kept dialogue can be edited, with the same autosave, and stays kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from healer.domain.clock import utc_now
from healer.domain.parts import DialogueInput, DialogueQuery, DialogueStep
from healer.services.session import Session
from healer.ui.parts import wizard as wizard_module
from healer.ui.parts.steps import TextStepPage
from healer.ui.parts.tab import PartsTab
from healer.ui.parts.wizard import DialogueWizard


def _never_asked(_wizard: DialogueWizard) -> object:
    raise AssertionError("closing an edited kept dialogue must not ask to discard it")


@pytest.fixture
def tab(qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> Iterator[PartsTab]:
    monkeypatch.setattr(wizard_module, "AUTOSAVE_MS", 50)
    monkeypatch.setattr(DialogueWizard, "ask_close", _never_asked)
    page = PartsTab(session)
    qtbot.add_widget(page)
    page.resize(1100, 700)
    page.show()
    yield page
    if page.wizard is not None:
        page.wizard._autosave.stop()


def test_a_kept_dialogue_is_edited_autosaved_and_stays_kept(
    qtbot: QtBot, session: Session, tab: PartsTab
) -> None:
    content = DialogueInput(started_at=utc_now(), fear="the train leaving", answer="I'm here.")
    kept = session.parts.finish_dialogue(None, content)
    qtbot.wait_until(lambda: tab.dialogue_model.rowCount() == 1)
    tab.dialogue_list.setCurrentIndex(tab.dialogue_model.index(0))
    assert tab.edit_button.isVisible()
    assert not tab.reopen_button.isVisible()

    tab.edit_button.click()
    wizard = tab.wizard
    assert wizard is not None
    assert wizard.dialogue_id == kept.id
    assert wizard.windowTitle() == "Edit a kept dialogue"
    page = wizard.pages[DialogueStep.FEAR]
    assert isinstance(page, TextStepPage)
    assert page.edit.toPlainText() == "the train leaving"
    page.edit.setPlainText("the train leaving without me")
    qtbot.wait_until(
        lambda: session.parts.dialogue(kept.id).content.fear == "the train leaving without me"
    )
    stored = session.parts.dialogue(kept.id)
    assert stored.is_finished  # the autosave did not turn it back into a draft
    assert stored.finished_at == kept.finished_at
    assert stored.content.step is kept.content.step
    assert session.parts.dialogues(DialogueQuery(unfinished=True)) == []

    page.edit.setPlainText("the train leaving, and me alone")
    with qtbot.wait_signal(wizard.finished_dialogue):
        wizard.reject()  # Esc / Close keeps the change, no question
    (only,) = session.parts.dialogues()
    assert only.id == kept.id
    assert only.is_finished
    assert only.content.fear == "the train leaving, and me alone"
    assert only.content.answer == "I'm here."
