"""The unlocked session: owns the vault, performs every write, announces what changed.

Signals:
    data_changed(kinds): emitted after a write with the set of record kinds it touched,
        for example frozenset({"activation"}); each view decides whether to refresh.
    locked(): emitted once the vault connection has been closed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from healer.domain.activation import Activation, ActivationInput, ActivationQuery
from healer.domain.category import Category
from healer.storage import exchange
from healer.storage.activations import ActivationRepository
from healer.storage.categories import CategoryRepository
from healer.storage.files import atomic_write_bytes, ensure_private_dir
from healer.storage.vault import CheckReport, Vault

ACTIVATION = "activation"
CATEGORY = "category"


class Session(QObject):
    """One person's unlocked vault for the life of an unlock."""

    data_changed = Signal(frozenset)
    locked = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._activations = ActivationRepository(vault)
        self._categories = CategoryRepository(vault)

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
        if self._vault.is_open:
            self._vault.close()
            self.locked.emit()

    def _changed(self, *kinds: str) -> None:
        self.data_changed.emit(frozenset(kinds))

    # -- activations -------------------------------------------------------

    def log_activation(self, content: ActivationInput) -> Activation:
        """Record a new episode."""
        activation = self._activations.add(content)
        self._changed(ACTIVATION)
        return activation

    def update_activation(self, activation_id: int, content: ActivationInput) -> Activation:
        """Replace an episode's details."""
        activation = self._activations.update(activation_id, content)
        self._changed(ACTIVATION)
        return activation

    def settle_activation(self, activation_id: int, at: datetime | None = None) -> Activation:
        """Mark an episode as settled (now by default)."""
        activation = self._activations.settle(activation_id, at)
        self._changed(ACTIVATION)
        return activation

    def delete_activation(self, activation_id: int) -> None:
        """Remove an episode."""
        self._activations.delete(activation_id)
        self._changed(ACTIVATION)

    def activation(self, activation_id: int) -> Activation:
        """One episode by id."""
        return self._activations.get(activation_id)

    def activations(self, query: ActivationQuery | None = None) -> list[Activation]:
        """Episodes matching the query, newest first."""
        return self._activations.find(query or ActivationQuery())

    def count_activations(self, query: ActivationQuery | None = None) -> int:
        """How many episodes match."""
        return self._activations.count(query)

    # -- categories --------------------------------------------------------

    def categories(self) -> list[Category]:
        """Every trigger category."""
        return self._categories.all()

    def add_category(self, name: str) -> Category:
        """Add a trigger category (or return the existing one of that name)."""
        category = self._categories.add(name)
        self._changed(CATEGORY)
        return category

    # -- exchange and maintenance -----------------------------------------

    def export_json(self, destination: Path) -> int:
        """Write a plaintext JSON export where the person chose; returns the number of entries."""
        activations = self.activations()
        data = exchange.export_json(activations, self.categories())
        _write_export(destination, data)
        return len(activations)

    def export_csv(self, destination: Path) -> int:
        """Write a plaintext CSV export where the person chose; returns the number of entries."""
        activations = self.activations()
        _write_export(destination, exchange.export_csv(activations))
        return len(activations)

    def import_json(self, data: bytes) -> exchange.ImportResult:
        """Import a Healer JSON export; entries already present are skipped."""
        result = exchange.import_json(self._vault, data)
        self._changed(ACTIVATION, CATEGORY)
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
