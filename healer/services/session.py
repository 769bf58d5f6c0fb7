"""The unlocked session: owns the vault, performs every write, announces what changed.

Signals:
    data_changed(kinds): emitted after a write with the set of record kinds it touched,
        for example frozenset({"activation"}); each view decides whether to refresh.
    locked(): emitted once the vault connection has been closed.

Drafts (what a form holds but has not saved) are written every few seconds while a
person types; saving one emits no data_changed, because no view lists drafts and a
refresh of every view per autosave would be wasted work. The "draft" kind is kept
for a future view that does.

Slow reads (counts and pages over very large vaults, pattern aggregates) can run on a
worker thread through `reads` (a BackgroundReads): call request_…() for a ticket and
match it in reads.finished; locking cancels every pending ticket.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from healer.domain.activation import (
    Activation,
    ActivationInput,
    ActivationLinks,
    ActivationQuery,
)
from healer.domain.category import Category
from healer.domain.draft import EntryDraft
from healer.domain.journal import ActivationRow, RowSort
from healer.domain.twoweek import TrackingFacts
from healer.services.background import BackgroundReads
from healer.storage.files import atomic_write_bytes, ensure_private_dir
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.journal.drafts import DraftRepository
from healer.storage.journal.patterns import PatternReader
from healer.storage.journal.rows import JournalRowReader
from healer.storage.pause.repository import open_run_exists
from healer.storage.vault import CheckReport, Vault

if TYPE_CHECKING:
    # Loaded on first use, not at unlock: the activation log (the first tab) needs none
    # of these, and together they are over half of this module's import time.
    from healer.domain.chartrange import DaySpan, RangeChoice
    from healer.domain.chartset import ChartPart, ChartSet
    from healer.domain.parts import Dialogue, DialogueInput, DialogueQuery, Part, PartInput
    from healer.domain.pause import PausePreferences, PauseRecord, PauseRun
    from healer.domain.practice import PracticeUse, PracticeUseInput
    from healer.domain.urge import UrgeRecord
    from healer.storage.exchange import ImportResult
    from healer.storage.parts.dialogues import DialogueRepository
    from healer.storage.parts.repository import PartRepository
    from healer.storage.pause.repository import PauseRepository, UrgeOutcomes
    from healer.storage.practices.repository import PracticeRepository

ACTIVATION = "activation"
CATEGORY = "category"
DRAFT = "draft"
PRACTICE = "practice"
PAUSE = "pause"
PART = "part"
DIALOGUE = "dialogue"

# Background reads for what is on screen right now go ahead of summaries.
INTERACTIVE = 1


def _linked_kinds(links: ActivationLinks | None) -> list[str]:
    """The record kinds whose rows a delete unlinked (or a restore linked back)."""
    if not links:
        return []
    return (
        [PRACTICE] * bool(links.practice_ids)
        + [PAUSE] * bool(links.pause_ids)
        + [DIALOGUE] * bool(links.dialogue_ids)
    )


class Session(QObject):
    """One person's unlocked vault for the life of an unlock."""

    data_changed = Signal(frozenset)
    locked = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._activations = ActivationRepository(vault)
        self._categories = CategoryRepository(vault)
        self._drafts = DraftRepository(vault)
        self._rows = JournalRowReader(vault)
        self._patterns = PatternReader(vault)
        self._reads = BackgroundReads(self)

    # The later tabs' repositories (and their modules) load on first use; see TYPE_CHECKING.

    @cached_property
    def _practices(self) -> PracticeRepository:
        from healer.storage.practices.repository import PracticeRepository  # noqa: PLC0415

        return PracticeRepository(self._vault)

    @cached_property
    def _pauses(self) -> PauseRepository:
        from healer.storage.pause.repository import PauseRepository  # noqa: PLC0415

        return PauseRepository(self._vault)

    @cached_property
    def _urges(self) -> UrgeOutcomes:
        from healer.storage.pause.repository import UrgeOutcomes  # noqa: PLC0415

        return UrgeOutcomes(self._vault)

    @cached_property
    def _parts(self) -> PartRepository:
        from healer.storage.parts.repository import PartRepository  # noqa: PLC0415

        return PartRepository(self._vault)

    @cached_property
    def _dialogues(self) -> DialogueRepository:
        from healer.storage.parts.dialogues import DialogueRepository  # noqa: PLC0415

        return DialogueRepository(self._vault)

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Session:
        """Create a new vault and open a session on it."""
        return cls(Vault.create(path, passphrase))

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> Session:
        """Open an existing vault."""
        return cls(Vault.open(path, passphrase))

    @property
    def vault_path(self) -> Path:
        """Where the vault file is."""
        return self._vault.path

    @property
    def is_open(self) -> bool:
        """False once locked."""
        return self._vault.is_open

    def lock(self) -> None:
        """Close the vault connection; every later call raises VaultClosedError."""
        self._reads.cancel_all()
        if self._vault.is_open:
            self._vault.close()
            self.locked.emit()

    def _changed(self, *kinds: str) -> None:
        self.data_changed.emit(frozenset(kinds))

    # -- activations -------------------------------------------------------

    def log_activation(
        self, content: ActivationInput, *, discard_draft: str | None = None
    ) -> Activation:
        """Record a new episode; discard_draft (a slot) is forgotten in the same write."""
        activation = self._activations.add(content, discard_draft=discard_draft)
        self._changed(ACTIVATION)
        return activation

    def update_activation(
        self, activation_id: int, content: ActivationInput, *, discard_draft: str | None = None
    ) -> Activation:
        """Replace an episode's details; discard_draft is forgotten in the same write."""
        activation = self._activations.update(activation_id, content, discard_draft=discard_draft)
        self._changed(ACTIVATION)
        return activation

    def settle_activation(self, activation_id: int, at: datetime | None = None) -> Activation:
        """Mark an episode as settled (now by default)."""
        activation = self._activations.settle(activation_id, at)
        self._changed(ACTIVATION)
        return activation

    def delete_activation(self, activation_id: int) -> ActivationLinks:
        """Remove an episode; returns what pointed at it, for restore_activation()."""
        links = self._activations.delete(activation_id)
        self._changed(ACTIVATION, *_linked_kinds(links))
        return links

    def activation(self, activation_id: int) -> Activation:
        """One episode by id."""
        return self._activations.get(activation_id)

    def activations(self, query: ActivationQuery | None = None) -> list[Activation]:
        """Episodes matching the query, newest first."""
        return self._activations.find(query or ActivationQuery())

    def count_activations(self, query: ActivationQuery | None = None) -> int:
        """How many episodes match."""
        return self._activations.count(query)

    def restore_activation(
        self, activation: Activation, links: ActivationLinks | None = None
    ) -> Activation:
        """Put a deleted episode back as it was (same id, uid and links): undo of a delete."""
        restored = self._activations.restore(activation, links)
        self._changed(ACTIVATION, *_linked_kinds(links))
        return restored

    # -- the journal table -------------------------------------------------

    def activation_total(self) -> int:
        """Every stored episode, from a running count (constant time)."""
        return self._rows.total()

    def activation_row_count(self, query: ActivationQuery) -> int:
        """How many table rows a query lists (constant time when nothing is filtered)."""
        return self._rows.count(query)

    def activation_rows(
        self,
        query: ActivationQuery,
        *,
        sort: RowSort = RowSort.WHEN,
        descending: bool = True,
        offset: int,
        limit: int,
        total: int | None = None,
        after: ActivationRow | None = None,
        before: ActivationRow | None = None,
    ) -> list[ActivationRow]:
        """One page of table rows; the total and a neighbouring row make deep pages cheap."""
        return self._rows.page(
            query,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
            total=total,
            after=after,
            before=before,
        )

    @property
    def reads(self) -> BackgroundReads:
        """The worker-thread queue whose finished/failed signals carry request_…() results."""
        return self._reads

    def request_activation_row_count(self, query: ActivationQuery) -> int:
        """On the worker thread: (rows the query lists, all entries) as a tuple; the ticket."""
        return self._reads.submit(
            lambda: (self._rows.count(query), self._rows.total()), priority=INTERACTIVE
        )

    def request_activation_rows(
        self,
        query: ActivationQuery,
        *,
        sort: RowSort,
        descending: bool,
        offset: int,
        limit: int,
        total: int | None,
        after: ActivationRow | None = None,
        before: ActivationRow | None = None,
    ) -> int:
        """activation_rows() on the worker thread; returns the ticket."""
        return self._reads.submit(
            lambda: self._rows.page(
                query,
                sort=sort,
                descending=descending,
                offset=offset,
                limit=limit,
                total=total,
                after=after,
                before=before,
            ),
            priority=INTERACTIVE,
        )

    def tracking_facts(self) -> TrackingFacts:
        """What the two-week map is computed from."""
        return self._patterns.tracking_facts()

    def request_tracking_facts(self) -> int:
        """tracking_facts() on the worker thread; returns the ticket."""
        return self._reads.submit(self._patterns.tracking_facts)

    # -- drafts ------------------------------------------------------------

    def save_draft(self, slot: str, fields: Mapping[str, str]) -> EntryDraft | None:
        """Keep what a form holds; an empty form removes the slot's draft. No data_changed."""
        return self._drafts.save(slot, fields)

    def draft(self, slot: str) -> EntryDraft | None:
        """The draft kept in a slot (see healer.domain.draft for the slots)."""
        return self._drafts.get(slot)

    def discard_draft(self, slot: str) -> None:
        """Forget a slot's draft, typically right after the entry was saved."""
        self._drafts.discard(slot)

    # -- categories --------------------------------------------------------

    def categories(self) -> list[Category]:
        """Every trigger category."""
        return self._categories.all()

    def add_category(self, name: str) -> Category:
        """Add a trigger category (or return the existing one of that name)."""
        category = self._categories.add(name)
        self._changed(CATEGORY)
        return category

    # -- practices (the regulate tab) --------------------------------------

    def record_practice(self, content: PracticeUseInput) -> PracticeUse:
        """Save one use of a practice (breathing, cold water, …)."""
        use = self._practices.add(content)
        self._changed(PRACTICE)
        return use

    def practice_uses(
        self, *, activation_id: int | None = None, limit: int | None = None
    ) -> list[PracticeUse]:
        """Saved practice uses, newest first; only one episode's when activation_id is given."""
        return self._practices.find(activation_id=activation_id, limit=limit)

    def delete_practice_use(self, use_id: int) -> None:
        """Remove one saved practice use."""
        self._practices.delete(use_id)
        self._changed(PRACTICE)

    # -- parts work (the parts tab): parts met and dialogues with them -----
    #
    # An unfinished dialogue is kept as a dialogue without a finish time. Autosaves
    # announce nothing (like entry drafts); setting a dialogue aside, finishing or
    # deleting one emits data_changed with "dialogue" (and "part" when parts changed).

    def parts(self) -> list[Part]:
        """Every part met, the most recently met first."""
        return self._parts.all()

    def part(self, part_id: int) -> Part:
        """One part by id."""
        return self._parts.get(part_id)

    def add_part(self, content: PartInput) -> Part:
        """Name a new part."""
        part = self._parts.add(content)
        self._changed(PART)
        return part

    def update_part(self, part_id: int, content: PartInput) -> Part:
        """Replace what is kept about a part (name, typical age, fear, what helps, notes)."""
        part = self._parts.update(part_id, content)
        self._changed(PART, DIALOGUE)
        return part

    def delete_part(self, part_id: int) -> None:
        """Forget a part; its dialogues stay, without a name."""
        self._parts.delete(part_id)
        self._changed(PART, DIALOGUE)

    def autosave_dialogue(self, dialogue_id: int | None, content: DialogueInput) -> Dialogue:
        """Keep an unfinished dialogue as it stands (a new row when id is None). No signal."""
        return self._dialogues.keep(dialogue_id, content)

    def keep_dialogue(self, dialogue_id: int | None, content: DialogueInput) -> Dialogue:
        """Set an unfinished dialogue aside, to continue later."""
        dialogue = self._dialogues.keep(dialogue_id, content)
        self._changed(DIALOGUE)
        return dialogue

    def finish_dialogue(self, dialogue_id: int | None, content: DialogueInput) -> Dialogue:
        """Close a dialogue; a new part name becomes a part met."""
        dialogue = self._dialogues.finish(dialogue_id, content)
        self._changed(DIALOGUE, PART)
        return dialogue

    def dialogue(self, dialogue_id: int) -> Dialogue:
        """One dialogue by id."""
        return self._dialogues.get(dialogue_id)

    def dialogues(self, query: DialogueQuery | None = None) -> list[Dialogue]:
        """Dialogues matching the query (full-text search included), newest first."""
        from healer.domain.parts import DialogueQuery  # noqa: PLC0415

        return self._dialogues.find(query or DialogueQuery())

    def delete_dialogue(self, dialogue_id: int) -> None:
        """Remove one dialogue."""
        self._dialogues.delete(dialogue_id)
        self._changed(DIALOGUE, PART)

    # -- the 20-minute pause (pause tab) and urge outcomes --------------
    #
    # A run is saved at every step; checkpoints of a running timer and the typed need
    # are saved with announce=False (like drafts). The urge outcome lives on the episode.

    def pause_open(self) -> bool:
        """Whether a 20-minute pause is still running (asked at unlock; cheap)."""
        return open_run_exists(self._vault)

    def current_pause(self) -> PauseRun | None:
        """The pause still open (running, paused, or waiting for an answer)."""
        return self._pauses.current()

    def save_pause(
        self, record: PauseRecord, run_id: int | None = None, *, announce: bool = True
    ) -> PauseRun:
        """Store a run's state; announce=False for checkpoints and typed drafts (no refresh)."""
        run = self._pauses.save(record, run_id)
        if announce:
            linked = run.record.activation_id is not None and not run.record.phase.is_open
            self._changed(PAUSE, *([ACTIVATION] if linked else []))
        return run

    def finish_pause(self, run_id: int, record: PauseRecord) -> PauseRun:
        """Store a finished run and stamp its episode settled at the run's end."""
        run = self._pauses.finish_and_settle(run_id, record)
        self._changed(PAUSE, ACTIVATION)
        return run

    def pauses(self, limit: int | None = None) -> list[PauseRun]:
        """Pauses, newest first."""
        return self._pauses.find(limit)

    def completed_pause_count(self) -> int:
        """How many pauses were seen through to the end."""
        return self._pauses.completed_count()

    def pause_preferences(self) -> PausePreferences:
        """The person's naming words, distraction list and pause length."""
        return self._pauses.preferences()

    def save_pause_preferences(self, preferences: PausePreferences) -> PausePreferences:
        """Keep the person's own pause words (in the vault: they are journal text)."""
        saved = self._pauses.save_preferences(preferences)
        self._changed(PAUSE)
        return saved

    def urge_outcome(self, activation_id: int) -> UrgeRecord | None:
        """What happened to an episode's urge, if recorded."""
        return self._urges.get(activation_id)

    def set_urge_outcome(self, activation_id: int, urge: UrgeRecord | None) -> None:
        """Record (None: forget) what happened to an episode's urge."""
        self._urges.set(activation_id, urge)
        self._changed(ACTIVATION)

    def urge_outcomes(self) -> dict[int, UrgeRecord]:
        """Every recorded urge outcome, by activation id (the gap chart's data)."""
        return self._urges.all()

    def _pause_export(self, activations: list[Activation]) -> dict[str, object]:
        from healer.storage.pause import exchange as pause_exchange  # noqa: PLC0415 (see TYPE_CHECKING)

        uids = {activation.id: activation.uid for activation in activations}
        return pause_exchange.pause_document(
            uids, self.pauses(), self.urge_outcomes(), self.pause_preferences()
        )

    # -- charts (the charts tab): read-only aggregates ---------------------
    #
    # Only numbers and categories are read, never journal text. request_chart_set()
    # runs the read and the arithmetic on the worker thread, so years of data never
    # stall the pacer or typing; chart_set() is the same call, synchronous.

    def chart_set(
        self,
        choice: RangeChoice,
        *,
        today: date,
        custom: DaySpan | None = None,
        parts: frozenset[ChartPart] | None = None,
        zone: tzinfo | None = None,
    ) -> ChartSet:
        """The requested chart groups (default: all) for a range of local days ending today."""
        from healer.domain.chartrange import RangeChoice, resolve_span, to_local  # noqa: PLC0415
        from healer.domain.chartset import ALL_PARTS, build_charts  # noqa: PLC0415
        from healer.storage.charts.trends import TrendReader  # noqa: PLC0415

        parts = ALL_PARTS if parts is None else parts
        reader = TrendReader(self._vault)
        first = reader.first_moment() if choice is RangeChoice.ALL else None
        first_day = None if first is None else to_local(first, zone).date()
        span = resolve_span(choice, today, first_day=first_day, custom=custom)
        return build_charts(span, reader.facts(span, parts, zone), parts, zone)

    def request_chart_set(
        self,
        choice: RangeChoice,
        *,
        today: date,
        custom: DaySpan | None = None,
        parts: frozenset[ChartPart] | None = None,
        zone: tzinfo | None = None,
    ) -> int:
        """chart_set() on the worker thread; returns the ticket (result: a ChartSet)."""
        return self._reads.submit(
            lambda: self.chart_set(choice, today=today, custom=custom, parts=parts, zone=zone),
            priority=INTERACTIVE,
        )

    # -- exchange and maintenance -----------------------------------------

    def export_json(self, destination: Path) -> int:
        """Write a plaintext JSON export where the person chose; returns the number of entries."""
        from healer.storage import exchange  # noqa: PLC0415 (see TYPE_CHECKING)

        activations = self.activations()
        data = exchange.export_json(
            activations,
            self.categories(),
            self.practice_uses(),
            parts=self.parts(),
            dialogues=self.dialogues(),
            extra=self._pause_export(activations),
        )
        _write_export(destination, data)
        return len(activations)

    def export_csv(self, destination: Path) -> int:
        """Write a plaintext CSV export where the person chose; returns the number of entries."""
        from healer.storage import exchange  # noqa: PLC0415 (see TYPE_CHECKING)

        activations = self.activations()
        _write_export(destination, exchange.export_csv(activations))
        return len(activations)

    def import_json(self, data: bytes) -> ImportResult:
        """Import a Healer JSON export; entries already present are skipped."""
        from healer.storage import exchange  # noqa: PLC0415 (see TYPE_CHECKING)

        result = exchange.import_json(self._vault, data)
        kinds = (
            [ACTIVATION] * bool(result.added)
            + [CATEGORY] * bool(result.categories_added)
            + [PRACTICE] * bool(result.practices_added)
            + [PAUSE] * bool(result.pauses_added)
            + [PART] * bool(result.parts_added)
            + [DIALOGUE] * bool(result.dialogues_added)
        )
        if kinds:
            self._changed(*kinds)
        return result

    def backup(self, destination: Path) -> Path:
        """Write an encrypted copy of the vault (same passphrase)."""
        return self._vault.backup(destination)

    def check(self) -> CheckReport:
        """Run the integrity checks."""
        return self._vault.check()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the vault under a new passphrase."""
        self._vault.change_passphrase(new_passphrase)


def _write_export(destination: Path, data: bytes) -> None:
    destination = destination.expanduser().absolute()
    ensure_private_dir(destination.parent)
    atomic_write_bytes(destination, data)
