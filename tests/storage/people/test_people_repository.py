"""People and moments in a real encrypted vault: add, rename, archive, delete and restore."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from healer.domain.activation import ActivationInput
from healer.domain.errors import ValidationError
from healer.domain.moments import (
    MOMENT_DRAFT_SLOT,
    Delivery,
    MomentInput,
    MomentQuery,
    Response,
)
from healer.domain.people import PersonInput, Role
from healer.storage.errors import NotFoundError
from healer.storage.journal.activations import ActivationRepository
from healer.storage.people.drafts import MomentDraftRepository
from healer.storage.people.moments import MomentRepository
from healer.storage.people.repository import PersonRepository
from healer.storage.vault import Vault

WHEN = datetime(2026, 11, 2, 20, 15, tzinfo=UTC)


def _entry(vault: Vault, person: str, minutes: int | None = 30) -> int:
    settled = None if minutes is None else WHEN + timedelta(minutes=minutes)
    content = ActivationInput("no reply", 6, WHEN, settled_at=settled, person=person)
    return ActivationRepository(vault).add(content).id


def test_a_person_is_kept_with_role_notes_and_counts(vault: Vault) -> None:
    people = PersonRepository(vault)
    sam = people.add(PersonInput("Sam", Role.PARTNER, notes="met in spring"))
    _entry(vault, "sam")
    MomentRepository(vault).add(MomentInput(WHEN, Response.CARE, person_id=sam.id))
    again = people.get(sam.id)
    assert (again.name, again.content.role, again.content.notes) == (
        "Sam",
        Role.PARTNER,
        "met in spring",
    )
    assert (again.moment_count, again.activation_count) == (1, 1)


def test_a_second_person_of_the_same_name_is_refused_in_any_case(vault: Vault) -> None:
    people = PersonRepository(vault)
    people.add(PersonInput("Sam"))
    jo = people.add(PersonInput("Jo"))
    with pytest.raises(ValidationError) as caught:
        people.add(PersonInput("SAM"))
    assert caught.value.field == "name"
    with pytest.raises(ValidationError):
        people.update(jo.id, PersonInput("sam"))


def test_an_entry_naming_someone_new_adds_them(vault: Vault) -> None:
    _entry(vault, "Alex")
    (alex,) = PersonRepository(vault).all()
    assert (alex.name, alex.content.role, alex.activation_count) == ("Alex", Role.OTHER, 1)


def test_renaming_writes_the_new_name_into_their_entries(vault: Vault) -> None:
    entry_id = _entry(vault, "Mum")
    people = PersonRepository(vault)
    (mum,) = people.all()
    people.update(mum.id, PersonInput("Mother", Role.FAMILY))
    assert ActivationRepository(vault).get(entry_id).content.person == "Mother"
    assert [person.name for person in people.all()] == ["Mother"]
    assert people.get(mum.id).activation_count == 1


def test_archived_people_come_last(vault: Vault) -> None:
    people = PersonRepository(vault)
    ex = people.add(PersonInput("Avery"))
    people.add(PersonInput("Zoe"))
    people.update(ex.id, PersonInput("Avery", archived=True))
    assert [person.name for person in people.all()] == ["Zoe", "Avery"]


def test_delete_takes_moments_and_names_and_restore_brings_all_back(vault: Vault) -> None:
    people = PersonRepository(vault)
    moments = MomentRepository(vault)
    sam = people.add(PersonInput("Sam", Role.FRIEND))
    entry_id = _entry(vault, "Sam")
    kept = moments.add(MomentInput(WHEN, Response.HURT, person_id=sam.id, shared="I asked"))
    mine = moments.add(MomentInput(WHEN, Response.CARE, shared="I kept my word"))

    removal = people.delete(sam.id)
    assert people.all() == []
    assert [m.id for m in moments.find()] == [mine.id]
    assert ActivationRepository(vault).get(entry_id).content.person == ""
    with pytest.raises(NotFoundError):
        people.get(sam.id)

    back = people.restore(removal)
    assert (back.id, back.uid, back.content) == (sam.id, sam.uid, sam.content)
    assert moments.get(kept.id) == kept
    assert ActivationRepository(vault).get(entry_id).content.person == "Sam"
    assert people.get(sam.id).activation_count == 1


def test_moments_are_found_by_person_myself_and_words(vault: Vault) -> None:
    people = PersonRepository(vault)
    moments = MomentRepository(vault)
    sam = people.add(PersonInput("Sam"))
    entry_id = _entry(vault, "Sam")
    first = moments.add(
        MomentInput(
            WHEN,
            Response.PARTLY,
            person_id=sam.id,
            shared="I told Sam I felt far away",
            delivery=Delivery.NEED,
            feeling_before=7,
            feeling_after=4,
            activation_id=entry_id,
        )
    )
    mine = moments.add(MomentInput(WHEN + timedelta(hours=1), Response.CARE, shared="soothed"))
    assert first.person_name == "Sam"
    assert first.content.activation_id == entry_id
    assert mine.person_name is None
    assert [m.id for m in moments.find()] == [mine.id, first.id]
    assert [m.id for m in moments.find(MomentQuery(person_id=sam.id))] == [first.id]
    assert [m.id for m in moments.find(MomentQuery(myself=True))] == [mine.id]
    assert [m.id for m in moments.find(MomentQuery(search="far"))] == [first.id]
    assert [m.id for m in moments.find(MomentQuery(search="Sam"))] == [first.id]
    assert moments.find(MomentQuery(search="nowhere")) == []


def test_a_moment_can_be_changed_deleted_and_restored(vault: Vault) -> None:
    moments = MomentRepository(vault)
    moment = moments.add(MomentInput(WHEN, Response.MISSED, shared="first words"))
    changed = moments.update(moment.id, MomentInput(WHEN, Response.CARE, shared="second"))
    assert changed.content.response is Response.CARE
    assert moments.find(MomentQuery(search="first")) == []
    removed = moments.delete(moment.id)
    assert moments.find() == []
    assert moments.restore(removed) == changed
    assert [m.id for m in moments.find(MomentQuery(search="second"))] == [moment.id]


def test_a_moment_for_someone_unknown_is_refused(vault: Vault) -> None:
    with pytest.raises(NotFoundError):
        MomentRepository(vault).add(MomentInput(WHEN, Response.CARE, person_id=999))


def test_a_deleted_activation_leaves_the_moment_unlinked_until_undone(vault: Vault) -> None:
    entry_id = _entry(vault, "")
    moments = MomentRepository(vault)
    moment = moments.add(MomentInput(WHEN, Response.CARE, activation_id=entry_id))
    activations = ActivationRepository(vault)
    entry = activations.get(entry_id)
    links = activations.delete(entry_id)
    assert links.moment_ids == (moment.id,)
    assert moments.get(moment.id).content.activation_id is None
    activations.restore(entry, links)
    assert moments.get(moment.id).content.activation_id == entry_id


def test_involvement_lists_their_activations_with_durations(vault: Vault) -> None:
    _entry(vault, "Sam", minutes=30)
    _entry(vault, "sam", minutes=None)
    _entry(vault, "Jo")
    sam = next(p for p in PersonRepository(vault).all() if p.name == "Sam")
    durations = [item.duration for item in PersonRepository(vault).involvement(sam.id)]
    assert sorted(durations, key=lambda d: d is None) == [timedelta(minutes=30), None]


def test_dismissing_the_signal_is_remembered(vault: Vault) -> None:
    people = PersonRepository(vault)
    sam = people.add(PersonInput("Sam"))
    people.dismiss_signal(sam.id, WHEN)
    assert people.get(sam.id).signal_dismissed_at == WHEN


def test_the_moment_form_draft_is_kept_and_discarded(vault: Vault) -> None:
    drafts = MomentDraftRepository(vault)
    assert drafts.get(MOMENT_DRAFT_SLOT) is None
    kept = drafts.save(MOMENT_DRAFT_SLOT, {"shared": "half a thought", "response": "", "x": "y"})
    assert kept is not None
    assert dict(kept.fields) == {"shared": "half a thought"}
    stored = drafts.get(MOMENT_DRAFT_SLOT)
    assert stored is not None
    assert dict(stored.fields) == {"shared": "half a thought"}
    assert drafts.save(MOMENT_DRAFT_SLOT, {"shared": "  "}) is None
    assert drafts.get(MOMENT_DRAFT_SLOT) is None
    with pytest.raises(ValidationError):
        drafts.get("new")
