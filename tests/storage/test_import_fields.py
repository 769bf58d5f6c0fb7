"""The import-field reader every exchange kind shares: each refusal names the field and why."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from healer.storage.errors import ImportFormatError
from healer.storage.import_fields import MAX_UID, read_list, read_moment, read_uid, read_value

WHERE = "activations[3]"


@pytest.mark.parametrize(
    ("record", "kind", "required", "message"),
    [
        ({}, str, True, "activations[3].field: missing"),
        ({"field": 7}, str, False, "activations[3].field: expected str"),
        ({"field": True}, int, True, "activations[3].field: expected int"),
        ({"field": False}, float, True, "activations[3].field: expected float"),
    ],
)
def test_read_value_refuses_with_the_field_and_the_reason(
    record: dict[str, object], kind: type, required: bool, message: str
) -> None:
    with pytest.raises(ImportFormatError) as refused:
        read_value(record, "field", WHERE, kind, required)
    assert message in str(refused.value)


def test_read_value_takes_what_fits() -> None:
    assert read_value({}, "field", WHERE, int, False) is None
    assert read_value({"field": 3}, "field", WHERE, int, True) == 3
    whole = read_value({"field": 3}, "field", WHERE, float, True)
    assert whole == 3.0
    assert isinstance(whole, float)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("yesterday", "not an ISO-8601 time"),
        ("2026-11-23T10:34:00", "needs a time zone (such as Z)"),
        ("0001-01-01T00:30:00+01:00", "outside the years 1 to 9999 in UTC"),
    ],
)
def test_read_moment_refuses_times_healer_cannot_store(text: str, message: str) -> None:
    with pytest.raises(ImportFormatError) as refused:
        read_moment({"started_at": text}, "started_at", WHERE, True)
    assert f"{WHERE}.started_at: {message}" in str(refused.value)


def test_read_moment_normalises_to_stored_utc_whole_seconds() -> None:
    moment = read_moment({"at": "2026-11-23T12:34:56.789+02:00"}, "at", WHERE, True)
    assert moment == datetime(2026, 11, 23, 10, 34, 56, tzinfo=UTC)
    assert read_moment({}, "at", WHERE, False) is None


@pytest.mark.parametrize("uid", ["", "   ", "x" * (MAX_UID + 1)])
def test_read_uid_refuses_blank_or_overlong_identities(uid: str) -> None:
    with pytest.raises(ImportFormatError, match=f"uid: must be 1 to {MAX_UID} characters"):
        read_uid({"uid": uid}, "uid", WHERE, True)


def test_read_list_reads_absent_as_empty_and_refuses_anything_else() -> None:
    assert read_list(None, "practices") == []
    assert read_list([1], "practices") == [1]
    with pytest.raises(ImportFormatError, match="practices: expected a list"):
        read_list({"not": "a list"}, "practices")
