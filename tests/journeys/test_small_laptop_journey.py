"""The small-laptop journey: a 1024×640 Xvfb screen with the openbox window manager."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from xserver import OPENBOX, XVFB, assert_drawn, run_journey, xvfb_display

SCREEN = (1024, 640)
TABS = ("path", "journal", "regulate", "pause", "parts", "people", "charts")


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh 1024×640 Xvfb server with openbox managing its windows."""
    assert OPENBOX is not None
    with xvfb_display(SCREEN, window_manager=OPENBOX) as name:
        yield name


@pytest.mark.slow
@pytest.mark.skipif(XVFB is None, reason="Xvfb is not installed (Debian: apt-get install xvfb)")
@pytest.mark.skipif(
    OPENBOX is None, reason="openbox is not installed (Debian: apt-get install openbox)"
)
def test_small_laptop_journey(display: str, tmp_path: Path) -> None:
    shots = Path(os.environ.get("HEALER_SMALL_SHOTS", tmp_path / "shots"))
    run_journey("xcb_small_laptop.py", display, shots, tmp_path / "inner")
    names = {path.name for path in shots.glob("*.png")}
    wanted = {f"{number:02d}-{key}.png" for number, key in enumerate(TABS, start=1)}
    assert wanted <= names, sorted(names)
    assert_drawn(shots / "03-regulate.png", SCREEN)
