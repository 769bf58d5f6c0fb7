"""The vault: one SQLCipher file, opened once per process, with backup, check and rekey."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from healer.domain.clock import utc_now
from healer.domain.errors import Words
from healer.domain.passphrase import check_new_passphrase
from healer.domain.words import QT_TRANSLATE_NOOP
from healer.storage import migrations, partials, sqlcipher
from healer.storage.access import read_only_reason
from healer.storage.checks import CheckReport, copy_problems, run_checks
from healer.storage.damage import passphrase_opens_later_pages
from healer.storage.destinations import check_destination, translated_os_errors
from healer.storage.errors import (
    BackupNotVerifiedError,
    DiskFullError,
    NotAVaultError,
    VaultBusyError,
    VaultClosedError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultReadOnlyError,
    WrongPassphraseError,
    is_disk_full,
    low_on_space,
)
from healer.storage.files import (
    create_empty_private_file,
    ensure_private_dir,
    fsync_path,
    tighten_file_mode,
)
from healer.storage.lock import VaultLock
from healer.storage.new_vault import build_new_vault, link_new_vault
from healer.storage.vault_file import first_page, refuse_non_vault

_SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")
# SQLite's codes for a page that fails its checks (SQLCipher's HMAC, or a malformed b-tree).
_DAMAGE_CODES = (11, sqlcipher.SQLITE_NOTADB)
START_DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "the passphrase is right but the start of the vault is damaged — restore a backup"
)
PAGES_DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "the vault is damaged (some pages fail their checks), so it is open read-only;"
    " make a rescue export of what is still readable, then restore a backup",
)
PAGES_DAMAGED_UNCHANGED = QT_TRANSLATE_NOOP(
    "errors",
    "the vault is damaged (some pages fail their checks), so it is open read-only;"
    " make a rescue export of what is still readable, then restore a backup; nothing was changed",
)

CANNOT_OPEN = QT_TRANSLATE_NOOP("errors", "it cannot be opened")
CANNOT_READ = QT_TRANSLATE_NOOP("errors", "SQLCipher cannot read it")
NO_HEALER_DATA = QT_TRANSLATE_NOOP("errors", "it holds no Healer data")
PASSPHRASE_UNCHANGED = QT_TRANSLATE_NOOP("errors", "the passphrase was not changed")


class Vault:
    """An open, unlocked vault file; all reads and writes go through its one connection.

    The connection may be used from a background reader thread as well as the GUI
    thread; `reading()`, `transaction()` and `close()` take one re-entrant lock so
    statements from the two never interleave and closing waits for a running read.
    """

    def __init__(
        self,
        path: Path,
        connection: sqlcipher.Connection,
        *,
        read_only: Words | None = None,
        lock: VaultLock | None = None,
    ) -> None:
        self.path = path
        self._connection: sqlcipher.Connection | None = connection
        self._guard = threading.RLock()
        # Why the vault can only be read (a read-only file, folder or medium), or None.
        self.read_only = read_only
        # None until pages were checked (before the first write) or a read hit damage.
        self._damaged: bool | None = None
        self._lock = lock

    # -- opening -----------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """Create a new vault at path; never overwrites anything already there.

        The vault is built under a temporary name and linked into place only once it is
        complete, so a killed `init` leaves no empty or half-made vault behind.
        """
        normalized = check_new_passphrase(passphrase)
        path = path.expanduser().absolute()
        if path.exists() or path.is_symlink():
            raise VaultExistsError(path)
        with translated_os_errors(path):
            ensure_private_dir(path.parent)
        partials.sweep(path.parent)
        with partials.partial_file(path, None) as temp:
            with translated_os_errors(path):
                create_empty_private_file(temp)
            build_new_vault(temp, normalized, path.parent)
            link_new_vault(temp, path)
        fsync_path(path.parent)
        return cls.open(path, passphrase)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        """Unlock an existing vault; a wrong passphrase changes nothing on disk."""
        path = path.expanduser().absolute()
        refuse_non_vault(path)
        read_only = read_only_reason(path)
        try:
            connection = sqlcipher.open_connection(
                path, read_only=read_only is not None, immutable=bool(read_only and read_only[1])
            )
        except sqlcipher.OperationalError:
            raise NotAVaultError(path, CANNOT_OPEN) from None
        try:
            sqlcipher.apply_key(connection, passphrase)
            sqlcipher.read_first_page(connection)
        except sqlcipher.DatabaseError as error:
            connection.close()
            if is_disk_full(error, path.parent):  # no room for the -shm file
                raise DiskFullError(path.parent) from None
            if getattr(error, "sqlite_errorcode", None) == sqlcipher.SQLITE_NOTADB:
                if passphrase_opens_later_pages(path, passphrase):
                    raise VaultDamagedError(path, START_DAMAGED, rescuable=False) from None
                raise WrongPassphraseError(path) from None
            if getattr(error, "sqlite_errorcode", None) == sqlcipher.SQLITE_BUSY:
                raise VaultBusyError(path) from None
            raise NotAVaultError(path, CANNOT_READ) from None
        except BaseException:
            connection.close()
            raise
        lock = None
        if read_only is None:
            lock = VaultLock(path)
            if not lock.share():
                connection.close()
                lock.release()
                raise VaultBusyError(path)
        vault = cls(path, connection, read_only=read_only[0] if read_only else None, lock=lock)
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
                raise NotAVaultError(self.path, NO_HEALER_DATA)
            if version > migrations.LATEST_VERSION:
                raise VaultError(
                    f"{self.path} was written by a newer version of Healer;"
                    " update the app to open it."
                )
            if self.read_only is not None:
                if migrations.pending(connection):
                    raise VaultReadOnlyError(self.path, self.read_only)
                return
            sqlcipher.apply_session_pragmas(connection)
        except sqlcipher.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise VaultBusyError(self.path) from None
            if is_disk_full(error, self.path.parent):
                raise DiskFullError(self.path.parent) from None
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
            return int(connection.execute("PRAGMA data_version").fetchone()["data_version"])

    @property
    def damaged(self) -> bool:
        """True if a page failed its check; such a vault refuses writes (rescue mode)."""
        return bool(self._damaged)

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlcipher.Connection]:
        """The connection, held exclusively for a few read statements (any thread)."""
        with self._guard, self._naming_damage():
            yield self.connection

    @contextlib.contextmanager
    def _naming_damage(self) -> Iterator[None]:
        """Turn SQLite's page errors into VaultDamagedError, and remember the damage."""
        try:
            yield
        except sqlcipher.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", None) not in _DAMAGE_CODES:
                raise
            self._damaged = True
            raise VaultDamagedError(self.path, PAGES_DAMAGED) from None

    def refuse_writes_if_unsafe(self) -> None:
        """Raise unless the vault may be written: not read-only, no page failing its check."""
        if self.read_only is not None:
            raise VaultReadOnlyError(self.path, self.read_only)
        if self._damaged is None:
            # Checked once per open, before the first write: a write into a damaged file
            # could bury more entries under the damage (SQLCipher checks only pages it reads).
            with self._guard:
                rows = self.connection.execute("PRAGMA cipher_integrity_check").fetchall()
            self._damaged = bool(rows)
        if self._damaged:
            raise VaultDamagedError(self.path, PAGES_DAMAGED_UNCHANGED)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher.Connection]:
        """One write transaction: commits on success, rolls back on any error."""
        self.refuse_writes_if_unsafe()
        with self._guard, self._naming_damage():
            connection = self.connection
            try:
                connection.execute("BEGIN IMMEDIATE")
            except sqlcipher.OperationalError:
                raise VaultBusyError(self.path) from None
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException as error:
                if connection.in_transaction:  # SQLite may have rolled back already
                    connection.execute("ROLLBACK")
                if isinstance(error, sqlcipher.DatabaseError) and is_disk_full(
                    error, self.path.parent
                ):
                    raise DiskFullError(self.path.parent) from None
                raise

    def close(self) -> None:
        """Checkpoint the write-ahead log and close the connection (idempotent)."""
        with self._guard:
            if self._connection is None:
                return
            connection, self._connection = self._connection, None
            if self.read_only is None:
                with contextlib.suppress(sqlcipher.DatabaseError):
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # SQLCipher wipes the key material it holds when the connection closes.
            connection.close()
            del connection
            if self._lock is not None:
                self._lock.release()

    # -- maintenance -------------------------------------------------------

    def backup(self, destination: Path, *, force: bool = False) -> Path:
        """Write an encrypted copy (same passphrase) through SQLite, check it, then name it.

        The copy is opened again and passes the integrity and page checks before it is
        moved into place; one that fails is deleted (BackupNotVerifiedError). Never over a
        vault, a backup or their side files; over another file only with force.
        """
        destination = check_destination(destination, force=force, protected=[self.path])
        with translated_os_errors(destination):
            ensure_private_dir(destination.parent)
        partials.sweep(destination.parent)
        with partials.partial_file(destination, partials.ledger_for(self.path)) as temp:
            with translated_os_errors(destination):
                create_empty_private_file(temp)
            try:
                with self._guard, self._naming_damage():
                    self.connection.execute("VACUUM INTO ?", (str(temp),))
            except sqlcipher.DatabaseError as error:
                if is_disk_full(error, destination.parent):
                    raise DiskFullError(destination.parent) from None
                raise
            with translated_os_errors(destination):
                fsync_path(temp)
            # Verified before it gets its name: a copy that fails is never left as a backup.
            with self._guard:
                problems = copy_problems(self.connection, temp)
            if problems:
                raise BackupNotVerifiedError(destination, len(problems))
            with translated_os_errors(destination):
                if force:
                    os.replace(temp, destination)
                else:
                    os.link(temp, destination)  # never replaces a file that appeared meanwhile
        fsync_path(destination.parent)
        return destination

    def check(self) -> CheckReport:
        """Run SQLite's integrity check, SQLCipher's page HMAC check and the search index check."""
        # Held for the whole check: a background read must not use the connection meanwhile.
        with self._guard:
            return run_checks(self.connection, read_only=self.read_only is not None)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the vault under a new passphrase; atomic, the old one stops working."""
        normalized = check_new_passphrase(new_passphrase)
        self.refuse_writes_if_unsafe()
        folder = self.path.parent
        lock = self._lock or VaultLock(self.path)
        if not lock.take_alone():
            raise VaultInUseError(self.path, QT_TRANSLATE_NOOP("errors", "change the passphrase"))
        try:
            before = first_page(self.path)
            try:
                with self._guard:
                    sqlcipher.rekey(self.connection, normalized)
                    done = self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlcipher.DatabaseError as error:
                # A rekey that runs out of space rolls back; what follows fails as "locked".
                if is_disk_full(error, folder) or low_on_space(folder):
                    raise DiskFullError(folder, PASSPHRASE_UNCHANGED) from None
                raise
        finally:
            if lock is self._lock:
                lock.share()
            else:
                lock.release()
        # SQLCipher's rekey can give up without an error: every page gets a fresh IV, so
        # once the log is fully copied back (busy 0), an unchanged first page means the
        # old passphrase still holds.
        if done is not None and done[0] == 0 and first_page(self.path) == before:
            if low_on_space(folder):
                raise DiskFullError(folder, PASSPHRASE_UNCHANGED)
            raise VaultError(
                QT_TRANSLATE_NOOP(
                    "errors", "The passphrase could not be changed; the old one still opens it."
                )
            )


def _stamp() -> str:
    return utc_now().strftime("%Y%m%dT%H%M%SZ")
