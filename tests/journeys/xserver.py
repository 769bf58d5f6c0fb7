"""A private Xvfb display (optionally with a window manager) and a journey run on it."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
XVFB = shutil.which("Xvfb")
OPENBOX = shutil.which("openbox")


@contextlib.contextmanager
def xvfb_display(size: tuple[int, int], *, window_manager: str | None = None) -> Iterator[str]:
    """A fresh Xvfb server; its display number comes back through -displayfd."""
    assert XVFB is not None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", f"{size[0]}x{size[1]}x24",
         "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    manager: subprocess.Popen[bytes] | None = None
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        assert ready, "Xvfb did not report a display within 30 s"
        number = os.read(read_end, 64).decode().strip()
        assert number.isdigit(), f"unexpected Xvfb answer {number!r}"
        if window_manager is not None:
            manager = subprocess.Popen(
                [window_manager, "--sm-disable"],
                env=dict(os.environ, DISPLAY=f":{number}"),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(1.0)  # the manager takes the screen before the first window maps
            assert manager.poll() is None, f"{window_manager} did not start"
        yield f":{number}"
    finally:
        os.close(read_end)
        if manager is not None:
            manager.terminate()
            manager.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)


def run_journey(script: str, display: str, shots: Path, basetemp: Path) -> None:
    """Run tests/journeys/<script> in a child pytest on the xcb platform; it must pass."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display, HEALER_SHOTS=str(shots))
    for name in ("WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "XAUTHORITY"):
        env.pop(name, None)
    run_child_journey(script, env, basetemp)


def run_child_journey(script: str, env: dict[str, str], basetemp: Path) -> None:
    """Run tests/journeys/<script> in a child pytest with this environment; it must pass."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"--basetemp={basetemp}", str(REPO / "tests" / "journeys" / script)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "1 passed" in result.stdout


def assert_drawn(shot: Path, size: tuple[int, int]) -> None:
    """The screen grab has the screen's size and is not blank."""
    image = QImage(str(shot))
    assert (image.width(), image.height()) == size
    step = 32
    colours = {image.pixel(x, y) for x in range(0, size[0], step) for y in range(0, size[1], step)}
    assert len(colours) > 3, "the screen grab is blank: nothing was drawn on the X display"
