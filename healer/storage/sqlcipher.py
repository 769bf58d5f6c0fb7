"""SQLCipher connections: keying with a passphrase and the pragmas every vault runs with."""

from __future__ import annotations

import functools
import urllib.parse
from pathlib import Path

import sqlcipher3

from healer.domain.passphrase import normalize_passphrase

Connection = sqlcipher3.Connection
Row = sqlcipher3.Row
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError
IntegrityError = sqlcipher3.IntegrityError

BUSY_TIMEOUT_SECONDS = 5.0
SQLITE_NOTADB = 26
SQLITE_BUSY = 5


@functools.cache
def silence_cipher_log() -> None:
    """Turn off SQLCipher's own stderr log, once per process (the setting is global)."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()


def key_literal(passphrase: str) -> str:
    """The passphrase as an SQL string literal: PRAGMA key cannot take a bound parameter."""
    return "'" + normalize_passphrase(passphrase).replace("'", "''") + "'"


def open_connection(path: Path, *, read_only: bool = False, immutable: bool = False) -> Connection:
    """Open an existing file without ever creating it; autocommit mode.

    read_only opens it for reading only; immutable also tells SQLite nothing else can
    change it, so it takes no locks and creates no -shm file (a read-only folder or medium).
    """
    silence_cipher_log()
    uri = "file:" + urllib.parse.quote(str(path)) + ("?mode=ro" if read_only else "?mode=rw")
    if immutable:
        uri += "&immutable=1"
    connection = sqlcipher3.connect(
        uri,
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_SECONDS,
        check_same_thread=False,
    )
    # Rows are read by column name, so a column added to a SELECT shifts nothing.
    connection.row_factory = sqlcipher3.Row
    return connection


def apply_key(connection: Connection, passphrase: str) -> None:
    """Key the connection; the key derivation itself runs at the first read."""
    connection.execute(f"PRAGMA key = {key_literal(passphrase)}")


def read_first_page(connection: Connection) -> None:
    """Force the key derivation and page-one check; raises DatabaseError on a wrong key."""
    connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()


def apply_session_pragmas(connection: Connection) -> None:
    """Durable, private settings: WAL, fsync on every commit, temp data in memory only."""
    connection.execute("PRAGMA journal_mode = WAL").fetchone()
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")


def rekey(connection: Connection, new_passphrase: str) -> None:
    """Re-encrypt every page under a new passphrase, in one transaction."""
    connection.execute(f"PRAGMA rekey = {key_literal(new_passphrase)}")


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """True if the passphrase unlocks the file: a second, read-only connection, closed at once.

    For confirming the current passphrase while the vault is open (before changing it).
    """
    try:
        connection = open_connection(path, read_only=True)
    except OperationalError:
        return False
    try:
        apply_key(connection, passphrase)
        read_first_page(connection)
    except DatabaseError:
        return False
    finally:
        connection.close()
    return True
