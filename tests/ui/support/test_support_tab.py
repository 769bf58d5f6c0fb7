"""The support tab driven through its widgets: the self-check, the approaches, the questions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from healer.domain.support import INDICATORS, Answer, Indicator
from healer.services.session import Session
from healer.services.support_texts import suggested_questions
from healer.ui.support.questions_page import ASKED, IN_SUMMARY, TEXT
from healer.ui.support.tab import SupportTab
from healer.ui.tabs import default_tabs


def _no_images(*_args: object) -> dict[object, object]:
    return {}


@pytest.fixture
def tab(qtbot: QtBot, session: Session) -> SupportTab:
    page = SupportTab(session, _no_images)  # type: ignore[arg-type]
    qtbot.add_widget(page)
    page.resize(1024, 600)
    page.show()
    return page


def test_support_comes_after_charts_in_the_tabs() -> None:
    keys = [spec.key for spec in default_tabs()]
    assert keys.index("support") == keys.index("charts") + 1


def test_answers_give_a_calm_paragraph_and_are_kept_only_when_saved(
    qtbot: QtBot, tab: SupportTab, session: Session
) -> None:
    page = tab.self_check
    assert "crisis line" in tab.crisis.text()
    for indicator in INDICATORS[:-1]:
        page.set_answer(indicator, Answer.NOT_REALLY)
    assert not page.save_button.isEnabled()
    assert page.reflection.isHidden()
    page.set_answer(Indicator.CHILDHOOD, Answer.OFTEN)
    assert page.save_button.isEnabled()
    assert page.reflection.isVisibleTo(page)
    assert "neglect, harm or inconsistency in childhood" in page.reflection.text()
    assert session.support.checks() == []  # nothing kept without asking
    with qtbot.wait_signal(tab.status_message) as told:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert told.args == ["Self-check saved"]
    (saved,) = session.support.checks()
    assert saved.content.answers[Indicator.CHILDHOOD] is Answer.OFTEN
    assert page.table.columnCount() == 1
    assert page.table.item(len(INDICATORS) - 1, 0).text() == "Often"
    page.clear()
    assert page.answers() == {}
    assert not page.save_button.isEnabled()


def test_saved_checks_are_compared_side_by_side_and_can_be_forgotten(
    tab: SupportTab, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tab.self_check
    for answer in (Answer.OFTEN, Answer.SOMETIMES):
        for indicator in INDICATORS:
            page.set_answer(indicator, answer)
        page.save_button.click()
    assert page.table.columnCount() == 2
    assert [page.table.item(0, column).text() for column in range(2)] == ["Often", "Sometimes"]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    page.table.selectColumn(0)
    page.forget_button.click()
    assert [c.content.answers[Indicator.DAILY_LIFE] for c in session.support.checks()] == [
        Answer.SOMETIMES
    ]


def test_the_approaches_are_all_there_in_healers_words(tab: SupportTab) -> None:
    tab.sections.setCurrentRow(1)
    texts = [label.accessibleName() for label in tab.approaches.labels]
    assert len(texts) == 5
    for name in ("EFT", "AEDP", "IFS", "SE", "EMDR"):
        assert any(f"({name})" in text for text in texts)


def test_questions_can_be_suggested_edited_ticked_moved_and_removed(
    tab: SupportTab, session: Session
) -> None:
    page = tab.questions
    assert page.suggest_button.isVisibleTo(page)
    page.suggest_button.click()
    assert [q.content.text for q in session.support.questions()] == list(suggested_questions())
    assert not page.suggest_button.isVisibleTo(page)
    page.table.item(0, TEXT).setText("Do you work with attachment, and with the body?")
    page.table.item(1, ASKED).setCheckState(Qt.CheckState.Checked)
    page.table.item(2, IN_SUMMARY).setCheckState(Qt.CheckState.Unchecked)
    stored = session.support.questions()
    assert stored[0].content.text == "Do you work with attachment, and with the body?"
    assert stored[1].content.asked
    assert not stored[2].content.in_summary
    page.table.selectRow(1)
    page.up_button.click()
    assert session.support.questions()[0].id == stored[1].id
    assert page.selected_id() == stored[1].id
    page.new_question.setText("  How long are sessions?  ")
    page.add_button.click()
    assert session.support.questions()[-1].content.text == "How long are sessions?"
    page.table.selectRow(0)
    page.remove_button.click()
    assert stored[1].id not in [q.id for q in session.support.questions()]


def test_an_emptied_question_is_refused_and_the_words_come_back(
    tab: SupportTab, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    tab.questions.add_question("Do you work online?")
    tab.questions.table.item(0, TEXT).setText("   ")
    assert told
    assert tab.questions.table.item(0, TEXT).text() == "Do you work online?"
