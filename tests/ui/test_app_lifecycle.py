"""The real event loop: lock and unlock keep the app running; Quit and closing end it cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from support import PASSPHRASE

from healer.services.vault_lock import VaultLock
from healer.ui.single_instance import lock_file_path

REPO = Path(__file__).resolve().parents[2]

# Drives healer.app's own wiring (single instance, controller, quit-on-last-window) in
# a fresh process; each step starts when the previous one has signalled it is done.
SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import healer.app as app_module
    import healer.ui.controller as controller_module

    passphrase, finish = sys.argv[1], sys.argv[2]
    unlocks = []

    class Driven(controller_module.AppController):
        def start(self):
            self.unlocked.connect(self._next)
            super().start()
            QTimer.singleShot(60_000, lambda: QApplication.exit(3))  # a hung loop fails
            QTimer.singleShot(0, self._type)

        def _type(self):
            gate = self.gate
            gate.passphrase.setText(passphrase)
            gate.unlock_button.click()

        def _next(self):
            unlocks.append(self.window.isVisible())
            print("unlocked", len(unlocks), flush=True)
            if len(unlocks) == 1:
                self.window.locked.connect(self._on_locked)
            if len(unlocks) == 3 and finish == "close":
                QTimer.singleShot(0, self.window.close)
            else:
                QTimer.singleShot(0, self.window.lock_action.trigger)

        def _on_locked(self):
            if len(unlocks) < 3:
                QTimer.singleShot(0, self._type)
            else:
                QTimer.singleShot(0, self.gate.quit_button.click)

    controller_module.AppController = Driven
    sys.exit(app_module.main(["--vault", sys.argv[3]]))
    """
)


def _run(vault: Path, finish: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, PASSPHRASE, finish, str(vault)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("finish", ["close", "quit-at-gate"])
def test_lock_unlock_cycles_then_exit(vault_path: Path, isolated_home: Path, finish: str) -> None:
    result = _run(vault_path, finish, isolated_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["unlocked", "1", "unlocked", "2", "unlocked", "3"]
    assert not lock_file_path(vault_path).exists()  # the instance lock was given back


@pytest.mark.slow
def test_vault_comes_from_the_environment(vault_path: Path, isolated_home: Path) -> None:
    holder = VaultLock(vault_path)
    assert holder.take_window()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HEALER_VAULT=str(vault_path))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "healer"],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        holder.release()
    # It found HEALER_VAULT's lock taken, so it looked at that vault, not the default one.
    assert result.returncode == 1
    assert "open in another Healer window" in result.stderr
