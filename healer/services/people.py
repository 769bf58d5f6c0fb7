"""Relationships (the people tab): the people registry, moments of being met, consistency.

Every write announces what it touched: Change.PERSON for the registry, Change.MOMENT for
moments, and Change.ACTIVATION as well when entries' names changed (a rename, a delete
or its undo). Drafts announce nothing, like entry drafts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.consistency import (
    SIGNAL_WINDOW,
    ActivationFacts,
    GentleSignal,
    QuarterShare,
    activation_facts,
    care_by_quarter,
    gentle_signal,
)
from healer.domain.draft import EntryDraft
from healer.domain.moments import Moment, MomentInput, MomentQuery
from healer.domain.people import Person, PersonInput
from healer.services.changes import ChangeNotifier
from healer.storage.people.drafts import MomentDraftRepository
from healer.storage.people.moments import MomentRepository
from healer.storage.people.repository import PersonRemoval, PersonRepository
from healer.storage.vault import Vault

__all__ = ["PeopleService", "PersonConsistency", "PersonRemoval"]


@dataclass(frozen=True, slots=True)
class PersonConsistency:
    """What the person page shows: their moments, care per quarter, their activations."""

    person: Person
    moments: tuple[Moment, ...]  # oldest first
    quarters: tuple[QuarterShare, ...]
    activations: ActivationFacts
    signal: GentleSignal | None  # None also while the person has set it aside


class PeopleService:
    """People, moments and the per-person view."""

    def __init__(self, vault: Vault, changes: ChangeNotifier) -> None:
        self._vault = vault
        self._people = PersonRepository(vault)
        self._moments = MomentRepository(vault)
        self._drafts = MomentDraftRepository(vault)
        self._changes = changes

    # -- people ------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone, current people first, then by name."""
        return self._people.all()

    def person(self, person_id: int) -> Person:
        """One person by id."""
        return self._people.get(person_id)

    def add_person(self, content: PersonInput) -> Person:
        """Add someone to the registry."""
        person = self._people.add(content)
        self._changes.announce(Change.PERSON)
        return person

    def update_person(self, person_id: int, content: PersonInput) -> Person:
        """Rename, change the role or notes, archive or bring back from the archive."""
        before = self._people.get(person_id)
        person = self._people.update(person_id, content)
        renamed = before.name != person.name
        self._changes.announce(
            Change.PERSON | Change.MOMENT | (Change.ACTIVATION if renamed else Change(0))
        )
        return person

    def delete_person(self, person_id: int) -> PersonRemoval:
        """Delete someone, their moments and their name in entries; restore_person undoes it."""
        removal = self._people.delete(person_id)
        self._changes.announce(Change.PERSON | Change.MOMENT | Change.ACTIVATION)
        return removal

    def restore_person(self, removal: PersonRemoval) -> Person:
        """Put back a deleted person exactly as they were."""
        person = self._people.restore(removal)
        self._changes.announce(Change.PERSON | Change.MOMENT | Change.ACTIVATION)
        return person

    def dismiss_signal(self, person_id: int, at: datetime | None = None) -> None:
        """Set the gentle signal aside on this person's page (it may return months later)."""
        self._people.dismiss_signal(person_id, at or utc_now())
        self._changes.announce(Change.PERSON)

    def consistency(self, person_id: int, now: datetime | None = None) -> PersonConsistency:
        """Everything the person page shows about someone."""
        now = now or utc_now()
        person = self._people.get(person_id)
        moments = self._moments.for_person(person_id)
        involvement = self._people.involvement(person_id)
        signal = gentle_signal((item.started_at for item in involvement), moments, now)
        dismissed = person.signal_dismissed_at
        if dismissed is not None and now - dismissed < SIGNAL_WINDOW:
            signal = None
        return PersonConsistency(
            person=person,
            moments=tuple(moments),
            quarters=tuple(care_by_quarter(moments)),
            activations=activation_facts([item.duration for item in involvement]),
            signal=signal,
        )

    # -- moments -----------------------------------------------------------

    def moments(self, query: MomentQuery | None = None) -> list[Moment]:
        """Moments matching the query, newest first."""
        return self._moments.find(query)

    def moment(self, moment_id: int) -> Moment:
        """One moment by id."""
        return self._moments.get(moment_id)

    def log_moment(self, content: MomentInput, *, discard_draft: str | None = None) -> Moment:
        """Keep a new moment (and forget the form's draft once it is kept)."""
        moment = self._moments.add(content)
        if discard_draft is not None:
            self.discard_draft(discard_draft)
        self._changes.announce(Change.MOMENT | Change.PERSON)
        return moment

    def update_moment(
        self, moment_id: int, content: MomentInput, *, discard_draft: str | None = None
    ) -> Moment:
        """Replace a moment's content."""
        moment = self._moments.update(moment_id, content)
        if discard_draft is not None:
            self.discard_draft(discard_draft)
        self._changes.announce(Change.MOMENT | Change.PERSON)
        return moment

    def delete_moment(self, moment_id: int) -> Moment:
        """Delete a moment; restore_moment undoes it."""
        moment = self._moments.delete(moment_id)
        self._changes.announce(Change.MOMENT | Change.PERSON)
        return moment

    def restore_moment(self, moment: Moment) -> Moment:
        """Put back a deleted moment (id, uid and times)."""
        restored = self._moments.restore(moment)
        self._changes.announce(Change.MOMENT | Change.PERSON)
        return restored

    # -- drafts ------------------------------------------------------------

    def save_draft(self, slot: str, fields: Mapping[str, str]) -> EntryDraft | None:
        """Keep what the moment form holds; announces nothing. A read-only vault keeps none."""
        if self._read_only():
            return None
        return self._drafts.save(slot, fields)

    def draft(self, slot: str) -> EntryDraft | None:
        """The moment form's kept draft."""
        return self._drafts.get(slot)

    def discard_draft(self, slot: str) -> None:
        """Forget the moment form's draft."""
        if not self._read_only():
            self._drafts.discard(slot)

    def _read_only(self) -> bool:
        return self._vault.read_only is not None or self._vault.damaged
