"""The people tab in Spanish: counts through plural forms, the domain's rules translated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from healer.domain.clock import utc_now
from healer.domain.consistency import ActivationFacts
from healer.domain.moments import MomentInput, Response
from healer.domain.people import Person, PersonInput, Role
from healer.services.people import PersonConsistency
from healer.services.session import Session
from healer.ui.people.consistency_view import activation_line
from healer.ui.people.models import PersonListModel
from healer.ui.people.people_page import PeoplePage


def _person_line(session: Session, moments: int) -> str:
    person = session.people.add_person(PersonInput("Ana", Role.FRIEND))
    for _ in range(moments):
        session.people.log_moment(MomentInput(utc_now(), Response.CARE, person_id=person.id))
    model = PersonListModel()
    model.set_people(session.people.people())
    return str(model.data(model.index(0))).splitlines()[1]


def test_moment_counts_use_the_spanish_plural_forms(
    session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    assert _person_line(session, 2) == "Amistad · 2 momentos"


def test_moment_counts_stay_english_without_a_translator(session: Session) -> None:
    assert _person_line(session, 1) == "Friend · 1 moment"


def _page(facts: ActivationFacts) -> PersonConsistency:
    now = utc_now()
    person = Person(1, "uid", PersonInput("Ana"), now, now)
    return PersonConsistency(person, (), (), facts, None)


@pytest.mark.parametrize(
    ("count", "english"),
    [
        (0, "Not named in any activation."),
        (1, "Involved in 1 activation; median length "),
        (3, "Involved in 3 activations; median length "),
    ],
)
def test_activation_lines_are_whole_sentences(count: int, english: str) -> None:
    facts = ActivationFacts(count, timedelta(minutes=40) if count else None)
    assert activation_line(_page(facts)).startswith(english)


def test_activation_lines_in_spanish(speak: Callable[[str], None]) -> None:
    speak("es")
    page = _page(ActivationFacts(3, None))
    assert activation_line(page) == "Presente en 3 activaciones."


def test_a_missing_name_is_said_in_spanish(
    qtbot: QtBot, session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    page = PeoplePage(session)
    qtbot.addWidget(page)
    assert page.add_person("  ") is None
    assert page.add_problem.text() == "escribe un nombre o un apodo"
