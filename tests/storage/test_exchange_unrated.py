"""An intensity not rated yet travels through JSON as null and CSV as an empty cell."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support import PASSPHRASE, copy_vault
from test_exchange import exported

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.storage import exchange
from healer.storage.errors import ImportFormatError
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault


@pytest.fixture(name="second")
def second_fixture(vault_template: Path, tmp_path: Path) -> Iterator[Vault]:
    opened = Vault.open(copy_vault(vault_template, tmp_path / "second.vault"), PASSPHRASE)
    yield opened
    opened.close()


def test_not_rated_round_trips_as_null(vault: Vault, second: Vault) -> None:
    repository = ActivationRepository(vault)
    repository.add(ActivationInput("no reply", None, datetime(2026, 11, 2, 9, tzinfo=UTC)))
    data = exported(vault)
    (record,) = json.loads(data)["activations"]
    assert record["intensity"] is None
    assert exchange.import_json(second, data).added == 1
    (copied,) = ActivationRepository(second).find(ActivationQuery())
    assert copied.content.intensity is None
    rows = list(csv.DictReader(io.StringIO(exchange.export_csv([copied]).decode("utf-8-sig"))))
    assert rows[0]["intensity"] == ""


def test_a_missing_intensity_key_is_still_refused(vault: Vault, second: Vault) -> None:
    repository = ActivationRepository(vault)
    repository.add(ActivationInput("no reply", 4, datetime(2026, 11, 2, 9, tzinfo=UTC)))
    document = json.loads(exported(vault))
    del document["activations"][0]["intensity"]
    with pytest.raises(ImportFormatError, match=r"activations\[0\]\.intensity"):
        exchange.import_json(second, json.dumps(document).encode())
