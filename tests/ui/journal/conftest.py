"""Fixtures for the activation log tab: a tab on a fresh session, and a language to speak."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot
from support import wait_loaded

from healer.services.session import Session
from healer.ui.journal.tab import JournalTab


@pytest.fixture
def journal_tab(qtbot: QtBot, session: Session) -> Iterator[JournalTab]:
    """The tab on an empty vault, shown, with its first load done."""
    tab = JournalTab(session)
    qtbot.add_widget(tab)
    tab.resize(1280, 800)
    tab.show()
    wait_loaded(qtbot, tab)
    yield tab
    tab.save_drafts()
    session.reads.cancel_all()
    session.reads.wait()


TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


@pytest.fixture
def speak(tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """Install Healer's translation for a language ("es", "en") and make it the default locale.

    The .ts file is compiled here, so the test reads the committed words, not a stale build.
    """
    installed: list[QTranslator] = []
    before = QLocale()

    def install(language: str) -> None:
        compiled = tmp_path / f"healer_{language}.qm"
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        source = TRANSLATIONS / f"healer_{language}.ts"
        subprocess.run([lrelease, "-silent", source, "-qm", compiled], check=True)
        translator = QTranslator()
        assert translator.load(str(compiled))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        QLocale.setDefault(QLocale(language))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
