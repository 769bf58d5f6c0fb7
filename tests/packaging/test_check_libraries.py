"""`make package` fails when PyInstaller could not find a library a bundled file needs."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
SITE = "/venv/lib/python3.12/site-packages"
PLUGINS = "PySide6/Qt/plugins"


def _check_libraries() -> ModuleType:
    path = REPO / "packaging" / "check_libraries.py"
    spec = importlib.util.spec_from_file_location("check_libraries", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bundle(tmp_path: Path) -> Path:
    xcb = tmp_path / "healer" / "_internal" / PLUGINS / "platforms" / "libqxcb.so"
    xcb.parent.mkdir(parents=True)
    xcb.touch()
    return tmp_path / "healer"


def _not_found(library: str, dependent: str) -> str:
    return (
        f"28389 WARNING: Library not found: could not resolve '{library}', "
        f"dependency of '{dependent}'.\n"
    )


def test_a_library_a_bundled_plugin_needs_is_reported(tmp_path: Path) -> None:
    log = _not_found("libxcb-icccm.so.4", f"{SITE}/{PLUGINS}/platforms/libqxcb.so")
    assert _check_libraries().problems(log, _bundle(tmp_path)) == [
        "libxcb-icccm.so.4 (needed by libqxcb.so) was not found"
    ]


def test_trimmed_plugins_and_windows_libraries_are_ignored(tmp_path: Path) -> None:
    log = _not_found("libgtk-3.so.0", f"{SITE}/{PLUGINS}/platformthemes/libqgtk3.so")
    log += "26290 WARNING: Library user32 required via ctypes not found\n"
    assert _check_libraries().problems(log, _bundle(tmp_path)) == []


def test_a_missing_ctypes_library_is_reported(tmp_path: Path) -> None:
    log = "26290 WARNING: Library sqlcipher required via ctypes not found\n"
    assert _check_libraries().problems(log, _bundle(tmp_path)) == [
        "sqlcipher (loaded through ctypes) was not found"
    ]
