"""The 20-minute pause (the pause tab): runs, the person's pause words, urge outcomes.

A run is saved at every step; checkpoints of a running timer and the typed need are
saved with announce=False (like drafts). The urge outcome lives on the episode: an entry
saves its own with the entry (JournalService); here it is read, and set by a pause.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from healer.domain.changes import Change
from healer.services.changes import ChangeNotifier
from healer.storage.pause.open_runs import open_run_exists
from healer.storage.vault import Vault

if TYPE_CHECKING:
    # Loaded on first use: at unlock only is_open() is asked, and it needs none of these.
    from healer.domain.pause import PausePreferences, PauseRecord, PauseRun
    from healer.domain.urge import UrgeRecord
    from healer.storage.pause.repository import PauseRepository, UrgeOutcomes


class PauseService:
    """Pause runs and what the person chose for them."""

    def __init__(self, vault: Vault, changes: ChangeNotifier) -> None:
        self._vault = vault
        self._changes = changes

    @cached_property
    def _runs(self) -> PauseRepository:
        from healer.storage.pause.repository import PauseRepository  # noqa: PLC0415 (see TYPE_CHECKING)

        return PauseRepository(self._vault)

    @cached_property
    def _urges(self) -> UrgeOutcomes:
        from healer.storage.pause.repository import UrgeOutcomes  # noqa: PLC0415 (see TYPE_CHECKING)

        return UrgeOutcomes(self._vault)

    def is_open(self) -> bool:
        """Whether a pause is still running (asked at unlock; cheap)."""
        return open_run_exists(self._vault)

    def current(self) -> PauseRun | None:
        """The pause still open (running, paused, or waiting for an answer)."""
        return self._runs.current()

    def save(
        self, record: PauseRecord, run_id: int | None = None, *, announce: bool = True
    ) -> PauseRun:
        """Store a run's state; announce=False for checkpoints and typed drafts (no refresh)."""
        run = self._runs.save(record, run_id)
        if announce:
            linked = run.record.activation_id is not None and not run.record.phase.is_open
            self._changes.announce(Change.PAUSE | (Change.ACTIVATION if linked else Change(0)))
        return run

    def finish(self, run_id: int, record: PauseRecord) -> PauseRun:
        """Store a finished run and stamp its episode settled at the run's end."""
        run = self._runs.finish_and_settle(run_id, record)
        self._changes.announce(Change.PAUSE | Change.ACTIVATION)
        return run

    def runs(self, limit: int | None = None) -> list[PauseRun]:
        """Pauses, newest first."""
        return self._runs.find(limit)

    def completed_count(self) -> int:
        """How many pauses were seen through to the end."""
        return self._runs.completed_count()

    def preferences(self) -> PausePreferences:
        """The person's naming words, distraction list and pause length."""
        return self._runs.preferences()

    def save_preferences(self, preferences: PausePreferences) -> PausePreferences:
        """Keep the person's own pause words (in the vault: they are journal text)."""
        saved = self._runs.save_preferences(preferences)
        self._changes.announce(Change.PAUSE)
        return saved

    def urge_outcome(self, activation_id: int) -> UrgeRecord | None:
        """What happened to an episode's urge, if recorded."""
        return self._urges.get(activation_id)

    def set_urge_outcome(self, activation_id: int, urge: UrgeRecord | None) -> None:
        """Record (None: forget) what happened to an episode's urge, alone."""
        self._urges.set(activation_id, urge)
        self._changes.announce(Change.ACTIVATION)

    def urge_outcomes(self) -> dict[int, UrgeRecord]:
        """Every recorded urge outcome, by activation id (the gap chart's data)."""
        return self._urges.all()
