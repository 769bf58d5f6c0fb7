"""Runs the vault-care journey (File menu: back up, passphrase, restore, export, import) on Xvfb."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from xserver import XVFB, run_journey, xvfb_display

SCREEN = (1280, 800)


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh 1280×800 Xvfb server."""
    with xvfb_display(SCREEN) as name:
        yield name


@pytest.mark.slow
@pytest.mark.skipif(XVFB is None, reason="Xvfb is not installed (Debian: apt-get install xvfb)")
def test_vault_care_through_the_file_menu(display: str, tmp_path: Path) -> None:
    shots = Path(os.environ.get("HEALER_JOURNEY_SHOTS", tmp_path / "shots"))
    run_journey("xcb_vault_care.py", display, shots, tmp_path / "inner")
    names = sorted(path.name for path in shots.glob("*.png"))
    for expected in ("01-backup-done", "05-restore-preview", "06-restored", "08-import-preview"):
        assert f"{expected}.png" in names
    preview = QImage(str(shots / "05-restore-preview.png"))
    assert preview.width() > 200
    assert preview.height() > 100
