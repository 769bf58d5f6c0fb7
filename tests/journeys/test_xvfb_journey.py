"""Runs the first-week journey in a real X window on a private Xvfb display, with screenshots."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from xserver import XVFB, assert_drawn, run_journey, xvfb_display

SCREEN = (1280, 800)


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh 1280×800 Xvfb server."""
    with xvfb_display(SCREEN) as name:
        yield name


@pytest.mark.slow
@pytest.mark.skipif(XVFB is None, reason="Xvfb is not installed (Debian: apt-get install xvfb)")
def test_journey_in_a_real_x_window(display: str, tmp_path: Path) -> None:
    shots = Path(os.environ.get("HEALER_JOURNEY_SHOTS", tmp_path / "shots"))
    run_journey("xcb_journey.py", display, shots, tmp_path / "inner")
    names = sorted(path.name for path in shots.glob("*.png"))
    assert "02-quick-capture.png" in names
    assert "07-after-unlock-screen.png" in names
    assert_drawn(shots / "07-after-unlock-screen.png", SCREEN)
