"""Helpers for the fault tests: a filled vault, healer-cli runs, page damage, a second user."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from support import PASSPHRASE, bulk_fill

from healer.services.session import Session

PAGE = 4096
ENTRIES = 300


@dataclass(frozen=True)
class Run:
    """What one healer-cli process did."""

    code: int
    out: str
    err: str


def make_filled_vault(path: Path) -> Path:
    """A vault with ENTRIES activations, closed."""
    session = Session.create(path, PASSPHRASE)
    bulk_fill(session, ENTRIES)
    session.lock()
    return path


def cli_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "HEALER_VAULT" and not k.startswith("XDG_")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        TZ="UTC",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


# Root without capabilities obeys file modes as any user does; `nobody` cannot be used
# here because the interpreter lives under /root (0700). Empty when setpriv is missing.
NO_OVERRIDE = (
    ["setpriv", "--bounding-set=-all", "--inh-caps=-all"] if shutil.which("setpriv") else []
)


def run_cli(
    home: Path, *args: str, stdin: str = PASSPHRASE + "\n", no_override: bool = False
) -> Run:
    """healer-cli in a real process (without the capabilities that ignore file modes)."""
    prefix = NO_OVERRIDE if no_override else []
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "healer.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=cli_env(home),
        cwd=home,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Run(done.returncode, done.stdout, done.stderr)


def flip_byte(path: Path, offset: int) -> None:
    """Invert one byte of the file in place."""
    with path.open("r+b") as stream:
        stream.seek(offset)
        byte = stream.read(1)
        stream.seek(offset)
        stream.write(bytes([byte[0] ^ 0xFF]))


def raw_key(path: Path) -> str:
    """The vault's key as SQLCipher's raw-key literal, so probing skips the slow KDF."""
    salt = path.read_bytes()[:16]
    key = hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32)
    return f"\"x'{key.hex()}{salt.hex()}'\""


def _reads(path: Path, key: str, sql: str) -> bool:
    connection = sqlcipher3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        connection.execute(f"PRAGMA key = {key}")
        connection.execute(sql).fetchall()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def leaf_page_of_entry(vault: Path, scratch: Path, entry_id: int) -> int:
    """A page whose damage loses entry `entry_id` but not entry 1 nor the categories."""
    key = raw_key(vault)
    for page in range(2, vault.stat().st_size // PAGE + 1):
        shutil.copyfile(vault, scratch)
        flip_byte(scratch, (page - 1) * PAGE + 100)
        if (
            not _reads(scratch, key, f"SELECT * FROM activation WHERE id = {entry_id}")
            and _reads(scratch, key, "SELECT * FROM activation WHERE id = 1")
            and _reads(scratch, key, "SELECT * FROM category")
        ):
            return page
    raise AssertionError("no leaf page found for the entry")


def listing(folder: Path) -> dict[str, bytes]:
    """Every file in the folder with its bytes."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}
