"""The session: every write announces what changed; locking ends it; exports are private."""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.errors import ValidationError
from healer.services.errors import DestinationExistsError, DiskFullError
from healer.services.session import Session
from healer.storage.errors import ImportFormatError, NotFoundError, VaultClosedError

START = datetime(2026, 11, 20, 21, 5, tzinfo=UTC)
EARLY = START - timedelta(minutes=1)
NAIVE = START.replace(tzinfo=None)
ACTIVATION = Change.ACTIVATION
CATEGORY = Change.CATEGORY


def entry(**changes: object) -> ActivationInput:
    base = ActivationInput(trigger="no reply all evening", intensity=6, started_at=START)
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def changes(session: Session) -> list[frozenset[str]]:
    """Every data_changed emission of the session, in order."""
    seen: list[frozenset[str]] = []
    session.changes.data_changed.connect(seen.append)
    return seen


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets new files be world-readable, so only the code can make them private."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- data_changed ------------------------------------------------------------------


def test_each_activation_write_announces_one_activation_change(
    session: Session, changes: list[frozenset[str]]
) -> None:
    logged = session.journal.log(entry())
    assert changes == [ACTIVATION]

    session.journal.update(logged.id, entry(intensity=3))
    assert changes == [ACTIVATION] * 2
    assert session.journal.get(logged.id).content.intensity == 3

    session.journal.settle(logged.id, START + timedelta(minutes=20))
    assert changes == [ACTIVATION] * 3
    assert session.journal.get(logged.id).duration == timedelta(minutes=20)

    session.journal.delete(logged.id)
    assert changes == [ACTIVATION] * 4
    assert session.journal.count() == 0


def test_adding_a_category_announces_a_category_change(
    session: Session, changes: list[frozenset[str]]
) -> None:
    added = session.journal.add_category("  late   night texts ")
    assert changes == [CATEGORY]
    assert added.name == "late night texts"
    assert not added.builtin
    assert "late night texts" in [c.name for c in session.journal.categories()]


def test_import_announces_activations_and_categories(
    session: Session, changes: list[frozenset[str]], tmp_path: Path
) -> None:
    session.journal.add_category("work stress")
    session.journal.log(entry(category="work stress"))
    export = tmp_path / "export.json"
    session.exchange.export_json(export)
    document = json.loads(export.read_text(encoding="utf-8"))
    document["activations"][0]["uid"] = "a-new-uid"
    document["categories"].append({"name": "family dinner", "builtin": False})
    changes.clear()

    result = session.exchange.import_json(json.dumps(document).encode())

    assert changes == [Change.ACTIVATION | Change.CATEGORY]
    assert (result.added, result.already_present, result.categories_added) == (1, 0, 1)
    assert session.journal.count() == 2


def test_an_import_that_adds_nothing_announces_nothing(
    session: Session, changes: list[frozenset[str]], tmp_path: Path
) -> None:
    session.journal.log(entry())
    export = tmp_path / "export.json"
    session.exchange.export_json(export)
    changes.clear()

    result = session.exchange.import_json(export.read_bytes())

    assert (result.added, result.already_present) == (0, 1)
    assert changes == []


def test_data_changed_can_be_awaited_with_qtbot(session: Session, qtbot: QtBot) -> None:
    with qtbot.waitSignal(session.changes.data_changed, timeout=1000) as blocker:
        session.journal.log(entry())
    assert blocker.args == [ACTIVATION]


Write = Callable[[Session, int], object]

REFUSED_WRITES: list[tuple[str, Write]] = [
    ("log-empty-trigger", lambda s, _: s.journal.log(entry(trigger="  "))),
    ("log-intensity", lambda s, _: s.journal.log(entry(intensity=11))),
    ("log-unknown-category", lambda s, _: s.journal.log(entry(category="no such"))),
    ("update-naive-start", lambda s, a: s.journal.update(a, entry(started_at=NAIVE))),
    ("update-too-early", lambda s, a: s.journal.update(a, entry(settled_at=EARLY))),
    ("settle-too-early", lambda s, a: s.journal.settle(a, EARLY)),
    ("blank-category", lambda s, _: s.journal.add_category("   ")),
]


@pytest.mark.parametrize(
    "bad_write", [pytest.param(write, id=name) for name, write in REFUSED_WRITES]
)
def test_a_refused_write_announces_nothing_and_changes_nothing(
    session: Session, bad_write: Write
) -> None:
    existing = session.journal.log(entry())
    categories_before = session.journal.categories()
    seen: list[frozenset[str]] = []
    session.changes.data_changed.connect(seen.append)

    with pytest.raises(ValidationError):
        bad_write(session, existing.id)

    assert seen == []
    assert session.journal.find() == [existing]
    assert session.journal.categories() == categories_before


