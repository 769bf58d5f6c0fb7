"""The people tab's pages and moment form: every control named, Tab walks the form in order."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_accessibility import unnamed_controls
from test_dialog_tab_chain import _assert_walks

from healer.domain.clock import utc_now
from healer.domain.moments import MomentInput, Response
from healer.domain.people import PersonInput, Role
from healer.services.session import Session
from healer.ui.people.tab import PeopleTab


def _tab(qtbot: QtBot, session: Session) -> PeopleTab:
    sam = session.people.add_person(PersonInput("Sam", Role.FRIEND))
    session.people.log_moment(MomentInput(utc_now(), Response.CARE, person_id=sam.id))
    tab = PeopleTab(session)
    qtbot.add_widget(tab)
    tab.resize(1024, 640)
    with qtbot.wait_exposed(tab):
        tab.show()
    return tab


def test_both_pages_of_the_people_tab_are_named(qtbot: QtBot, session: Session) -> None:
    tab = _tab(qtbot, session)
    assert unnamed_controls(tab) == []
    tab.sections.setCurrentWidget(tab.people_page)
    assert tab.people_page.form.isVisible()
    assert unnamed_controls(tab) == []


def test_the_moment_form_is_named_and_walked_by_tab(qtbot: QtBot, session: Session) -> None:
    tab = _tab(qtbot, session)
    dialog = tab.open_moment()
    assert dialog is not None
    with qtbot.wait_exposed(dialog):
        pass
    assert unnamed_controls(dialog) == []
    _assert_walks(qtbot, dialog, "moment form")
    dialog.close()
