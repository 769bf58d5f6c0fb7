"""Keeping the moment form's unfinished text in the vault, like entry drafts."""

from __future__ import annotations

import json
from collections.abc import Mapping

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.draft import EntryDraft
from healer.domain.errors import ValidationError
from healer.domain.moments import MOMENT_DRAFT_SLOT, clean_moment_draft
from healer.storage.vault import Vault


def _check_slot(slot: str) -> None:
    if slot != MOMENT_DRAFT_SLOT:
        raise ValidationError("slot", "unknown draft slot")


class MomentDraftRepository:
    """The moment form's draft: written as the person types, removed once saved."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(self, slot: str, fields: Mapping[str, str]) -> EntryDraft | None:
        """Keep what was typed (replacing the earlier draft); nothing typed removes it."""
        _check_slot(slot)
        cleaned = clean_moment_draft(fields)
        if not cleaned:
            self.discard(slot)
            return None
        now = utc_now()
        with self._vault.transaction() as connection:
            connection.execute(
                "INSERT INTO moment_draft (slot, fields, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (slot) DO UPDATE SET fields = excluded.fields,"
                " updated_at = excluded.updated_at",
                (slot, json.dumps(cleaned, ensure_ascii=False), format_stored(now)),
            )
        return EntryDraft(slot, cleaned, now)

    def get(self, slot: str) -> EntryDraft | None:
        """The slot's draft, if one is kept."""
        _check_slot(slot)
        with self._vault.reading() as connection:
            row = connection.execute(
                "SELECT fields, updated_at FROM moment_draft WHERE slot = ?", (slot,)
            ).fetchone()
        if row is None:
            return None
        fields = clean_moment_draft(json.loads(row["fields"]))
        return EntryDraft(slot, fields, parse_stored(row["updated_at"]))

    def discard(self, slot: str) -> None:
        """Forget the slot's draft (no error when there is none)."""
        _check_slot(slot)
        with self._vault.transaction() as connection:
            connection.execute("DELETE FROM moment_draft WHERE slot = ?", (slot,))
