"""File ▸ Export…: the warning every time, the kinds, replacing, refusals, and the written file."""

from __future__ import annotations

import errno
import json
import stat
from pathlib import Path

import pytest
from conftest import ENTRY_TEXT, Picker
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from healer.services.exchange import ExportFormat
from healer.storage import destinations
from healer.ui.exchange.export_dialog import ExportDialog
from healer.ui.main_window import MainWindow


def open_export(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    window.export_action.trigger()
    (dialog,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    qtbot.wait_exposed(dialog)
    return dialog


def export_and_wait(qtbot: QtBot, dialog: ExportDialog) -> None:
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: not dialog.is_busy() and dialog.outcome.isVisible())


def test_the_menu_holds_export_import_and_check(window: MainWindow) -> None:
    texts = [action.text() for action in window.menus["file"].actions()]
    assert texts.index("&Export…") < texts.index("&Import…") < texts.index("Check the &vault…")
    assert texts.index("Check the &vault…") < texts.index("&Lock")
    assert window.export_action.shortcut().toString() == "Ctrl+E"


def test_the_plaintext_warning_shows_every_time(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(2):
        dialog = open_export(qtbot, window)
        assert dialog.warning.isVisible()
        assert "Anyone who can open it can read your journal" in dialog.warning.text.text()
        assert dialog.warning.accessibleName() == "This file is not encrypted"
        dialog.reject()


def test_the_html_export_is_written_escaped_and_private(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path
) -> None:
    picker.save_path = tmp_path / "exports" / "mine"  # no suffix: the kind's is added
    dialog = open_export(qtbot, window)
    assert dialog.kind is ExportFormat.HTML
    export_and_wait(qtbot, dialog)
    written = tmp_path / "exports" / "mine.html"
    assert not dialog.outcome.problem
    assert str(written) in dialog.outcome.text()
    assert "not encrypted" in dialog.outcome.text()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    page = written.read_text(encoding="utf-8")
    assert ENTRY_TEXT not in page
    assert "&lt;img src=x onerror=alert(1)&gt; nobody answered" in page
    assert picker.suggested.suffix == ".html"


def test_json_is_chosen_and_an_existing_file_is_replaced_only_when_asked(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path
) -> None:
    existing = tmp_path / "old.json"
    existing.write_text("keep")
    picker.save_path = existing
    dialog = open_export(qtbot, window)
    dialog.choices[ExportFormat.JSON].click()
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert picker.asked_replace == [existing]
    assert existing.read_text() == "keep"
    assert not dialog.is_busy()

    picker.replace = True
    export_and_wait(qtbot, dialog)
    assert json.loads(existing.read_text())["format"] == "healer-export"


def test_the_vault_is_refused_with_a_clear_message(
    qtbot: QtBot, window: MainWindow, picker: Picker
) -> None:
    assert window.session is not None
    before = window.session.vault_path.read_bytes()
    picker.save_path = window.session.vault_path
    picker.replace = True
    dialog = open_export(qtbot, window)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.problem
    assert "vault" in dialog.outcome.text()
    assert picker.asked_replace == []  # no answer could allow it, so nothing is asked
    assert window.session.vault_path.read_bytes() == before


def test_a_place_that_cannot_hold_the_file_is_named(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    picker.save_path = blocker / "inside" / "journal.csv"
    dialog = open_export(qtbot, window)
    dialog.choices[ExportFormat.CSV].click()
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: dialog.outcome.isVisible())
    assert dialog.outcome.problem
    assert "is a file, not a folder; nothing was written" in dialog.outcome.text()
    assert not (blocker.parent / "inside").exists()


def test_a_cancelled_file_choice_writes_nothing(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path
) -> None:
    picker.save_path = None
    dialog = open_export(qtbot, window)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_busy()
    assert not dialog.outcome.isVisible()


def test_locking_closes_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_export(qtbot, window)
    with qtbot.wait_signal(dialog.destroyed):
        window.lock()
    assert not window.findChildren(ExportDialog)


def test_a_full_disk_is_named_and_leaves_no_file(
    qtbot: QtBot,
    window: MainWindow,
    picker: Picker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(_descriptor: int, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(destinations, "_write_all", full)
    picker.save_path = tmp_path / "out" / "journal.md"
    dialog = open_export(qtbot, window)
    dialog.choices[ExportFormat.MARKDOWN].click()
    export_and_wait(qtbot, dialog)
    assert dialog.outcome.problem
    assert "full" in dialog.outcome.text()
    assert list((tmp_path / "out").iterdir()) == []
