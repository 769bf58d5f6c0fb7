"""The import job's progress reaches the GUI thread, and a dialog gone mid-import loses nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from support import PASSPHRASE, copy_vault, write_large_export

from healer.services.exchange import ImportResult, JobProblem, open_import
from healer.services.session import Session
from healer.storage import export_reader


@pytest.fixture
def other(vault_template: Path, tmp_path: Path) -> Iterator[Session]:
    opened = Session.unlock(copy_vault(vault_template, tmp_path / "o" / "o.vault"), PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    """A 1 MB export read 16 KiB at a time: many progress reports."""
    monkeypatch.setattr(export_reader, "_CHUNK", 16 * 1024)
    path = tmp_path / "export.json"
    return path, write_large_export(path, 1)


class Heard:
    """What a job said: progress (with the thread it arrived on), then its answer."""

    def __init__(self) -> None:
        self.progress: list[tuple[int, int]] = []
        self.threads: set[int] = set()
        self.done: list[ImportResult] = []
        self.problems: list[JobProblem] = []

    def on_progress(self, done: int, whole: int) -> None:
        self.progress.append((done, whole))
        self.threads.add(threading.get_ident())

    def on_done(self, result: ImportResult) -> None:
        self.done.append(result)

    def on_problem(self, problem: JobProblem) -> None:
        self.problems.append(problem)


@pytest.mark.parametrize("kind", ["preview", "import"])
def test_progress_arrives_on_the_gui_thread_before_the_answer(
    qtbot: QtBot, other: Session, export: tuple[Path, int], kind: str
) -> None:
    path, entries = export
    heard = Heard()
    receiver = QObject()
    request = other.exchange.request_preview if kind == "preview" else other.exchange.request_import
    request(
        open_import(path),
        receiver=receiver,
        on_done=heard.on_done,
        on_problem=heard.on_problem,
        on_progress=heard.on_progress,
    )
    qtbot.wait_until(lambda: bool(heard.done or heard.problems), timeout=30_000)
    assert heard.problems == []
    assert heard.done[0].added == entries
    assert len(heard.progress) >= 20
    assert heard.threads == {threading.get_ident()}
    done = [d for d, _ in heard.progress]
    assert done == sorted(done)
    assert other.journal.count() == (entries if kind == "import" else 0)


def test_an_import_whose_dialog_went_away_still_commits_and_announces(
    qtbot: QtBot, other: Session, export: tuple[Path, int]
) -> None:
    path, entries = export
    heard = Heard()
    receiver = QObject()
    with qtbot.wait_signal(other.changes.data_changed, timeout=30_000):
        other.exchange.request_import(
            open_import(path),
            receiver=receiver,
            on_done=heard.on_done,
            on_problem=heard.on_problem,
            on_progress=heard.on_progress,
        )
        receiver.deleteLater()  # the dialog closed while the worker reads
    assert other.journal.count() == entries
    assert heard.done == []
