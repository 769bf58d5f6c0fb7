"""The people tab with real widgets: quick log, full form and drafts, registry, undo, signal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.moments import MOMENT_DRAFT_SLOT, MomentInput, MomentQuery, Response
from healer.domain.people import PersonInput, Role
from healer.services.session import Session
from healer.ui.people.models import MomentListModel, PersonListModel
from healer.ui.people.tab import PeopleTab


@pytest.fixture
def tab(qtbot: QtBot, session: Session) -> Iterator[PeopleTab]:
    """The tab on a fresh vault, shown."""
    widget = PeopleTab(session)
    qtbot.addWidget(widget)
    widget.resize(1024, 640)
    widget.show()
    yield widget
    if widget.dialog is not None:
        widget.dialog.close()


def test_a_new_user_sees_calm_empty_pages(tab: PeopleTab) -> None:
    assert tab.moments_page.model.rowCount() == 0
    assert "No moments yet" in tab.moments_page.empty_label.text()
    tab.sections.setCurrentWidget(tab.people_page)
    assert "Add the people you reach out to" in tab.people_page.placeholder.text()
    assert tab.quick_log.who_combo.count() == 1  # Myself


def test_quick_log_keeps_a_moment_in_two_taps(
    qtbot: QtBot, tab: PeopleTab, session: Session
) -> None:
    session.people.add_person(PersonInput("Sam", Role.FRIEND))
    combo = tab.quick_log.who_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Myself", "Sam"]
    combo.setCurrentIndex(1)
    qtbot.mouseClick(tab.quick_log.response_buttons[Response.PARTLY], Qt.MouseButton.LeftButton)
    (moment,) = session.people.moments()
    assert (moment.person_name, moment.content.response) == ("Sam", Response.PARTLY)
    assert tab.moments_page.model.rowCount() == 1
    assert "Sam" in tab.moments_page.model.data(tab.moments_page.model.index(0, 0))
    assert tab.quick_log.feedback.isVisible()


def test_the_full_form_needs_a_response_and_saves_the_rest(
    qtbot: QtBot, tab: PeopleTab, session: Session
) -> None:
    sam = session.people.add_person(PersonInput("Sam"))
    dialog = tab.open_moment()
    assert dialog is not None
    dialog.who_combo.setCurrentIndex(dialog.who_combo.findData(sam.id))
    dialog.shared_edit.setPlainText("I said I felt far away and asked for a hug")
    assert not dialog.save_moment()
    assert "choose how they responded" in dialog.problem.text()
    assert session.people.moments() == []
    dialog.response_combo.setCurrentIndex(dialog.response_combo.findData(Response.CARE))
    dialog.before_spin.setValue(8)
    with qtbot.wait_signal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (moment,) = session.people.moments()
    assert moment.content.person_id == sam.id
    assert moment.content.shared == "I said I felt far away and asked for a hug"
    assert (moment.content.feeling_before, moment.content.feeling_after) == (8, None)
    assert session.people.draft(MOMENT_DRAFT_SLOT) is None


def test_closing_the_form_keeps_a_draft_that_comes_back(
    qtbot: QtBot, tab: PeopleTab, session: Session
) -> None:
    dialog = tab.open_moment()
    assert dialog is not None
    dialog.shared_edit.setPlainText("half a thought")
    dialog.close()
    draft = session.people.draft(MOMENT_DRAFT_SLOT)
    assert draft is not None
    assert draft.fields["shared"] == "half a thought"
    again = tab.open_moment()
    assert again is not None
    assert again.restored_draft
    assert again.shared_edit.toPlainText() == "half a thought"
    qtbot.mouseClick(again.clear_button, Qt.MouseButton.LeftButton)
    assert session.people.draft(MOMENT_DRAFT_SLOT) is None


def test_save_drafts_before_a_lock_keeps_the_open_form(tab: PeopleTab, session: Session) -> None:
    dialog = tab.open_moment()
    assert dialog is not None
    dialog.shared_edit.setPlainText("typed just before the lock")
    tab.save_drafts()
    draft = session.people.draft(MOMENT_DRAFT_SLOT)
    assert draft is not None
    assert draft.fields["shared"] == "typed just before the lock"


def test_a_moment_can_be_changed_from_the_list(
    qtbot: QtBot, tab: PeopleTab, session: Session
) -> None:
    session.people.log_moment(MomentInput(utc_now(), Response.MISSED, shared="first"))
    tab.moments_page.moment_list.setCurrentIndex(tab.moments_page.model.index(0, 0))
    qtbot.mouseClick(tab.moments_page.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.shared_edit.toPlainText() == "first"
    dialog.response_combo.setCurrentIndex(dialog.response_combo.findData(Response.CARE))
    assert dialog.save_moment()
    (moment,) = session.people.moments()
    assert moment.content.response is Response.CARE


def test_moments_are_searched_by_their_words(tab: PeopleTab, session: Session) -> None:
    session.people.log_moment(MomentInput(utc_now(), Response.CARE, shared="walked by the sea"))
    session.people.log_moment(MomentInput(utc_now(), Response.HURT, shared="long silence"))
    tab.moments_page.search_edit.setText("sea")
    assert tab.moments_page.model.rowCount() == 1
    tab.moments_page.search_edit.setText("nothing like this")
    assert tab.moments_page.model.rowCount() == 0
    assert "No moment has these words" in tab.moments_page.empty_label.text()


def test_deleting_a_moment_is_undone_with_the_undo_stack(
    qtbot: QtBot, tab: PeopleTab, session: Session
) -> None:
    kept = session.people.log_moment(MomentInput(utc_now(), Response.CARE, shared="keep me"))
    tab.moments_page.moment_list.setCurrentIndex(tab.moments_page.model.index(0, 0))
    with qtbot.wait_signal(tab.status_message):
        qtbot.mouseClick(tab.moments_page.delete_button, Qt.MouseButton.LeftButton)
    assert session.people.moments() == []
    assert tab.moments_page.model.rowCount() == 0
    assert tab.undo_stack.undoText() == "Delete moment"
    tab.undo_stack.undo()
    assert [m.id for m in session.people.moments()] == [kept.id]
    assert tab.moments_page.model.rowCount() == 1


def test_the_registry_adds_renames_archives_and_deletes_with_undo(
    qtbot: QtBot, tab: PeopleTab, session: Session
) -> None:
    page = tab.people_page
    tab.sections.setCurrentWidget(page)
    page.new_name_edit.setText("  Alex ")
    qtbot.keyClick(page.new_name_edit, Qt.Key.Key_Return)
    (alex,) = session.people.people()
    assert alex.name == "Alex"
    assert page.form.name_edit.text() == "Alex"
    page.new_name_edit.setText("alex")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "already in your people" in page.add_problem.text()
    assert page.new_name_edit.text() == "alex"  # nothing typed is lost

    session.journal.log(ActivationInput("plans cancelled", 6, utc_now(), person="Alex"))
    page.form.name_edit.setText("Alexis")
    page.form.role_combo.setCurrentIndex(page.form.role_combo.findData(Role.MENTOR))
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert session.people.person(alex.id).content.role is Role.MENTOR
    assert session.journal.find()[0].content.person == "Alexis"

    page.form.archived_check.setChecked(True)
    assert page.form.save()
    assert tab.quick_log.who_combo.count() == 1  # archived people are not offered
    assert page.model.rowCount() == 0
    page.archived_check.setChecked(True)
    assert page.model.rowCount() == 1

    page.select_person(alex.id)
    qtbot.mouseClick(page.form.delete_button, Qt.MouseButton.LeftButton)
    assert session.people.people() == []
    assert session.journal.find()[0].content.person == ""
    tab.undo_stack.undo()
    assert [p.name for p in session.people.people()] == ["Alexis"]
    assert session.journal.find()[0].content.person == "Alexis"


def _hurting_months(session: Session) -> int:
    riley = session.people.add_person(PersonInput("Riley", Role.PARTNER))
    now = utc_now()
    for day in range(0, 120, 10):
        when = now - timedelta(days=day)
        session.journal.log(
            ActivationInput(
                "no reply", 7, when, settled_at=when + timedelta(hours=1), person="Riley"
            )
        )
        session.people.log_moment(MomentInput(when, Response.HURT, person_id=riley.id))
    return riley.id


def test_the_person_page_shows_consistency_and_a_dismissible_gentle_note(
    qtbot: QtBot, tab: PeopleTab, session: Session
) -> None:
    riley = _hurting_months(session)
    page = tab.people_page
    tab.sections.setCurrentWidget(page)
    page.select_person(riley)
    view = page.consistency
    assert "Involved in 12 activations" in view.activations_label.text()
    assert "median length 1 h 00 min" in view.activations_label.text()
    assert "0 of" in view.quarters_label.text()
    assert view.moment_model.rowCount() == 12
    assert view.signal_frame.isVisible()
    assert "not a verdict" in view.signal_label.text()
    with qtbot.wait_signal(tab.help_requested):
        qtbot.mouseClick(view.help_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    assert not view.signal_frame.isVisible()
    page.select_person(riley)
    assert not view.signal_frame.isVisible()  # set aside stays aside


def test_the_gentle_note_stays_away_for_someone_who_meets_them(
    tab: PeopleTab, session: Session
) -> None:
    noor = session.people.add_person(PersonInput("Noor"))
    for day in range(0, 100, 10):
        when = utc_now() - timedelta(days=day)
        session.journal.log(ActivationInput("a wobble", 4, when, person="Noor"))
        session.people.log_moment(MomentInput(when, Response.CARE, person_id=noor.id))
    tab.people_page.select_person(noor.id)
    assert not tab.people_page.consistency.signal_frame.isVisible()
    quarters = tab.people_page.consistency.quarters_label.text()
    assert "met with care (100%)" in quarters
    assert "(0%)" not in quarters


def test_the_models_pass_the_model_tester(qtmodeltester: object, session: Session) -> None:
    _hurting_months(session)
    people = PersonListModel()
    people.set_people(session.people.people())
    moments = MomentListModel()
    moments.set_moments(session.people.moments(MomentQuery()))
    qtmodeltester.check(people)  # type: ignore[attr-defined]
    qtmodeltester.check(moments)  # type: ignore[attr-defined]
