"""One key derivation per unlock: the vault keeps one keyed connection for the whole session."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3
from support import PASSPHRASE

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.journal import RowPage
from healer.services.session import Session
from healer.storage import sqlcipher
from healer.storage.errors import WrongPassphraseError


class Keyings:
    """Counts connections opened on the vault file and PRAGMA key calls (each one a PBKDF2)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, vault_path: Path) -> None:
        self.keys = 0
        self.connections = 0
        real_apply_key = sqlcipher.apply_key
        real_connect = sqlcipher3.connect

        def apply_key(connection: sqlcipher.Connection, passphrase: str) -> None:
            self.keys += 1
            real_apply_key(connection, passphrase)

        def connect(database: str, *args: object, **kwargs: object) -> sqlcipher.Connection:
            if vault_path.name in str(database):
                self.connections += 1
            return real_connect(database, *args, **kwargs)

        monkeypatch.setattr(sqlcipher, "apply_key", apply_key)
        monkeypatch.setattr(sqlcipher3, "connect", connect)


def test_an_unlock_derives_the_key_once_and_the_session_never_again(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = Keyings(monkeypatch, vault_path)
    session = Session.unlock(vault_path, PASSPHRASE)
    assert (counted.keys, counted.connections) == (1, 1)

    # A session's worth of work, background reads included: no second connection, no re-keying.
    moment = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    activation = session.journal.log(ActivationInput("No reply", 6, moment))
    session.journal.settle(activation.id)
    session.journal.find(ActivationQuery(search="reply"))
    session.journal.rows(ActivationQuery(), RowPage(offset=0, limit=50))
    session.journal.tracking_facts()
    session.journal.save_draft("quick", {"trigger": "half a thought"})
    totals: list[int] = []
    session.journal.request_row_count(
        ActivationQuery(), session, lambda counts: totals.append(counts[1])
    )
    assert session.reads.wait(10_000)
    session.check()
    session.lock()
    assert (counted.keys, counted.connections) == (1, 1)

    # Every later unlock costs exactly one more derivation.
    Session.unlock(vault_path, PASSPHRASE).lock()
    assert (counted.keys, counted.connections) == (2, 2)


def test_a_wrong_passphrase_costs_one_derivation(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = Keyings(monkeypatch, vault_path)
    with pytest.raises(WrongPassphraseError):
        Session.unlock(vault_path, "not the passphrase")
    assert (counted.keys, counted.connections) == (1, 1)
