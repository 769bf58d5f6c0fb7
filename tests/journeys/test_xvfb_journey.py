"""Runs the first-week journey in a real X window on a private Xvfb display, with screenshots."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
XVFB = shutil.which("Xvfb")


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb server; its display number comes back through -displayfd."""
    assert XVFB is not None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        assert ready, "Xvfb did not report a display within 30 s"
        number = os.read(read_end, 64).decode().strip()
        assert number.isdigit(), f"unexpected Xvfb answer {number!r}"
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.skipif(XVFB is None, reason="Xvfb is not installed (Debian: apt-get install xvfb)")
def test_journey_in_a_real_x_window(display: str, tmp_path: Path) -> None:
    shots = Path(os.environ.get("HEALER_JOURNEY_SHOTS", tmp_path / "shots"))
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display, HEALER_SHOTS=str(shots))
    for name in ("WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "XAUTHORITY"):
        env.pop(name, None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--basetemp={tmp_path / 'inner'}",
            str(REPO / "tests" / "journeys" / "xcb_journey.py"),
        ],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "1 passed" in result.stdout
    names = sorted(path.name for path in shots.glob("*.png"))
    assert "02-quick-capture.png" in names
    assert "07-after-unlock-screen.png" in names
    image = QImage(str(shots / "07-after-unlock-screen.png"))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
    assert len(colours) > 3, "the screen grab is blank: nothing was drawn on the X display"