def test_a_refused_import_announces_nothing_and_imports_nothing(
    session: Session, changes: list[frozenset[str]]
) -> None:
    document = {
        "format": "healer-export",
        "schema_version": 1,
        "categories": [{"name": "from the file", "builtin": False}],
        "activations": [
            {"uid": "u1", "started_at": "2026-11-20T10:00:00Z", "intensity": 4, "trigger": "ok"},
            {"uid": "u2", "started_at": "2026-11-20T10:00:00Z", "intensity": 4, "trigger": ""},
        ],
    }
    with pytest.raises(ImportFormatError, match=r"activations\[1\]\.trigger"):
        session.exchange.import_json(json.dumps(document).encode())
    assert changes == []
    assert session.journal.count() == 0
    assert "from the file" not in [c.name for c in session.journal.categories()]


def test_writing_a_missing_record_announces_nothing(
    session: Session, changes: list[frozenset[str]]
) -> None:
    with pytest.raises(NotFoundError):
        session.journal.delete(404)
    with pytest.raises(NotFoundError):
        session.journal.update(404, entry())
    with pytest.raises(NotFoundError):
        session.journal.settle(404)
    assert changes == []


# -- lock ------------------------------------------------------------------------


def test_lock_announces_once_and_ends_the_session(session: Session, tmp_path: Path) -> None:
    logged = session.journal.log(entry())
    locks: list[bool] = []
    session.locked.connect(lambda: locks.append(True))

    session.lock()
    session.lock()

    assert locks == [True]
    assert not session.is_open
    for call in (
        session.journal.find,
        session.journal.categories,
        session.journal.count,
        session.check,
        lambda: session.journal.get(logged.id),
        lambda: session.journal.log(entry()),
        lambda: session.journal.settle(logged.id),
        lambda: session.journal.delete(logged.id),
        lambda: session.journal.add_category("new one"),
        lambda: session.exchange.export_json(tmp_path / "after-lock.json"),
        lambda: session.backup(tmp_path / "after-lock.vault"),
    ):
        with pytest.raises(VaultClosedError):
            call()
    assert not (tmp_path / "after-lock.json").exists()
    assert not (tmp_path / "after-lock.vault").exists()


def test_a_locked_session_emits_no_data_change(session: Session) -> None:
    seen: list[frozenset[str]] = []
    session.changes.data_changed.connect(seen.append)
    session.lock()
    with pytest.raises(VaultClosedError):
        session.journal.log(entry())
    assert seen == []


# -- exports ---------------------------------------------------------------------


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.usefixtures("open_umask")
@pytest.mark.parametrize("kind", ["json", "csv"])
def test_an_export_is_a_private_file_and_leaves_no_temp_files(
    session: Session, tmp_path: Path, kind: str
) -> None:
    session.journal.log(entry(body="tight chest"))
    folder = tmp_path / "exports"
    folder.mkdir()
    destination = folder / f"journal.{kind}"
    export = session.exchange.export_json if kind == "json" else session.exchange.export_csv

    assert export(destination) == 1

    assert files_in(folder) == [destination.name]
    assert mode(destination) == 0o600
    assert "tight chest" in destination.read_text(encoding="utf-8-sig")


@pytest.mark.usefixtures("open_umask")
def test_an_export_replaces_an_existing_file_only_when_forced(
    session: Session, tmp_path: Path
) -> None:
    destination = tmp_path / "out" / "journal.json"
    destination.parent.mkdir()
    destination.write_text("an older export, world readable\n")
    os.chmod(destination, 0o644)
    session.journal.log(entry(trigger="first"))
    session.journal.log(entry(trigger="second"))

    with pytest.raises(DestinationExistsError):
        session.exchange.export_json(destination)
    assert destination.read_text() == "an older export, world readable\n"
    assert session.exchange.export_json(destination, force=True) == 2

    document = json.loads(destination.read_text(encoding="utf-8"))
    assert sorted(a["trigger"] for a in document["activations"]) == ["first", "second"]
    assert mode(destination) == 0o600
    assert files_in(destination.parent) == ["journal.json"]


@pytest.mark.usefixtures("open_umask")
def test_an_export_into_a_new_folder_makes_it_private(session: Session, tmp_path: Path) -> None:
    destination = tmp_path / "new" / "deeper" / "journal.csv"
    assert session.exchange.export_csv(destination) == 0
    assert mode(destination.parent) == 0o700
    assert destination.read_text(encoding="utf-8-sig").startswith("uid,started_at,")


def test_a_failed_export_keeps_the_old_file_and_leaves_no_temp_files(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = tmp_path / "exports" / "journal.json"
    destination.parent.mkdir()
    destination.write_text("previous export\n")
    session.journal.log(entry())

    def refuse(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DiskFullError, match=r"^The disk is full; nothing was changed"):
        session.exchange.export_json(destination, force=True)
    monkeypatch.undo()

    assert destination.read_text() == "previous export\n"
    assert files_in(destination.parent) == ["journal.json"]
