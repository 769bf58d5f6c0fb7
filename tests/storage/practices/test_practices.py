"""Practice uses in the vault: migration, repository, links, export/import and privacy."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.changes import Change
from healer.domain.errors import ValidationError
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.services.session import Session
from healer.storage import exchange, migrations
from healer.storage.errors import ImportFormatError, NotFoundError
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.practices.repository import PracticeRepository
from healer.storage.vault import Vault

START = datetime(2026, 11, 20, 21, 30, tzinfo=UTC)


def breathing(**changes: object) -> PracticeUseInput:
    values: dict[str, object] = {
        "kind": PracticeKind.BREATHING,
        "started_at": START,
        "duration_seconds": 180,
        "pattern": "4/0/8/0",
        "intensity_before": 8,
        "intensity_after": 5,
    }
    values.update(changes)
    return PracticeUseInput(**values)  # type: ignore[arg-type]


def test_the_migration_is_numbered_after_the_others(vault: Vault) -> None:
    versions = [step.version for step in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    tables = {
        row[0]
        for row in vault.connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert "practice_use" in tables


def test_add_and_read_back(vault: Vault) -> None:
    repository = PracticeRepository(vault)
    stored = repository.add(breathing(notes=("  the lamp ", "", "a green mug")))
    assert stored.content.notes == ("the lamp", "a green mug")
    assert stored.change == -3
    again = repository.get(stored.id)
    assert again == stored
    assert again.content.kind is PracticeKind.BREATHING
    assert again.content.pattern == "4/0/8/0"


def test_newest_first_and_filter_by_activation(vault: Vault) -> None:
    activation = ActivationRepository(vault).add(
        ActivationInput(trigger="no reply", intensity=7, started_at=START)
    )
    repository = PracticeRepository(vault)
    first = repository.add(breathing())
    second = repository.add(
        PracticeUseInput(
            PracticeKind.COLD_WATER,
            START + timedelta(minutes=5),
            60,
            activation_id=activation.id,
        )
    )
    assert [use.id for use in repository.find()] == [second.id, first.id]
    assert [use.id for use in repository.find(activation_id=activation.id)] == [second.id]
    assert repository.find(limit=1) == [second]


def test_deleting_the_activation_unlinks_but_keeps_the_practice(vault: Vault) -> None:
    activations = ActivationRepository(vault)
    activation = activations.add(ActivationInput(trigger="x", intensity=3, started_at=START))
    use = PracticeRepository(vault).add(breathing(activation_id=activation.id))
    activations.delete(activation.id)
    assert PracticeRepository(vault).get(use.id).content.activation_id is None


def test_a_link_to_a_missing_activation_is_refused(vault: Vault) -> None:
    with pytest.raises(NotFoundError):
        PracticeRepository(vault).add(breathing(activation_id=999))
    assert PracticeRepository(vault).find() == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"intensity_before": 11}, "intensity_before"),
        ({"intensity_after": -1}, "intensity_after"),
        ({"duration_seconds": -5}, "duration_seconds"),
        ({"duration_seconds": 90_000}, "duration_seconds"),
        ({"pattern": "0/0/8/0"}, "inhale"),
        ({"kind": PracticeKind.COLD_WATER}, "pattern"),
        ({"notes": ("a",) * 6}, "notes"),
        ({"started_at": datetime(2026, 1, 1)}, "started_at"),
    ],
)
def test_invalid_uses_are_refused(vault: Vault, changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        PracticeRepository(vault).add(breathing(**changes))
    assert raised.value.field == field


def test_delete(vault: Vault) -> None:
    repository = PracticeRepository(vault)
    use = repository.add(breathing())
    repository.delete(use.id)
    assert repository.find() == []
    with pytest.raises(NotFoundError):
        repository.delete(use.id)


def _export(vault: Vault) -> bytes:
    return exchange.export_json(
        ActivationRepository(vault).find(ActivationQuery()),
        CategoryRepository(vault).all(),
        PracticeRepository(vault).find(),
    )


def test_export_import_round_trip_keeps_links_by_uid(vault: Vault, tmp_path: Path) -> None:
    activation = ActivationRepository(vault).add(
        ActivationInput(trigger="plans changed", intensity=6, started_at=START)
    )
    PracticeRepository(vault).add(breathing(activation_id=activation.id))
    PracticeRepository(vault).add(
        PracticeUseInput(
            PracticeKind.ORIENTING, START, 120, notes=("window", "plant", "cup", "book", "rug")
        )
    )
    data = _export(vault)
    document = json.loads(data)
    links = {record["practice"]: record["activation_uid"] for record in document["practices"]}
    assert links == {"breathing": activation.uid, "orienting": None}

    other = Vault.create(tmp_path / "other.vault", "another fine long passphrase")
    try:
        result = exchange.import_json(other, data)
        assert (result.added, result.practices_added, result.practices_present) == (1, 2, 0)
        imported = {u.uid: u for u in PracticeRepository(other).find()}
        originals = {u.uid: u for u in PracticeRepository(vault).find()}
        assert imported.keys() == originals.keys()
        for uid, use in originals.items():
            assert imported[uid].content.notes == use.content.notes
            assert imported[uid].created_at == use.created_at
        imported_list = list(imported.values())
        linked = next(u for u in imported_list if u.content.kind is PracticeKind.BREATHING)
        other_activation = ActivationRepository(other).find(ActivationQuery())[0]
        assert linked.content.activation_id == other_activation.id
        assert other_activation.uid == activation.uid
        again = exchange.import_json(other, data)
        assert (again.practices_added, again.practices_present) == (0, 2)
        assert len(PracticeRepository(other).find()) == 2
    finally:
        other.close()


def test_files_from_before_practices_still_import(vault: Vault, tmp_path: Path) -> None:
    ActivationRepository(vault).add(ActivationInput(trigger="old", intensity=2, started_at=START))
    document = json.loads(_export(vault))
    del document["practices"]
    other = Vault.create(tmp_path / "old.vault", "another fine long passphrase")
    try:
        result = exchange.import_json(other, json.dumps(document).encode())
        assert (result.added, result.practices_added) == (1, 0)
    finally:
        other.close()


def test_a_bad_practice_record_imports_nothing_at_all(vault: Vault, tmp_path: Path) -> None:
    ActivationRepository(vault).add(ActivationInput(trigger="kept?", intensity=2, started_at=START))
    PracticeRepository(vault).add(breathing())
    document = json.loads(_export(vault))
    document["practices"].append(dict(document["practices"][0], uid="b", intensity_after=42))
    other = Vault.create(tmp_path / "bad.vault", "another fine long passphrase")
    try:
        with pytest.raises(ImportFormatError, match=r"practices\[1\]\.intensity_after"):
            exchange.import_json(other, json.dumps(document).encode())
        assert ActivationRepository(other).find(ActivationQuery()) == []
        assert PracticeRepository(other).find() == []
    finally:
        other.close()


def test_session_records_and_announces_practices(session: Session, qtbot: object) -> None:
    seen: list[frozenset[str]] = []
    session.changes.data_changed.connect(seen.append)
    use = session.practices.record(breathing())
    assert seen == [Change.PRACTICE]
    assert session.practices.uses() == [use]
    session.practices.delete(use.id)
    assert seen[-1] == Change.PRACTICE
    assert session.practices.uses() == []


def test_orienting_notes_are_never_plaintext_on_disk(session: Session) -> None:
    marker = "orientmarker7f3a9c"
    session.practices.record(
        PracticeUseInput(PracticeKind.ORIENTING, START, 60, notes=(f"{marker} lamp",))
    )
    path = session.vault_path
    session.lock()
    needles = (marker.encode("utf-8"), marker.encode("utf-16-le"))
    for file in path.parent.iterdir():
        if file.is_file():
            data = file.read_bytes()
            assert not any(needle in data for needle in needles), file.name
