"""Healer started under a Spanish locale speaks Spanish from the first window to every tab."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_first_visit_in_spanish(tmp_path: Path) -> None:
    if not (REPO / "resources" / "translations" / "healer_es.qm").is_file():
        pytest.fail("resources/translations/healer_es.qm is missing: run `make translations`")
    shots = Path(os.environ.get("HEALER_JOURNEY_SHOTS", tmp_path / "shots"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HEALER_SHOTS=str(shots))
    env.update(LANG="es_ES.UTF-8", LC_ALL="es_ES.UTF-8")
    env.pop("LANGUAGE", None)
    journey = REPO / "tests" / "journeys" / "spanish_journey.py"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"--basetemp={tmp_path / 'inner'}", str(journey)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "1 passed" in result.stdout
    assert len(list(shots.glob("*-light.png"))) == len(list(shots.glob("*-dark.png"))) == 8
