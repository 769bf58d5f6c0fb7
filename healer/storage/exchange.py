"""The project's own JSON export/import format, and a CSV export for spreadsheets."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from healer.appinfo import VERSION
from healer.domain.activation import TEXT_FIELDS, Activation
from healer.domain.category import Category
from healer.domain.clock import format_stored, utc_now
from healer.domain.parts import Dialogue, Part
from healer.domain.practice import PracticeUse
from healer.domain.urge import UrgeRecord
from healer.domain.words import QT_TRANSLATE_NOOP
from healer.storage.errors import ImportFormatError
from healer.storage.export_reader import (
    MAX_IMPORT_BYTES,
    ExportDocument,
    OnRead,
    Progress,
    ReadProgress,
    open_source,
    source_size,
)
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.journal.exchange import activation_record, insert_journal, parse_journal
from healer.storage.parts.dialogues import DialogueRepository
from healer.storage.parts.exchange import (
    dialogue_record,
    insert_parts_and_dialogues,
    parse_dialogues,
    parse_parts,
    part_record,
)
from healer.storage.parts.repository import PartRepository
from healer.storage.pause.exchange import insert_pauses, parse_pauses
from healer.storage.pause.repository import PauseRepository
from healer.storage.people.exchange import (
    insert_moments,
    insert_people,
    parse_moments,
    parse_people,
)
from healer.storage.people.moments import MomentRepository
from healer.storage.people.repository import PersonRepository
from healer.storage.practice_plans import exchange as plan_exchange
from healer.storage.practice_plans.repository import PracticePlanRepository
from healer.storage.practices.exchange import (
    insert_practices,
    parse_practices,
    practice_record,
)
from healer.storage.practices.repository import PracticeRepository
from healer.storage.support import exchange as support_exchange
from healer.storage.support.questions import QuestionRepository
from healer.storage.support.self_checks import SelfCheckRepository
from healer.storage.vault import Vault

__all__ = [
    "MAX_IMPORT_BYTES",
    "ImportResult",
    "Progress",
    "export_csv",
    "export_json",
    "import_json",
    "open_source",
    "preview_json",
]

FORMAT_NAME = "healer-export"
EXPORT_SCHEMA_VERSION = 1

CSV_COLUMNS: tuple[str, ...] = (
    "uid",
    "started_at",
    "settled_at",
    "duration_minutes",
    "intensity",
    "category",
    "category_plan",  # the plan for the row's category, so a table read alone has it
    "person",
    *TEXT_FIELDS,
    "created_at",
    "updated_at",
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import changed."""

    added: int
    already_present: int
    categories_added: int
    practices_added: int = 0
    practices_present: int = 0
    parts_added: int = 0
    parts_present: int = 0
    dialogues_added: int = 0
    dialogues_present: int = 0
    pauses_added: int = 0
    pauses_present: int = 0
    people_added: int = 0
    people_present: int = 0
    moments_added: int = 0
    moments_present: int = 0
    support_added: int = 0  # saved self-checks and therapist questions
    support_present: int = 0
    trigger_plans_added: int = 0  # plans for triggers (one already here is kept)
    trigger_plans_present: int = 0
    practice_plans_added: int = 0  # one practice for two weeks
    practice_plans_present: int = 0


def export_json(
    activations: list[Activation],
    categories: list[Category],
    practices: Sequence[PracticeUse] = (),
    parts: Sequence[Part] = (),
    dialogues: Sequence[Dialogue] = (),
    *,
    extra: Mapping[str, Any] | None = None,
) -> bytes:
    """Everything in the vault as UTF-8 JSON, readable by any tool and by import.

    Practice uses were added without a schema_version bump: older files simply have no
    "practices" key, and older readers ignore it. Parts and dialogues came the same way.
    `extra` adds further top-level keys (the 20-minute pause's, from pause_exchange).
    """
    uid_of = {activation.id: activation.uid for activation in activations}
    part_uid_of = {part.id: part.uid for part in parts}
    document = {
        "format": FORMAT_NAME,
        "schema_version": EXPORT_SCHEMA_VERSION,
        "app_version": VERSION,
        "exported_at": format_stored(utc_now()),
        "categories": [
            {"name": c.name, "builtin": c.builtin, "plan": c.plan or None} for c in categories
        ],
        "activations": [activation_record(a) for a in activations],
        "practices": [
            practice_record(p, uid_of.get(p.content.activation_id or 0)) for p in practices
        ],
        "parts": [part_record(part) for part in parts],
        "dialogues": [
            dialogue_record(
                d, part_uid_of.get(d.content.part_id or 0), uid_of.get(d.content.activation_id or 0)
            )
            for d in dialogues
        ],
    }
    document.update(extra or {})
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_csv(activations: list[Activation], plans: Mapping[str, str] | None = None) -> bytes:
    """One row per activation, with a header; UTF-8 with BOM so spreadsheets detect it.

    plans gives each category's plan by name, for the category_plan column.
    """
    plans = plans or {}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for activation in activations:
        record = activation_record(activation)
        record["category_plan"] = plans.get(activation.content.category or "", "")
        duration = activation.duration
        record["duration_minutes"] = (
            f"{duration.total_seconds() / 60:.1f}" if duration is not None else ""
        )
        writer.writerow(
            ["" if record[column] is None else record[column] for column in CSV_COLUMNS]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# -- import -------------------------------------------------------------------


def _read_document(source: bytes | BinaryIO, on_read: OnRead | None) -> ExportDocument:
    """The file's top-level object, once its syntax, format and schema version are checked."""
    document = ExportDocument(source, on_read=on_read)
    if not document.is_object or document.get("format") != FORMAT_NAME:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", 'not a Healer export (no "format": "healer-export")')
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "schema_version: missing or not a number")
        )
    if version > EXPORT_SCHEMA_VERSION:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "errors", "schema_version: %1 is newer than this Healer understands; update the app"
            ),
            version,
        )
    return document


