"""File ▸ Import…: the preview's counts, the import on confirm, and refusals that change nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conftest import Picker
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from support import PASSPHRASE, copy_vault

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.moments import MomentInput, Response
from healer.domain.people import PersonInput, Role
from healer.domain.practice_plan import PlanPractice
from healer.domain.support import QuestionInput
from healer.services.session import Session
from healer.ui.exchange.import_dialog import ImportDialog
from healer.ui.main_window import MainWindow


def open_import(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    window.import_action.trigger()
    (dialog,) = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    qtbot.wait_exposed(dialog)
    return dialog


def click_and_wait(qtbot: QtBot, dialog: ImportDialog, button_name: str) -> None:
    QTest.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: not dialog.is_busy() and dialog.outcome.isVisible())


def table(dialog: ImportDialog) -> dict[str, tuple[str, str]]:
    rows = {}
    for row in range(dialog.table.rowCount()):
        header = dialog.table.verticalHeaderItem(row)
        new, present = dialog.table.item(row, 0), dialog.table.item(row, 1)
        assert header is not None
        assert new is not None
        assert present is not None
        rows[header.text()] = (new.text(), present.text())
    return rows


def an_export(tmp_path: Path, vault_template: Path) -> Path:
    """An export from another vault: two entries, one of which the window's vault will hold."""
    other = Session.unlock(copy_vault(vault_template, tmp_path / "o" / "h.vault"), PASSPHRASE)
    try:
        for text in ("first", "second"):
            other.journal.log(ActivationInput(trigger=text, intensity=4, started_at=utc_now()))
        path = tmp_path / "other.json"
        other.exchange.export_json(path)
    finally:
        other.lock()
    return path


def test_preview_then_import_adds_what_the_preview_said(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path, vault_template: Path
) -> None:
    session = window.session
    assert session is not None
    export = an_export(tmp_path, vault_template)
    document = json.loads(export.read_text())
    # One entry of the file is in this vault already.
    half = tmp_path / "half.json"
    half.write_text(json.dumps({**document, "activations": document["activations"][:1]}))
    session.exchange.import_json(half.read_bytes())
    before = session.journal.count()

    picker.open_path = export
    dialog = open_import(qtbot, window)
    assert not dialog.import_button.isEnabled()
    click_and_wait(qtbot, dialog, "choose_button")
    assert table(dialog)["Activations"] == ("1", "1")
    assert table(dialog)["Dialogues"] == ("0", "0")
    assert dialog.import_button.isEnabled()
    assert session.journal.count() == before  # the preview changed nothing

    with qtbot.wait_signal(session.changes.data_changed) as changed:
        click_and_wait(qtbot, dialog, "import_button")
    assert Change.ACTIVATION in changed.args[0]
    assert session.journal.count() == before + 1
    assert "1 activations added, 1 already here." in dialog.outcome.text()
    assert not dialog.import_button.isEnabled()
    assert table(dialog)["Activations"] == ("1", "1")


def test_a_file_already_imported_offers_nothing_to_import(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    picker.open_path = tmp_path / "mine.json"
    session.exchange.export_json(picker.open_path)
    dialog = open_import(qtbot, window)
    click_and_wait(qtbot, dialog, "choose_button")
    assert "already in your journal" in dialog.outcome.text()
    assert not dialog.import_button.isEnabled()


def test_a_bad_file_says_why_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    before = session.journal.count()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "healer-export", "schema_version": 1, "activations": [{}]}')
    picker.open_path = bad
    dialog = open_import(qtbot, window)
    click_and_wait(qtbot, dialog, "choose_button")
    assert dialog.outcome.problem
    text = dialog.outcome.text()
    assert text.startswith("bad.json: activations[0]")
    assert "Nothing was imported" in text
    assert not dialog.import_button.isEnabled()
    assert not dialog.table.isVisible()
    assert session.journal.count() == before

    picker.open_path = tmp_path  # a folder
    click_and_wait(qtbot, dialog, "choose_button")
    assert "a folder, not a file" in dialog.outcome.text()
    picker.open_path = tmp_path / "gone.json"
    click_and_wait(qtbot, dialog, "choose_button")
    assert "cannot be read" in dialog.outcome.text()


def test_escape_closes_the_dialog_when_idle(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_import(qtbot, window)
    with qtbot.wait_signal(dialog.finished):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_file_changed_after_the_preview_is_not_imported(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path, vault_template: Path
) -> None:
    session = window.session
    assert session is not None
    before = session.journal.count()
    picker.open_path = an_export(tmp_path, vault_template)
    dialog = open_import(qtbot, window)
    click_and_wait(qtbot, dialog, "choose_button")
    assert dialog.import_button.isEnabled()
    picker.open_path.write_text(picker.open_path.read_text() + "\n")
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.problem
    assert "changed or went away after the preview" in dialog.outcome.text()
    assert not dialog.import_button.isEnabled()
    assert session.journal.count() == before


def test_the_preview_counts_people_and_moments_of_being_met(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path, vault_template: Path
) -> None:
    other = Session.unlock(copy_vault(vault_template, tmp_path / "p" / "h.vault"), PASSPHRASE)
    try:
        friend = other.people.add_person(PersonInput(name="Robin", role=Role.FRIEND))
        other.people.log_moment(
            MomentInput(happened_at=utc_now(), response=Response.CARE, person_id=friend.id)
        )
        picker.open_path = tmp_path / "people.json"
        other.exchange.export_json(picker.open_path)
    finally:
        other.lock()
    session = window.session
    assert session is not None

    dialog = open_import(qtbot, window)
    click_and_wait(qtbot, dialog, "choose_button")
    assert table(dialog)["People"] == ("1", "0")
    assert table(dialog)["Moments of being met"] == ("1", "0")
    assert session.people.people() == []  # only a preview so far

    click_and_wait(qtbot, dialog, "import_button")
    assert [person.name for person in session.people.people()] == ["Robin"]
    assert len(session.people.moments()) == 1


def test_the_preview_counts_self_checks_and_questions(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path, vault_template: Path
) -> None:
    other = Session.unlock(copy_vault(vault_template, tmp_path / "s" / "h.vault"), PASSPHRASE)
    try:
        other.support.add_question(QuestionInput("Do you work with the body?"))
        picker.open_path = tmp_path / "support.json"
        other.exchange.export_json(picker.open_path)
    finally:
        other.lock()
    dialog = open_import(qtbot, window)
    click_and_wait(qtbot, dialog, "choose_button")
    assert table(dialog)["Self-checks and questions"] == ("1", "0")
    assert dialog.import_button.isEnabled()


def test_the_preview_counts_practice_plans(
    qtbot: QtBot, window: MainWindow, picker: Picker, tmp_path: Path, vault_template: Path
) -> None:
    other = Session.unlock(copy_vault(vault_template, tmp_path / "p" / "h.vault"), PASSPHRASE)
    try:
        day = date(2026, 3, 2)
        other.practice_plans.start(PlanPractice.ORIENTING, day, today=day)
        picker.open_path = tmp_path / "plans.json"
        other.exchange.export_json(picker.open_path)
    finally:
        other.lock()
    dialog = open_import(qtbot, window)
    click_and_wait(qtbot, dialog, "choose_button")
    assert table(dialog)["Practice plans"] == ("1", "0")
    assert dialog.import_button.isEnabled()
