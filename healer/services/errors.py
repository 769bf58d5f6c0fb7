"""The vault errors a person can act on, re-exported so the UI never imports storage."""

from __future__ import annotations

from healer.domain.errors import HealerError, ValidationError
from healer.storage.errors import (
    BackupFolderMissingError,
    BackupNotVerifiedError,
    DestinationError,
    DestinationExistsError,
    DiskFullError,
    NotAVaultError,
    NotFoundError,
    ProtectedDestinationError,
    VaultBusyError,
    VaultClosedError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultNotFoundError,
    VaultReadOnlyError,
    WrongPassphraseError,
    is_disk_full,
)

__all__ = [
    "BackupFolderMissingError",
    "BackupNotVerifiedError",
    "DestinationError",
    "DestinationExistsError",
    "DiskFullError",
    "HealerError",
    "NotAVaultError",
    "NotFoundError",
    "ProtectedDestinationError",
    "ValidationError",
    "VaultBusyError",
    "VaultClosedError",
    "VaultDamagedError",
    "VaultError",
    "VaultExistsError",
    "VaultInUseError",
    "VaultNotFoundError",
    "VaultReadOnlyError",
    "WrongPassphraseError",
    "is_disk_full",
]
