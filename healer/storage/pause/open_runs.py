"""Whether a pause is still open: one cheap query, asked at every unlock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from healer.storage.pause.schema import OPEN_RUN

if TYPE_CHECKING:
    from healer.storage.vault import Vault


def open_run_exists(vault: Vault) -> bool:
    """Whether any run is still open; kept apart so unlock loads none of the pause's code."""
    with vault.reading() as connection:
        row = connection.execute(
            f"SELECT EXISTS (SELECT 1 FROM soothing_run WHERE {OPEN_RUN}) AS open"
        )
        return bool(row.fetchone()["open"])
