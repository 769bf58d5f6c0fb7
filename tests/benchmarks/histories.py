"""Seeded, realistic activation histories written straight into vaults for the benchmarks."""

from __future__ import annotations

import math
import random
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from healer.domain.category import DEFAULT_CATEGORIES
from healer.domain.clock import format_stored
from healer.storage import migrations, sqlcipher
from healer.storage.vault import Vault

PASSPHRASE = "benchmark passphrase, not a secret"
SEED = 20261123
# Every history ends here, so "the last 30 days" is the same window in every run.
END = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)
BATCH_ROWS = 20_000

# Real words of the method, weighted by a Zipf law together with invented filler words,
# so full-text search meets common, middling and rare terms as it would in a real journal.
_WORD_TEXT = (
    "i he she they reply text message phone call waited hours again felt chest tight stomach "
    "thought means leaving angry ignored seen read weekend plans cancelled late tone short "
    "cold distant friend partner work party dinner night morning wanted check send delete "
    "scroll breath breathing walked outside water cold shower counted five things named part "
    "younger scared alone abandoned enough worthy story old familiar pattern urge reach out "
    "double texting waited instead wrote journal calmer later settled slept better proud "
    "noticed body heat shaking tears throat jaw clenched heart racing mind spinning looped "
    "replay conversation apology asked needed reassurance kind words safe held space"
)
_CATEGORY_WEIGHTS = (34, 18, 14, 11, 8, 6, 4, 3)  # skewed: "delayed reply" dominates
_UNFILED_WEIGHT = 2
_PROMPT_CHARS = {"trigger": 120, "body": 260, "story": 320, "urge": 200, "did": 240, "after": 220}


@dataclass(frozen=True, slots=True)
class History:
    """A generated vault on disk: where it is, how many activations, whether it is keyed."""

    path: Path
    rows: int
    keyed: bool
    seconds: float  # how long generating and writing it took


# history(rows, keyed=True, full_text=True, search_index=True), the session fixture's type.
HistoryFactory = Callable[..., History]


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "de", "pa", "shi", "gu"]
    words = _WORD_TEXT.split()
    while len(words) < 3000:
        words.append("".join(rng.choices(syllables, k=rng.randint(2, 4))))
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(words))]
    total = sum(weights)
    cumulative: list[float] = []
    running = 0.0
    for weight in weights:
        running += weight / total
        cumulative.append(running)
    return words, cumulative


def vocabulary(seed: int = SEED) -> list[str]:
    """The words of a seeded history, most frequent first (for picking search terms)."""
    return _vocabulary(random.Random(seed))[0]


def _sentences(rng: random.Random, count: int) -> list[str]:
    words, cumulative = _vocabulary(rng)
    pool = []
    for _ in range(count):
        chosen = rng.choices(words, cum_weights=cumulative, k=rng.randint(6, 18))
        pool.append(" ".join(chosen).capitalize() + ".")
    return pool


def _text(rng: random.Random, pool: list[str], chars: int) -> str:
    target = int(chars * rng.uniform(0.5, 1.5))
    parts: list[str] = []
    length = 0
    while length < target:
        sentence = pool[rng.randrange(len(pool))]
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)


