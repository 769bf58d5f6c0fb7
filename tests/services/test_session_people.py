"""The session's people calls: what each write announces, the person page, export and import."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.moments import MOMENT_DRAFT_SLOT, MomentInput, Response
from healer.domain.people import PersonInput, Role
from healer.services.session import Session

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_writes_announce_people_moments_and_renamed_entries(qtbot: QtBot, session: Session) -> None:
    people = session.people
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        sam = people.add_person(PersonInput("Sam", Role.PARTNER))
    assert blocker.args == [Change.PERSON]
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        people.update_person(sam.id, PersonInput("Sam", Role.FRIEND))
    assert Change.ACTIVATION not in blocker.args[0]
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        people.update_person(sam.id, PersonInput("Samira", Role.FRIEND))
    assert Change.ACTIVATION in blocker.args[0]
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        moment = people.log_moment(MomentInput(NOW, Response.CARE, person_id=sam.id))
    assert blocker.args == [Change.MOMENT | Change.PERSON]
    with qtbot.wait_signal(session.changes.data_changed):
        removed = people.delete_moment(moment.id)
    assert people.moments() == []
    with qtbot.wait_signal(session.changes.data_changed):
        people.restore_moment(removed)
    assert [m.id for m in people.moments()] == [moment.id]
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        removal = people.delete_person(sam.id)
    assert blocker.args == [Change.PERSON | Change.MOMENT | Change.ACTIVATION]
    assert people.people() == []
    assert people.moments() == []
    people.restore_person(removal)
    assert [p.name for p in people.people()] == ["Samira"]
    assert len(people.moments()) == 1


def test_drafts_are_quiet(qtbot: QtBot, session: Session) -> None:
    seen: list[Change] = []
    session.changes.data_changed.connect(seen.append)
    session.people.save_draft(MOMENT_DRAFT_SLOT, {"shared": "I wanted"})
    draft = session.people.draft(MOMENT_DRAFT_SLOT)
    assert draft is not None
    assert draft.fields["shared"] == "I wanted"
    session.people.log_moment(
        MomentInput(NOW, Response.CARE, shared="I wanted"), discard_draft=MOMENT_DRAFT_SLOT
    )
    assert session.people.draft(MOMENT_DRAFT_SLOT) is None
    assert seen == [Change.MOMENT | Change.PERSON]


def _hurting_year(session: Session, name: str, response: Response) -> int:
    person = session.people.add_person(PersonInput(name))
    for day in range(0, 150, 15):
        started = NOW - timedelta(days=day)
        session.journal.log(
            ActivationInput(
                "no reply", 7, started, settled_at=started + timedelta(hours=2), person=name
            )
        )
        session.people.log_moment(MomentInput(started, response, person_id=person.id))
    return person.id


def test_the_person_page_shows_quarters_activations_and_the_gentle_signal(
    session: Session,
) -> None:
    hurting = _hurting_year(session, "Riley", Response.HURT)
    caring = _hurting_year(session, "Noor", Response.CARE)
    page = session.people.consistency(hurting, NOW)
    assert page.activations.count == 10
    assert page.activations.median_duration == timedelta(hours=2)
    assert sum(q.total for q in page.quarters) == 10
    assert all(q.met_with_care == 0 for q in page.quarters)
    assert page.signal is not None
    assert page.signal.moments == 10
    assert session.people.consistency(caring, NOW).signal is None
    # Set aside, it stays away for the months it looks at.
    session.people.dismiss_signal(hurting, NOW)
    assert session.people.consistency(hurting, NOW + timedelta(days=30)).signal is None


def test_export_and_import_carry_people_and_moments(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    sam = session.people.add_person(PersonInput("Sam", Role.THERAPIST))
    session.people.log_moment(MomentInput(NOW, Response.PARTLY, person_id=sam.id, shared="x"))
    session.people.log_moment(MomentInput(NOW, Response.CARE, shared="my own"))
    target = tmp_path / "out" / "export.json"
    session.exchange.export_json(target)
    other = Session.create(tmp_path / "other.vault", "a different long passphrase")
    try:
        with qtbot.wait_signal(other.changes.data_changed) as blocker:
            result = other.exchange.import_json(target.read_bytes())
        assert (Change.PERSON | Change.MOMENT) in blocker.args[0]
        assert (result.people_added, result.moments_added) == (1, 2)
        names = sorted(m.person_name or "Myself" for m in other.people.moments())
        assert names == ["Myself", "Sam"]
    finally:
        other.lock()
