"""healer-cli end to end: real processes, a real encrypted vault, passphrases on stdin.

Every call goes through `run_cli`, which also checks that stderr never carries journal
text (each piece of journal text below contains MARKER), the passphrase or a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PASSPHRASE = "tide pool lantern 42"
NEW_PASSPHRASE = "quiet harbour at dawn"
MARKER = "Qx7marker"  # inside every piece of journal text the tests write


@dataclass(frozen=True)
class Result:
    """What one healer-cli process did."""

    code: int
    out: str
    err: str


def cli_env(root: Path, **extra: str) -> dict[str, str]:
    """An environment whose home and XDG folders all live under root."""
    env = {k: v for k, v in os.environ.items() if k != "HEALER_VAULT" and not k.startswith("XDG_")}
    home = root / "home"
    home.mkdir(exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        TZ="UTC",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


def run_cli(
    env: dict[str, str],
    *args: str,
    stdin: str = PASSPHRASE + "\n",
    umask: int = 0o022,
) -> Result:
    """Run healer-cli once; asserts the privacy rules every call must keep."""
    completed = subprocess.run(
        [sys.executable, "-m", "healer.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=env["HOME"],
        timeout=60,
        check=False,
        umask=umask,
    )
    result = Result(completed.returncode, completed.stdout, completed.stderr)
    assert MARKER not in result.err, f"journal text on stderr: {result.err!r}"
    assert PASSPHRASE not in result.err
    assert NEW_PASSPHRASE not in result.err
    assert PASSPHRASE not in result.out
    assert "Traceback" not in result.err, result.err
    return result


def ok(env: dict[str, str], *args: str, stdin: str = PASSPHRASE + "\n") -> str:
    """Run a command that must succeed; its stdout."""
    result = run_cli(env, *args, stdin=stdin)
    assert result.code == 0, result.err
    return result.out


def logged_id(output: str) -> int:
    found = re.search(r"Logged activation (\d+)", output)
    assert found, output
    return int(found.group(1))


def listed(env: dict[str, str], vault: Path, *filters: str) -> list[dict[str, Any]]:
    """`list --json` parsed."""
    records = json.loads(ok(env, "list", "--vault", str(vault), "--json", *filters))
    assert isinstance(records, list)
    return records


def triggers(records: list[dict[str, Any]]) -> list[str]:
    return [record["trigger"] for record in records]


def log(env: dict[str, str], vault: Path, trigger: str, *options: str) -> int:
    """Log an activation (intensity 5 unless given) and return its id."""
    if "--intensity" not in options:
        options = (*options, "--intensity", "5")
    return logged_id(ok(env, "log", "--vault", str(vault), "--trigger", trigger, *options))


# -- fixtures --------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One empty vault made by `healer-cli init`, copied for each test that needs one."""
    root = tmp_path_factory.mktemp("cli-template")
    path = root / "made-by-init.vault"
    out = ok(cli_env(root), "--vault", str(path), "init")
    assert str(path) in out
    return path


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return cli_env(tmp_path)


