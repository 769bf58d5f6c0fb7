"""Dialogue text and part names reach no file but a requested export, and no log or stderr.

The sibling of test_privacy_leak.py for parts work: a unique marker goes into every
dialogue answer, a part's name and details, a search, an autosaved draft typed in the
real wizard, an export and an import; then every file under the test's private HOME,
XDG folders and TMPDIR is scanned (UTF-8 and UTF-16-LE). The export must hold the
marker, which proves the scan would find it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_privacy_leak import (  # noqa: F401 (fixtures)
    Secrets,
    assert_exports_hold_the_marker,
    private_env,
    scan,
    secrets,
)

from healer.domain.clock import utc_now
from healer.domain.parts import DialogueInput, DialogueQuery, DialogueStep, PartInput
from healer.services.session import Session
from healer.ui.parts.steps import TextStepPage
from healer.ui.parts.wizard import CloseChoice, DialogueWizard


def test_parts_work_leaves_no_text_outside_its_export(
    qtbot: QtBot,
    tmp_path: Path,
    private_env: dict[str, str],  # noqa: F811
    secrets: Secrets,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    del private_env  # only its environment matters here
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(DialogueWizard, "ask_close", lambda _self: CloseChoice.KEEP)
    marker = secrets.marker
    vault_path = tmp_path / "home" / "data" / "Healer" / "healer.vault"
    export = tmp_path / "home" / "exports" / "parts.json"

    session = Session.create(vault_path, secrets.passphrase)
    try:
        part = session.parts.add_part(PartInput(f"name {marker}", usual_fear=f"fear {marker}"))
        session.parts.update_part(
            part.id, PartInput(f"name {marker}", what_helps=f"helps {marker}")
        )
        session.parts.finish_dialogue(
            None,
            DialogueInput(
                started_at=utc_now(),
                notice=f"notice {marker}",
                fear=f"fear {marker}",
                need=f"need {marker}",
                answer=f"answer {marker}",
                new_part_name=f"other {marker}",
            ),
        )
        wizard = DialogueWizard(session)
        qtbot.add_widget(wizard)
        wizard.show()
        while wizard.current_step() is not DialogueStep.ANSWER:
            wizard.next()
        page = wizard.pages[DialogueStep.ANSWER]
        assert isinstance(page, TextStepPage)
        qtbot.keyClicks(page.edit, f"draft {marker}")
        assert marker not in wizard.windowTitle()
        wizard.save_drafts()
        assert len(session.parts.dialogues(DialogueQuery(search=marker))) == 2
        assert session.parts.dialogues(DialogueQuery(search=marker[:12]))  # prefix search

        # While the vault is open and its -wal is live, nothing leaks either.
        assert scan(tmp_path, secrets.needles(), set()) == []
        wizard.done(0)
        assert session.exchange.export_json(export) >= 0
    finally:
        session.lock()

    other = Session.create(tmp_path / "home" / "data" / "other.vault", secrets.passphrase)
    try:
        result = other.exchange.import_json(export.read_bytes())
        assert result.dialogues_added == 2
        assert len(other.parts.dialogues(DialogueQuery(search=marker))) == 2
    finally:
        other.lock()

    assert_exports_hold_the_marker({export}, marker)
    assert scan(tmp_path, secrets.needles(), {export}) == []
    assert all(marker not in record.getMessage() for record in caplog.records)
    captured = capfd.readouterr()
    assert marker not in captured.err
    assert marker not in captured.out
    assert os.environ["TMPDIR"].startswith(str(tmp_path))
