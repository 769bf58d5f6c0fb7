"""A vault that can only be read: read-only file, folder or filesystem."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import NO_OVERRIDE, listing, make_filled_vault, run_cli
from support import PASSPHRASE

pytestmark = pytest.mark.skipif(
    not NO_OVERRIDE, reason="setpriv (util-linux) is missing: cannot drop file-mode overrides"
)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_filled_vault(tmp_path_factory.mktemp("readonly") / "filled.vault")


def notice(path: Path, reason: str) -> str:
    return (
        f"healer-cli: {path} is open read-only because {reason};"
        " you can read and export it, but not change it.\n"
    )


def refusal(path: Path, reason: str) -> str:
    return (
        f"healer-cli: {path} is read-only ({reason}); nothing was changed."
        " You can still read and export it.\n"
    )


def check_read_only(home: Path, path: Path, reason: str) -> None:
    """Reads and exports work and say why the vault is read-only; writes are refused."""
    folder = path.parent
    before = listing(folder)
    listed = run_cli(home, "list", "--vault", str(path), no_override=True)
    assert (listed.code, listed.err) == (0, notice(path, reason))
    assert "entry 00299" in listed.out
    exported = home / "export.json"
    run = run_cli(home, "export", "-o", str(exported), "--vault", str(path), no_override=True)
    assert run.code == 0, run.err
    assert run.err.startswith(notice(path, reason))
    assert b"entry 00299" in exported.read_bytes()
    checked = run_cli(home, "check", "--vault", str(path), no_override=True)
    assert (checked.code, checked.err) == (0, notice(path, reason))
    assert checked.out == (
        "Vault is healthy: integrity and encryption checks passed"
        " (not checked: search index (the vault is read-only)).\n"
    )
    for command, stdin in (
        (["log", "--trigger", "x", "--intensity", "3"], None),
        (["categories", "--add", "new one"], None),
        (["passwd"], "a new passphrase for it"),
    ):
        lines = PASSPHRASE + "\n" + (f"{stdin}\n" if stdin else "")
        run = run_cli(home, *command, "--vault", str(path), stdin=lines, no_override=True)
        assert run.code == 1, run.err
        assert run.err == notice(path, reason) + refusal(path, reason)
    assert listing(folder) == before


def test_read_only_file(filled: Path, tmp_path: Path) -> None:
    path = tmp_path / "vaults" / "journal.vault"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(filled, path)
    path.chmod(0o400)
    check_read_only(tmp_path, path, "the file's permissions are 0400, without write access")


def test_read_only_folder(filled: Path, tmp_path: Path) -> None:
    path = tmp_path / "vaults" / "journal.vault"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(filled, path)
    path.parent.chmod(0o500)
    try:
        check_read_only(tmp_path, path, f"its folder {path.parent} is read-only")
    finally:
        path.parent.chmod(0o700)


@contextlib.contextmanager
def read_only_mount(source: Path, target: Path) -> Iterator[str | None]:
    """A read-only bind mount of source at target; yields why it failed, or None."""
    target.mkdir()
    bound = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True)
    if bound.returncode:
        yield f"mount --bind failed: {bound.stderr.decode().strip()}"
        return
    try:
        remount = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(target)], capture_output=True
        )
        yield (
            f"remount read-only failed: {remount.stderr.decode().strip()}"
            if (remount.returncode)
            else None
        )
    finally:
        subprocess.run(["umount", str(target)], check=False)


def test_read_only_filesystem(filled: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir(mode=0o700)
    shutil.copyfile(filled, source / "journal.vault")
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a read-only filesystem needs root and mount(8)")
    with read_only_mount(source, tmp_path / "mounted") as failure:
        if failure:
            pytest.skip(failure)
        path = tmp_path / "mounted" / "journal.vault"
        check_read_only(tmp_path, path, "it is on a read-only filesystem")