def history_rows(
    count: int, *, seed: int = SEED, full_text: bool = True
) -> Iterator[tuple[object, ...]]:
    """Rows for the activation table, oldest first: (uid, started, settled, intensity, texts…).

    Start times spread over a span that grows with the count (one year at 1k, ten at 100k
    and beyond), durations are lognormal (median 40 minutes), 3% are still open, and each
    of the six prompts holds a few hundred characters (only the trigger when not full_text).
    """
    rng = random.Random(seed)
    pool = _sentences(rng, 4000)
    span = timedelta(days=min(3650, max(365, count // 10)))
    start = END - span
    step = span.total_seconds() / count
    category_ids = list(range(1, len(DEFAULT_CATEGORIES) + 1))
    weights = [*_CATEGORY_WEIGHTS, _UNFILED_WEIGHT]
    choices: list[int | None] = [*category_ids, None]
    for n in range(count):
        started = start + timedelta(seconds=int(n * step + rng.uniform(0, step)))
        settled: datetime | None = None
        if rng.random() > 0.03:
            minutes = math.exp(rng.gauss(math.log(40), 1.0))
            settled = started + timedelta(minutes=max(1, min(minutes, 3 * 24 * 60)))
        texts = [
            _text(rng, pool, chars) if full_text or name == "trigger" else ""
            for name, chars in _PROMPT_CHARS.items()
        ]
        stamp = format_stored(started)
        yield (
            # Random like uuid4 but rising with n, so the unique index is appended to.
            str(uuid.UUID(int=(n << 96) | rng.getrandbits(96), version=4)),
            stamp,
            format_stored(settled) if settled is not None else None,
            min(10, max(0, round(rng.gauss(6, 2)))),
            *texts,
            rng.choices(choices, weights=weights)[0],
            rng.choice(("", "", "", "Sam", "Alex", "Mum")),
            stamp,
            stamp,
        )


_INSERT = (
    "INSERT INTO activation (uid, started_at, settled_at, intensity, trigger_text, body_text,"
    " story_text, urge_text, did_text, after_text, category_id, person, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def create_unkeyed(path: Path) -> Vault:
    """A vault of the same sqlcipher3 build with no key: the baseline that isolates encryption."""
    path.touch(mode=0o600)
    connection = sqlcipher.open_connection(path)
    sqlcipher.apply_session_pragmas(connection)
    migrations.migrate(connection)
    return Vault(path, connection)


def open_unkeyed(path: Path) -> Vault:
    """Reopen an unkeyed vault (Vault.open refuses plain SQLite files, rightly)."""
    connection = sqlcipher.open_connection(path)
    sqlcipher.apply_session_pragmas(connection)
    return Vault(path, connection)


def open_history(history: History) -> Vault:
    """An open vault on a generated history, keyed or not."""
    if history.keyed:
        return Vault.open(history.path, PASSPHRASE)
    return open_unkeyed(history.path)


def build(
    path: Path,
    count: int,
    *,
    keyed: bool = True,
    full_text: bool = True,
    search_index: bool = True,
) -> History:
    """Write a history of count activations through executemany in big transactions.

    search_index=False drops the full-text triggers for the load (the 1M-row table vault:
    the journal table never reads the index, and indexing a million rows costs minutes).
    """
    began = time.perf_counter()
    vault = Vault.create(path, PASSPHRASE) if keyed else create_unkeyed(path)
    try:
        # Loading only: a big page cache keeps the random-order uid index in memory,
        # and a crash mid-load would only lose a throwaway file.
        vault.connection.execute("PRAGMA cache_size = -262144")
        vault.connection.execute("PRAGMA synchronous = OFF")
        if not search_index:
            for name in ("insert", "delete", "update"):
                vault.connection.execute(f"DROP TRIGGER activation_fts_{name}")
        # The schema's own indexes, dropped for the load and built again after it in one sort
        # each: the same definitions, several times faster than random-order inserts.
        indexes = vault.connection.execute(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index'"
            " AND tbl_name = 'activation' AND sql IS NOT NULL"
        ).fetchall()
        for name, _ in indexes:
            vault.connection.execute(f"DROP INDEX {name}")
        rows = history_rows(count, full_text=full_text)
        while True:
            batch = [row for _, row in zip(range(BATCH_ROWS), rows, strict=False)]
            if not batch:
                break
            with vault.transaction() as connection:
                connection.executemany(_INSERT, batch)
        with vault.transaction() as connection:
            for _, sql in indexes:
                connection.execute(sql)
    finally:
        vault.close()
    return History(path, count, keyed, time.perf_counter() - began)


def copy(history: History, destination: Path) -> History:
    """A copy of a closed history (for cases that write to it)."""
    shutil.copy2(history.path, destination)
    return History(destination, history.rows, history.keyed, 0.0)
