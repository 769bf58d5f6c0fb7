"""healer-cli restore: the backup's own passphrase, a summary, a question, the old vault kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli_end_to_end import (
    MARKER,
    NEW_PASSPHRASE,
    PASSPHRASE,
    cli_env,
    listed,
    log,
    ok,
    run_cli,
    triggers,
)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return cli_env(tmp_path)


@pytest.fixture
def vault(env: dict[str, str], tmp_path: Path) -> Path:
    """An empty vault made by healer-cli init, in its own private folder."""
    folder = tmp_path / "vaults"
    folder.mkdir(mode=0o700)
    path = folder / "journal.vault"
    ok(env, "--vault", str(path), "init")
    return path


def backed_up(env: dict[str, str], vault: Path, tmp_path: Path) -> Path:
    log(env, vault, f"kept in the backup {MARKER}")
    backup = tmp_path / "backups" / "healer-backup-2026-11-30.vault"
    assert "checked" in ok(env, "backup", str(backup), "--vault", str(vault))
    return backup


def test_restore_a_backup_made_under_an_older_passphrase(
    env: dict[str, str], vault: Path, tmp_path: Path
) -> None:
    backup = backed_up(env, vault, tmp_path)
    ok(env, "passwd", "--vault", str(vault), stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    log_new = run_cli(
        env,
        "log",
        "--vault",
        str(vault),
        "--trigger",
        f"written after {MARKER}",
        "--intensity",
        "4",
        stdin=NEW_PASSPHRASE + "\n",
    )
    assert log_new.code == 0, log_new.err

    out = ok(env, "restore", str(backup), "--vault", str(vault), stdin=f"{PASSPHRASE}\ny\n")
    assert "The backup holds 1 entry, on " in out
    assert MARKER not in out
    assert "The previous vault is kept as" in out
    assert triggers(listed(env, vault)) == [f"kept in the backup {MARKER}"]
    (kept,) = vault.parent.glob("journal.vault.before-restore-*")
    records = listed_with(env, kept, NEW_PASSPHRASE)
    assert len(records) == 2


def listed_with(env: dict[str, str], path: Path, passphrase: str) -> list[object]:
    out = ok(env, "list", "--vault", str(path), "--json", stdin=passphrase + "\n")
    records = json.loads(out)
    assert isinstance(records, list)
    return records


def test_restore_asks_first_and_no_changes_nothing(
    env: dict[str, str], vault: Path, tmp_path: Path
) -> None:
    backup = backed_up(env, vault, tmp_path)
    log(env, vault, f"newer {MARKER}")
    declined = run_cli(
        env, "restore", str(backup), "--vault", str(vault), stdin=f"{PASSPHRASE}\nn\n"
    )
    assert declined.code == 1
    assert "nothing was changed" in declined.err
    assert len(listed(env, vault)) == 2
    assert not list(vault.parent.glob("*before-restore*"))

    wrong = run_cli(env, "restore", str(backup), "--vault", str(vault), stdin="not it\ny\n")
    assert wrong.code == 1
    assert "Wrong passphrase" in wrong.err
    assert len(listed(env, vault)) == 2

    ok(env, "restore", str(backup), "--vault", str(vault), "--yes")
    assert triggers(listed(env, vault)) == [f"kept in the backup {MARKER}"]
