"""No journal text and no passphrase reach any file except a plaintext export asked for (R1, R2).

A unique marker goes into every text field, a category name and a search, through the
services and through healer-cli; afterwards every file under the test's private HOME,
XDG folders and TMPDIR is scanned for the marker and the passphrases (UTF-8 and UTF-16-LE).
The explicitly requested JSON/CSV exports must contain the marker, which proves the scan
would find it. A second test reads the vault and a backup the way any other tool would.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from support import PASSPHRASE

from healer.domain.activation import PROMPTS, TEXT_FIELDS, ActivationInput, ActivationQuery
from healer.services.session import Session
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault

ENCODINGS = ("utf-8", "utf-16-le")
START = datetime(2026, 11, 20, 22, 15, tzinfo=UTC)


@dataclass(frozen=True)
class Secrets:
    marker: str
    passphrase: str
    new_passphrase: str

    def needles(self) -> dict[str, str]:
        return {
            "marker": self.marker,
            "passphrase": self.passphrase,
            "passphrase-hex": self.passphrase.encode().hex(),
            "new passphrase": self.new_passphrase,
        }


@pytest.fixture
def secrets() -> Secrets:
    # Lowercase, one token: the search index stores exactly this form if it stored any.
    return Secrets(
        marker=f"leakmark{uuid.uuid4().hex}",
        passphrase=f"pass {uuid.uuid4().hex} phrase",
        new_passphrase=f"new {uuid.uuid4().hex} words",
    )


@pytest.fixture
def private_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """HOME, XDG folders and TMPDIR under tmp_path, for this process and for subprocesses."""
    folders = {
        "HOME": tmp_path / "home",
        "XDG_DATA_HOME": tmp_path / "home" / "data",
        "XDG_CONFIG_HOME": tmp_path / "home" / "config",
        "XDG_CACHE_HOME": tmp_path / "home" / "cache",
        "XDG_STATE_HOME": tmp_path / "home" / "state",
        "MPLCONFIGDIR": tmp_path / "home" / "mpl",
        "TMPDIR": tmp_path / "tmp",
    }
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    env = dict(os.environ)
    env.pop("HEALER_VAULT", None)
    env.update({name: str(folder) for name, folder in folders.items()})
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def content_with(marker: str, category: str | None, **changes: object) -> ActivationInput:
    values: dict[str, object] = {
        **{name: f"{name} {marker} words" for name in TEXT_FIELDS},
        "intensity": 7,
        "started_at": START,
        "category": category,
        "person": f"person {marker}",
    }
    values.update(changes)
    return ActivationInput(**values)  # type: ignore[arg-type]


def scan(root: Path, needles: dict[str, str], allowed: set[Path]) -> list[str]:
    """Every (file, needle, encoding) hit under root outside the allowed files."""
    hits: list[str] = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or path in allowed:
            continue
        data = path.read_bytes()
        for label, text in needles.items():
            for encoding in ENCODINGS:
                if text.encode(encoding) in data:
                    hits.append(f"{path.relative_to(root)}: {label} ({encoding})")
    return hits


def assert_exports_hold_the_marker(exports: set[Path], marker: str) -> None:
    for export in exports:
        assert marker.encode() in export.read_bytes(), export
        assert stat.S_IMODE(export.stat().st_mode) == 0o600, export


# -- through the services -----------------------------------------------------------


def test_a_services_session_leaves_no_text_outside_its_exports(
    tmp_path: Path, private_env: dict[str, str], secrets: Secrets
) -> None:
    del private_env  # only its environment matters here
    marker = secrets.marker
    vault_path = tmp_path / "home" / "data" / "Healer" / "healer.vault"
    exports_dir = tmp_path / "home" / "exports"
    exports = {exports_dir / "journal.json", exports_dir / "journal.csv"}

    session = Session.create(vault_path, secrets.passphrase)
    try:
        category = session.journal.add_category(f"category {marker}").name
        logged = session.journal.log(content_with(marker, category))
        session.journal.log(content_with(marker, None, trigger=f"second {marker}"))
        assert len(session.journal.find(ActivationQuery(search=marker))) == 2
        assert session.journal.find(ActivationQuery(search=marker[:12]))  # prefix search
        session.journal.update(logged.id, content_with(marker, category, intensity=3))
        session.journal.settle(logged.id, START + timedelta(minutes=50))

        # While the vault is open and its -wal is live, nothing leaks either.
        assert scan(tmp_path, secrets.needles(), set()) == []

        session.backup(tmp_path / "home" / "backups" / "journal-backup.vault")
        assert session.exchange.export_json(exports_dir / "journal.json") == 2
        assert session.exchange.export_csv(exports_dir / "journal.csv") == 2
        assert session.check().ok
    finally:
        session.lock()
    # The scan finds the marker where it is in plaintext: in the exports and nowhere else.
    found_in = {hit.split(": ")[0] for hit in scan(tmp_path, {"m": marker}, set())}
    assert found_in == {str(path.relative_to(tmp_path)) for path in exports}

    other = Session.create(tmp_path / "home" / "data" / "other.vault", secrets.passphrase)
    try:
        result = other.exchange.import_json((exports_dir / "journal.json").read_bytes())
        assert result.added == 2
        assert len(other.journal.find(ActivationQuery(search=marker))) == 2
        assert other.check().ok
        other.change_passphrase(secrets.new_passphrase)
        other.journal.delete(other.journal.find()[0].id)
    finally:
        other.lock()

    assert_exports_hold_the_marker(exports, marker)
    assert scan(tmp_path, secrets.needles(), exports) == []


# -- through healer-cli -------------------------------------------------------------


@dataclass
class CliRunner:
    env: dict[str, str]
    secrets: Secrets

    def __call__(self, *args: str, stdin: str | None = None, expect: int = 0) -> str:
        lines = stdin if stdin is not None else self.secrets.passphrase + "\n"
        result = subprocess.run(
            [sys.executable, "-m", "healer.cli", *args],
            input=lines,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.env["HOME"],
            timeout=120,
            check=False,
        )
        assert result.returncode == expect, (args, result.stderr)
        for label, text in self.secrets.needles().items():
            assert text not in result.stderr, f"{label} on stderr of {args}"
        return result.stdout


@pytest.mark.slow
def test_a_cli_session_leaves_no_text_outside_its_exports(
    tmp_path: Path, private_env: dict[str, str], secrets: Secrets
) -> None:
    cli = CliRunner(private_env, secrets)
    marker = secrets.marker
    exports_dir = tmp_path / "home" / "exports"
    json_export, csv_export = exports_dir / "cli.json", exports_dir / "cli.csv"
    other = str(tmp_path / "home" / "data" / "other.vault")

    cli("init")  # the default location under XDG_DATA_HOME
    assert list((tmp_path / "home" / "data").rglob("healer.vault"))
    cli("categories", "--add", f"category {marker}")
    prompts = [arg for name in PROMPTS for arg in (f"--{name}", f"{name} {marker} words")]
    details = ["--person", f"person {marker}", "--category", f"category {marker}"]
    cli("log", *prompts, *details, "--intensity", "8", "--started", "2026-11-20T22:15")
    assert marker in cli("list", "--search", marker)
    assert marker in cli("list", "--search", marker, "--json")
    assert marker in cli("show", "1")
    cli("settle", "1", "--at", "2026-11-20T23:00", "--looking-again", f"again {marker} words")
    cli("backup", str(tmp_path / "home" / "backups" / "cli-backup.vault"))
    cli("export", "--format", "json", "-o", str(json_export))
    cli("export", "--format", "csv", "-o", str(csv_export))
    cli("init", "--vault", other)
    assert "Imported 1 activations" in cli("import", str(json_export), "--vault", other)
    cli("check")
    cli("list", "--search", f"{marker} nothing", "--vault", other)
    cli("list", stdin="a wrong passphrase\n", expect=1)
    cli("passwd", stdin=f"{secrets.passphrase}\n{secrets.new_passphrase}\n")
    cli("check", stdin=f"{secrets.new_passphrase}\n")
    cli("delete", "1", "--yes", "--vault", other)

    assert_exports_hold_the_marker({json_export, csv_export}, marker)
    assert scan(tmp_path, secrets.needles(), {json_export, csv_export}) == []


# -- an independent reader ----------------------------------------------------------


def _raw_rows(path: Path, passphrase: str) -> list[tuple[object, ...]]:
    """Read with stock SQLCipher 4 settings: nothing but PRAGMA key."""
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = '{passphrase}'")
        return [tuple(r) for r in connection.execute("SELECT * FROM activation ORDER BY id")]
    finally:
        connection.close()


def test_an_independent_reader_sees_only_ciphertext_and_the_backup_opens_with_plain_sqlcipher(
    tmp_path: Path, secrets: Secrets
) -> None:
    assert "'" not in PASSPHRASE
    vault_path = tmp_path / "reader" / "healer.vault"
    vault = Vault.create(vault_path, PASSPHRASE)
    try:
        repository = ActivationRepository(vault)
        for number in range(3):
            repository.add(content_with(secrets.marker, None, intensity=number))
        backup = vault.backup(tmp_path / "reader" / "backup.vault")
        live = [tuple(r) for r in vault.connection.execute("SELECT * FROM activation ORDER BY id")]
        for side in (vault_path, Path(f"{vault_path}-wal"), Path(f"{vault_path}-shm"), backup):
            data = side.read_bytes()
            assert not data.startswith(b"SQLite format 3"), side
            assert secrets.marker.encode() not in data, side
    finally:
        vault.close()

    assert len(live) == 3
    assert _raw_rows(backup, PASSPHRASE) == live
    assert _raw_rows(vault_path, PASSPHRASE) == live
    with pytest.raises(sqlcipher3.DatabaseError):
        _raw_rows(backup, "not the passphrase")
