"""A new vault built under a temporary name, then linked into place whole."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from healer.storage import migrations, sqlcipher
from healer.storage.destinations import os_error_message
from healer.storage.errors import DiskFullError, VaultExistsError, is_disk_full
from healer.storage.files import fsync_path


def build_new_vault(temp: Path, normalized: str, folder: Path) -> None:
    """Key and migrate an empty file; the connection is closed again before it is moved."""
    connection = sqlcipher.open_connection(temp)
    try:
        sqlcipher.apply_key(connection, normalized)
        sqlcipher.read_first_page(connection)
        sqlcipher.apply_session_pragmas(connection)
        migrations.migrate(connection)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher.DatabaseError as error:
        if is_disk_full(error, folder):
            raise DiskFullError(folder) from None
        raise
    finally:
        connection.close()
    fsync_path(temp)


def link_new_vault(temp: Path, path: Path) -> None:
    """Give the finished vault its name; link() fails rather than replace a file."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise VaultExistsError(path) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EOPNOTSUPP) or os.path.lexists(path):
            raise os_error_message(path, error) from None
        os.rename(temp, path)  # a filesystem without hard links
