"""People's names and moment text reach no file but a requested export, and no log or stderr.

The sibling of test_privacy_leak.py for relationships: a unique marker goes into a
person's name and notes, an entry naming them, moments' words, a search, a draft typed in
the real moment form, a rename, a delete and its undo, an export and an import; then every
file under the test's private HOME, XDG folders and TMPDIR is scanned. The export must
hold the marker, which proves the scan would find it.
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

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.moments import MomentInput, MomentQuery, Response
from healer.domain.people import PersonInput, Role
from healer.services.session import Session
from healer.ui.people.tab import PeopleTab


def test_people_and_moments_leave_no_text_outside_their_export(
    qtbot: QtBot,
    tmp_path: Path,
    private_env: dict[str, str],  # noqa: F811
    secrets: Secrets,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    del private_env  # only its environment matters here
    caplog.set_level(logging.DEBUG)
    marker = secrets.marker
    vault_path = tmp_path / "home" / "data" / "Healer" / "healer.vault"
    export = tmp_path / "home" / "exports" / "people.json"

    session = Session.create(vault_path, secrets.passphrase)
    try:
        person = session.people.add_person(
            PersonInput(f"name {marker}", Role.PARTNER, notes=f"notes {marker}")
        )
        session.journal.log(ActivationInput("no reply", 6, utc_now(), person=f"typed {marker}"))
        session.people.log_moment(
            MomentInput(utc_now(), Response.HURT, person_id=person.id, shared=f"asked {marker}")
        )
        session.people.log_moment(MomentInput(utc_now(), Response.CARE, shared=f"mine {marker}"))
        assert len(session.people.moments(MomentQuery(search=marker))) == 2

        tab = PeopleTab(session)
        qtbot.add_widget(tab)
        tab.show()
        tab.people_page.select_person(person.id)
        tab.people_page.form.name_edit.setText(f"renamed {marker}")
        assert tab.people_page.form.save()
        tab.delete_person(person.id)
        tab.undo_stack.undo()
        assert marker not in tab.undo_stack.undoText()
        assert marker not in tab.window().windowTitle()
        dialog = tab.open_moment()
        assert dialog is not None
        qtbot.keyClicks(dialog.shared_edit, f"draft {marker}")
        assert marker not in dialog.windowTitle()
        tab.save_drafts()
        dialog.close()

        # While the vault is open and its -wal is live, nothing leaks either.
        assert scan(tmp_path, secrets.needles(), set()) == []
        assert session.exchange.export_json(export) >= 0
    finally:
        session.lock()

    other = Session.create(tmp_path / "home" / "data" / "other.vault", secrets.passphrase)
    try:
        result = other.exchange.import_json(export.read_bytes())
        assert (result.people_added, result.moments_added) == (2, 2)
        assert len(other.people.moments(MomentQuery(search=marker))) == 2
    finally:
        other.lock()

    assert_exports_hold_the_marker({export}, marker)
    assert scan(tmp_path, secrets.needles(), {export}) == []
    assert all(marker not in record.getMessage() for record in caplog.records)
    captured = capfd.readouterr()
    assert marker not in captured.err
    assert marker not in captured.out
    assert os.environ["TMPDIR"].startswith(str(tmp_path))
