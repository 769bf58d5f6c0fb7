"""Keeping unfinished entries in the vault, one draft per form slot."""

from __future__ import annotations

import json
from collections.abc import Mapping

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.draft import EntryDraft, clean_draft_fields, slot_activation_id
from healer.storage.sqlcipher import Connection
from healer.storage.vault import Vault


class DraftRepository:
    """Drafts in one vault; a draft of an edited entry goes when the entry is deleted."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(self, slot: str, fields: Mapping[str, str]) -> EntryDraft | None:
        """Keep what was typed (replacing the slot's earlier draft); nothing typed removes it."""
        activation_id = slot_activation_id(slot)
        cleaned = clean_draft_fields(fields)
        if not cleaned:
            self.discard(slot)
            return None
        now = utc_now()
        with self._vault.transaction() as connection:
            if activation_id is not None:
                row = connection.execute(
                    "SELECT 1 FROM activation WHERE id = ?", (activation_id,)
                ).fetchone()
                if row is None:
                    # The entry was deleted meanwhile; there is nothing to attach the draft to.
                    activation_id = None
                    slot = "new"
            connection.execute(
                "INSERT INTO entry_draft (slot, activation_id, fields, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (slot) DO UPDATE SET"
                " activation_id = excluded.activation_id, fields = excluded.fields,"
                " updated_at = excluded.updated_at",
                (slot, activation_id, json.dumps(cleaned, ensure_ascii=False), format_stored(now)),
            )
        return EntryDraft(slot, cleaned, now)

    def get(self, slot: str) -> EntryDraft | None:
        """The slot's draft, if one is kept."""
        slot_activation_id(slot)
        with self._vault.reading() as connection:
            row = connection.execute(
                "SELECT fields, updated_at FROM entry_draft WHERE slot = ?", (slot,)
            ).fetchone()
        if row is None:
            return None
        loaded = json.loads(row["fields"])
        fields = clean_draft_fields(loaded if isinstance(loaded, dict) else {})
        return EntryDraft(slot, fields, parse_stored(row["updated_at"]))

    def discard(self, slot: str) -> None:
        """Forget the slot's draft (no error when there is none)."""
        slot_activation_id(slot)
        with self._vault.transaction() as connection:
            self.discard_in(connection, slot)

    @staticmethod
    def discard_in(connection: Connection, slot: str) -> None:
        """Forget the slot's draft inside a transaction the caller holds."""
        connection.execute("DELETE FROM entry_draft WHERE slot = ?", (slot,))
