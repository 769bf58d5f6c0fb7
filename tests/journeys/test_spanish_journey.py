"""Healer started under a Spanish locale speaks Spanish from the first window to every tab."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from xserver import run_child_journey

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_first_visit_in_spanish(tmp_path: Path) -> None:
    if not (REPO / "resources" / "translations" / "healer_es.qm").is_file():
        pytest.fail("resources/translations/healer_es.qm is missing: run `make translations`")
    shots = Path(os.environ.get("HEALER_JOURNEY_SHOTS", tmp_path / "shots"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HEALER_SHOTS=str(shots))
    env.update(LANG="es_ES.UTF-8", LC_ALL="es_ES.UTF-8")
    env.pop("LANGUAGE", None)
    run_child_journey("spanish_journey.py", env, tmp_path / "inner")
    assert len(list(shots.glob("*-light.png"))) == len(list(shots.glob("*-dark.png"))) == 8
