"""The vault: one SQLCipher file, opened once per process, with backup, check and rekey."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from healer.domain.clock import utc_now
from healer.domain.passphrase import check_new_passphrase
from healer.storage import migrations, sqlcipher
from healer.storage.errors import (
    NotAVaultError,
    VaultBusyError,
    VaultClosedError,
    VaultError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from healer.storage.files import (
    create_empty_private_file,
    ensure_private_dir,
    fsync_path,
    tighten_file_mode,
)

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_PAGE_SIZE = 4096
_SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of the integrity checks; an empty problem list means healthy."""

    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return not self.problems


class Vault:
    """An open, unlocked vault file; all reads and writes go through its one connection.

    The connection may be used from a background reader thread as well as the GUI
    thread; `reading()`, `transaction()` and `close()` take one re-entrant lock so
    statements from the two never interleave and closing waits for a running read.
    """

    def __init__(self, path: Path, connection: sqlcipher.Connection) -> None:
        self.path = path
        self._connection: sqlcipher.Connection | None = connection
        self._guard = threading.RLock()

    # -- opening -----------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """Create a new vault at path; never overwrites anything already there."""
        normalized = check_new_passphrase(passphrase)
        path = path.expanduser().absolute()
        if path.exists() or path.is_symlink():
            raise VaultExistsError(path)
        ensure_private_dir(path.parent)
        create_empty_private_file(path)
        try:
            connection = sqlcipher.open_connection(path)
            sqlcipher.apply_key(connection, normalized)
            sqlcipher.read_first_page(connection)
            sqlcipher.apply_session_pragmas(connection)
            migrations.migrate(connection)
        except BaseException:
            with contextlib.suppress(Exception):
                connection.close()
            for suffix in ("", *_SIDE_FILE_SUFFIXES):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        return cls(path, connection)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        """Unlock an existing vault; a wrong passphrase changes nothing on disk."""
        path = path.expanduser().absolute()
        _refuse_non_vault(path)
        try:
            connection = sqlcipher.open_connection(path)
        except sqlcipher.OperationalError:
            raise NotAVaultError(path, "it cannot be opened for reading and writing") from None
        try:
            sqlcipher.apply_key(connection, passphrase)
            sqlcipher.read_first_page(connection)
        except sqlcipher.DatabaseError as error:
            connection.close()
            if getattr(error, "sqlite_errorcode", None) == sqlcipher.SQLITE_NOTADB:
                raise WrongPassphraseError(path) from None
            if getattr(error, "sqlite_errorcode", None) == sqlcipher.SQLITE_BUSY:
                raise VaultBusyError(path) from None
            raise NotAVaultError(path, "SQLCipher cannot read it") from None
        except BaseException:
            connection.close()
            raise
        vault = cls(path, connection)
        try:
            vault._prepare_opened()
        except BaseException:
            vault.close()
            raise
        return vault

    def _prepare_opened(self) -> None:
        connection = self.connection
        try:
            # Refuse foreign and newer files before the session pragmas, which write to the
            # file (switching a rollback-journal database to WAL), so a refusal changes nothing.
            version = migrations.schema_version(connection)
            if version == 0:
                raise NotAVaultError(self.path, "it holds no Healer data")
            if version > migrations.LATEST_VERSION:
                raise VaultError(
                    f"{self.path} was written by a newer version of Healer;"
                    " update the app to open it."
                )
            sqlcipher.apply_session_pragmas(connection)
        except sqlcipher.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise VaultBusyError(self.path) from None
            raise
        if migrations.pending(connection):
            self.backup(self.path.with_name(f"{self.path.name}.before-v{version + 1}-{_stamp()}"))
            migrations.migrate(connection)
        for suffix in ("", *_SIDE_FILE_SUFFIXES):
            tighten_file_mode(Path(str(self.path) + suffix))

    # -- the connection ----------------------------------------------------

    @property
    def connection(self) -> sqlcipher.Connection:
        """The open connection; raises VaultClosedError once the vault is locked."""
        if self._connection is None:
            raise VaultClosedError()
        return self._connection

    @property
    def is_open(self) -> bool:
        """True until close()."""
        return self._connection is not None

    def data_version(self) -> int:
        """SQLite's `PRAGMA data_version`, which moves when another connection commits.

        This connection's own writes never move it; healer-cli's do.
        """
        with self.reading() as connection:
            return int(connection.execute("PRAGMA data_version").fetchone()[0])

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlcipher.Connection]:
        """The connection, held exclusively for a few read statements (any thread)."""
        with self._guard:
            yield self.connection

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher.Connection]:
        """One write transaction: commits on success, rolls back on any error."""
        with self._guard:
            connection = self.connection
            try:
                connection.execute("BEGIN IMMEDIATE")
            except sqlcipher.OperationalError:
                raise VaultBusyError(self.path) from None
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def close(self) -> None:
        """Checkpoint the write-ahead log and close the connection (idempotent)."""
        with self._guard:
            if self._connection is None:
                return
            connection, self._connection = self._connection, None
            with contextlib.suppress(sqlcipher.DatabaseError):
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()

    # -- maintenance -------------------------------------------------------

    def backup(self, destination: Path) -> Path:
        """Write an encrypted copy (same passphrase) through SQLite, then move it into place."""
        destination = destination.expanduser().absolute()
        if destination.resolve() == self.path.resolve():
            raise VaultError("A backup cannot be written over the vault itself.")
        if destination.exists() or destination.is_symlink():
            raise VaultError(f"{destination} already exists; choose a new name for the backup.")
        ensure_private_dir(destination.parent)
        temp = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
        temp.unlink(missing_ok=True)
        create_empty_private_file(temp)
        try:
            self.connection.execute("VACUUM INTO ?", (str(temp),))
            fsync_path(temp)
            os.replace(temp, destination)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        fsync_path(destination.parent)
        return destination

    def check(self) -> CheckReport:
        """Run SQLite's integrity check, SQLCipher's page HMAC check and the search index check."""
        connection = self.connection
        problems: list[str] = []
        # A damaged page makes a full scan raise instead of returning rows: report it as a
        # problem (R14), after the page HMAC check has named the damaged pages.
        try:
            rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            problems += [str(row["cipher_integrity_check"]) for row in rows]
        except sqlcipher.DatabaseError as error:
            problems.append(f"encryption check: {error}")
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            problems += [
                str(row["integrity_check"]) for row in rows if row["integrity_check"] != "ok"
            ]
        except sqlcipher.DatabaseError as error:
            problems.append(f"integrity check: {error}")
        try:
            connection.execute(
                "INSERT INTO activation_fts (activation_fts) VALUES ('integrity-check')"
            )
        except sqlcipher.DatabaseError as error:
            problems.append(f"search index: {error}")
        try:
            # rank 1: also compare the index with the dialogue table it is built from.
            connection.execute(
                "INSERT INTO dialogue_fts (dialogue_fts, rank) VALUES ('integrity-check', 1)"
            )
        except sqlcipher.DatabaseError as error:
            problems.append(f"dialogue search index: {error}")
        return CheckReport(problems)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the vault under a new passphrase; atomic, the old one stops working."""
        normalized = check_new_passphrase(new_passphrase)
        sqlcipher.rekey(self.connection, normalized)
        self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _refuse_non_vault(path: Path) -> None:
    """Raise before keying for files that cannot be a vault, so nothing is created over them."""
    if not path.exists():
        raise VaultNotFoundError(path)
    if not path.is_file():
        raise NotAVaultError(path, "it is not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise NotAVaultError(path, "the file is empty")
    with path.open("rb") as stream:
        head = stream.read(len(_PLAIN_SQLITE_HEADER))
    if head == _PLAIN_SQLITE_HEADER:
        raise NotAVaultError(path, "it is an unencrypted SQLite database")
    if size % _PAGE_SIZE:
        raise NotAVaultError(path, "its size is not a whole number of pages")


def _stamp() -> str:
    return utc_now().strftime("%Y%m%dT%H%M%SZ")
