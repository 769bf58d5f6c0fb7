"""Desktop file, metainfo and icons agree with appinfo; the icon comes through the one loader."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

from healer.appinfo import APP_ID
from healer.resources import app_icon_path

REPO = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    """Import one of packaging/'s scripts (packaging/ is not a Python package)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """A share/ tree laid out as the tarball and the .deb install it."""
    share = tmp_path / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(REPO / "packaging" / "linux" / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(REPO / "packaging" / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(REPO / "resources" / "icons", share / "icons")
    return share


def test_app_id_version_and_icons_agree(share: Path) -> None:
    assert _script("check_metadata").problems(share) == []


def test_a_wrong_icon_name_is_caught(share: Path) -> None:
    desktop = share / "applications" / f"{APP_ID}.desktop"
    desktop.write_text(
        desktop.read_text(encoding="utf-8").replace(f"Icon={APP_ID}", "Icon=healer"),
        encoding="utf-8",
    )
    problems = _script("check_metadata").problems(share)
    assert any("desktop Icon='healer'" in problem for problem in problems)


def test_a_missing_icon_size_is_caught(share: Path) -> None:
    (share / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png").unlink()
    assert _script("check_metadata").problems(share) == ["missing 16x16 icon"]


def test_app_icon_renders_through_the_loader(qapp: QApplication) -> None:
    icon = QIcon(str(app_icon_path()))
    for size in (16, 48, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        # A tile with transparent rounded corners and an opaque middle, not a blank square.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_committed_pngs_are_rendered_from_the_master(qapp: QApplication) -> None:
    render_icons = _script("render_icons")
    for size in (16, 48, 256):
        png = REPO / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        committed = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
        fresh = render_icons.render(app_icon_path(), size).convertToFormat(
            QImage.Format.Format_ARGB32
        )
        difference = sum(
            abs(a - b)
            for a, b in zip(bytes(committed.constBits()), bytes(fresh.constBits()), strict=True)
        ) / (size * size * 4)
        # Exact with the same Qt; a little slack for anti-aliasing changes between Qt releases.
        assert difference < 2, f"{png.name} at {size} px is stale: run packaging/render_icons.py"
