"""Drafts kept in the vault: saved, replaced, survive a lock, and go with their entry."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.domain.draft import NEW_ENTRY_SLOT, QUICK_CAPTURE_SLOT, edit_slot
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.drafts import DraftRepository
from healer.storage.migrations import LATEST_VERSION, schema_version
from healer.storage.vault import Vault

START = datetime(2026, 11, 23, 21, 5, tzinfo=UTC)


def test_migration_three_is_applied(vault: Vault) -> None:
    assert LATEST_VERSION >= 3
    assert schema_version(vault.connection) == LATEST_VERSION


def test_save_replace_and_discard(vault: Vault) -> None:
    drafts = DraftRepository(vault)
    assert drafts.get(NEW_ENTRY_SLOT) is None
    drafts.save(NEW_ENTRY_SLOT, {"trigger": "no reply", "intensity": "6"})
    drafts.save(NEW_ENTRY_SLOT, {"trigger": "no reply all evening", "story": "they left"})
    kept = drafts.get(NEW_ENTRY_SLOT)
    assert kept is not None
    assert dict(kept.fields) == {"trigger": "no reply all evening", "story": "they left"}
    assert drafts.get(QUICK_CAPTURE_SLOT) is None
    drafts.discard(NEW_ENTRY_SLOT)
    assert drafts.get(NEW_ENTRY_SLOT) is None


def test_saving_an_empty_form_removes_the_draft(vault: Vault) -> None:
    drafts = DraftRepository(vault)
    drafts.save(QUICK_CAPTURE_SLOT, {"trigger": "x"})
    assert drafts.save(QUICK_CAPTURE_SLOT, {"trigger": "   "}) is None
    assert drafts.get(QUICK_CAPTURE_SLOT) is None


def test_draft_survives_closing_and_reopening(vault_path: Path) -> None:
    first = Vault.open(vault_path, PASSPHRASE)
    DraftRepository(first).save(NEW_ENTRY_SLOT, {"body": "tight chest"})
    first.close()
    again = Vault.open(vault_path, PASSPHRASE)
    try:
        kept = DraftRepository(again).get(NEW_ENTRY_SLOT)
        assert kept is not None
        assert kept.fields["body"] == "tight chest"
    finally:
        again.close()


def test_edit_draft_goes_when_its_entry_is_deleted(vault: Vault) -> None:
    repository = ActivationRepository(vault)
    stored = repository.add(ActivationInput(trigger="t", intensity=3, started_at=START))
    drafts = DraftRepository(vault)
    drafts.save(edit_slot(stored.id), {"trigger": "t, more"})
    assert drafts.get(edit_slot(stored.id)) is not None
    repository.delete(stored.id)
    assert drafts.get(edit_slot(stored.id)) is None


def test_edit_draft_of_a_missing_entry_becomes_a_new_entry_draft(vault: Vault) -> None:
    drafts = DraftRepository(vault)
    kept = drafts.save(edit_slot(999), {"trigger": "words worth keeping"})
    assert kept is not None
    assert kept.slot == NEW_ENTRY_SLOT
    assert drafts.get(NEW_ENTRY_SLOT) is not None


def test_migration_three_counts_entries_already_there() -> None:
    import sqlcipher3

    from healer.storage import migrations

    connection = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(connection, target=2)
        for n in range(7):
            connection.execute(
                "INSERT INTO activation (uid, started_at, intensity, trigger_text, created_at,"
                " updated_at) VALUES (?, ?, 5, 't', ?, ?)",
                (
                    f"u{n}",
                    f"2026-11-0{n + 1}T08:00:00Z",
                    "2026-11-23T00:00:00Z",
                    "2026-11-23T00:00:00Z",
                ),
            )
        assert migrations.migrate(connection, target=3) == [3]
        row = connection.execute("SELECT total FROM activation_stats").fetchone()
        assert row[0] == 7
        connection.execute("DELETE FROM activation WHERE uid = 'u0'")
        assert connection.execute("SELECT total FROM activation_stats").fetchone()[0] == 6
    finally:
        connection.close()
