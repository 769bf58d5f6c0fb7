"""Plaintext exports (JSON, CSV) written where the person chose, and JSON import."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from healer.domain.activation import Activation
from healer.domain.changes import Change
from healer.services.changes import ChangeNotifier
from healer.services.journal import JournalService
from healer.services.parts import PartsService
from healer.services.pause import PauseService
from healer.services.practices import PracticeService
from healer.storage import exchange
from healer.storage.exchange import ImportResult
from healer.storage.files import atomic_write_bytes, ensure_private_dir
from healer.storage.pause import exchange as pause_exchange
from healer.storage.vault import Vault

__all__ = ["ExchangeService", "ImportResult"]


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
    ) -> None:
        self._vault = vault
        self._changes = changes
        self._journal = journal
        self._practices = practices
        self._pause = pause
        self._parts = parts

    def export_json(self, destination: Path) -> int:
        """Write a plaintext JSON export where the person chose; returns the number of entries."""
        activations = self._journal.find()
        data = exchange.export_json(
            activations,
            self._journal.categories(),
            self._practices.uses(),
            parts=self._parts.parts(),
            dialogues=self._parts.dialogues(),
            extra=self._pause_document(activations),
        )
        _write_export(destination, data)
        return len(activations)

    def export_csv(self, destination: Path) -> int:
        """Write a plaintext CSV export where the person chose; returns the number of entries."""
        activations = self._journal.find()
        _write_export(destination, exchange.export_csv(activations))
        return len(activations)

    def import_json(self, source: bytes | BinaryIO) -> ImportResult:
        """Import a Healer JSON export (bytes, or what open_import gave); skip what is present."""
        result = exchange.import_json(self._vault, source)
        changes = Change(0)
        for added, change in (
            (result.added, Change.ACTIVATION),
            (result.categories_added, Change.CATEGORY),
            (result.practices_added, Change.PRACTICE),
            (result.pauses_added, Change.PAUSE),
            (result.parts_added, Change.PART),
            (result.dialogues_added, Change.DIALOGUE),
        ):
            if added:
                changes |= change
        self._changes.announce(changes)
        return result

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


def _write_export(destination: Path, data: bytes) -> None:
    destination = destination.expanduser().absolute()
    ensure_private_dir(destination.parent)
    atomic_write_bytes(destination, data)
