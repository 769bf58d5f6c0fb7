"""The app quits cleanly on SIGTERM, SIGHUP and SIGINT: no lock file or socket left behind."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import create_template

REPO = Path(__file__).resolve().parents[2]


def wait_for(condition: object, process: subprocess.Popen[str], seconds: float = 60) -> None:
    """Poll a subprocess's visible effect (a file appearing); fail if it dies first."""
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_quit_signal_removes_lock_file_and_socket(tmp_path: Path, number: int) -> None:
    vault = create_template(tmp_path)
    before = vault.read_bytes()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path),
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "healer", "--vault", str(vault)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with app:
        wait_for(lambda: any(runtime.iterdir()), app)
        [socket] = runtime.iterdir()
        assert socket.name.startswith(f"healer-{os.getuid()}-")
        assert stat.S_ISSOCK(socket.stat().st_mode)
        lock = vault.with_name(f"{vault.name}.lock")
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600
        assert lock.read_bytes() == b""  # no host name, machine id or boot id
        app.send_signal(number)
        _out, err = app.communicate(timeout=60)
    assert app.returncode == 128 + number, err
    assert list(runtime.iterdir()) == []
    assert not lock.exists()
    assert not list(Path("/tmp").glob(f"healer-{os.getuid()}-*{socket.name[-24:]}"))
    assert vault.read_bytes() == before


def test_folders_healer_creates_are_private(tmp_path: Path) -> None:
    from healer.services.vault_lock import ensure_private_dir

    old = os.umask(0o022)
    try:
        ensure_private_dir(tmp_path / "a" / "b" / "c")
    finally:
        os.umask(old)
    for folder in ("a", "a/b", "a/b/c"):
        assert stat.S_IMODE((tmp_path / folder).stat().st_mode) == 0o700, folder
    shutil.rmtree(tmp_path / "a")
