"""healer-cli run as a person would run it, and the vault's rows to compare."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from support import BASE, PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault

RSS_CHILD = Path(__file__).with_name("rss_child.py")
TABLES = ("category", "activation", "practice_use", "part", "dialogue", "soothing_run")


@dataclass(frozen=True)
class Run:
    """What one healer-cli process did, and its peak memory."""

    code: int
    out: str
    err: str
    peak_kib: int


class Cli:
    """healer-cli in a child process, its home and vault under the test's folder."""

    def __init__(self, root: Path, vault: Path) -> None:
        self.vault = vault
        home = root / "cli-home"
        home.mkdir(exist_ok=True)
        self.env = {
            k: v for k, v in os.environ.items() if k != "HEALER_VAULT" and not k.startswith("XDG_")
        }
        self.env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
            QT_QPA_PLATFORM="offscreen",
            TZ="UTC",
            PYTHONDONTWRITEBYTECODE="1",
        )
        self._report = root / "peak-rss"

    def command(self, *args: str | bytes) -> list[str | bytes]:
        """The argv of a healer-cli run, measured by rss_child."""
        return [sys.executable, str(RSS_CHILD), str(self._report), sys.executable, "-m",
                "healer.cli", *args]  # fmt: skip

    def __call__(
        self, *args: str | bytes, stdin: bytes = PASSPHRASE.encode() + b"\n", timeout: int = 60
    ) -> Run:
        """Run one command; --vault is added unless the arguments name one."""
        if "--vault" not in args:
            args = (*args, "--vault", str(self.vault))
        completed = subprocess.run(
            self.command(*args),
            input=stdin,
            capture_output=True,
            env=self.env,
            cwd=self.env["HOME"],
            timeout=timeout,
            check=False,
        )
        peak = int(self._report.read_text()) if self._report.exists() else 0
        return Run(
            completed.returncode,
            completed.stdout.decode("utf-8", "replace"),
            completed.stderr.decode("utf-8", "replace"),
            peak,
        )


def rows(path: Path, passphrase: str = PASSPHRASE) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the vault's record tables, to compare before and after."""
    vault = Vault.open(path, passphrase)
    try:
        return {
            table: [
                tuple(row) for row in vault.connection.execute(f"SELECT * FROM {table} ORDER BY 1")
            ]
            for table in TABLES
        }
    finally:
        vault.close()


def add_entries(path: Path, triggers: list[str]) -> None:
    """Entries with these triggers, an hour apart, straight into the vault."""
    vault = Vault.open(path, PASSPHRASE)
    try:
        with vault.transaction() as connection:
            for n, trigger in enumerate(triggers):
                content = ActivationInput(
                    trigger=trigger, intensity=5, started_at=BASE + timedelta(hours=n)
                ).validated()
                ActivationRepository.insert(connection, content, uid=str(uuid.uuid4()))
    finally:
        vault.close()
