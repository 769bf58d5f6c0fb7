"""Shared fixtures: offscreen Qt, private folders, a fake clock, keyed vaults, translations."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

# Before anything imports Qt: no window system needed for the default run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from support import PASSPHRASE, FakeClock, copy_vault, create_template
from translating import speaking

from healer.services.session import Session
from healer.storage.vault import Vault


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder at the test's own tmp_path, so no test touches a real vault."""
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("MPLCONFIGDIR", "mpl"),
    ):
        folder = home / sub
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("HEALER_VAULT", raising=False)
    # No test hears the machine's own D-Bus (a real screen lock would lock test windows);
    # tests/ui/desktop starts private buses where it needs them.
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={home / 'no-system-bus'}")
    return home


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings under the test's own folder, emptied after it: no preference leaks onward.

    Qt reads XDG_CONFIG_HOME once per process, so isolated_home alone does not do this.
    """
    folder = tmp_path / "settings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield
    QSettings().clear()
    QSettings().sync()


@pytest.fixture
def clock() -> FakeClock:
    """Monotonic and wall time that move only when the test says so (see support.FakeClock)."""
    return FakeClock()


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One keyed, migrated, closed vault per test run; key derivation is slow on purpose."""
    return create_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def vault_path(vault_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template vault (a closed file, so a plain copy is safe)."""
    return copy_vault(vault_template, tmp_path / "vaultdir" / "healer.vault")


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """An unlocked vault, closed after the test."""
    opened = Vault.open(vault_path, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def session(vault_path: Path) -> Iterator[Session]:
    """An unlocked session, locked after the test."""
    opened = Session.unlock(vault_path, PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture(scope="session")
def qm_folder(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where translating.compiled puts each .qm, once per run (with the app to install it in)."""
    del qapp
    return tmp_path_factory.mktemp("qm")


@pytest.fixture
def speak(qm_folder: Path) -> Iterator[Callable[[str], None]]:
    """speak("es") or speak("en"): Healer in that language and its locale until the test ends.

    Call it before building the widgets that should speak it; the latest call wins.
    """
    with ExitStack() as spoken:

        def install(language: str) -> None:
            spoken.enter_context(speaking(language, qm_folder))

        yield install
