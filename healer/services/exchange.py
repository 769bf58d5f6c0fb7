"""Plaintext exports (JSON, CSV, a readable document) written where the person chose, and import."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import shiboken6
from PySide6.QtCore import QObject

from healer.domain.activation import Activation
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.services.background import BackgroundReads, PendingRead
from healer.services.changes import ChangeNotifier
from healer.services.jobs import JobProblem, ProgressRelay, submit_job
from healer.services.journal import JournalService
from healer.services.parts import PartsService
from healer.services.pause import PauseService
from healer.services.people import PeopleService
from healer.services.practices import PracticeService
from healer.services.readable_words import readable_words
from healer.services.support import SupportService
from healer.storage import destinations, exchange, partials, readable, readable_render
from healer.storage.exchange import ImportResult
from healer.storage.pause import exchange as pause_exchange
from healer.storage.people import exchange as people_exchange
from healer.storage.practice_plans import exchange as plan_exchange
from healer.storage.practice_plans.repository import PracticePlanRepository
from healer.storage.rescue import RescueResult, rescue_export
from healer.storage.support import exchange as support_exchange
from healer.storage.vault import Vault

__all__ = [
    "ExchangeService",
    "ExportFormat",
    "ImportResult",
    "JobProblem",
    "RescueResult",
    "export_rescue",
]


class ExportFormat(enum.Enum):
    """What an export holds and how; the value is the usual file name suffix."""

    JSON = "json"  # everything, and the only kind import takes back
    CSV = "csv"  # the activation log as a table
    HTML = "html"  # the journal to read or print
    MARKDOWN = "md"  # the same, as text


def open_import(path: Path) -> BinaryIO:
    """The file to import, refused before any reading if it cannot be an export.

    Folders, devices, pipes and files over the size limit raise ImportFormatError;
    a file that cannot be opened raises OSError.
    """
    return exchange.open_source(path)


class ExchangeService:
    """Everything in the vault out as a file, and a Healer JSON export back in."""

    def __init__(
        self,
        vault: Vault,
        changes: ChangeNotifier,
        *,
        journal: JournalService,
        practices: PracticeService,
        pause: PauseService,
        parts: PartsService,
        people: PeopleService,
        reads: BackgroundReads | None = None,
        support: SupportService,
    ) -> None:
        self._vault = vault
        self._reads = reads
        self._changes = changes
        self._journal = journal
        self._practices = practices
        self._pause = pause
        self._parts = parts
        self._people = people
        self._support = support

    def export_json(self, destination: Path, *, force: bool = False) -> int:
        """Write a plaintext JSON export where the person chose; returns the number of entries.

        An existing file is replaced only with force, and a vault or backup never.
        """
        self.check_destination(destination, force=force)
        activations = self._journal.find()
        data = exchange.export_json(
            activations,
            self._journal.categories(),
            self._practices.uses(),
            parts=self._parts.parts(),
            dialogues=self._parts.dialogues(),
            extra={
                **self._pause_document(activations),
                **self._people_document(activations),
                **support_exchange.support_document(
                    self._support.checks(), self._support.questions()
                ),
                **plan_exchange.plans_document(PracticePlanRepository(self._vault).all()),
            },
        )
        self.write_file(destination, data, force=force)
        return len(activations)

    def export_csv(self, destination: Path, *, force: bool = False) -> int:
        """Write a plaintext CSV export where the person chose; returns the number of entries."""
        self.check_destination(destination, force=force)
        activations = self._journal.find()
        plans = {plan.category: plan.text for plan in self._journal.trigger_plans()}
        self.write_file(destination, exchange.export_csv(activations, plans), force=force)
        return len(activations)

    def export_readable(
        self, destination: Path, *, markdown: bool = False, force: bool = False
    ) -> int:
        """Write the journal as a document to read or print (HTML, or Markdown); the count."""
        self.check_destination(destination, force=force)
        activations = self._journal.find()
        document = readable.readable_document(
            activations,
            practices=self._practices.uses(),
            pauses=self._pause.runs(),
            dialogues=self._parts.dialogues(),
            trigger_plans=self._journal.trigger_plans(),
            practice_plans=PracticePlanRepository(self._vault).all(),
            written_at=utc_now(),
            words=readable_words(),
        )
        render = readable_render.render_markdown if markdown else readable_render.render_html
        self.write_file(destination, render(document), force=force)
        return len(activations)

    def export(self, kind: ExportFormat, destination: Path, *, force: bool = False) -> int:
        """Write one kind of export; returns the number of entries it holds."""
        if kind is ExportFormat.JSON:
            return self.export_json(destination, force=force)
        if kind is ExportFormat.CSV:
            return self.export_csv(destination, force=force)
        return self.export_readable(
            destination, markdown=kind is ExportFormat.MARKDOWN, force=force
        )

    def check_destination(self, destination: Path, *, force: bool = False) -> Path:
        """Refuse now, before any work, a destination write_file would refuse."""
        protected = [self._vault.path]
        return destinations.check_destination(destination, force=force, protected=protected)

    def write_file(self, destination: Path, data: bytes, *, force: bool = False) -> Path:
        """Write a 0600 file (an export, a chart) whole or not at all; returns where.

        Refuses an existing file unless force, and a vault, a backup or their side files
        always; a kill mid-write leaves nothing behind.
        """
        return destinations.write_private_file(
            destination,
            data,
            force=force,
            protected=[self._vault.path],
            ledger=partials.ledger_for(self._vault.path),
        )

    def import_json(self, source: bytes | BinaryIO) -> ImportResult:
        """Import a Healer JSON export (bytes, or what open_import gave); skip what is present."""
        result = exchange.import_json(self._vault, source)
        self._announce(result)
        return result

    def preview_import(self, source: bytes | BinaryIO) -> ImportResult:
        """What import_json would add and skip: the same import, rolled back at its end."""
        return exchange.preview_json(self._vault, source)

    # -- on the worker thread ----------------------------------------------

    def request_export(
        self,
        kind: ExportFormat,
        destination: Path,
        *,
        force: bool,
        receiver: QObject,
        on_done: Callable[[int], None],
        on_problem: Callable[[JobProblem], None],
    ) -> PendingRead[object]:
        """export() on the worker thread, so a large vault never freezes the window."""
        return submit_job(
            self._worker(),
            lambda: self.export(kind, destination, force=force),
            receiver=receiver,
            on_done=on_done,
            on_problem=on_problem,
        )

    def request_preview(
        self,
        source: BinaryIO,
        *,
        receiver: QObject,
        on_done: Callable[[ImportResult], None],
        on_problem: Callable[[JobProblem], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> PendingRead[object]:
        """preview_import() on the worker thread; the stream is closed once it has been read.

        on_progress, if given, hears (bytes read, bytes to read) on this thread as it goes.
        """
        relay = self._relay(receiver, on_progress)

        def work() -> ImportResult:
            with source:
                return exchange.preview_json(self._vault, source, progress=relay.report)

        def previewed(result: ImportResult) -> None:
            relay.finish()
            on_done(result)

        def refused(problem: JobProblem) -> None:
            relay.finish()
            on_problem(problem)

        return submit_job(
            self._worker(),
            work,
            receiver=receiver,
            on_done=previewed,
            on_problem=refused,
        )

    def request_import(
        self,
        source: BinaryIO,
        *,
        receiver: QObject,
        on_done: Callable[[ImportResult], None],
        on_problem: Callable[[JobProblem], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> PendingRead[object]:
        """import_json() on the worker thread; what changed is announced back on this one.

        The announcement does not depend on the receiver: an import that committed after
        its dialog went away still tells every view. The stream is closed once read.
        on_progress, if given, hears (bytes read, bytes to read) on this thread as it goes.
        """
        relay = self._relay(receiver, on_progress)

        def work() -> ImportResult:
            with source:
                return exchange.import_json(self._vault, source, progress=relay.report)

        def imported(result: ImportResult) -> None:
            relay.finish()
            self._announce(result)
            if shiboken6.isValid(receiver):
                on_done(result)

        def refused(problem: JobProblem) -> None:
            relay.finish()
            if shiboken6.isValid(receiver):
                on_problem(problem)

        return submit_job(
            self._worker(),
            work,
            receiver=self._changes,
            on_done=imported,
            on_problem=refused,
        )

    def _relay(
        self, receiver: QObject, on_progress: Callable[[int, int], None] | None
    ) -> ProgressRelay:
        # Owned by the change notifier, which outlives any dialog on this session.
        return ProgressRelay(self._changes, receiver, on_progress or _ignore_progress)

    def _worker(self) -> BackgroundReads:
        if self._reads is None:
            raise RuntimeError("this ExchangeService was built without a worker thread")
        return self._reads

    def _announce(self, result: ImportResult) -> None:
        changes = Change(0)
        for added, change in (
            (result.added, Change.ACTIVATION),
            (result.categories_added + result.trigger_plans_added, Change.CATEGORY),
            (result.practices_added, Change.PRACTICE),
            (result.pauses_added, Change.PAUSE),
            (result.parts_added, Change.PART),
            (result.dialogues_added, Change.DIALOGUE),
            (result.people_added, Change.PERSON),
            (result.moments_added, Change.MOMENT),
            (result.support_added, Change.SUPPORT),
            (result.practice_plans_added, Change.PRACTICE_PLAN),
        ):
            if added:
                changes |= change
        self._changes.announce(changes)

    def _people_document(self, activations: list[Activation]) -> dict[str, object]:
        uids = {activation.id: activation.uid for activation in activations}
        pause_uids = {run.id: run.uid for run in self._pause.runs()}
        return people_exchange.people_document(
            self._people.people(), self._people.moments(), uids, pause_uids
        )

    def _pause_document(self, activations: list[Activation]) -> dict[str, object]:
        uids = {activation.id: activation.uid for activation in activations}
        # Each episode carries its urge outcome: no second read for them.
        urges = {
            activation.id: activation.content.urge_outcome
            for activation in activations
            if activation.content.urge_outcome is not None
        }
        return pause_exchange.pause_document(
            uids, self._pause.runs(), urges, self._pause.preferences()
        )


def _ignore_progress(done: int, whole: int) -> None:
    del done, whole


def export_rescue(
    vault_path: Path, passphrase: str, destination: Path, *, force: bool = False
) -> RescueResult:
    """Write every row a damaged vault still yields as plaintext JSON; the vault is only read.

    The destination follows the same rules as every export: never a vault or a backup,
    an existing file only with force, nothing left behind by a kill.
    """
    protected = [vault_path]
    destinations.check_destination(destination, force=force, protected=protected)
    result = rescue_export(vault_path, passphrase)
    destinations.write_private_file(
        destination,
        result.data,
        force=force,
        protected=protected,
        ledger=partials.ledger_for(vault_path),
    )
    return result
