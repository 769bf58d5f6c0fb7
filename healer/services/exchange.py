"""Plaintext exports (JSON, CSV) written where the person chose, and JSON import."""

from __future__ import annotations

from pathlib import Path

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
from healer.storage.rescue import RescueResult, rescue_export
from healer.storage.vault import Vault

__all__ = ["ExchangeService", "ImportResult", "RescueResult", "export_rescue"]


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

    def import_json(self, data: bytes) -> ImportResult:
        """Import a Healer JSON export; entries already present are skipped."""
        result = exchange.import_json(self._vault, data)
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


def export_rescue(vault_path: Path, passphrase: str, destination: Path) -> RescueResult:
    """Write every row a damaged vault still yields as plaintext JSON; the vault is only read."""
    result = rescue_export(vault_path, passphrase)
    _write_export(destination, result.data)
    return result


def _write_export(destination: Path, data: bytes) -> None:
    destination = destination.expanduser().absolute()
    ensure_private_dir(destination.parent)
    atomic_write_bytes(destination, data)
