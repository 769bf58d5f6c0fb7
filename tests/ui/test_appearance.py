"""Appearance: light and dark palettes read well, and the choice applies before the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from healer.ui.common.appearance import dark_palette, is_dark, light_palette
from healer.ui.common.contrast import TEXT_CONTRAST, contrast

ROLE = QPalette.ColorRole
# Text roles and what they are drawn on.
PAIRS = (
    (ROLE.WindowText, ROLE.Window),
    (ROLE.Text, ROLE.Base),
    (ROLE.Text, ROLE.AlternateBase),
    (ROLE.ButtonText, ROLE.Button),
    (ROLE.HighlightedText, ROLE.Highlight),
    (ROLE.ToolTipText, ROLE.ToolTipBase),
    (ROLE.PlaceholderText, ROLE.Window),
    (ROLE.PlaceholderText, ROLE.Base),
    (ROLE.Link, ROLE.Base),
)


@pytest.mark.parametrize(("name", "palette"), [("light", light_palette), ("dark", dark_palette)])
def test_every_text_role_reads_on_its_background(name: str, palette: object) -> None:
    built = palette()  # type: ignore[operator]
    assert isinstance(built, QPalette)
    for text, background in PAIRS:
        ratio = contrast(built.color(text), built.color(background))
        assert ratio >= TEXT_CONTRAST, (name, text.name, background.name, round(ratio, 2))
    assert is_dark(built) is (name == "dark")


def test_the_stored_choice_is_applied_before_any_window(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    script = textwrap.dedent(
        """
        from PySide6.QtWidgets import QApplication
        from healer.services.locations import set_application_names
        from healer.ui.settings import APPEARANCE

        app = QApplication([])
        set_application_names()
        APPEARANCE.write("dark")
        from healer.app import _make_application
        from healer.ui.common.appearance import is_dark

        _make_application()
        print("dark" if is_dark(QApplication.palette()) else "light")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "dark"
