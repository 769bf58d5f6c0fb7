"""Damaged vaults: a damaged start is not a wrong passphrase, damaged pages refuse writes,
and a rescue export keeps every row still readable."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from faultkit import ENTRIES, PAGE, flip_byte, leaf_page_of_entry, make_filled_vault, run_cli

RESCUE_HINT = (
    "healer-cli export --rescue -o FILE writes every entry that can still be read;"
    " check says which pages are damaged.\n"
)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_filled_vault(tmp_path_factory.mktemp("damage") / "filled.vault")


@pytest.fixture(scope="module")
def leaf_page(filled: Path, tmp_path_factory: pytest.TempPathFactory) -> int:
    return leaf_page_of_entry(filled, tmp_path_factory.mktemp("probe") / "probe.vault", 150)


def damaged_copy(filled: Path, tmp_path: Path, offset: int) -> tuple[Path, bytes]:
    path = tmp_path / "journal.vault"
    shutil.copyfile(filled, path)
    flip_byte(path, offset)
    return path, path.read_bytes()


@pytest.mark.parametrize("offset", [16, 100, 2000, 4000, PAGE - 1])
def test_damaged_first_page_with_the_right_passphrase_says_so(
    filled: Path, tmp_path: Path, offset: int
) -> None:
    path, before = damaged_copy(filled, tmp_path, offset)
    run = run_cli(tmp_path, "list", "--vault", str(path))
    assert run.code == 1
    assert run.err == (
        f"healer-cli: {path}: the passphrase is right but the start of the vault is damaged"
        " — restore a backup.\n"
    )
    assert path.read_bytes() == before


def test_damaged_first_page_with_a_wrong_passphrase_is_still_a_wrong_passphrase(
    filled: Path, tmp_path: Path
) -> None:
    path, before = damaged_copy(filled, tmp_path, 2000)
    run = run_cli(tmp_path, "list", "--vault", str(path), stdin="not the passphrase\n")
    assert (run.code, run.err) == (1, f"healer-cli: Wrong passphrase for {path}.\n")
    assert path.read_bytes() == before


def test_a_damaged_page_under_a_listing_is_named_not_a_crash(
    filled: Path, leaf_page: int, tmp_path: Path
) -> None:
    path, before = damaged_copy(filled, tmp_path, (leaf_page - 1) * PAGE + 100)
    for command in (["list"], ["export", "-o", str(tmp_path / "out.json")]):
        run = run_cli(tmp_path, *command, "--vault", str(path))
        assert run.code == 1, run.err
        assert run.err == (
            f"healer-cli: {path}: the vault is damaged (some pages fail their checks), so it is"
            " open read-only; make a rescue export of what is still readable, then restore"
            " a backup.\n" + RESCUE_HINT
        )
    assert not (tmp_path / "out.json").exists()
    assert path.read_bytes() == before


@pytest.mark.parametrize("page", [2, "leaf", "last"])
def test_a_damaged_vault_refuses_writes(
    filled: Path, leaf_page: int, tmp_path: Path, page: int | str
) -> None:
    number = {"leaf": leaf_page, "last": filled.stat().st_size // PAGE}.get(str(page), page)
    assert isinstance(number, int)
    path, before = damaged_copy(filled, tmp_path, (number - 1) * PAGE + 100)
    run = run_cli(tmp_path, "log", "--vault", str(path), "--trigger", "x", "--intensity", "3")
    assert run.code == 1, run.err
    assert run.err == (
        f"healer-cli: {path}: the vault is damaged (some pages fail their checks), so it is"
        " open read-only; make a rescue export of what is still readable, then restore"
        " a backup; nothing was changed.\n" + RESCUE_HINT
    )
    assert run.out == ""
    assert path.read_bytes() == before


def test_rescue_export_keeps_every_readable_row_and_counts_the_lost(
    filled: Path, leaf_page: int, tmp_path: Path
) -> None:
    path, before = damaged_copy(filled, tmp_path, (leaf_page - 1) * PAGE + 100)
    out = tmp_path / "rescued.json"
    run = run_cli(tmp_path, "export", "--rescue", "-o", str(out), "--vault", str(path))
    assert run.code == 3, run.err
    document = json.loads(out.read_bytes())
    activations = document["tables"]["activation"]
    lost = document["lost_rows"]["activation"]
    assert 0 < lost < ENTRIES // 2
    assert len(activations) + lost == ENTRIES
    assert 150 not in {row["id"] for row in activations}
    assert {row["id"] for row in activations} >= {1, ENTRIES}
    rows = sum(len(rows) for rows in document["tables"].values())
    assert run.out == f"Rescued {rows} rows to {out}; {sum(document['lost_rows'].values())}" + (
        " could not be read\n"
    )
    assert path.read_bytes() == before


def test_rescue_export_of_a_healthy_vault_loses_nothing(filled: Path, tmp_path: Path) -> None:
    path = tmp_path / "journal.vault"
    shutil.copyfile(filled, path)
    out = tmp_path / "rescued.json"
    run = run_cli(tmp_path, "export", "--rescue", "-o", str(out), "--vault", str(path))
    assert run.code == 0, run.err
    document = json.loads(out.read_bytes())
    assert len(document["tables"]["activation"]) == ENTRIES
    assert document["lost_rows"] == {}
