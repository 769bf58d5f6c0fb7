"""The sdist carries what its tests read, so a distribution packager can run them from it."""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sdist_holds_what_the_tests_need(tmp_path: Path) -> None:
    pytest.importorskip("hatchling", reason="hatchling (the build backend) is not installed")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    (sdist,) = tmp_path.glob("healer-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.partition("/")[2] for name in archive.getnames()}
    for wanted in (
        "pyproject.toml",
        "packaging/constraints.txt",
        "packaging/check_metadata.py",
        "packaging/render_icons.py",
        "packaging/linux/io.github.healer_app.Healer.metainfo.xml",
        "packaging/linux/io.github.healer_app.Healer.desktop",
        "docs/render_screenshots.py",
        "typings/sqlcipher3/__init__.pyi",
        "tests/support.py",
        "resources/icons/hicolor/scalable/apps/io.github.healer_app.Healer.svg",
    ):
        assert wanted in names, wanted