@pytest.fixture
def vault(template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the empty vault."""
    folder = tmp_path / "vaults"
    folder.mkdir(mode=0o700)
    path = folder / "journal.vault"
    shutil.copy2(template, path)
    return path


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# -- init and where the vault lives -------------------------------------------------


def test_init_creates_a_private_vault_and_never_overwrites_it(tmp_path: Path) -> None:
    path = tmp_path / "new" / "journal.vault"
    env = cli_env(tmp_path, HEALER_VAULT=str(path))
    assert "Created an encrypted vault" in ok(env, "init")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not path.read_bytes().startswith(b"SQLite format 3")
    before = path.read_bytes()

    again = run_cli(env, "init", stdin="another passphrase here\n")

    assert again.code == 1
    assert "already exists" in again.err
    assert path.read_bytes() == before
    assert listed(env, path) == []  # still opens with the first passphrase


def test_init_refuses_a_short_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "short.vault"
    result = run_cli(cli_env(tmp_path), "init", "--vault", str(path), stdin="short\n")
    assert result.code == 2
    assert "passphrase" in result.err
    assert not path.exists()


def test_without_vault_or_variable_the_vault_lives_under_xdg_data_home(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    ok(env, "init")
    found = list(Path(env["HOME"]).rglob("*.vault"))
    assert len(found) == 1, found
    vault = found[0]
    assert vault.name == "healer.vault"
    assert vault.is_relative_to(env["XDG_DATA_HOME"])

    log(env, vault, f"default place {MARKER}")
    assert triggers(json.loads(ok(env, "list", "--json"))) == [f"default place {MARKER}"]


def test_the_vault_variable_is_used_and_the_option_beats_it(vault: Path, tmp_path: Path) -> None:
    env = cli_env(tmp_path, HEALER_VAULT=str(vault))
    ok(env, "log", "--trigger", f"via variable {MARKER}", "--intensity", "4")
    assert triggers(listed(env, vault)) == [f"via variable {MARKER}"]

    elsewhere = cli_env(tmp_path, HEALER_VAULT=str(tmp_path / "missing.vault"))
    assert "via variable" in ok(elsewhere, "--vault", str(vault), "list")


# -- log, show, list --------------------------------------------------------------


def test_log_with_every_option_is_stored_field_by_field(env: dict[str, str], vault: Path) -> None:
    texts = {name: f"{name} {MARKER} words" for name in ("body", "story", "urge", "did", "after")}
    output = ok(
        env,
        "log",
        "--vault",
        str(vault),
        "--trigger",
        f"  no reply {MARKER}  ",
        "--intensity",
        "8",
        *[arg for name, text in texts.items() for arg in (f"--{name}", text)],
        "--category",
        "delayed reply",
        "--person",
        "Sam",
        "--started",
        "2026-11-20T21:05+02:00",
        "--settled",
        "2026-11-20T22:10:00+02:00",
    )
    activation_id = logged_id(output)
    assert "(settled)" in output

    [record] = listed(env, vault)
    assert record["id"] == activation_id
    assert re.fullmatch(r"[0-9a-f-]{36}", record["uid"])
    assert record["started_at"] == "2026-11-20T19:05:00Z"
    assert record["settled_at"] == "2026-11-20T20:10:00Z"
    assert record["duration_minutes"] == 65.0
    assert record["intensity"] == 8
    assert record["category"] == "delayed reply"
    assert record["person"] == "Sam"
    assert record["trigger"] == f"no reply {MARKER}"  # trimmed
    for name, text in texts.items():
        assert record[name] == text

    shown = ok(env, "show", str(activation_id), "--vault", str(vault))
    assert f"Activation {activation_id}" in shown
    assert "8/10" in shown
    assert "delayed reply" in shown
    assert "Sam" in shown
    assert "1 h 05 min" in shown
    for text in (*texts.values(), f"no reply {MARKER}"):
        assert text in shown


def test_a_quick_entry_is_open_until_settled(env: dict[str, str], vault: Path) -> None:
    first = log(env, vault, f"plans changed {MARKER}", "--started", "2026-11-21T08:00Z")
    second = log(env, vault, f"tone shift {MARKER}")  # started now

    assert {r["id"] for r in listed(env, vault, "--open")} == {first, second}
    [record] = [r for r in listed(env, vault) if r["id"] == first]
    assert record["settled_at"] is None
    assert record["duration_minutes"] is None
    assert record["body"] == ""
    assert record["category"] is None

    out = ok(env, "settle", str(first), "--at", "2026-11-21T09:05Z", "--vault", str(vault))
    assert "settled after 1 h 05 min" in out
    ok(env, "settle", str(second), "--vault", str(vault))

    assert listed(env, vault, "--open") == []
    by_id = {r["id"]: r for r in listed(env, vault)}
    assert by_id[first]["settled_at"] == "2026-11-21T09:05:00Z"
    assert by_id[second]["settled_at"] is not None


def test_settling_before_the_start_or_an_unknown_id_fails(env: dict[str, str], vault: Path) -> None:
    entry = log(env, vault, f"early {MARKER}", "--started", "2026-11-21T08:00Z")

    early = run_cli(env, "settle", str(entry), "--at", "2026-11-21T07:59Z", "--vault", str(vault))
    assert early.code == 2
    assert "settled_at" in early.err

    unknown = run_cli(env, "settle", "999", "--vault", str(vault))
    assert unknown.code == 1
    assert "No activation with id 999" in unknown.err

    assert listed(env, vault)[0]["settled_at"] is None


def test_list_filters_combine(env: dict[str, str], vault: Path) -> None:
    old = log(
        env, vault, f"café silence {MARKER}", "--category", "conflict",
        "--started", "2026-11-01T10:00Z", "--settled", "2026-11-01T10:20Z",
    )  # fmt: skip
    new = log(
        env, vault, f"Naïve hope {MARKER}", "--category", "conflict",
        "--started", "2026-11-20T10:00Z", "--story", "the CAFE again",
    )  # fmt: skip
    other = log(
        env, vault, f"time apart {MARKER}", "--category", "time apart",
        "--started", "2026-11-15T10:00Z",
    )  # fmt: skip

    def ids(*filters: str) -> list[int]:
        return [r["id"] for r in listed(env, vault, *filters)]

    assert ids() == [new, other, old]  # newest first
    assert ids("--since", "2026-11-10") == [new, other]
    assert ids("--category", "conflict") == [new, old]
    assert ids("--search", "cafe") == [new, old]  # accent-insensitive, any prompt
    assert ids("--search", "NAIVE") == [new]
    assert ids("--search", "naïve") == [new]
    assert ids("--search", "nowhere") == []
    assert ids("--open") == [new, other]
    assert ids("--open", "--category", "conflict", "--since", "2026-11-10") == [new]
    assert ids("--limit", "1") == [new]

    table = ok(env, "list", "--vault", str(vault), "--category", "time apart")
    assert "time apart" in table
    assert "café" not in table
    assert "No activations match." in ok(env, "list", "--vault", str(vault), "--search", "zzz")


def test_delete_needs_yes(env: dict[str, str], vault: Path) -> None:
    keep = log(env, vault, f"keep {MARKER}")
    gone = log(env, vault, f"remove {MARKER}")

    refused = run_cli(env, "delete", str(gone), "--vault", str(vault))
    assert refused.code == 1
    assert "--yes" in refused.err
    assert {r["id"] for r in listed(env, vault)} == {keep, gone}

    assert f"Deleted activation {gone}" in ok(
        env, "delete", str(gone), "--yes", "--vault", str(vault)
    )
    assert [r["id"] for r in listed(env, vault)] == [keep]
    missing = run_cli(env, "show", str(gone), "--vault", str(vault))
    assert missing.code == 1
    assert f"No activation with id {gone}" in missing.err


def test_categories_are_listed_and_added(env: dict[str, str], vault: Path) -> None:
    seeded = ok(env, "categories", "--vault", str(vault)).splitlines()
    assert "delayed reply" in seeded
    assert "other" in seeded

    assert "late night texts" in ok(
        env, "categories", "--add", "  late   night texts ", "--vault", str(vault)
    )
    lines = ok(env, "categories", "--vault", str(vault)).splitlines()
    assert "late night texts  (yours)" in lines
    assert lines[: len(seeded)] == seeded

    log(env, vault, f"again {MARKER}", "--category", "late night texts")
    assert listed(env, vault)[0]["category"] == "late night texts"


# -- export, import, backup, check, passwd -------------------------------------------


def test_exports_are_private_files_with_a_plaintext_warning(
    env: dict[str, str], vault: Path, tmp_path: Path
) -> None:
    log(env, vault, f"exported {MARKER}", "--category", "conflict", "--body", f"tight {MARKER}")
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    json_file, csv_file = out_dir / "journal.json", out_dir / "journal.csv"
    csv_file.write_text("old content that must be replaced (asked for with --force)\n")

    for fmt, target, force in (("json", json_file, ()), ("csv", csv_file, ("--force",))):
        args = ("export", "--format", fmt, "-o", str(target), "--vault", str(vault), *force)
        result = run_cli(env, *args, umask=0)
        assert result.code == 0, result.err
        assert "Exported 1 activations" in result.out
        assert "NOT encrypted" in result.err
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    document = json.loads(json_file.read_text(encoding="utf-8"))
    assert document["format"] == "healer-export"
    [record] = document["activations"]
    assert record["trigger"] == f"exported {MARKER}"
    assert record["body"] == f"tight {MARKER}"
    assert "conflict" in [c["name"] for c in document["categories"]]

    rows = list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8-sig"))))
    assert [row["trigger"] for row in rows] == [f"exported {MARKER}"]
    assert rows[0]["category"] == "conflict"
    assert sorted(p.name for p in out_dir.iterdir()) == ["journal.csv", "journal.json"]


def test_import_adds_once_and_keeps_categories(
    env: dict[str, str], vault: Path, template: Path, tmp_path: Path
) -> None:
    ok(env, "categories", "--add", "work stress", "--vault", str(vault))
    log(env, vault, f"one {MARKER}", "--category", "work stress", "--started", "2026-11-02T10:00Z")
    log(env, vault, f"two {MARKER}", "--started", "2026-11-03T10:00Z")
    export = tmp_path / "export.json"
    ok(env, "export", "-o", str(export), "--vault", str(vault))

    target = tmp_path / "target.vault"
    shutil.copy2(template, target)
    first = ok(env, "import", str(export), "--vault", str(target))
    assert "Imported 2 activations (0 already present, 1 new categories)" in first
    second = ok(env, "import", str(export), "--vault", str(target))
    assert "Imported 0 activations (2 already present, 0 new categories)" in second

    source, copied = listed(env, vault), listed(env, target)
    assert len(copied) == 2
    for key in ("uid", "started_at", "settled_at", "intensity", "category", "trigger"):
        assert [r[key] for r in copied] == [r[key] for r in source]
    assert "work stress  (yours)" in ok(env, "categories", "--vault", str(target))


def test_a_malformed_import_names_the_problem_and_imports_nothing(
    env: dict[str, str], vault: Path, tmp_path: Path
) -> None:
    valid = {
        "uid": "uid-1",
        "started_at": "2026-11-02T10:00:00Z",
        "intensity": 5,
        "trigger": f"good {MARKER}",
    }
    document = {
        "format": "healer-export",
        "schema_version": 1,
        "categories": [],
        "activations": [valid, {**valid, "uid": "uid-2", "intensity": "high"}],
    }
    bad_field = tmp_path / "bad-field.json"
    bad_field.write_text(json.dumps(document, indent=2))
    bad_syntax = tmp_path / "bad-syntax.json"
    bad_syntax.write_text('{\n  "format": "healer-export",\n  "activations": [,]\n}\n')

    field = run_cli(env, "import", str(bad_field), "--vault", str(vault))
    assert field.code != 0
    assert "activations[1].intensity" in field.err
    assert "nothing was imported" in field.err

    syntax = run_cli(env, "import", str(bad_syntax), "--vault", str(vault))
    assert syntax.code != 0
    assert "line 3" in syntax.err

    missing = run_cli(env, "import", str(tmp_path / "absent.json"), "--vault", str(vault))
    assert missing.code == 1
    assert "Cannot read" in missing.err

    assert listed(env, vault) == []


def test_a_backup_opens_with_the_same_passphrase(
    env: dict[str, str], vault: Path, tmp_path: Path
) -> None:
    log(env, vault, f"backed up {MARKER}")
    backup = tmp_path / "backups" / "copy.vault"

    assert "Encrypted backup written" in ok(env, "backup", str(backup), "--vault", str(vault))
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert MARKER.encode() not in backup.read_bytes()
    assert triggers(listed(env, backup)) == [f"backed up {MARKER}"]

    before = backup.read_bytes()
    again = run_cli(env, "backup", str(backup), "--vault", str(vault))
    assert again.code == 1
    assert "is a Healer vault, a backup or one of their files" in again.err
    assert backup.read_bytes() == before


def test_check_reports_a_healthy_vault(env: dict[str, str], vault: Path) -> None:
    log(env, vault, f"checked {MARKER}")
    assert "Vault is healthy" in ok(env, "check", "--vault", str(vault))


def test_passwd_replaces_the_passphrase(env: dict[str, str], vault: Path) -> None:
    log(env, vault, f"rekeyed {MARKER}")
    result = run_cli(
        env, "passwd", "--vault", str(vault), stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n"
    )
    assert result.code == 0, result.err
    assert "Passphrase changed" in result.out

    old = run_cli(env, "list", "--vault", str(vault))
    assert old.code == 1
    assert "Wrong passphrase" in old.err
    out = ok(env, "list", "--vault", str(vault), "--json", stdin=NEW_PASSPHRASE + "\n")
    assert triggers(json.loads(out)) == [f"rekeyed {MARKER}"]


def test_passwd_refuses_a_short_new_passphrase(env: dict[str, str], vault: Path) -> None:
    result = run_cli(env, "passwd", "--vault", str(vault), stdin=f"{PASSPHRASE}\nshort\n")
    assert result.code == 2
    assert listed(env, vault) == []  # the old passphrase still works


def test_init_refuses_a_guessable_passphrase_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "guessable.vault"
    result = run_cli(cli_env(tmp_path), "init", "--vault", str(path), stdin="michaelmichael\n")
    assert result.code == 1
    assert "too easy to guess" in result.err
    assert "Repeating a word" in result.err
    assert not path.exists()


def test_passwd_refuses_a_famous_phrase(env: dict[str, str], vault: Path) -> None:
    famous = "correct horse battery staple"
    result = run_cli(env, "passwd", "--vault", str(vault), stdin=f"{PASSPHRASE}\n{famous}\n")
    assert result.code == 1
    assert "Well-known phrases" in result.err
    assert listed(env, vault) == []  # the old passphrase still works


def test_passwd_accepts_a_fair_passphrase_with_a_note(env: dict[str, str], vault: Path) -> None:
    fair = "kitten sofa"
    result = run_cli(env, "passwd", "--vault", str(vault), stdin=f"{PASSPHRASE}\n{fair}\n")
    assert result.code == 0, result.err
    assert "only fair" in result.err
    out = ok(env, "list", "--vault", str(vault), "--json", stdin=fair + "\n")
    assert json.loads(out) == []


# -- error paths ------------------------------------------------------------------


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(
    env: dict[str, str], vault: Path
) -> None:
    log(env, vault, f"unchanged {MARKER}")
    before = folder_snapshot(vault.parent)

    result = run_cli(env, "list", "--vault", str(vault), stdin="not the passphrase\n")

    assert result.code == 1
    assert result.out == ""
    assert result.err.strip() == f"healer-cli: Wrong passphrase for {vault}."
    assert folder_snapshot(vault.parent) == before


SETTLED_BEFORE_STARTED = ("--started", "2026-11-02T10:00Z", "--settled", "2026-11-02T09:00Z")


@pytest.mark.parametrize(
    ("options", "field"),
    [
        (("--intensity", "11"), "--intensity"),
        (("--intensity", "x"), "--intensity"),
        (("--intensity", "-1"), "--intensity"),
        (("--intensity", "5", "--trigger", "   "), "trigger"),
        (("--intensity", "5", "--category", f"no such {MARKER}"), "category"),
        (("--intensity", "5", *SETTLED_BEFORE_STARTED), "settled_at"),
        (("--intensity", "5", "--started", "last tuesday"), "started"),
    ],
)
def test_an_invalid_entry_exits_2_and_logs_nothing(
    env: dict[str, str], vault: Path, options: tuple[str, ...], field: str
) -> None:
    args = ("log", "--vault", str(vault), "--trigger", f"refused {MARKER}", *options)
    result = run_cli(env, *args)
    assert result.code == 2
    assert field in result.err
    assert result.out == ""
    assert listed(env, vault) == []


def test_a_missing_vault_is_named(env: dict[str, str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "journal.vault"
    result = run_cli(env, "list", "--vault", str(missing))
    assert result.code == 1
    assert result.err.strip().startswith(f"healer-cli: No vault at {missing}")
    assert not missing.parent.exists()


@pytest.mark.parametrize(
    ("stdin", "code", "message"),
    [
        ("", 1, "healer-cli: No passphrase given"),
        ("\n", 2, "healer-cli: passphrase: is empty"),
    ],
)
def test_no_passphrase_on_stdin_is_refused(
    env: dict[str, str], vault: Path, stdin: str, code: int, message: str
) -> None:
    before = vault.read_bytes()
    result = run_cli(env, "list", "--vault", str(vault), stdin=stdin)
    assert result.code == code
    assert result.err.startswith(message)
    assert len(result.err.strip().splitlines()) == 1
    assert vault.read_bytes() == before
