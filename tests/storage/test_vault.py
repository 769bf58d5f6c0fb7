"""The vault file: creating, unlocking, refusing, protecting, backing up, checking and rekeying."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support import PASSPHRASE

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.errors import ValidationError
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
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.vault import Vault

PAGE_SIZE = 4096
PLAIN_HEADER = b"SQLite format 3\x00"
WRONG = "not the right passphrase"
START = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)


# -- helpers ------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under folder, by relative path (new or missing files show up too)."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def entry(number: int, **changes: object) -> ActivationInput:
    values: dict[str, object] = {
        "trigger": f"trigger number {number}",
        "intensity": number % 11,
        "started_at": START + timedelta(minutes=number),
        "body": f"tight chest {number}",
        "story": f"story {number}",
    }
    values.update(changes)
    return ActivationInput(**values)  # type: ignore[arg-type]


def add_entries(vault: Vault, count: int, *, size: int = 1) -> None:
    repository = ActivationRepository(vault)
    for number in range(count):
        repository.add(entry(number, story=f"story {number} " * size))


def all_rows(vault: Vault) -> list[tuple[object, ...]]:
    return [tuple(row) for row in vault.connection.execute("SELECT * FROM activation ORDER BY id")]


def rows_of(path: Path, passphrase: str = PASSPHRASE) -> list[tuple[object, ...]]:
    opened = Vault.open(path, passphrase)
    try:
        return all_rows(opened)
    finally:
        opened.close()


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


# -- create and reopen ----------------------------------------------------------


def test_created_vault_reopens_with_its_rows_at_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "new" / "healer.vault"
    created = Vault.create(path, PASSPHRASE)
    add_entries(created, 3)
    expected = all_rows(created)
    created.close()

    reopened = Vault.open(path, PASSPHRASE)
    try:
        assert all_rows(reopened) == expected
        assert len(expected) == 3
        assert migrations.schema_version(reopened.connection) == migrations.LATEST_VERSION
        assert not migrations.pending(reopened.connection)
    finally:
        reopened.close()
    assert path.read_bytes()[:16] != PLAIN_HEADER


def test_two_vaults_with_one_passphrase_get_different_salts(tmp_path: Path) -> None:
    first, second = tmp_path / "a.vault", tmp_path / "b.vault"
    Vault.create(first, PASSPHRASE).close()
    Vault.create(second, PASSPHRASE).close()
    assert first.read_bytes()[:16] != second.read_bytes()[:16]


@pytest.mark.parametrize("kind", ["vault", "text file", "empty file"])
def test_create_refuses_an_existing_path_and_leaves_it_untouched(
    vault_path: Path, kind: str
) -> None:
    target = vault_path
    if kind == "text file":
        target = vault_path.with_name("notes.txt")
        target.write_text("my own notes\n")
    elif kind == "empty file":
        target = vault_path.with_name("empty")
        target.touch()
    before = snapshot(vault_path.parent)

    with pytest.raises(VaultExistsError) as raised:
        Vault.create(target, PASSPHRASE)

    assert str(target) in str(raised.value)
    assert snapshot(vault_path.parent) == before


def test_create_refuses_a_dangling_symlink_and_does_not_create_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.vault"
    link.symlink_to(tmp_path / "elsewhere.vault")
    with pytest.raises(VaultExistsError):
        Vault.create(link, PASSPHRASE)
    assert not (tmp_path / "elsewhere.vault").exists()


def test_open_of_a_missing_vault_never_creates_one(tmp_path: Path) -> None:
    missing = tmp_path / "missing" / "healer.vault"
    with pytest.raises(VaultNotFoundError) as raised:
        Vault.open(missing, PASSPHRASE)
    assert str(missing) in str(raised.value)
    assert not missing.parent.exists()


# -- wrong passphrase -----------------------------------------------------------


def test_wrong_passphrase_changes_no_byte_and_says_nothing(
    vault_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(vault_path.parent)
    capfd.readouterr()

    for attempt in (WRONG, PASSPHRASE + " ", PASSPHRASE.upper()):
        with pytest.raises(WrongPassphraseError) as raised:
            Vault.open(vault_path, attempt)
        assert str(vault_path) in str(raised.value)

    captured = capfd.readouterr()
    assert captured.out == ""
    assert captured.err == ""
    assert snapshot(vault_path.parent) == before
    assert len(rows_of(vault_path)) == 0  # the right passphrase still opens it


def test_wrong_passphrase_with_a_live_wal_changes_no_byte(
    vault: Vault, capfd: pytest.CaptureFixture[str]
) -> None:
    add_entries(vault, 5)  # committed into the -wal, not yet checkpointed
    wal = Path(str(vault.path) + "-wal")
    assert wal.stat().st_size > 0
    before = snapshot(vault.path.parent)
    capfd.readouterr()

    for _ in range(2):
        with pytest.raises(WrongPassphraseError):
            Vault.open(vault.path, WRONG)

    assert capfd.readouterr().err == ""
    assert snapshot(vault.path.parent) == before
    assert len(all_rows(vault)) == 5  # the live connection is unharmed


def test_wrong_passphrase_in_a_fresh_process_writes_nothing_to_stderr(vault_path: Path) -> None:
    # The cipher log is silenced process-wide; a fresh interpreter proves the vault code does it.
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from healer.storage.errors import WrongPassphraseError
        from healer.storage.vault import Vault
        try:
            Vault.open(Path(sys.argv[1]), sys.argv[2])
        except WrongPassphraseError:
            print("refused")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(vault_path), WRONG],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.strip() == "refused"
    assert result.stderr == ""


# -- passphrase forms -----------------------------------------------------------

CAFE_NFC = unicodedata.normalize("NFC", "Café crème déjà vu")
CAFE_NFD = unicodedata.normalize("NFD", CAFE_NFC)


@pytest.mark.parametrize(
    ("create_with", "open_with"),
    [
        ("it's a 'single' quote", "it's a 'single' quote"),
        ('say "double" quotes', 'say "double" quotes'),
        ("back\\slash \\' \\\\ end\\", "back\\slash \\' \\\\ end\\"),
        ("emoji 🔐🌱 passphrase", "emoji 🔐🌱 passphrase"),
        ("'; DROP TABLE x; --", "'; DROP TABLE x; --"),
        (CAFE_NFC, CAFE_NFD),
        (CAFE_NFD, CAFE_NFC),
    ],
    ids=["single-quote", "double-quote", "backslash", "emoji", "sql-ish", "nfc-nfd", "nfd-nfc"],
)
def test_unusual_passphrases_create_and_reopen(
    tmp_path: Path, create_with: str, open_with: str
) -> None:
    assert CAFE_NFC != CAFE_NFD
    path = tmp_path / "healer.vault"
    created = Vault.create(path, create_with)
    add_entries(created, 1)
    created.close()

    assert len(rows_of(path, open_with)) == 1
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, open_with + "x")


@pytest.mark.parametrize("passphrase", ["", "long enough\x00but NUL", "\x00" * 12])
def test_empty_or_nul_passphrase_is_refused(vault_path: Path, passphrase: str) -> None:
    before = snapshot(vault_path.parent)
    new_path = vault_path.with_name("new.vault")

    with pytest.raises(ValidationError):
        Vault.create(new_path, passphrase)
    with pytest.raises(ValidationError):
        Vault.open(vault_path, passphrase)

    assert not new_path.exists()
    assert snapshot(vault_path.parent) == before


def test_a_too_short_new_passphrase_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(ValidationError):
        Vault.create(folder / "healer.vault", "short")
    assert list(folder.iterdir()) == []


# -- files that are not vaults ----------------------------------------------------


def _plain_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("INSERT INTO notes VALUES ('a plain note')")
    connection.commit()
    connection.close()


def _random_page(path: Path) -> None:
    path.write_bytes(os.urandom(PAGE_SIZE))


def _empty(path: Path) -> None:
    path.touch()


def _directory(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("keep me")


def _odd_size(path: Path) -> None:
    path.write_bytes(os.urandom(PAGE_SIZE + 904))


NOT_VAULTS: dict[str, Callable[[Path], None]] = {
    "plain-sqlite": _plain_sqlite,
    "empty-file": _empty,
    "directory": _directory,
    "odd-size": _odd_size,
}


@pytest.mark.parametrize("make", NOT_VAULTS.values(), ids=NOT_VAULTS.keys())
def test_not_a_vault_is_refused_untouched_and_never_replaced(
    tmp_path: Path, make: Callable[[Path], None], capfd: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    target = folder / "healer.vault"
    make(target)
    before = snapshot(folder)
    capfd.readouterr()

    with pytest.raises(NotAVaultError) as raised:
        Vault.open(target, PASSPHRASE)
    assert str(target) in str(raised.value)
    with pytest.raises(VaultExistsError):
        Vault.create(target, PASSPHRASE)

    assert snapshot(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == ["healer.vault"]
    assert capfd.readouterr().err == ""


def test_random_bytes_of_a_page_are_refused_untouched(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # An encrypted page is indistinguishable from random bytes, so the refusal can only say
    # "wrong passphrase or not a vault"; what matters is that it names the file, is a
    # VaultError, and nothing is written or created over it.
    folder = tmp_path / "folder"
    folder.mkdir()
    target = folder / "healer.vault"
    _random_page(target)
    before = snapshot(folder)
    capfd.readouterr()

    with pytest.raises((NotAVaultError, WrongPassphraseError)) as raised:
        Vault.open(target, PASSPHRASE)
    assert str(target) in str(raised.value)
    with pytest.raises(VaultExistsError):
        Vault.create(target, PASSPHRASE)

    assert snapshot(folder) == before
    assert capfd.readouterr().err == ""


def test_a_vault_file_without_healer_tables_is_not_a_vault(tmp_path: Path) -> None:
    # Correctly keyed SQLCipher file with no schema: must not be silently migrated into one.
    path = tmp_path / "bare.vault"
    path.touch(mode=0o600)
    connection = sqlcipher.open_connection(path)
    sqlcipher.apply_key(connection, PASSPHRASE)
    connection.execute("CREATE TABLE other (x)")
    connection.close()
    before = snapshot(tmp_path)

    with pytest.raises(NotAVaultError):
        Vault.open(path, PASSPHRASE)
    assert snapshot(tmp_path) == before


# -- file modes -------------------------------------------------------------------


@pytest.mark.usefixtures("umask_022")
def test_files_and_folders_are_private_under_umask_022(tmp_path: Path) -> None:
    folder = tmp_path / "made-by-us"
    path = folder / "healer.vault"
    vault = Vault.create(path, PASSPHRASE)
    try:
        add_entries(vault, 3)
        assert mode_of(folder) == 0o700
        for suffix in ("", "-wal", "-shm"):
            side = Path(str(path) + suffix)
            assert side.exists(), suffix
            assert mode_of(side) == 0o600, suffix
        backup = vault.backup(tmp_path / "backups" / "copy.vault")
        assert mode_of(backup) == 0o600
        assert mode_of(backup.parent) == 0o700
    finally:
        vault.close()


@pytest.mark.usefixtures("umask_022")
def test_open_tightens_a_vault_that_others_can_read(vault_path: Path) -> None:
    vault_path.chmod(0o644)
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        add_entries(vault, 1)
        for suffix in ("", "-wal", "-shm"):
            assert mode_of(Path(str(vault_path) + suffix)) == 0o600, suffix
    finally:
        vault.close()


# -- pragmas ----------------------------------------------------------------------


def test_open_vault_runs_with_durable_private_settings(vault: Vault) -> None:
    def pragma(name: str) -> object:
        return vault.connection.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2
    assert pragma("temp_store") == 2
    assert pragma("foreign_keys") == 1
    assert int(pragma("busy_timeout")) > 0  # type: ignore[call-overload]
    assert str(pragma("kdf_iter")) == "256000"
    settings = {row[0] for row in vault.connection.execute("PRAGMA cipher_settings")}
    assert "PRAGMA kdf_iter = 256000;" in settings
    assert "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;" in settings
    assert "PRAGMA cipher_use_hmac = 1;" in settings


# -- backup -----------------------------------------------------------------------


def test_backup_is_encrypted_and_opens_with_the_same_rows(vault: Vault, tmp_path: Path) -> None:
    add_entries(vault, 4)
    expected = all_rows(vault)
    backup = vault.backup(tmp_path / "backups" / "healer-backup.vault")

    data = backup.read_bytes()
    assert not data.startswith(PLAIN_HEADER)
    assert b"trigger number" not in data
    assert rows_of(backup) == expected
    with pytest.raises(WrongPassphraseError):
        Vault.open(backup, WRONG)
    assert not list(backup.parent.glob(".*partial*"))


def test_backup_refuses_to_overwrite_the_vault_itself(vault: Vault) -> None:
    add_entries(vault, 2)
    expected = all_rows(vault)
    for spelling in (vault.path, vault.path.parent / "." / vault.path.name):
        with pytest.raises(VaultError):
            vault.backup(spelling)
    assert all_rows(vault) == expected
    vault.close()
    assert rows_of(vault.path) == expected


# -- check ------------------------------------------------------------------------


def test_check_is_ok_on_a_healthy_vault(vault: Vault) -> None:
    add_entries(vault, 3)
    report = vault.check()
    assert report.ok, report.problems


def _flip(path: Path, page: int) -> None:
    offset = (page - 1) * PAGE_SIZE + 200
    with path.open("r+b") as stream:
        stream.seek(offset)
        original = stream.read(4)
        stream.seek(offset)
        stream.write(bytes(byte ^ 0x5A for byte in original))


def damage_report(path: Path) -> tuple[bool, str]:
    """Whether a vault opens and checks healthy, with the refusal or the problems found."""
    try:
        opened = Vault.open(path, PASSPHRASE)
    except VaultError as error:  # refusing to open is an acceptable report too
        return False, str(error)
    try:
        report = opened.check()
    finally:
        opened.close()
    return report.ok, "\n".join(report.problems)


def test_check_reports_flipped_bytes_in_a_copy(vault: Vault, tmp_path: Path) -> None:
    add_entries(vault, 30, size=60)
    vault.close()
    pages = vault.path.stat().st_size // PAGE_SIZE
    assert pages >= 6
    original = snapshot(vault.path.parent)
    damaged = tmp_path / "damaged.vault"
    shutil.copyfile(vault.path, damaged)
    _flip(damaged, 3)
    _flip(damaged, pages)

    healthy, text = damage_report(damaged)

    assert not healthy
    assert str(damaged) in text or ("page 3" in text and f"page {pages}" in text)
    assert snapshot(vault.path.parent) == original


# -- change passphrase ------------------------------------------------------------

NEW_PASSPHRASE = "a whole new sentence of words"


def test_change_passphrase_switches_keys_and_keeps_rows(vault: Vault, tmp_path: Path) -> None:
    add_entries(vault, 5)
    expected = all_rows(vault)
    old_backup = vault.backup(tmp_path / "before-change.vault")

    vault.change_passphrase(NEW_PASSPHRASE)
    assert all_rows(vault) == expected
    vault.close()

    with pytest.raises(WrongPassphraseError):
        Vault.open(vault.path, PASSPHRASE)
    reopened = Vault.open(vault.path, NEW_PASSPHRASE)
    try:
        assert all_rows(reopened) == expected
        assert reopened.check().ok
    finally:
        reopened.close()
    assert rows_of(old_backup, PASSPHRASE) == expected


def test_too_short_new_passphrase_is_refused_and_the_old_still_works(vault: Vault) -> None:
    add_entries(vault, 2)
    expected = all_rows(vault)
    with pytest.raises(ValidationError):
        vault.change_passphrase("short")
    with pytest.raises(ValidationError):
        vault.change_passphrase("")
    add_entries(vault, 1)  # still usable
    expected = all_rows(vault)
    vault.close()
    assert rows_of(vault.path, PASSPHRASE) == expected
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault.path, "short")


# -- closed vault -----------------------------------------------------------------


def test_every_call_on_a_closed_vault_raises_vault_closed(vault: Vault, tmp_path: Path) -> None:
    add_entries(vault, 1)
    activations = ActivationRepository(vault)
    categories = CategoryRepository(vault)
    vault.close()
    vault.close()  # idempotent
    assert not vault.is_open

    calls: list[Callable[[], object]] = [
        lambda: activations.add(entry(9)),
        lambda: activations.get(1),
        lambda: activations.find(ActivationQuery()),
        lambda: activations.count(),
        lambda: activations.update(1, entry(9)),
        lambda: activations.settle(1),
        lambda: activations.delete(1),
        lambda: categories.all(),
        lambda: categories.add("new one"),
        lambda: vault.backup(tmp_path / "b.vault"),
        vault.check,
        lambda: vault.change_passphrase(NEW_PASSPHRASE),
        lambda: vault.connection,
    ]
    for call in calls:
        with pytest.raises(VaultClosedError):
            call()
    assert not (tmp_path / "b.vault").exists()


# -- busy -------------------------------------------------------------------------

_HOLD_WRITE_LOCK = textwrap.dedent(
    """
    import sys
    import sqlcipher3
    connection = sqlcipher3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA key = '" + sys.argv[2].replace("'", "''") + "'")
    connection.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    connection.close()
    """
)


def test_a_write_while_another_process_holds_the_lock_raises_vault_busy(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlcipher, "BUSY_TIMEOUT_SECONDS", 0.2)
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD_WRITE_LOCK, str(vault_path), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None
        assert holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "locked"
            vault = Vault.open(vault_path, PASSPHRASE)  # reading is still possible
            try:
                assert int(vault.connection.execute("PRAGMA busy_timeout").fetchone()[0]) == 200
                with pytest.raises(VaultBusyError) as raised:
                    ActivationRepository(vault).add(entry(1))
                message = str(raised.value)
                assert str(vault_path) in message
                assert "busy" in message
                with pytest.raises(VaultBusyError):
                    CategoryRepository(vault).add("while busy")

                holder.stdin.write("\n")
                holder.stdin.flush()
                assert holder.wait(timeout=30) == 0

                assert ActivationRepository(vault).count() == 0
                ActivationRepository(vault).add(entry(1))
                assert ActivationRepository(vault).count() == 1
                assert vault.check().ok
            finally:
                vault.close()
        finally:
            if holder.poll() is None:
                holder.kill()


# -- newer schema -----------------------------------------------------------------


def test_a_vault_from_a_newer_version_is_refused_clearly(vault: Vault) -> None:
    vault.connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    vault.close()
    before = snapshot(vault.path.parent)

    with pytest.raises(VaultError) as raised:
        Vault.open(vault.path, PASSPHRASE)

    assert "newer version" in str(raised.value)
    assert str(vault.path) in str(raised.value)
    assert not isinstance(raised.value, WrongPassphraseError | NotAVaultError)
    assert snapshot(vault.path.parent) == before  # no backup, no migration, no write


def test_backup_never_overwrites_an_existing_file(vault: Vault, tmp_path: Path) -> None:
    add_entries(vault, 2)
    target = tmp_path / "keep.txt"
    target.write_bytes(b"something the person keeps")
    with pytest.raises(VaultError, match="already exists"):
        vault.backup(target)
    assert target.read_bytes() == b"something the person keeps"
