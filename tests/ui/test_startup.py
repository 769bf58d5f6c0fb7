"""Fresh processes: the window starts without matplotlib, --smoke-test and --version work."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from healer.app import SMOKE_TEST_MARKER
from healer.ui.tabs import default_tabs

REPO = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env.pop("HEALER_VAULT", None)
    return env


def _run(args: list[str], home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        check=False,
    )


@pytest.mark.slow
def test_main_window_does_not_import_matplotlib(isolated_home: Path) -> None:
    script = textwrap.dedent(
        """
        import sys, tempfile
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from healer.services.session import Session
        from healer.ui.main_window import MainWindow
        app = QApplication([])
        folder = tempfile.mkdtemp()
        session = Session.create(Path(folder) / "v.vault", "a passphrase for tests")
        window = MainWindow(session)
        window.show()
        app.processEvents()
        print("built", list(window.built_pages))
        print("matplotlib loaded" if "matplotlib" in sys.modules else "matplotlib absent")
        window.lock()
        """
    )
    result = _run(["-c", script], isolated_home)
    assert result.returncode == 0, result.stderr
    assert "built ['path']" in result.stdout  # the first tab is really there
    assert "matplotlib absent" in result.stdout


@pytest.mark.slow
def test_smoke_test_renders_every_tab(isolated_home: Path) -> None:
    result = _run(["-m", "healer", "--smoke-test"], isolated_home)
    assert result.returncode == 0, result.stderr
    assert SMOKE_TEST_MARKER in result.stdout
    assert f"{len(default_tabs())} tabs rendered" in result.stdout
    # It never touches the person's real vault folder.
    assert not (isolated_home / "data" / "Healer").exists()


def test_version(isolated_home: Path) -> None:
    result = _run(["-m", "healer", "--version"], isolated_home)
    assert result.returncode == 0
    assert result.stdout.strip() == "healer 0.1.0"


def test_crash_report_never_shows_the_message(isolated_home: Path) -> None:
    # main() installs the hook; an error escaping it must not print its message.
    script = textwrap.dedent(
        """
        from healer import app

        def explode():
            raise ValueError("secret journal words")

        app._smoke_test = explode
        app.main(["--smoke-test"])
        """
    )
    result = _run(["-c", script], isolated_home)
    assert result.returncode != 0
    assert "builtins.ValueError" in result.stderr
    assert "explode" in result.stderr
    assert "secret journal words" not in result.stderr


def test_application_identity(qapp: object) -> None:
    from PySide6.QtGui import QGuiApplication

    from healer import app
    from healer.appinfo import APP_ID

    app._make_application()
    assert QGuiApplication.desktopFileName() == APP_ID
    assert QGuiApplication.applicationDisplayName() == "Healer"
    assert QGuiApplication.applicationName() == "Healer"
