"""The activation log: episodes, the journal table's rows and counts, drafts, categories.

Drafts (what a form holds but has not saved) are written every few seconds while a
person types; saving one announces nothing, because no view lists drafts and a refresh
of every view per autosave would be wasted work.

Slow reads (counts and pages over very large vaults, the two-week facts) run on the
worker thread through request_…(), each answering only the receiver that asked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from healer.domain.activation import (
    Activation,
    ActivationInput,
    ActivationLinks,
    ActivationQuery,
)
from healer.domain.category import DEFAULT_CATEGORIES, Category, TriggerPlan
from healer.domain.changes import Change
from healer.domain.draft import EntryDraft
from healer.domain.journal import ActivationRow, RowPage
from healer.domain.twoweek import TrackingFacts
from healer.services.background import INTERACTIVE, BackgroundReads, PendingRead
from healer.services.changes import ChangeNotifier, linked_changes
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.journal.drafts import DraftRepository
from healer.storage.journal.patterns import PatternReader
from healer.storage.journal.plans import TriggerPlanRepository
from healer.storage.journal.rows import JournalRowReader
from healer.storage.vault import Vault

Failed = Callable[[str], None] | None

_SEEDED = frozenset(DEFAULT_CATEGORIES)


def shown_category(name: str) -> str:
    """A category's name as shown: the seeded ones in the person's language, others as typed."""
    # The seeded names are kept in English in the vault, so a change of language follows;
    # the stored name stays the key everywhere else.
    return QCoreApplication.translate("category", name) if name in _SEEDED else name


def _links_changed(links: ActivationLinks | None) -> Change:
    if not links:
        return Change(0)
    changes = linked_changes(
        bool(links.practice_ids), bool(links.pause_ids), bool(links.dialogue_ids)
    )
    return changes | (Change.MOMENT if links.moment_ids else Change(0))


class JournalService:
    """Episodes and what the activation log shows of them."""

    def __init__(self, vault: Vault, changes: ChangeNotifier, reads: BackgroundReads) -> None:
        self._vault = vault
        self._activations = ActivationRepository(vault)
        self._categories = CategoryRepository(vault)
        self._drafts = DraftRepository(vault)
        self._rows = JournalRowReader(vault)
        self._patterns = PatternReader(vault)
        self._plans = TriggerPlanRepository(vault)
        self._changes = changes
        self._reads = reads

    # -- episodes ----------------------------------------------------------

    def log(self, content: ActivationInput, *, discard_draft: str | None = None) -> Activation:
        """Record a new episode (its urge outcome too); discard_draft goes in the same write."""
        activation = self._activations.add(content, discard_draft=discard_draft)
        self._changes.announce(Change.ACTIVATION)
        return activation

    def update(
        self, activation_id: int, content: ActivationInput, *, discard_draft: str | None = None
    ) -> Activation:
        """Replace an episode's details and urge outcome; discard_draft goes in the same write."""
        activation = self._activations.update(activation_id, content, discard_draft=discard_draft)
        self._changes.announce(Change.ACTIVATION)
        return activation

    def settle(
        self, activation_id: int, at: datetime | None = None, *, looking_again: str | None = None
    ) -> Activation:
        """Mark an episode as settled (now by default); looking_again, if given, is kept too."""
        activation = self._activations.settle(activation_id, at, looking_again=looking_again)
        self._changes.announce(Change.ACTIVATION)
        return activation

    def rate_if_unrated(self, activation_id: int, intensity: int) -> bool:
        """Fill an episode's "not rated yet" intensity with a later rating (a pause's, say)."""
        filled = self._activations.rate_if_unrated(activation_id, intensity)
        if filled:
            self._changes.announce(Change.ACTIVATION)
        return filled

    def delete(self, activation_id: int) -> ActivationLinks:
        """Remove an episode; returns what pointed at it, for restore()."""
        links = self._activations.delete(activation_id)
        self._changes.announce(Change.ACTIVATION | _links_changed(links))
        return links

    def restore(self, activation: Activation, links: ActivationLinks | None = None) -> Activation:
        """Put a deleted episode back as it was (same id, uid, urge outcome and links)."""
        restored = self._activations.restore(activation, links)
        self._changes.announce(Change.ACTIVATION | _links_changed(links))
        return restored

    def get(self, activation_id: int) -> Activation:
        """One episode by id."""
        return self._activations.get(activation_id)

    def find(self, query: ActivationQuery | None = None) -> list[Activation]:
        """Episodes matching the query, newest first."""
        return self._activations.find(query or ActivationQuery())

    def count(self, query: ActivationQuery | None = None) -> int:
        """How many episodes match."""
        return self._activations.count(query)

    # -- the journal table -------------------------------------------------

    def total(self) -> int:
        """Every stored episode, from a running count (constant time)."""
        return self._rows.total()

    def row_count(self, query: ActivationQuery) -> int:
        """How many table rows a query lists (constant time when nothing is filtered)."""
        return self._rows.count(query)

    def rows(self, query: ActivationQuery, page: RowPage) -> list[ActivationRow]:
        """One page of table rows; the total and a neighbouring row make deep pages cheap."""
        return self._rows.page(query, page)

    def request_row_count(
        self,
        query: ActivationQuery,
        receiver: QObject,
        on_done: Callable[[tuple[int, int]], None],
        on_failed: Failed = None,
    ) -> PendingRead[tuple[int, int]]:
        """On the worker thread: (rows the query lists, all entries)."""
        return self._reads.submit(
            lambda: (self._rows.count(query), self._rows.total()),
            receiver=receiver,
            on_done=on_done,
            on_failed=on_failed,
            priority=INTERACTIVE,
        )

    def request_rows(
        self,
        query: ActivationQuery,
        receiver: QObject,
        on_done: Callable[[list[ActivationRow]], None],
        on_failed: Failed = None,
        *,
        page: RowPage,
    ) -> PendingRead[list[ActivationRow]]:
        """rows() on the worker thread."""
        return self._reads.submit(
            lambda: self._rows.page(query, page),
            receiver=receiver,
            on_done=on_done,
            on_failed=on_failed,
            priority=INTERACTIVE,
        )

    def tracking_facts(self) -> TrackingFacts:
        """What the two-week map is computed from."""
        return self._patterns.tracking_facts()

    def request_tracking_facts(
        self,
        receiver: QObject,
        on_done: Callable[[TrackingFacts], None],
        on_failed: Failed = None,
    ) -> PendingRead[TrackingFacts]:
        """tracking_facts() on the worker thread (a summary: after what is on screen)."""
        return self._reads.submit(
            self._patterns.tracking_facts, receiver=receiver, on_done=on_done, on_failed=on_failed
        )

    # -- drafts ------------------------------------------------------------

    def save_draft(self, slot: str, fields: Mapping[str, str]) -> EntryDraft | None:
        """Keep what a form holds; an empty form removes the slot's draft. Announces nothing.

        A vault that can only be read keeps no drafts (the window's banner says why); the
        text stays in the form.
        """
        if self._vault_read_only():
            return None
        return self._drafts.save(slot, fields)

    def draft(self, slot: str) -> EntryDraft | None:
        """The draft kept in a slot (see healer.domain.draft for the slots)."""
        return self._drafts.get(slot)

    def discard_draft(self, slot: str) -> None:
        """Forget a slot's draft, typically right after the entry was saved."""
        if not self._vault_read_only():
            self._drafts.discard(slot)

    def _vault_read_only(self) -> bool:
        return self._vault.read_only is not None or self._vault.damaged

    # -- categories --------------------------------------------------------

    def categories(self) -> list[Category]:
        """Every trigger category."""
        return self._categories.all()

    def add_category(self, name: str) -> Category:
        """Add a trigger category (or return the existing one of that name)."""
        category = self._categories.add(name)
        self._changes.announce(Change.CATEGORY)
        return category

    # -- plans for triggers --------------------------------------------------

    def trigger_plans(self) -> list[TriggerPlan]:
        """Every category's plan ("When this happens, I will …"), in the categories' order."""
        return self._plans.all()

    def trigger_plan(self, category: str) -> TriggerPlan | None:
        """One category's plan, or None while it has none."""
        return self._plans.get(category)

    def find_trigger_plans(self, words: str) -> list[TriggerPlan]:
        """The plans holding every word typed (all of them for no words)."""
        return self._plans.search(words)

    def set_trigger_plan(self, category: str, text: str) -> TriggerPlan | None:
        """Write a category's plan (empty text removes it); announces Change.CATEGORY."""
        plan = self._plans.set(category, text)
        self._changes.announce(Change.CATEGORY)
        return plan

    def request_trigger_plans(
        self,
        receiver: QObject,
        on_done: Callable[[list[TriggerPlan]], None],
        on_failed: Failed = None,
    ) -> PendingRead[list[TriggerPlan]]:
        """trigger_plans() on the worker thread."""
        return self._reads.submit(
            self._plans.all, receiver=receiver, on_done=on_done, on_failed=on_failed
        )
