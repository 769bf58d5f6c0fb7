"""Under the C locale the app reads dates in English, not as "27 11 2026"; a real locale wins."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

_CHILD = """
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from healer.app import _make_application
app = _make_application()
moment = QDateTime(QDate(2026, 11, 27), QTime(9, 5))
print(QLocale().name(), "|", QLocale().toString(moment, QLocale.FormatType.ShortFormat))
"""


def _run(locale: str) -> tuple[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL=locale, LANG=locale)
    env.pop("LANGUAGE", None)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_CHILD)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    name, text = done.stdout.strip().splitlines()[-1].split(" | ")
    return name, text


@pytest.mark.slow
def test_the_c_locale_falls_back_to_english_dates() -> None:
    assert _run("C") == ("en_GB", "27/11/2026 09:05")


@pytest.mark.slow
def test_a_locale_in_a_shipped_language_is_left_alone() -> None:
    # Qt reads the locale's name from the environment; glibc need not have it installed.
    name, text = _run("es_MX.UTF-8")
    assert name == "es_MX"
    assert text.startswith("27/11/")


@pytest.mark.slow
def test_another_language_reads_english_with_its_own_country() -> None:
    # No German words yet: English ones, with dates as written in Germany's English (day first).
    name, text = _run("de_DE.UTF-8")
    assert name == "en_DE"
    assert text.startswith("27/11/")
