"""One Healer per vault: a second launch wakes the first and exits, or says clearly why not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from healer.services.vault_lock import VaultLock
from healer.ui.single_instance import SingleInstance, lock_file_path, server_name

REPO = Path(__file__).resolve().parents[2]


def _launch(vault: Path, home: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.Popen(
        [sys.executable, "-m", "healer", "--vault", str(vault)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_lock_is_exclusive_and_released(qapp: QApplication, tmp_path: Path) -> None:
    vault = tmp_path / "v" / "healer.vault"
    first = SingleInstance(vault)
    assert first.acquire()
    assert lock_file_path(vault).exists()
    assert not SingleInstance(vault).acquire()
    first.release()
    again = SingleInstance(vault)
    assert again.acquire()
    again.release()


def test_socket_name_hides_the_path(tmp_path: Path) -> None:
    vault = tmp_path / "private-name" / "healer.vault"
    name = server_name(vault)
    assert "private-name" not in name
    assert name != server_name(tmp_path / "other" / "healer.vault")


@pytest.mark.slow
def test_second_launch_raises_the_first(
    qtbot: QtBot, vault_path: Path, isolated_home: Path
) -> None:
    first = SingleInstance(vault_path)
    assert first.acquire()
    try:
        with qtbot.wait_signal(first.raise_requested, timeout=60_000):
            second = _launch(vault_path, isolated_home)
        out, err = second.communicate(timeout=60)
    finally:
        first.release()
    assert second.returncode == 0, err
    assert "already open" in out


@pytest.mark.slow
def test_silent_holder_is_reported_clearly(vault_path: Path, isolated_home: Path) -> None:
    holder = VaultLock(vault_path)
    assert holder.take_window()
    try:
        second = _launch(vault_path, isolated_home)
        _out, err = second.communicate(timeout=60)
    finally:
        holder.release()
    assert second.returncode == 1
    assert "open in another Healer window" in err
