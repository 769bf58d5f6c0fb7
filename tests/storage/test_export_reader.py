"""The record-at-a-time reader agrees with json.loads, wherever its chunks happen to end."""

from __future__ import annotations

import json
from typing import Any

import pytest

from healer.storage import export_reader
from healer.storage.errors import ImportFormatError
from healer.storage.export_reader import ExportDocument, StreamedList

DOCUMENT: dict[str, Any] = {
    "format": "healer-export",
    "schema_version": 1,
    "activations": [
        {"uid": "a", "intensity": 12345678901234567890, "trigger": "café — 心 \U0001f33f"},
        {"uid": "b", "nested": [[1, 2.5e-3], {"x": None}], "flag": True},
        {},
    ],
    "empty": [],
    "soothing_preferences": {"minutes": 20, "distractions": ["walk", "tea"]},
    "numbers": [1, -20, 3.25e10, 400000],
    "last": 7,
}


def _read(text: str) -> dict[str, Any]:
    document = ExportDocument(text.encode("utf-8"))
    keys = json.loads(text.removeprefix("\ufeff")).keys()
    values = {key: document.get(key) for key in keys}
    return {k: list(v) if isinstance(v, StreamedList) else v for k, v in values.items()}


@pytest.fixture(params=[1, 2, 3, 5, 7, 64], ids=lambda size: f"chunk-{size}")
def tiny_chunks(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks so small that values, numbers and UTF-8 sequences straddle their ends."""
    monkeypatch.setattr(export_reader, "_CHUNK", request.param)


@pytest.mark.usefixtures("tiny_chunks")
@pytest.mark.parametrize("indent", [None, 2], ids=["compact", "indented"])
def test_values_match_the_stdlib(indent: int | None) -> None:
    text = json.dumps(DOCUMENT, ensure_ascii=False, indent=indent)
    assert _read(text) == json.loads(text)
    assert _read("\ufeff" + text) == json.loads(text)  # a byte-order mark is not text


BROKEN = [
    '{"format": "healer-export",\n "activations": [{"uid": "a",}]}',
    '{"format": "healer-export",\n "activations": [{"uid": "a"} {"uid": "b"}]}',
    '{"format": "healer-export",\n "activations": [1, 2,]}',
    '{"format": "healer-export",\n "activations": [1, 2',
    '{"format": "healer-export"\n "schema_version": 1}',
    '{"format": "healer-export",\n "schema_version" 1}',
    '{"format": "healer-export",\n "schema_version": 1,}',
    '{"format": "healer-export",\n "note": "unterminated}',
    '{"format": "healer-export",\n "activations": [{"uid": "é\x01"}]}',
    '{"format": "healer-export"}\n{}',
    '{"format": "healer-export", "activations": []',
    "[1, 2,]",
    "",
    "   \n  ",
]


@pytest.mark.usefixtures("tiny_chunks")
@pytest.mark.parametrize("text", BROKEN)
def test_syntax_errors_read_as_the_stdlib_words_them(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as stdlib:
        json.loads(text)
    with pytest.raises(ImportFormatError) as ours:
        ExportDocument(text.encode("utf-8"))
    error = stdlib.value
    assert str(ours.value) == f"line {error.lineno}, column {error.colno}: {error.msg}"


@pytest.mark.usefixtures("tiny_chunks")
def test_invalid_utf8_names_its_byte_in_the_whole_file() -> None:
    data = b'{"format": "healer-export", "activations": [{"uid": "caf\xc3\xa9 \xe9"}]}'
    with pytest.raises(ImportFormatError) as refused:
        ExportDocument(data)
    bad_byte = data.rindex(b"\xe9")
    assert str(refused.value) == f"not UTF-8 text (byte {bad_byte})"
    with pytest.raises(ImportFormatError, match=r"^not UTF-8 text \(byte 3\)$"):
        ExportDocument(b"{}\n\xc3")  # a sequence cut off by the end of the file


def test_a_huge_number_is_a_marker_not_a_value_error() -> None:
    document = ExportDocument(b'{"activations": [{"n": ' + b"7" * 5000 + b"}]}")
    (record,) = document.get("activations")
    assert isinstance(record["n"], export_reader.HugeNumber)
