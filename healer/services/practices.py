"""Uses of the regulating practices (the regulate tab): record, list, delete."""

from __future__ import annotations

from healer.domain.changes import Change
from healer.domain.practice import PracticeUse, PracticeUseInput
from healer.services.changes import ChangeNotifier
from healer.storage.practices.repository import PracticeRepository
from healer.storage.vault import Vault


class PracticeService:
    """Saved practice uses (breathing, cold water, …)."""

    def __init__(self, vault: Vault, changes: ChangeNotifier) -> None:
        self._practices = PracticeRepository(vault)
        self._changes = changes

    def record(self, content: PracticeUseInput) -> PracticeUse:
        """Save one use of a practice."""
        use = self._practices.add(content)
        self._changes.announce(Change.PRACTICE)
        return use

    def uses(
        self, *, activation_id: int | None = None, limit: int | None = None
    ) -> list[PracticeUse]:
        """Saved practice uses, newest first; only one episode's when activation_id is given."""
        return self._practices.find(activation_id=activation_id, limit=limit)

    def delete(self, use_id: int) -> None:
        """Remove one saved practice use."""
        self._practices.delete(use_id)
        self._changes.announce(Change.PRACTICE)
