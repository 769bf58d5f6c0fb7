"""Export kinds, the import preview, and the exchange and check jobs on the worker thread."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support import PASSPHRASE, FakeClock, copy_vault

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.parts import DialogueInput
from healer.domain.pause import PauseMachine
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.services.errors import DestinationExistsError, ProtectedDestinationError
from healer.services.exchange import ExportFormat, ImportResult, JobProblem, open_import
from healer.services.session import CheckReport, Session
from healer.storage.errors import ImportFormatError

SECRET = "<b>the words only I may read</b>"


@pytest.fixture
def filled(session: Session) -> Session:
    """One of each kind the export carries, linked to one entry."""
    session.journal.add_category("late replies")
    episode = session.journal.log(
        ActivationInput(
            trigger=SECRET,
            intensity=8,
            started_at=utc_now() - timedelta(hours=2),
            category="late replies",
        )
    )
    session.practices.record(
        PracticeUseInput(
            PracticeKind.BREATHING, utc_now() - timedelta(hours=1), 120, activation_id=episode.id
        )
    )
    session.parts.finish_dialogue(
        None,
        DialogueInput(
            started_at=utc_now(), answer="here", new_part_name="Kid", activation_id=episode.id
        ),
    )
    run = PauseMachine.open(FakeClock(), activation_id=episode.id)
    run.abandon()
    session.pause.save(run.record)
    return session


@pytest.fixture
def other(vault_template: Path, tmp_path: Path) -> Iterator[Session]:
    """A second, empty vault to import into."""
    opened = Session.unlock(copy_vault(vault_template, tmp_path / "o" / "h.vault"), PASSPHRASE)
    yield opened
    opened.lock()


def counts(session: Session) -> tuple[int, ...]:
    return (
        session.journal.count(),
        len(session.journal.categories()),
        len(session.practices.uses()),
        len(session.pause.runs()),
        len(session.parts.parts()),
        len(session.parts.dialogues()),
    )


def test_the_preview_equals_the_import_and_changes_nothing(
    qtbot: QtBot, filled: Session, other: Session, tmp_path: Path
) -> None:
    export = tmp_path / "all.json"
    filled.exchange.export_json(export)
    before = counts(other)
    with qtbot.assert_not_emitted(other.changes.data_changed), open_import(export) as stream:
        preview = other.exchange.preview_import(stream)
        assert counts(other) == before
        result = None
    assert preview == ImportResult(
        added=1,
        already_present=0,
        categories_added=1,
        practices_added=1,
        parts_added=1,
        dialogues_added=1,
        pauses_added=1,
    )
    with open_import(export) as stream:  # the same stream serves the preview and the import
        assert other.exchange.preview_import(stream) == preview
        result = other.exchange.import_json(stream)
    assert result == preview
    assert counts(other) == counts(filled)
    again = other.exchange.preview_import(export.read_bytes())
    assert (again.added, again.already_present, again.pauses_present) == (0, 1, 1)


def test_a_bad_file_is_refused_by_the_preview_as_by_the_import(other: Session) -> None:
    document = {"format": "healer-export", "schema_version": 1, "activations": [{"uid": "x"}]}
    data = json.dumps(document).encode()
    with pytest.raises(ImportFormatError) as previewed:
        other.exchange.preview_import(data)
    with pytest.raises(ImportFormatError) as imported:
        other.exchange.import_json(data)
    assert str(previewed.value) == str(imported.value)
    assert counts(other)[0] == 0


@pytest.mark.parametrize("kind", [ExportFormat.HTML, ExportFormat.MARKDOWN])
def test_the_readable_document_is_private_and_escaped(
    filled: Session, tmp_path: Path, kind: ExportFormat
) -> None:
    target = tmp_path / "out" / f"journal.{kind.value}"
    assert filled.exchange.export(kind, target) == 1
    text = target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert SECRET not in text  # present only escaped
    assert "the words only I may read" in text
    assert "Practice: Slow breathing" in text
    assert "20-minute pause" in text
    assert "dialogue-" in text


def test_exports_never_replace_the_vault_and_ask_before_replacing(
    filled: Session, tmp_path: Path
) -> None:
    with pytest.raises(ProtectedDestinationError):
        filled.exchange.export(ExportFormat.HTML, filled.vault_path, force=True)
    existing = tmp_path / "mine.html"
    existing.write_text("keep me")
    with pytest.raises(DestinationExistsError):
        filled.exchange.export(ExportFormat.HTML, existing)
    assert existing.read_text() == "keep me"
    filled.exchange.export(ExportFormat.HTML, existing, force=True)
    assert "<!DOCTYPE html>" in existing.read_text()


class Answers:
    """What a job answered: a value or a problem."""

    def __init__(self) -> None:
        self.done: list[object] = []
        self.problems: list[JobProblem] = []

    def on_done(self, value: object) -> None:
        self.done.append(value)

    def on_problem(self, problem: JobProblem) -> None:
        self.problems.append(problem)

    def wait(self, qtbot: QtBot) -> None:
        qtbot.wait_until(lambda: bool(self.done or self.problems))


def test_an_export_runs_on_the_worker_and_answers_with_the_count(
    qtbot: QtBot, filled: Session, tmp_path: Path
) -> None:
    answers = Answers()
    target = tmp_path / "worker.csv"
    filled.exchange.request_export(
        ExportFormat.CSV,
        target,
        force=False,
        receiver=filled,
        on_done=answers.on_done,
        on_problem=answers.on_problem,
    )
    answers.wait(qtbot)
    assert answers.done == [1]
    assert target.read_bytes().startswith("\ufeffuid".encode())


def test_an_export_problem_comes_back_as_a_sentence(
    qtbot: QtBot, filled: Session, tmp_path: Path
) -> None:
    existing = tmp_path / "there.json"
    existing.write_text("{}")
    answers = Answers()
    filled.exchange.request_export(
        ExportFormat.JSON,
        existing,
        force=False,
        receiver=filled,
        on_done=answers.on_done,
        on_problem=answers.on_problem,
    )
    answers.wait(qtbot)
    (problem,) = answers.problems
    assert problem.exists
    assert not problem.unexpected
    assert "there.json" in problem.message
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where a folder was expected")
    answers = Answers()
    filled.exchange.request_export(
        ExportFormat.JSON,
        folder / "x.json",
        force=False,
        receiver=filled,
        on_done=answers.on_done,
        on_problem=answers.on_problem,
    )
    answers.wait(qtbot)
    assert "is a file, not a folder; nothing was written" in answers.problems[0].message
    assert answers.done == []


def test_an_import_on_the_worker_announces_on_the_gui_thread(
    qtbot: QtBot, filled: Session, other: Session, tmp_path: Path
) -> None:
    export = tmp_path / "all.json"
    filled.exchange.export_json(export)
    answers = Answers()
    with open_import(export) as stream, qtbot.wait_signal(other.changes.data_changed) as changed:
        other.exchange.request_import(
            stream, receiver=other, on_done=answers.on_done, on_problem=answers.on_problem
        )
    assert Change.ACTIVATION in changed.args[0]
    assert isinstance(answers.done[0], ImportResult)
    assert answers.done[0].added == 1


def test_a_refused_import_on_the_worker_names_the_field(
    qtbot: QtBot, other: Session, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "healer-export", "schema_version": 1}))
    answers = Answers()
    with open_import(bad) as stream:
        other.exchange.request_preview(
            stream, receiver=other, on_done=answers.on_done, on_problem=answers.on_problem
        )
        answers.wait(qtbot)
    assert answers.problems[0].message.startswith("activations:")


def test_the_check_runs_on_the_worker(qtbot: QtBot, filled: Session) -> None:
    answers = Answers()
    filled.request_check(receiver=filled, on_done=answers.on_done, on_problem=answers.on_problem)
    answers.wait(qtbot)
    (report,) = answers.done
    assert isinstance(report, CheckReport)
    assert report.ok, report.problems
