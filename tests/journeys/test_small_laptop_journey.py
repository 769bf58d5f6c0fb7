"""The small-laptop journey: a 1024×640 Xvfb screen with the openbox window manager."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
XVFB = shutil.which("Xvfb")
OPENBOX = shutil.which("openbox")
SCREEN = (1024, 640)
TABS = ("journal", "regulate", "pause", "parts", "charts")


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh 1024×640 Xvfb server with openbox managing its windows."""
    assert XVFB is not None
    assert OPENBOX is not None
    read_end, write_end = os.pipe()
    size = f"{SCREEN[0]}x{SCREEN[1]}x24"
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    manager: subprocess.Popen[bytes] | None = None
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        assert ready, "Xvfb did not report a display within 30 s"
        number = os.read(read_end, 64).decode().strip()
        assert number.isdigit(), f"unexpected Xvfb answer {number!r}"
        env = dict(os.environ, DISPLAY=f":{number}")
        manager = subprocess.Popen(
            [OPENBOX, "--sm-disable"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)  # openbox takes the screen before the first window maps
        assert manager.poll() is None, "openbox did not start"
        yield f":{number}"
    finally:
        os.close(read_end)
        if manager is not None:
            manager.terminate()
            manager.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.skipif(XVFB is None, reason="Xvfb is not installed (Debian: apt-get install xvfb)")
@pytest.mark.skipif(
    OPENBOX is None, reason="openbox is not installed (Debian: apt-get install openbox)"
)
def test_small_laptop_journey(display: str, tmp_path: Path) -> None:
    shots = Path(os.environ.get("HEALER_SMALL_SHOTS", tmp_path / "shots"))
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
            str(REPO / "tests" / "journeys" / "xcb_small_laptop.py"),
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
    names = {path.name for path in shots.glob("*.png")}
    wanted = {f"{number:02d}-{key}.png" for number, key in enumerate(TABS, start=1)}
    assert wanted <= names, sorted(names)
    image = QImage(str(shots / "02-regulate.png"))
    assert (image.width(), image.height()) == SCREEN
    colours = {image.pixel(x, y) for x in range(0, SCREEN[0], 32) for y in range(0, SCREEN[1], 32)}
    assert len(colours) > 3, "the screen grab is blank: nothing was drawn on the X display"
