"""Fixtures for the vault-care dialogs: a main window on a session with one entry in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.services.session import Session
from healer.ui.exchange import files
from healer.ui.main_window import MainWindow

ENTRY_TEXT = "<img src=x onerror=alert(1)> nobody answered"


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> Iterator[MainWindow]:
    """The real main window, shown, with one entry logged."""
    session.journal.log(ActivationInput(trigger=ENTRY_TEXT, intensity=6, started_at=utc_now()))
    shown = MainWindow(session)
    qtbot.add_widget(shown)
    with qtbot.wait_exposed(shown):
        shown.show()
    yield shown
    if shown.session is not None:
        shown.session.reads.wait(10_000)


class Picker:
    """Stands in for the file dialogs: answers with the paths a test sets, records questions."""

    def __init__(self) -> None:
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.replace = False
        self.asked_replace: list[Path] = []

    def save(self, _parent: object, _caption: str, suggested: Path, _filter: str) -> Path | None:
        self.suggested = suggested
        return self.save_path

    def open(self, _parent: object, _caption: str, _folder: Path, _filter: str) -> Path | None:
        return self.open_path

    def ask(self, _parent: object, path: Path) -> bool:
        self.asked_replace.append(path)
        return self.replace


@pytest.fixture
def picker(monkeypatch: pytest.MonkeyPatch) -> Picker:
    """Route file picking and the replace question through a Picker."""
    chosen = Picker()
    monkeypatch.setattr(files, "choose_save_file", chosen.save)
    monkeypatch.setattr(files, "choose_open_file", chosen.open)
    monkeypatch.setattr(files, "ask_replace", chosen.ask)
    return chosen
