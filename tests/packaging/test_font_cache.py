"""The font list built for the bundle is read by matplotlib as it is, never rebuilt."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check_resources(config: Path) -> str:
    env = dict(os.environ, MPLCONFIGDIR=str(config), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "healer", "--check-resources"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    return done.stdout


def test_shipped_font_list_is_reused_from_an_empty_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The build step, then the bundle's start: an empty config folder as PyInstaller makes.
    built = _load("build_font_cache").build(tmp_path / "bundle" / "healer" / "_mplcache")
    entries = json.loads(built.read_text())["ttflist"]
    assert entries
    assert all(not Path(entry["fname"]).is_absolute() for entry in entries)
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("MPLCONFIGDIR", str(config))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    _load("healer_main").use_shipped_font_list()
    assert (config / built.name).read_bytes() == built.read_bytes()

    assert "font list: reused, DejaVu Sans at DejaVuSans.ttf" in _check_resources(config)


def test_without_the_shipped_list_matplotlib_rebuilds_it(tmp_path: Path) -> None:
    # The check the packaging script relies on can tell the two apart.
    assert "font list: rebuilt" in _check_resources(tmp_path)


def test_matplotlib_gets_its_folder_only_when_first_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _load("build_font_cache").build(tmp_path / "bundle" / "healer" / "_mplcache")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setenv("MPLCONFIGDIR", "")
    finder = _load("healer_main").MatplotlibConfig()
    assert finder.find_spec("numpy") is None
    assert finder.folder is None
    assert os.environ["MPLCONFIGDIR"] == ""  # nothing made for other imports

    assert finder.find_spec("matplotlib") is None  # the usual finders load it
    folder = Path(os.environ["MPLCONFIGDIR"])
    assert str(folder) == finder.folder
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / built.name).read_bytes() == built.read_bytes()
    finder.find_spec("matplotlib")
    assert os.environ["MPLCONFIGDIR"] == str(folder)  # once only
    folder.joinpath(built.name).unlink()
    folder.rmdir()
