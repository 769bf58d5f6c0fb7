"""healer-cli shows an intensity not rated yet as such, in the table, in show and as JSON null."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from test_cli_end_to_end import PASSPHRASE, env, ok, template, vault

from healer.domain.activation import ActivationInput
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault

__all__ = ["env", "template", "vault"]  # the fixtures, shared with the end-to-end tests


def test_an_unrated_entry_is_listed_and_shown_as_not_rated(
    env: dict[str, str], vault: Path
) -> None:
    opened = Vault.open(vault, PASSPHRASE)
    try:
        stored = ActivationRepository(opened).add(
            ActivationInput("left on read", None, datetime(2026, 11, 20, 9, tzinfo=UTC))
        )
    finally:
        opened.close()
    shown = ok(env, "show", str(stored.id), "--vault", str(vault))
    assert "intensity   not rated" in shown
    table = ok(env, "list", "--vault", str(vault))
    row = next(line for line in table.splitlines() if "left on read" in line)
    assert "  -  " in row
    (record,) = json.loads(ok(env, "list", "--vault", str(vault), "--json"))
    assert record["intensity"] is None
