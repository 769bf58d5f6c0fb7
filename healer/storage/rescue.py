"""A rescue export from a damaged vault: every row still readable, one row at a time."""

from __future__ import annotations

import contextlib
import json
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from healer.appinfo import VERSION
from healer.domain.clock import format_stored, utc_now
from healer.storage import sqlcipher
from healer.storage.damage import derive_key, passphrase_opens_later_pages, read_salt
from healer.storage.errors import VaultDamagedError, WrongPassphraseError
from healer.storage.vault import START_DAMAGED
from healer.storage.vault_file import refuse_non_vault

FORMAT_NAME = "healer-rescue"
# Row ids probed past the last one found, when the table's last page cannot be read.
_MAX_PROBED_IDS = 10_000_000


@dataclass(frozen=True, slots=True)
class RescueResult:
    """What a rescue export holds and what it could not read."""

    data: bytes
    rows: int
    lost: int
    tables_unreadable: list[str] = field(default_factory=list)


class _Reader:
    """Read-only connections keyed with the raw key, renewed after every damaged page.

    SQLCipher marks a connection failed once a page fails its HMAC and refuses every
    later read on it, so each failure costs a new connection; the raw key spares the
    key derivation each time.
    """

    def __init__(self, path: Path, passphrase: str) -> None:
        self._path = path
        salt = read_salt(path)
        self._key = f"\"x'{derive_key(passphrase, salt).hex()}{salt.hex()}'\""
        self._connection = self._connect()

    def _connect(self) -> sqlcipher.Connection:
        sqlcipher.silence_cipher_log()
        uri = "file:" + urllib.parse.quote(str(self._path)) + "?mode=ro&immutable=1"
        connection = sqlcipher3.connect(uri, uri=True, isolation_level=None)
        connection.row_factory = sqlcipher3.Row
        connection.execute(f"PRAGMA key = {self._key}")
        return connection

    def rows(self, sql: str, parameters: tuple[object, ...] = ()) -> list[sqlcipher.Row]:
        """The rows, or DatabaseError (after which the next call reads on a fresh connection)."""
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlcipher.DatabaseError:
            self._connection.close()
            self._connection = self._connect()
            raise

    def close(self) -> None:
        self._connection.close()


@contextlib.contextmanager
def _reader(path: Path, passphrase: str) -> Iterator[_Reader]:
    reader = _Reader(path, passphrase)
    try:
        yield reader
    finally:
        reader.close()


def rescue_export(path: Path, passphrase: str) -> RescueResult:
    """Read each table row by row, skipping rows on damaged pages; JSON of what was read.

    Rows are looked up one id at a time, so a damaged leaf page costs only the rows on it;
    an id whose lookup fails counts as lost (an id deleted long ago on a damaged page counts
    too, so the number lost is an upper bound). The vault is opened read-only and immutable:
    nothing is written to it or beside it.
    """
    path = path.expanduser().absolute()
    refuse_non_vault(path)
    tables: dict[str, list[dict[str, Any]]] = {}
    lost: dict[str, int] = {}
    unreadable: list[str] = []
    with _reader(path, passphrase) as reader:
        try:
            schema = reader.rows("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")
        except sqlcipher.DatabaseError:
            if passphrase_opens_later_pages(path, passphrase):
                raise VaultDamagedError(path, START_DAMAGED, rescuable=False) from None
            raise WrongPassphraseError(path) from None
        for name in _tables(schema):
            last = _last_id(reader, name)
            if last is None:
                unreadable.append(name)
                continue
            rows, failed = _rows(reader, name, last)
            tables[name] = rows
            if failed:
                lost[name] = failed
    document = {
        "format": FORMAT_NAME,
        "app_version": VERSION,
        "rescued_at": format_stored(utc_now()),
        "note": "Rows read from a damaged vault; rows on damaged pages are missing.",
        "lost_rows": lost,
        "unreadable_tables": unreadable,
        "tables": tables,
    }
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    return RescueResult(
        data, sum(len(rows) for rows in tables.values()), sum(lost.values()), unreadable
    )


def _tables(schema: list[sqlcipher.Row]) -> list[str]:
    """Ordinary tables, leaving out search indexes (rebuilt from the rest) and SQLite's own."""
    virtual = [
        row["name"] for row in schema if str(row["sql"]).upper().startswith("CREATE VIRTUAL")
    ]
    return sorted(
        row["name"]
        for row in schema
        if row["name"] not in virtual
        and not row["name"].startswith("sqlite_")
        and not any(row["name"].startswith(f"{name}_") for name in virtual)
    )


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _last_id(reader: _Reader, table: str) -> int | None:
    """The highest row id, from the table or else from AUTOINCREMENT's record of it."""
    with contextlib.suppress(sqlcipher.DatabaseError):
        return int(reader.rows(f"SELECT max(rowid) AS last FROM {_quoted(table)}")[0]["last"] or 0)
    try:
        found = reader.rows("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,))
    except sqlcipher.DatabaseError:
        return None
    return int(found[0]["seq"]) if found else None


def _rows(reader: _Reader, table: str, last: int) -> tuple[list[dict[str, Any]], int]:
    rows: list[dict[str, Any]] = []
    failed = 0
    query = f"SELECT * FROM {_quoted(table)} WHERE rowid = ?"
    for row_id in range(1, min(last, _MAX_PROBED_IDS) + 1):
        try:
            found = reader.rows(query, (row_id,))
        except sqlcipher.DatabaseError:
            failed += 1
            continue
        # A Row iterates over its values, not its names: keys() is needed here.
        rows += [{key: _plain(row[key]) for key in row.keys()} for row in found]  # noqa: SIM118
    return rows, failed


def _plain(value: object) -> object:
    return value.hex() if isinstance(value, bytes) else value
