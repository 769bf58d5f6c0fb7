"""The path page's one read: every step's facts, gathered on the worker thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject

from healer.domain.clock import utc_now
from healer.domain.path import PathView, path_view
from healer.services.background import BackgroundReads, PendingRead
from healer.storage.charts.path_facts import PathReader
from healer.storage.vault import Vault


class PathService:
    """Where the person stands on the six steps; only counts, dates and category names."""

    def __init__(
        self, vault: Vault, reads: BackgroundReads, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._reader = PathReader(vault)
        self._reads = reads
        self._clock = clock

    def view(self, zone: tzinfo | None = None) -> PathView:
        """The page's standings as of the clock's now, in the person's zone."""
        now = self._clock()
        return path_view(self._reader.facts(now, zone), now.astimezone(zone).date(), zone)

    def request_view(
        self,
        receiver: QObject,
        on_done: Callable[[PathView], None],
        on_failed: Callable[[str], None] | None = None,
        *,
        zone: tzinfo | None = None,
    ) -> PendingRead[PathView]:
        """view() on the worker thread, answered to the one receiver."""
        return self._reads.submit(
            lambda: self.view(zone), receiver=receiver, on_done=on_done, on_failed=on_failed
        )
