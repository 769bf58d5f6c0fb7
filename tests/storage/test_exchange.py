"""JSON export/import between vaults, its error messages, and the CSV export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support import PASSPHRASE, copy_vault

from healer.domain.activation import PROMPTS, Activation, ActivationInput, ActivationQuery
from healer.storage import exchange
from healer.storage.errors import ImportFormatError
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.vault import Vault

START = datetime(2026, 10, 3, 7, 45, tzinfo=UTC)


@pytest.fixture
def other_vault(vault_template: Path, tmp_path: Path) -> Iterator[Vault]:
    """A second, empty vault to import into."""
    path = copy_vault(vault_template, tmp_path / "other" / "other.vault")
    opened = Vault.open(path, PASSPHRASE)
    yield opened
    opened.close()


def fill(vault: Vault) -> list[Activation]:
    """A few varied activations, including custom categories (one of them unused)."""
    categories = CategoryRepository(vault)
    categories.add("Work stress")
    categories.add("Unused but mine")
    repository = ActivationRepository(vault)
    full = ActivationInput(
        trigger='They said "we need to talk",\nthen nothing',
        intensity=9,
        started_at=START,
        settled_at=START + timedelta(minutes=90),
        body="stomach dropped; hands cold",
        story="Ça y est, c'est fini 💔",
        urge="call, call again",
        did="breathed, wrote here",
        after="they called back: it was about the rent",
        category="Work stress",
        person="Jo",
    )
    repository.add(full)
    repository.add(
        ActivationInput(trigger="open one", intensity=0, started_at=START + timedelta(days=1))
    )
    repository.add(
        ActivationInput(
            trigger="seeded category",
            intensity=10,
            started_at=START + timedelta(days=2),
            settled_at=START + timedelta(days=2, seconds=30),
            category="tone shift",
        )
    )
    return repository.find(ActivationQuery())


def exported(vault: Vault) -> bytes:
    return exchange.export_json(
        ActivationRepository(vault).find(ActivationQuery()), CategoryRepository(vault).all()
    )


def by_uid(vault: Vault) -> dict[str, tuple[object, ...]]:
    """Everything but the local id: uid, content and both timestamps."""
    return {
        a.uid: (a.content, a.created_at, a.updated_at)
        for a in ActivationRepository(vault).find(ActivationQuery())
    }


def categories_of(vault: Vault) -> list[tuple[str, bool]]:
    return [(c.name, c.builtin) for c in CategoryRepository(vault).all()]


def state(vault: Vault) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    connection = vault.connection
    return (
        [tuple(r) for r in connection.execute("SELECT * FROM activation ORDER BY id")],
        [tuple(r) for r in connection.execute("SELECT * FROM category ORDER BY id")],
    )


# -- round trip -------------------------------------------------------------------


def test_round_trip_into_a_second_vault_gives_equal_records(
    vault: Vault, other_vault: Vault
) -> None:
    originals = fill(vault)
    result = exchange.import_json(other_vault, exported(vault))

    assert result == exchange.ImportResult(added=3, already_present=0, categories_added=2)
    assert by_uid(other_vault) == by_uid(vault)
    assert len(by_uid(other_vault)) == len(originals)
    assert categories_of(other_vault) == categories_of(vault)
    assert ("Unused but mine", False) in categories_of(other_vault)
    report = other_vault.check()
    assert report.ok, report.problems
    found = ActivationRepository(other_vault).find(ActivationQuery(search="rent"))
    assert [a.content.trigger for a in found] == [originals[-1].content.trigger]


def test_export_is_utf8_json_with_the_format_marker(vault: Vault) -> None:
    fill(vault)
    data = exported(vault)
    document = json.loads(data.decode("utf-8"))
    assert document["format"] == exchange.FORMAT_NAME
    assert document["schema_version"] == exchange.EXPORT_SCHEMA_VERSION
    assert len(document["activations"]) == 3
    assert "💔".encode() in data  # written as UTF-8, not \u escapes
    record = next(r for r in document["activations"] if r["intensity"] == 9)
    assert record["started_at"] == "2026-10-03T07:45:00Z"
    assert record["settled_at"] == "2026-10-03T09:15:00Z"
    assert {name: record[name] for name in ("category", "person")} == {
        "category": "Work stress",
        "person": "Jo",
    }
    assert set(PROMPTS) <= record.keys()


def test_importing_twice_adds_nothing_the_second_time(vault: Vault, other_vault: Vault) -> None:
    fill(vault)
    data = exported(vault)
    exchange.import_json(other_vault, data)
    after_first = state(other_vault)

    again = exchange.import_json(other_vault, data)

    assert again == exchange.ImportResult(added=0, already_present=3, categories_added=0)
    assert state(other_vault) == after_first


def test_importing_into_the_source_vault_adds_nothing(vault: Vault) -> None:
    fill(vault)
    before = state(vault)
    result = exchange.import_json(vault, exported(vault))
    assert result.added == 0
    assert result.already_present == 3
    assert state(vault) == before


# -- malformed files --------------------------------------------------------------


def valid_document(count: int = 5) -> dict[str, Any]:
    return {
        "format": "healer-export",
        "schema_version": 1,
        "categories": [{"name": "Brand new category", "builtin": False}],
        "activations": [
            {
                "uid": f"uid-{number}",
                "started_at": f"2026-09-0{number + 1}T10:00:00Z",
                "settled_at": None,
                "intensity": number,
                "category": "Brand new category",
                "person": "",
                "trigger": f"trigger {number}",
            }
            for number in range(count)
        ],
    }


def encode(document: object) -> bytes:
    return json.dumps(document, indent=2).encode("utf-8")


def test_the_valid_document_used_below_does_import(other_vault: Vault) -> None:
    # The error cases below differ from this one document by one change each.
    assert exchange.import_json(other_vault, encode(valid_document())).added == 5


def _set(index: int, key: str, value: object) -> dict[str, Any]:
    document = valid_document()
    document["activations"][index][key] = value
    return document


def _drop(index: int, key: str) -> dict[str, Any]:
    document = valid_document()
    del document["activations"][index][key]
    return document


FIELD_ERRORS: dict[str, tuple[dict[str, Any], str]] = {
    "intensity-range": (_set(1, "intensity", 11), "activations[1].intensity"),
    "intensity-type": (_set(1, "intensity", "high"), "activations[1].intensity"),
    "intensity-bool": (_set(1, "intensity", True), "activations[1].intensity"),
    "third-bad-trigger": (_set(2, "trigger", "   "), "activations[2].trigger"),
    "missing-trigger": (_drop(2, "trigger"), "activations[2].trigger"),
    "missing-uid": (_drop(4, "uid"), "activations[4].uid"),
    "bad-time": (_set(0, "started_at", "yesterday"), "activations[0].started_at"),
    "naive-time": (_set(3, "started_at", "2026-09-01T10:00:00"), "activations[3].started_at"),
    "settled-first": (_set(2, "settled_at", "2026-01-01T00:00:00Z"), "activations[2].settled_at"),
    "long-body": (_set(2, "body", "x" * 20_001), "activations[2].body"),
    "year-underflow": (
        _set(2, "started_at", "0001-01-01T00:30:00+01:00"),
        "activations[2].started_at",
    ),
    "year-overflow": (
        _set(2, "created_at", "9999-12-31T23:30:00-01:00"),
        "activations[2].created_at",
    ),
    "record-not-object": (valid_document() | {"activations": [1]}, "activations[0]"),
}


@pytest.mark.parametrize(("document", "where"), FIELD_ERRORS.values(), ids=FIELD_ERRORS.keys())
def test_a_bad_field_names_its_path_and_imports_nothing(
    other_vault: Vault, document: dict[str, Any], where: str
) -> None:
    before = state(other_vault)
    with pytest.raises(ImportFormatError) as raised:
        exchange.import_json(other_vault, encode(document))
    assert str(raised.value).startswith(where)
    assert state(other_vault) == before


def test_bad_category_name_names_its_path(other_vault: Vault) -> None:
    document = valid_document()
    document["categories"].append({"name": "  "})
    with pytest.raises(ImportFormatError, match=r"^categories\[1\]\.name"):
        exchange.import_json(other_vault, encode(document))


def test_json_syntax_error_names_the_line(other_vault: Vault) -> None:
    data = b'{\n  "format": "healer-export",\n  "schema_version": 1,,\n  "activations": []\n}\n'
    before = state(other_vault)
    with pytest.raises(ImportFormatError, match=r"line 3\b"):
        exchange.import_json(other_vault, data)
    assert state(other_vault) == before


WHOLE_FILE_ERRORS: dict[str, tuple[bytes, str]] = {
    "wrong-marker": (encode(valid_document() | {"format": "other-app"}), "not a Healer export"),
    "no-marker": (encode({"activations": []}), "not a Healer export"),
    "top-level-list": (encode([valid_document()]), "not a Healer export"),
    "newer-schema": (encode(valid_document() | {"schema_version": 2}), "newer"),
    "schema-not-number": (encode(valid_document() | {"schema_version": "1"}), "schema_version"),
    "activations-missing": (
        encode({"format": "healer-export", "schema_version": 1}),
        "activations",
    ),
    "latin-1": (
        json.dumps(valid_document() | {"note": "café"}, ensure_ascii=False).encode("latin-1"),
        "UTF-8",
    ),
    "utf-16": (json.dumps(valid_document()).encode("utf-16"), "UTF-8"),
    "empty": (b"", "line 1"),
}


@pytest.mark.parametrize(
    ("data", "message"), WHOLE_FILE_ERRORS.values(), ids=WHOLE_FILE_ERRORS.keys()
)
def test_a_file_that_is_not_an_export_is_refused(
    other_vault: Vault, data: bytes, message: str
) -> None:
    before = state(other_vault)
    with pytest.raises(ImportFormatError) as raised:
        exchange.import_json(other_vault, data)
    assert message in str(raised.value)
    assert state(other_vault) == before


def test_a_year_no_journal_entry_can_have_is_refused_by_field(other_vault: Vault) -> None:
    document = valid_document(2)
    document["activations"][0]["started_at"] = "0999-05-01T00:00:00Z"
    before = state(other_vault)
    with pytest.raises(ImportFormatError, match=r"activations\[0\]\.started_at"):
        exchange.import_json(other_vault, encode(document))
    assert state(other_vault) == before


def test_a_bom_prefixed_export_is_accepted(other_vault: Vault) -> None:
    data = "\ufeff".encode() + encode(valid_document(2))
    assert exchange.import_json(other_vault, data).added == 2


def test_error_messages_never_quote_journal_text(other_vault: Vault) -> None:
    secret = "secretword" * 3
    document = _set(1, "intensity", 99)
    document["activations"][1]["trigger"] = secret
    with pytest.raises(ImportFormatError) as raised:
        exchange.import_json(other_vault, encode(document))
    assert secret not in str(raised.value)


# -- CSV --------------------------------------------------------------------------


def test_csv_has_the_header_and_one_row_per_activation(vault: Vault) -> None:
    activations = fill(vault)
    data = exchange.export_csv(activations)

    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    assert tuple(header) == exchange.CSV_COLUMNS
    assert len(body) == len(activations) == 3
    records = {row[header.index("uid")]: dict(zip(header, row, strict=True)) for row in body}

    for activation in activations:
        record = records[activation.uid]
        assert record["trigger"] == activation.content.trigger  # newlines and quotes survive
        assert record["story"] == activation.content.story
        assert record["intensity"] == str(activation.content.intensity)
    durations = sorted(r["duration_minutes"] for r in records.values())
    assert durations == ["", "0.5", "90.0"]
    open_row = next(r for r in records.values() if r["trigger"] == "open one")
    assert open_row["settled_at"] == ""
    assert open_row["category"] == ""


def test_csv_of_nothing_is_just_the_header() -> None:
    rows = list(csv.reader(io.StringIO(exchange.export_csv([]).decode("utf-8-sig"))))
    assert rows == [list(exchange.CSV_COLUMNS)]
