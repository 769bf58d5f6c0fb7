"""Hostile and wrong import files: one plain sentence, exit 1, and the vault's rows unchanged."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from faults_cli import Cli, rows

MB = 1024 * 1024
NOT_REGULAR = "not a regular file (a device or a pipe); choose a Healer JSON export"
TWICE = "the same as {kind}[0].uid; an export holds each record once"
HEADER = '{"format": "healer-export", "schema_version": 1, "activations": [\n'


def activation(uid: str, **fields: Any) -> dict[str, Any]:
    """One valid activation record, with fields replaced."""
    return {
        "uid": uid,
        "started_at": "2026-03-01T10:00:00Z",
        "intensity": 4,
        "trigger": "an imported entry",
    } | fields


def export_file(folder: Path, name: str, **lists: Any) -> Path:
    """A JSON export holding these top-level lists (activations empty unless given)."""
    document = {"format": "healer-export", "schema_version": 1, "activations": []} | lists
    path = folder / name
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def refused(cli: Cli, source: Path | str, message: str) -> None:
    """Import is refused with exactly this message (after the file name), nothing changed."""
    before = rows(cli.vault)
    run = cli("import", str(source))
    assert (run.code, run.out) == (1, "")
    assert run.err == f"healer-cli: {source}: {message}; nothing was imported.\n"
    assert rows(cli.vault) == before


# -- what the file is, checked before reading it ------------------------------------


def test_a_device_is_refused_before_reading(cli: Cli) -> None:
    refused(
        cli, "/dev/zero", "not a regular file (a device or a pipe); choose a Healer JSON export"
    )


def test_a_fifo_is_refused_without_blocking(cli: Cli, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    refused(cli, fifo, NOT_REGULAR)


def test_a_folder_is_refused(cli: Cli, tmp_path: Path) -> None:
    refused(cli, tmp_path, "a folder, not a file; choose a Healer JSON export")


def test_an_oversize_file_is_refused_before_it_is_read(cli: Cli, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:  # sparse: 600 MB of size, no disk
        stream.truncate(600 * MB)
    refused(cli, huge, "the file is larger than any Healer export (512 MB)")
    assert cli("import", str(huge)).peak_kib < 200 * 1024  # it was never read into memory


# -- hostile content ----------------------------------------------------------------


def test_a_five_thousand_digit_intensity_names_its_field(cli: Cli, tmp_path: Path) -> None:
    record = json.dumps(activation("long-number")).replace('"intensity": 4', '"intensity": ')
    digits = "9" * 5000
    source = tmp_path / "digits.json"
    source.write_text(HEADER + record.replace('"intensity": ', f'"intensity": {digits}') + "]}")
    refused(cli, source, "activations[0].intensity: a number of more than 100 digits")


def test_a_number_too_large_to_store_names_its_field(cli: Cli, tmp_path: Path) -> None:
    run = {
        "uid": "run-1",
        "phase": "finished",
        "planned_seconds": 10**30,
        "started_at": "2026-03-01T10:00:00Z",
        "ended_at": "2026-03-01T10:20:00Z",
    }
    source = export_file(tmp_path, "big.json", soothing_runs=[run])
    refused(cli, source, "soothing_runs[0].planned_seconds: a number too large to keep")


def test_deep_nesting_is_refused_with_its_line(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    depth = 100_000
    source.write_text(HEADER + '{"uid": "deep", "trigger": ' + "[" * depth + "]" * depth + "}]}")
    refused(cli, source, "line 2, column 1: nested more deeply than any Healer export")


def test_a_uid_twice_in_one_file_names_both_places(cli: Cli, tmp_path: Path) -> None:
    records = [activation("same"), activation("other"), activation("same", trigger="again")]
    source = export_file(tmp_path, "twice.json", activations=records)
    refused(
        cli,
        source,
        "activations[2].uid: the same as activations[0].uid; an export holds each record once",
    )


def test_healers_own_csv_says_only_the_json_export_imports(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "journal.csv"
    source.write_text("\ufeffuid,started_at,settled_at\nabc,2026-03-01T10:00:00Z,\n")
    refused(
        cli,
        source,
        "not JSON: only Healer's JSON export (export --format json) can be imported,"
        " not its CSV or any other file",
    )


def test_a_broken_record_late_in_the_file_rolls_back_the_earlier_ones(
    cli: Cli, tmp_path: Path
) -> None:
    records = [activation(f"uid-{n}") for n in range(50)] + [activation("bad", intensity=11)]
    source = export_file(tmp_path, "late.json", activations=records)
    before = rows(cli.vault)
    run = cli("import", str(source))
    assert run.code == 1
    assert "activations[50].intensity" in run.err
    assert rows(cli.vault) == before


# -- bounded memory -----------------------------------------------------------------


def _padded_export(path: Path, megabytes: int) -> None:
    """One real entry, and a long list of records under a key import does not know."""
    filler = {"note": "x" * 900, "n": 1}
    with path.open("w", encoding="utf-8") as stream:
        stream.write(HEADER + json.dumps(activation("padded")) + '],\n"kept_for_later": [\n')
        stream.write(",\n".join(json.dumps(filler) for _ in range(megabytes * 1150)))
        stream.write("]}\n")


def test_import_memory_does_not_grow_with_the_file(cli: Cli, tmp_path: Path) -> None:
    small, large = tmp_path / "small.json", tmp_path / "large.json"
    _padded_export(small, 0)
    _padded_export(large, 20)
    assert large.stat().st_size > 20 * MB
    first = cli("import", str(small))
    assert first.code == 0, first.err
    second = cli("import", str(large))
    assert second.code == 0, second.err
    assert "0 activations (1 already present" in second.out
    # Read whole, 20 MB of records cost well over 60 MB; a record at a time, a buffer.
    assert second.peak_kib - first.peak_kib < 12 * 1024


@pytest.mark.parametrize("kind", ["practices", "parts", "dialogues", "soothing_runs"])
def test_every_kind_refuses_a_uid_twice(cli: Cli, tmp_path: Path, kind: str) -> None:
    record: dict[str, Any] = {
        "practices": {
            "uid": "p",
            "practice": "breathing",
            "started_at": "2026-03-01T10:00:00Z",
            "duration_seconds": 60,
        },
        "parts": {"uid": "p", "name": "the watcher"},
        "dialogues": {"uid": "p", "started_at": "2026-03-01T10:00:00Z"},
        "soothing_runs": {
            "uid": "p",
            "phase": "finished",
            "planned_seconds": 1200,
            "started_at": "2026-03-01T10:00:00Z",
            "ended_at": "2026-03-01T10:20:00Z",
        },
    }[kind]
    second = record | ({"name": "another"} if kind == "parts" else {})
    source = export_file(tmp_path, "twice.json", **{kind: [record, second]})
    refused(
        cli, source, f"{kind}[1].uid: the same as {kind}[0].uid; an export holds each record once"
    )
