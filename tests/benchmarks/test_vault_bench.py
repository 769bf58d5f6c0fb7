"""Vault benchmarks: unlock, interactive queries encrypted vs unkeyed, and the cost of a save."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from harness import Budget, Case, record_single
from histories import END, PASSPHRASE, History, HistoryFactory, open_history, vocabulary

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.clock import utc_now
from healer.domain.journal import RowPage
from healer.storage import sqlcipher
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.patterns import PatternReader
from healer.storage.journal.rows import JournalRowReader
from healer.storage.vault import Vault

ROWS = 100_000
QUERY_ROUNDS = 7
SAVE_ROUNDS = 11
QUERY_BUDGET = Budget(absolute=50, ratio=2.5)  # ms; encrypted / unkeyed of the same build
COMMON_TERM = "reply"  # in nearly every entry of this journal
MIDDLE_SHARE = 0.02  # the middling term is the vocabulary word nearest to 2% of entries


def _ms(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return (time.perf_counter() - began) * 1000


def _moment() -> ActivationInput:
    now = utc_now()
    return ActivationInput(
        trigger="No reply since this morning and the old story came back",
        intensity=6,
        started_at=now - timedelta(minutes=25),
        settled_at=now,
        body="Tight chest, hot face.",
        story="They are pulling away.",
        urge="Send three more messages.",
        did="Breathed out slowly, walked around the block.",
        after="Calmer; I can wait for the evening.",
        category="delayed reply",
    )


@pytest.fixture(scope="module")
def vaults(history: HistoryFactory) -> Iterator[dict[str, Vault]]:
    """The 100k history encrypted and unkeyed, each on one long-lived connection."""
    opened = {
        "encrypted": open_history(history(ROWS, keyed=True)),
        "unkeyed": open_history(history(ROWS, keyed=False)),
    }
    yield opened
    for vault in opened.values():
        vault.close()


def test_unlock(history: HistoryFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    target: History = history(ROWS, keyed=True)
    keyings: list[int] = []
    real_apply_key = sqlcipher.apply_key

    def counting_apply_key(connection: sqlcipher.Connection, passphrase: str) -> None:
        keyings.append(1)
        real_apply_key(connection, passphrase)

    monkeypatch.setattr(sqlcipher, "apply_key", counting_apply_key)

    def unlock() -> float:
        began = time.perf_counter()
        vault = Vault.open(target.path, PASSPHRASE)
        vault.connection.execute("SELECT total FROM activation_stats").fetchone()
        elapsed = (time.perf_counter() - began) * 1000
        vault.close()
        return elapsed

    samples = Case(
        "unlock at 256,000 PBKDF2 iterations (key + first read), 100k vault",
        budget=Budget(absolute=500),
    ).run({"Vault.open": unlock}, rounds=QUERY_ROUNDS)
    per_unlock = len(keyings) / (len(samples["Vault.open"]) + 1)  # + the warm-up round
    record_single(
        "unlock at 256,000 PBKDF2 iterations (key + first read), 100k vault",
        "key derivations per unlock",
        per_unlock,
        "count",
        Budget(absolute=1),
    )


def _middling_term(vault: Vault) -> tuple[str, float]:
    """A word found in about MIDDLE_SHARE of the entries, and its share."""
    total = JournalRowReader(vault).total()
    best = ("", 0.0)
    for word in vocabulary()[200:3000:100]:
        with vault.reading() as connection:
            (hits,) = connection.execute(
                "SELECT count(*) FROM activation_fts WHERE activation_fts MATCH ?", (f'"{word}"*',)
            ).fetchone()
        if abs(hits / total - MIDDLE_SHARE) < abs(best[1] - MIDDLE_SHARE):
            best = (word, hits / total)
    return best


def _queries(vault: Vault, middling: tuple[str, float]) -> dict[str, Callable[[], object]]:
    rows = JournalRowReader(vault)
    activations = ActivationRepository(vault)
    total = rows.total()
    since = END - timedelta(days=30)
    return {
        "save one activation (one transaction, fsync)": lambda: activations.add(_moment()),
        "journal page of 200 rows, top": lambda: rows.page(
            ActivationQuery(), RowPage(offset=0, limit=200, total=total)
        ),
        "journal page of 200 rows at row 50,000 (by offset)": lambda: rows.page(
            ActivationQuery(), RowPage(offset=50_000, limit=200, total=total)
        ),
        "last 30 days, full entries": lambda: activations.find(ActivationQuery(since=since)),
        "top triggers (category counts, PatternReader)": PatternReader(vault).tracking_facts,
        f"full-text search top 50, middling term (in {middling[1]:.1%} of entries)": (
            lambda: activations.find(ActivationQuery(search=middling[0], limit=50))
        ),
        f"full-text search top 50, common term ({COMMON_TERM!r})": lambda: activations.find(
            ActivationQuery(search=COMMON_TERM, limit=50)
        ),
    }


def _cold(history: History, operation: str, middling: tuple[str, float]) -> float:
    """The operation as the first statement after an unlock: SQLite's page cache empty."""
    vault = open_history(history)  # the key derivation happens here, outside the timing
    try:
        return _ms(_queries(vault, middling)[operation])
    finally:
        vault.close()


def test_queries_encrypted_vs_unkeyed(history: HistoryFactory, vaults: dict[str, Vault]) -> None:
    middling = _middling_term(vaults["encrypted"])
    plans = {name: _queries(vault, middling) for name, vault in vaults.items()}
    files = {"encrypted": history(ROWS, keyed=True), "unkeyed": history(ROWS, keyed=False)}
    for operation in plans["encrypted"]:
        Case(f"{operation} @100k", baseline="unkeyed", budget=QUERY_BUDGET).run(
            {name: (lambda work=plan[operation]: _ms(work)) for name, plan in plans.items()},
            rounds=QUERY_ROUNDS,
        )
        Case(
            f"{operation} @100k, cold (first query after unlock)",
            baseline="unkeyed",
            budget=QUERY_BUDGET,
        ).run(
            {
                name: (lambda item=item, op=operation: _cold(item, op, middling))
                for name, item in files.items()
            },
            rounds=QUERY_ROUNDS,
        )


def test_save_cost_as_the_vault_grows(history: HistoryFactory, vaults: dict[str, Vault]) -> None:
    sizes = {"1k": history(1_000), "10k": history(10_000)}
    opened = {name: open_history(item) for name, item in sizes.items()}
    opened["100k"] = vaults["encrypted"]
    try:
        repositories = {name: ActivationRepository(vault) for name, vault in opened.items()}
        Case(
            "scale: save one activation, encrypted (1k → 10k → 100k entries)",
            baseline="1k",
            budget=Budget(absolute=50, ratio=1.5),
            notes={"100k": "flat = ratio ≈ 1"},
        ).run(
            {
                name: (lambda repository=repository: _ms(lambda: repository.add(_moment())))
                for name, repository in repositories.items()
            },
            rounds=SAVE_ROUNDS,
        )
    finally:
        for name, vault in opened.items():
            if name != "100k":
                vault.close()
