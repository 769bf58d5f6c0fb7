"""The vault errors a person can act on, re-exported so the UI never imports storage."""

from __future__ import annotations

from healer.domain.errors import HealerError, ValidationError
from healer.storage.errors import (
    NotAVaultError,
    NotFoundError,
    VaultBusyError,
    VaultClosedError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultNotFoundError,
    VaultReadOnlyError,
    WrongPassphraseError,
)

__all__ = [
    "HealerError",
    "NotAVaultError",
    "NotFoundError",
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
]
