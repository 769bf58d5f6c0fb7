"""Half-written files a killed Healer left behind, removed at the start of the next run."""

from __future__ import annotations

from pathlib import Path

from healer.storage import partials


def clean_leftovers(vault_path: Path) -> int:
    """Remove stale partial backups, vaults and exports noted beside this vault; how many."""
    return partials.sweep_ledger(partials.ledger_for(vault_path))
