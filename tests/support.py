"""Shared test helpers: the one fake clock, the test passphrase, vault copies and bulk entries."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from healer.services.session import Session
    from healer.ui.journal.tab import JournalTab

PASSPHRASE = "quiet lanterns over the harbour"

# bulk_fill's entries: entry n starts n hours after BASE and cycles through CATEGORIES.
BASE = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
CATEGORIES = ("delayed reply", "plans changed", "tone shift", "conflict", None)


class FakeClock:
    """A monotonic count and a UTC wall clock that move only when the test says so.

    It is a PauseClock (monotonic() and now()) and, called, a bare monotonic function as
    the pacer and the regulate widgets take. advance() moves both clocks together; set
    `mono` alone for a restart (a new monotonic origin) and `wall` alone for a corrected
    clock or a suspend the monotonic count missed.
    """

    def __init__(self, *, mono: float = 1000.0, wall: datetime | None = None) -> None:
        # A non-zero origin, so code that mistakes "monotonic 0" for "not started" shows up.
        self.mono = mono
        # Whole seconds by default, like the app's own utc_now() and what the vault stores.
        self.wall = wall if wall is not None else utc_now()

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall

    def __call__(self) -> float:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)


def create_template(folder: Path) -> Path:
    """A keyed, migrated, closed vault under PASSPHRASE; key derivation is slow on purpose."""
    path = folder / "template.vault"
    Vault.create(path, PASSPHRASE).close()
    return path


def copy_vault(template: Path, path: Path) -> Path:
    """A copy of a closed vault at `path`, in a private folder (a plain copy is safe closed)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copy2(template, path)
    return path


def bulk_fill(session: Session, count: int) -> None:
    """Many entries in one transaction, an hour apart (entry n starts n hours after BASE)."""
    vault = session._vault
    with vault.transaction() as connection:
        for n in range(count):
            content = ActivationInput(
                trigger=f"entry {n:05d}",
                intensity=n % 11,
                started_at=BASE + timedelta(hours=n),
                settled_at=BASE + timedelta(hours=n, minutes=5 + n % 50),
                category=CATEGORIES[n % len(CATEGORIES)],
            ).validated()
            ActivationRepository.insert(connection, content, uid=str(uuid.uuid4()))
    session.changes.data_changed.emit(Change.ACTIVATION)


def wait_loaded(qtbot: QtBot, tab: JournalTab) -> None:
    """Until the journal tab's row count is in and the first rows have arrived."""
    qtbot.wait_until(lambda: not tab.model.is_loading)
    if tab.model.rowCount():
        qtbot.wait_until(lambda: tab.model.row_at(0) is not None)


def write_large_export(path: Path, megabytes: int) -> int:
    """A valid JSON export of about this size, written record by record; returns its entries.

    Each entry carries a few hundred characters of mixed-script text, so the file looks like
    a long journal rather than a list of empty records.
    """
    prose = "Le message est resté sans réponse; 心が重い; the old fear came back again. "
    target = megabytes * 1024 * 1024
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        stream.write(
            '{\n  "format": "healer-export",\n  "schema_version": 1,\n'
            '  "app_version": "test",\n  "exported_at": "2026-01-01T00:00:00Z",\n'
            '  "categories": [{"name": "delayed reply", "builtin": true}],\n'
            '  "activations": [\n'
        )
        while stream.tell() < target:
            started = BASE + timedelta(minutes=count)
            record = {
                "uid": f"bulk-{count:09d}",
                "started_at": started.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "settled_at": (started + timedelta(minutes=20)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "intensity": count % 11,
                "category": "delayed reply" if count % 3 else None,
                "person": "",
                "trigger": f"entry {count} " + prose * 3,
                "body": prose * 2,
                "story": prose * 2,
                "urge": prose,
                "did": prose,
                "after": prose,
            }
            separator = ",\n" if count else ""
            stream.write(separator + "    " + json.dumps(record, ensure_ascii=False))
            count += 1
        stream.write('\n  ],\n  "practices": [],\n  "parts": [],\n  "dialogues": []\n}\n')
    return count