def _urges_ahead(document: ExportDocument) -> dict[str, UrgeRecord]:
    """Urge outcomes by entry uid, read first so each new entry is one insert with its own.

    A list with an error gives what came before it: the error itself is raised in its
    turn, after the entries', when insert_pauses reads the list again.
    """
    urges: dict[str, UrgeRecord] = {}
    with contextlib.suppress(ImportFormatError):
        for uid, urge in parse_pauses(document).urges:
            urges[uid] = urge
    return urges


class _DryRunRollbackError(Exception):
    """Raised inside a dry run's transaction so it rolls back, carrying what it would add."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def preview_json(
    vault: Vault, source: bytes | BinaryIO, *, progress: Progress | None = None
) -> ImportResult:
    """What import_json would add and skip, found by importing and then rolling back.

    The very same import runs, so the preview cannot disagree with it: a file it accepts
    imports, and one it refuses is refused with the same message. Nothing is kept.
    """
    try:
        import_json(vault, source, progress=progress, _dry_run=True)
    except _DryRunRollbackError as done:
        return done.result
    raise AssertionError("a dry run always ends by rolling back")  # pragma: no cover


def import_json(
    vault: Vault,
    source: bytes | BinaryIO,
    *,
    progress: Progress | None = None,
    _dry_run: bool = False,
) -> ImportResult:
    """Add what the file holds that the vault does not (matched by uid), all in one transaction.

    The file is read twice, a record at a time: once for its syntax and header, then
    again inside the transaction, checking and adding each record. Any refusal rolls the
    whole import back, and errors name the line or field. progress, if given, is told
    (bytes read, bytes to read) as the reading goes, once per whole percent.
    """
    on_read = None if progress is None else ReadProgress(source_size(source), progress)
    document = _read_document(source, on_read)
    part_ids = PartRepository(vault).uids()
    dialogue_uids = DialogueRepository(vault).uids()
    pause_uids = PauseRepository(vault).uids()
    existing = ActivationRepository(vault).uids()
    existing_practices = PracticeRepository(vault).uids()
    check_uids = SelfCheckRepository(vault).uids()
    question_uids = QuestionRepository(vault).uids()
    known = {category.name.casefold() for category in CategoryRepository(vault).all()}
    person_ids = PersonRepository(vault).uids()
    moment_uids = MomentRepository(vault).uids()
    plan_uids = PracticePlanRepository(vault).uids()
    with vault.transaction() as connection:
        # People first: an entry naming someone would otherwise add them bare (no role).
        people_added, people_present = insert_people(
            connection, parse_people(document.get("people")), person_ids
        )
        journal_result = insert_journal(
            connection,
            parse_journal(document),
            known_categories=known,
            activation_uids=existing,
            urges=_urges_ahead(document),
        )
        practices_added, practices_present = insert_practices(
            connection, parse_practices(document.get("practices")), existing_practices
        )
        parts_result = insert_parts_and_dialogues(
            connection,
            parse_parts(document.get("parts")),
            parse_dialogues(document.get("dialogues")),
            part_ids=part_ids,
            dialogue_uids=dialogue_uids,
        )
        pauses_added_count, pauses_present_count = insert_pauses(
            connection, parse_pauses(document), pause_uids
        )
        support_added, support_present = support_exchange.insert_support(
            connection,
            support_exchange.parse_checks(document.get(support_exchange.CHECKS_KEY)),
            support_exchange.parse_questions(document.get(support_exchange.QUESTIONS_KEY)),
            check_uids=check_uids,
            question_uids=question_uids,
        )
        moments_added, moments_present = insert_moments(
            connection,
            parse_moments(document.get("moments")),
            person_ids=person_ids,
            moment_uids=moment_uids,
        )
        plans_added, plans_present = plan_exchange.insert_plans(
            connection,
            plan_exchange.parse_plans(document.get(plan_exchange.PLANS_KEY)),
            plan_uids,
            date.today(),
        )
        result = ImportResult(
            journal_result.added,
            journal_result.present,
            journal_result.categories_added,
            practices_added,
            practices_present,
            parts_result.parts_added,
            parts_result.parts_present,
            parts_result.dialogues_added,
            parts_result.dialogues_present,
            pauses_added=pauses_added_count,
            pauses_present=pauses_present_count,
            people_added=people_added,
            people_present=people_present,
            moments_added=moments_added,
            moments_present=moments_present,
            support_added=support_added,
            support_present=support_present,
            trigger_plans_added=journal_result.plans_added,
            trigger_plans_present=journal_result.plans_present,
            practice_plans_added=plans_added,
            practice_plans_present=plans_present,
        )
        if _dry_run:
            raise _DryRunRollbackError(result)
    return result
