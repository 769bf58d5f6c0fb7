"""The vault's lock file, shared by app windows and healer-cli (the protocol is storage.lock)."""

from __future__ import annotations

from healer.storage.files import ensure_private_dir
from healer.storage.lock import VaultLock, lock_file_path

__all__ = ["VaultLock", "ensure_private_dir", "lock_file_path"]
