"""A full disk: every command says so in one sentence, exits 1 (never 70), changes nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_tools import (
    cli,
    cli_env,
    disk_full,
    fill,
    fill_disk,
    row_count,
    small_tmpfs,
)
from support import PASSPHRASE, copy_vault

pytestmark = pytest.mark.slow

NEW_PASSPHRASE = "a different harbour 17"
BIG = "x" * 19_000  # one field under the 20,000-character limit


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs, empty."""
    with small_tmpfs(tmp_path / "small", 2048) as folder:
        yield folder


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return cli_env(tmp_path)


@pytest.fixture
def vault_on_disk(vault_template: Path, disk: Path) -> Path:
    """A vault with three entries on the small disk."""
    path = copy_vault(vault_template, disk / "healer.vault")
    fill(path, 3)
    return path


@pytest.mark.parametrize("leave", [0, 60 * 1024], ids=["no-space", "a-little-space"])
def test_log_on_a_full_disk(env: dict[str, str], vault_on_disk: Path, leave: int) -> None:
    fill_disk(vault_on_disk.parent, leave)
    before = vault_on_disk.read_bytes()
    fields = ("--trigger", BIG, "--body", BIG, "--story", BIG, "--urge", BIG, "--did", BIG)
    result = cli(env, "log", *fields, "--intensity", "4", "--vault", str(vault_on_disk))
    assert (result.code, result.err) == (1, disk_full(vault_on_disk.parent))
    assert vault_on_disk.read_bytes() == before
    (vault_on_disk.parent / "filler").unlink()
    assert row_count(vault_on_disk) == 3


def test_import_on_a_full_disk(
    env: dict[str, str], vault_on_disk: Path, vault_template: Path, tmp_path: Path
) -> None:
    source_vault = copy_vault(vault_template, tmp_path / "other" / "healer.vault")
    fill(source_vault, 40, text_size=2000)
    export = tmp_path / "other" / "export.json"
    assert cli(env, "export", "-o", str(export), "--vault", str(source_vault)).code == 0
    fill_disk(vault_on_disk.parent, 60 * 1024)
    before = vault_on_disk.read_bytes()
    result = cli(env, "import", str(export), "--vault", str(vault_on_disk))
    assert (result.code, result.err) == (1, disk_full(vault_on_disk.parent))
    assert vault_on_disk.read_bytes() == before
    (vault_on_disk.parent / "filler").unlink()
    assert row_count(vault_on_disk) == 3


@pytest.mark.parametrize("leave", [0, 60 * 1024], ids=["no-space", "a-little-space"])
def test_passwd_on_a_full_disk(env: dict[str, str], vault_on_disk: Path, leave: int) -> None:
    fill_disk(vault_on_disk.parent, leave)
    before = vault_on_disk.read_bytes()
    result = cli(
        env, "passwd", "--vault", str(vault_on_disk), stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n"
    )
    expected = disk_full(vault_on_disk.parent, "the passphrase was not changed")
    if leave == 0:  # the vault cannot even be opened: nothing was asked of it yet
        expected = disk_full(vault_on_disk.parent)
    assert (result.code, result.err) == (1, expected)
    assert vault_on_disk.read_bytes() == before
    (vault_on_disk.parent / "filler").unlink()
    assert row_count(vault_on_disk, PASSPHRASE) == 3


def test_backup_onto_a_full_disk(
    env: dict[str, str], vault_template: Path, disk: Path, tmp_path: Path
) -> None:
    vault = copy_vault(vault_template, tmp_path / "vaultdir" / "healer.vault")
    fill(vault, 20, text_size=5000)
    fill_disk(disk, 60 * 1024)
    before = vault.read_bytes()
    result = cli(env, "backup", str(disk / "copy.vault"), "--vault", str(vault))
    assert (result.code, result.err) == (1, disk_full(disk))
    assert sorted(p.name for p in disk.iterdir()) == ["filler"]  # no partial left
    assert vault.read_bytes() == before


def test_export_onto_a_full_disk(
    env: dict[str, str], vault_template: Path, disk: Path, tmp_path: Path
) -> None:
    vault = copy_vault(vault_template, tmp_path / "vaultdir" / "healer.vault")
    fill(vault, 20, text_size=5000)
    fill_disk(disk, 60 * 1024)
    before = vault.read_bytes()
    for fmt in ("json", "csv"):
        result = cli(
            env, "export", "--format", fmt, "-o", str(disk / f"out.{fmt}"), "--vault", str(vault)
        )
        assert (result.code, result.err) == (1, disk_full(disk))
    assert sorted(p.name for p in disk.iterdir()) == ["filler"]
    assert vault.read_bytes() == before


@pytest.mark.parametrize("leave", [0, 60 * 1024], ids=["no-space", "a-little-space"])
def test_init_on_a_full_disk(env: dict[str, str], disk: Path, leave: int) -> None:
    fill_disk(disk, leave)
    target = disk / "new" / "healer.vault"
    if leave == 0:
        target = disk / "healer.vault"  # no room even for a folder
    result = cli(env, "init", "--vault", str(target))
    assert (result.code, result.err) == (1, disk_full(target.parent))
    assert sorted(p.name for p in disk.iterdir()) in (["filler"], ["filler", "new"])
    assert not target.exists()
    if target.parent != disk:
        assert list(target.parent.iterdir()) == []  # no half-made vault, no partial


def test_the_disk_has_room_again_and_everything_works(
    env: dict[str, str], vault_on_disk: Path
) -> None:
    """The same commands succeed once space is freed: the failures above were the disk's."""
    fill_disk(vault_on_disk.parent, 60 * 1024)
    assert (
        cli(env, "log", "--trigger", BIG, "--intensity", "1", "--vault", str(vault_on_disk)).code
        == 1
    )
    (vault_on_disk.parent / "filler").unlink()
    assert (
        cli(env, "log", "--trigger", BIG, "--intensity", "1", "--vault", str(vault_on_disk)).code
        == 0
    )
    assert row_count(vault_on_disk) == 4
    shutil.rmtree(vault_on_disk.parent / "missing", ignore_errors=True)
