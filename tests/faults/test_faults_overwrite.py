"""Nothing Healer writes clobbers a file: existing files need --force, vaults and backups never."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fault_tools import cli, cli_env, fill, note, small_tmpfs
from support import copy_vault

from healer.storage.destinations import write_private_file
from healer.storage.errors import DestinationError

pytestmark = pytest.mark.slow


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return cli_env(tmp_path)


@pytest.fixture
def vault(vault_template: Path, tmp_path: Path) -> Path:
    path = copy_vault(vault_template, tmp_path / "vaultdir" / "healer.vault")
    fill(path, 2)
    return path


def _protected(path: Path) -> str:
    return note(
        f"{path} is a Healer vault, a backup or one of their files; Healer never writes"
        " over it, even with --force. Choose a new name."
    )


def _exists(path: Path) -> str:
    return note(
        f"{path} already exists; nothing was written. Choose a new name, or add --force"
        " to replace it."
    )


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_export_refuses_an_existing_file_without_force(
    env: dict[str, str], vault: Path, tmp_path: Path
) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("my own notes\n")
    for fmt in ("json", "csv"):
        result = cli(env, "export", "--format", fmt, "-o", str(target), "--vault", str(vault))
        assert (result.code, result.err, result.out) == (1, _exists(target), "")
    assert target.read_text() == "my own notes\n"
    forced = cli(env, "export", "-o", str(target), "--force", "--vault", str(vault))
    assert forced.code == 0
    assert target.read_text().startswith("{")


def _backup(vault: Path, env: dict[str, str]) -> Path:
    backup = vault.parent.parent / "backups" / "copy.vault"
    assert cli(env, "backup", str(backup), "--vault", str(vault)).code == 0
    return backup


DESTINATIONS: dict[str, Callable[[Path, dict[str, str]], Path]] = {
    "the vault": lambda vault, env: vault,
    "a symlink to the vault": lambda vault, env: _link(vault, "journal.json", symbolic=True),
    "a hard link to the vault": lambda vault, env: _link(vault, "journal.json", symbolic=False),
    "the vault's -wal name": lambda vault, env: Path(f"{vault}-wal"),
    "the vault's -shm name": lambda vault, env: Path(f"{vault}-shm"),
    # The lock file exists while a session holds the vault (the CLI's own run included).
    "the vault's lock file": lambda vault, env: Path(f"{vault}.lock"),
    "a backup": _backup,
    "a symlink to a backup": lambda vault, env: _link(_backup(vault, env), "b.json", symbolic=True),
    "another vault's -wal": lambda vault, env: Path(f"{_backup(vault, env)}-wal"),
}


def _link(target: Path, name: str, *, symbolic: bool) -> Path:
    link = target.parent.parent / name
    if symbolic:
        link.symlink_to(target)
    else:
        os.link(target, link)
    return link


CASES = [(case, "export") for case in DESTINATIONS] + [
    (case, command)
    for case in ("the vault", "a hard link to the vault", "a symlink to a backup")
    for command in ("export-csv", "backup")
]


@pytest.mark.parametrize(("case", "command"), CASES)
def test_a_vault_or_backup_is_never_written_over_even_with_force(
    env: dict[str, str], vault: Path, tmp_path: Path, case: str, command: str
) -> None:
    destination = DESTINATIONS[case](vault, env)
    before = {folder: _snapshot(folder) for folder in (vault.parent, tmp_path)}
    args = {
        "export": ["export", "-o", str(destination)],
        "export-csv": ["export", "--format", "csv", "-o", str(destination)],
        "backup": ["backup", str(destination)],
    }[command]
    result = cli(env, *args, "--force", "--vault", str(vault))
    assert (result.code, result.err, result.out) == (1, _protected(destination), "")
    assert {folder: _snapshot(folder) for folder in (vault.parent, tmp_path)} == before


def test_backup_needs_force_for_an_ordinary_file(
    env: dict[str, str], vault: Path, tmp_path: Path
) -> None:
    target = tmp_path / "old.bin"
    target.write_bytes(b"an old file\n")
    result = cli(env, "backup", str(target), "--vault", str(vault))
    assert (result.code, result.err) == (1, _exists(target))
    assert target.read_bytes() == b"an old file\n"
    assert cli(env, "backup", str(target), "--force", "--vault", str(vault)).code == 0
    assert cli(env, "list", "--vault", str(target)).code == 0  # it is the backup now


# -- places that cannot hold a file: one plain sentence each, never exit 70 ---------------


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path / "ro", 512) as folder:
        (folder / "inside").mkdir()
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / "inside"


def _places(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    afile = tmp_path / "a-file.txt"
    afile.write_text("x")
    folder = tmp_path / "a-folder"
    folder.mkdir(exist_ok=True)
    return {
        "a folder": (folder, f"{folder} is a folder; give the name of a file to write."),
        "under a file": (
            afile / "out.json",
            f"{afile} is a file, not a folder; nothing was written. Choose another place.",
        ),
        "under a file, deeper": (
            afile / "sub" / "out.json",
            f"{afile} is a file, not a folder; nothing was written. Choose another place.",
        ),
        "into /proc": (
            Path("/proc/out.json"),
            "/proc belongs to the system (proc) and holds no files of yours; nothing was"
            " written. Choose another place.",
        ),
        "into /proc/self": (
            Path("/proc/self/out.json"),
            "/proc/self belongs to the system (proc) and holds no files of yours; nothing"
            " was written. Choose another place.",
        ),
    }


@pytest.mark.parametrize(
    "place", ["a folder", "under a file", "under a file, deeper", "into /proc", "into /proc/self"]
)
@pytest.mark.parametrize("command", ["export", "backup"])
def test_unwritable_places_get_one_sentence(
    env: dict[str, str], vault: Path, tmp_path: Path, place: str, command: str
) -> None:
    destination, message = _places(tmp_path)[place]
    before = vault.read_bytes()
    args = ["export", "-o"] if command == "export" else ["backup"]
    result = cli(env, *args, str(destination), "--vault", str(vault))
    assert (result.code, result.err) == (1, note(message))
    assert vault.read_bytes() == before


@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_read_only_disk_gets_one_sentence(
    env: dict[str, str], vault: Path, read_only_disk: Path, command: str
) -> None:
    destination = read_only_disk / "out.json"
    args = ["export", "-o"] if command == "export" else ["backup"]
    result = cli(env, *args, str(destination), "--vault", str(vault))
    message = f"{read_only_disk} is on a read-only disk; nothing was written. Choose another place."
    assert (result.code, result.err) == (1, note(message))
    assert list(read_only_disk.iterdir()) == []


def test_the_one_guard_is_what_every_writer_uses(vault: Path, tmp_path: Path) -> None:
    """Storage-level: the shared writer refuses by inode, through symlinks and hard links."""
    hard = tmp_path / "hard"
    os.link(vault, hard)
    with pytest.raises(DestinationError):
        write_private_file(hard, b"{}", force=True, protected=[vault])
    plain = tmp_path / "plain.txt"
    write_private_file(plain, b"one", force=False)
    with pytest.raises(DestinationError):
        write_private_file(plain, b"two", force=False)
    write_private_file(plain, b"two", force=True)
    assert plain.read_bytes() == b"two"
    assert oct(plain.stat().st_mode & 0o777) == "0o600"
