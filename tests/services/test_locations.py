"""Where the vault lives: --vault, then HEALER_VAULT, then the app-data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from healer.appinfo import VAULT_ENV_VAR
from healer.services.locations import default_vault_path, resolve_vault_path


def test_the_default_vault_is_healer_vault_under_xdg_data_home(isolated_home: Path) -> None:
    path = default_vault_path()
    assert path.name == "healer.vault"
    assert path.is_absolute()
    assert path.is_relative_to(isolated_home / "data")
    assert path == isolated_home / "data" / "Healer" / "Healer" / "healer.vault"


def test_the_default_follows_xdg_data_home_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(elsewhere))
    assert default_vault_path().is_relative_to(elsewhere)


def test_asking_for_the_default_creates_no_files(isolated_home: Path) -> None:
    before = sorted(isolated_home.rglob("*"))
    default_vault_path()
    resolve_vault_path(None)
    assert sorted(isolated_home.rglob("*")) == before


def test_with_nothing_given_the_default_is_used() -> None:
    assert resolve_vault_path(None) == default_vault_path()
    assert resolve_vault_path("") == default_vault_path()


def test_the_variable_beats_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VAULT_ENV_VAR, str(tmp_path / "from-env.vault"))
    assert resolve_vault_path(None) == tmp_path / "from-env.vault"


def test_an_empty_variable_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VAULT_ENV_VAR, "")
    assert resolve_vault_path(None) == default_vault_path()


def test_the_explicit_path_beats_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(VAULT_ENV_VAR, str(tmp_path / "from-env.vault"))
    assert resolve_vault_path(str(tmp_path / "given.vault")) == tmp_path / "given.vault"


@pytest.mark.parametrize("from_env", [False, True])
def test_relative_and_home_paths_become_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, from_env: bool
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)

    def resolve(text: str) -> Path:
        if from_env:
            monkeypatch.setenv(VAULT_ENV_VAR, text)
            return resolve_vault_path(None)
        return resolve_vault_path(text)

    assert resolve("~/journal.vault") == tmp_path / "home" / "journal.vault"
    assert resolve("sub/journal.vault") == tmp_path / "sub" / "journal.vault"
