"""Automatic backups follow a change; long jobs answer on the GUI thread with the error itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.errors import HealerError
from healer.services.backups import default_backup_folder, read_backup_summary
from healer.services.errors import BackupFolderMissingError
from healer.services.jobs import run_job
from healer.services.session import Session

TODAY = date(2026, 11, 30)


def entry(text: str) -> ActivationInput:
    return ActivationInput(trigger=text, intensity=3, started_at=utc_now())


def test_no_change_since_unlock_means_no_automatic_backup(session: Session) -> None:
    assert not session.changed_since_unlock()
    assert session.automatic_backup(None, TODAY) is None
    assert not default_backup_folder(session.vault_path).exists()


def test_an_own_change_makes_the_backup_due(session: Session) -> None:
    session.journal.log(entry("own"))
    assert session.changed_since_unlock()
    done = session.automatic_backup(None, TODAY)
    assert done is not None
    assert done.written is not None
    assert read_backup_summary(done.written, PASSPHRASE).entries == 1


def test_another_programs_write_counts_as_a_change(vault_path: Path) -> None:
    session = Session.unlock(vault_path, PASSPHRASE)
    try:
        other = Session.unlock(vault_path, PASSPHRASE)
        other.journal.log(entry("from the command line"))
        other.lock()
        assert session.changed_since_unlock()
    finally:
        session.lock()


def test_a_missing_chosen_folder_is_an_error_to_show(session: Session, tmp_path: Path) -> None:
    session.journal.log(entry("own"))
    with pytest.raises(BackupFolderMissingError):
        session.automatic_backup(tmp_path / "unplugged", TODAY)


def test_a_job_answers_with_its_result_or_its_error(qtbot: QtBot, session: Session) -> None:
    results: list[object] = []
    errors: list[HealerError] = []

    def fail() -> None:
        raise HealerError("the folder is read-only")

    def crash() -> None:
        raise KeyError("private words")

    for work in (lambda: 7, fail, crash):
        job = run_job(work, receiver=session, on_done=results.append, on_failed=errors.append)
        with qtbot.wait_signal(job.finished, timeout=5000):
            pass
    assert results == [7]
    assert str(errors[0]) == "the folder is read-only"
    assert "KeyError" in str(errors[1])
    assert "private words" not in str(errors[1])
