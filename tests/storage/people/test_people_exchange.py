"""People and moments through the JSON export and back: idempotent by uid, all or nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from support import PASSPHRASE, copy_vault

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.moments import Delivery, MomentInput, Response
from healer.domain.people import PersonInput, Role
from healer.storage import exchange
from healer.storage.errors import ImportFormatError
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.people.exchange import people_document
from healer.storage.people.moments import MomentRepository
from healer.storage.people.repository import PersonRepository
from healer.storage.vault import Vault

WHEN = datetime(2026, 11, 2, 20, 15, tzinfo=UTC)


@pytest.fixture
def other_vault(vault_template: Path, tmp_path: Path) -> Iterator[Vault]:
    """A second, empty vault to import into."""
    path = copy_vault(vault_template, tmp_path / "other" / "other.vault")
    opened = Vault.open(path, PASSPHRASE)
    yield opened
    opened.close()


def _export(vault: Vault) -> bytes:
    activations = ActivationRepository(vault).find(ActivationQuery())
    moments = MomentRepository(vault).find()
    extra = people_document(
        PersonRepository(vault).all(), moments, {a.id: a.uid for a in activations}, {}
    )
    return exchange.export_json(activations, CategoryRepository(vault).all(), extra=extra)


def _fill(vault: Vault) -> None:
    people = PersonRepository(vault)
    sam = people.add(PersonInput("Sam", Role.PARTNER, notes="since 2024"))
    people.add(PersonInput("Old friend", Role.FRIEND, archived=True))
    entry = ActivationRepository(vault).add(ActivationInput("no reply", 7, WHEN, person="Sam"))
    moments = MomentRepository(vault)
    moments.add(
        MomentInput(
            WHEN,
            Response.HURT,
            person_id=sam.id,
            shared="I asked for a call",
            delivery=Delivery.NEED,
            feeling_before=8,
            feeling_after=9,
            activation_id=entry.id,
        )
    )
    moments.add(MomentInput(WHEN, Response.CARE, shared="I kept my promise to rest"))


def _people(vault: Vault) -> list[tuple[str, str, Role, str, bool]]:
    return [
        (p.uid, p.name, p.content.role, p.content.notes, p.content.archived)
        for p in PersonRepository(vault).all()
    ]


def _moments(vault: Vault) -> list[tuple[Any, ...]]:
    activations = {a.id: a.uid for a in ActivationRepository(vault).find(ActivationQuery())}
    return sorted(
        (
            m.uid,
            m.person_name,
            m.content.shared,
            m.content.response,
            m.content.delivery,
            m.content.feeling_before,
            m.content.feeling_after,
            activations.get(m.content.activation_id or 0),
        )
        for m in MomentRepository(vault).find()
    )


def test_people_and_moments_round_trip_and_import_twice_changes_nothing(
    vault: Vault, other_vault: Vault
) -> None:
    _fill(vault)
    data = _export(vault)
    first = exchange.import_json(other_vault, data)
    assert (first.people_added, first.moments_added) == (2, 2)
    assert _people(other_vault) == _people(vault)
    assert _moments(other_vault) == _moments(vault)
    again = exchange.import_json(other_vault, data)
    assert (again.people_added, again.people_present) == (0, 2)
    assert (again.moments_added, again.moments_present) == (0, 2)
    assert _moments(other_vault) == _moments(vault)


def test_someone_of_the_same_name_is_the_same_person(vault: Vault, other_vault: Vault) -> None:
    _fill(vault)
    PersonRepository(other_vault).add(PersonInput("SAM"))
    result = exchange.import_json(other_vault, _export(vault))
    assert (result.people_added, result.people_present) == (1, 1)
    assert sorted(p.name for p in PersonRepository(other_vault).all()) == ["Old friend", "SAM"]
    hurt = [m for m in MomentRepository(other_vault).find() if m.content.response is Response.HURT]
    assert [m.person_name for m in hurt] == ["SAM"]


def _document(vault: Vault) -> dict[str, Any]:
    _fill(vault)
    document: dict[str, Any] = json.loads(_export(vault))
    return document


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("people", 0, "role"), "lover", "people[0].role: not a role Healer knows"),
        (("people", 0, "name"), "  ", "people[0].name: give a name or a nickname"),
        (("moments", 0, "response"), "fine", "moments[0].response: not a response Healer knows"),
        (("moments", 0, "feeling_after"), 12, "moments[0].feeling_after: must be a whole"),
        (("moments", 0, "person_uid"), "nobody", "moments[0].person_uid: no such person"),
    ],
)
def test_a_bad_record_refuses_the_whole_import_naming_it(
    vault: Vault, other_vault: Vault, path: tuple[Any, ...], value: Any, message: str
) -> None:
    document = _document(vault)
    moments_first = sorted(document["moments"], key=lambda m: m["person_uid"] is None)
    document["moments"] = moments_first
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ImportFormatError) as caught:
        exchange.import_json(other_vault, json.dumps(document).encode())
    assert str(caught.value).startswith(message)
    assert PersonRepository(other_vault).all() == []
    assert ActivationRepository(other_vault).find(ActivationQuery()) == []


def test_an_older_file_without_people_still_imports(vault: Vault, other_vault: Vault) -> None:
    document = _document(vault)
    del document["people"], document["moments"]
    result = exchange.import_json(other_vault, json.dumps(document).encode())
    assert result.added == 1
    # The entry's name still becomes a person, as a name typed in the app would.
    assert [p.name for p in PersonRepository(other_vault).all()] == ["Sam"]
