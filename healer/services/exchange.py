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
from healer.services.support import SupportService
from healer.storage import destinations, exchange, partials
from healer.storage.exchange import ImportResult
from healer.storage.pause import exchange as pause_exchange
from healer.storage.rescue import RescueResult, rescue_export
from healer.storage.support import exchange as support_exchange
from healer.storage.vault import Vault

__all__ = ["ExchangeService", "ImportResult", "RescueResult", "export_rescue"]


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
        support: SupportService,
    ) -> None:
        self._vault = vault
        self._changes = changes
        self._journal = journal
        self._practices = practices
        self._pause = pause
        self._parts = parts
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
            extra=self._pause_document(activations)
            | support_exchange.support_document(self._support.checks(), self._support.questions()),
        )
        self.write_file(destination, data, force=force)
        return len(activations)

    def export_csv(self, destination: Path, *, force: bool = False) -> int:
        """Write a plaintext CSV export where the person chose; returns the number of entries."""
        self.check_destination(destination, force=force)
        activations = self._journal.find()
        self.write_file(destination, exchange.export_csv(activations), force=force)
        return len(activations)

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
        changes = Change(0)
        for added, change in (
            (result.added, Change.ACTIVATION),
            (result.categories_added, Change.CATEGORY),
            (result.practices_added, Change.PRACTICE),
            (result.pauses_added, Change.PAUSE),
            (result.parts_added, Change.PART),
            (result.dialogues_added, Change.DIALOGUE),
            (result.support_added, Change.SUPPORT),
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
