"""Healer's committed translations compiled and installed for a test, with the locale to match."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "es": QLocale(QLocale.Language.Spanish, QLocale.Country.Spain),
}


def compiled(language: str, folder: Path) -> Path:
    """healer_<language>.ts compiled into folder by pyside6-lrelease unless there already."""
    target = folder / f"healer_{language}.qm"
    if not target.exists():
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        source = TRANSLATIONS / f"healer_{language}.ts"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return target


@contextmanager
def installing(qm: Path, locale: QLocale | None = None) -> Iterator[QTranslator]:
    """The compiled translation qm, and locale as the default if given, until the block ends."""
    translator = QTranslator()
    assert translator.load(str(qm))
    before = QLocale()
    assert QCoreApplication.installTranslator(translator)
    _deliver_language_change()
    if locale is not None:
        QLocale.setDefault(locale)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
        _deliver_language_change()


@contextmanager
def speaking(language: str, folder: Path, locale: QLocale | None = None) -> Iterator[QTranslator]:
    """Healer in this language until the block ends: words, and QLocale() by LOCALES or locale."""
    with installing(
        compiled(language, folder), LOCALES[language] if locale is None else locale
    ) as translator:
        yield translator


def _deliver_language_change() -> None:
    # Installing or removing a translator posts a LanguageChange; delivered now, none
    # reaches a later test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
