"""A compiled Healer translation installed for one test, and the default locale to match."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "es": QLocale(QLocale.Language.Spanish, QLocale.Country.Spain),
}


def compiled(language: str, folder: Path) -> Path:
    """healer_<language>.ts compiled by pyside6-lrelease into folder (the .qm is not committed)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    target = folder / f"healer_{language}.qm"
    source = TRANSLATIONS / f"healer_{language}.ts"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return target


@contextmanager
def speaking(language: str, folder: Path) -> Iterator[QTranslator]:
    """Healer in this language (words and QLocale()) until the block ends."""
    translator = QTranslator()
    assert translator.load(str(compiled(language, folder)))
    before = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(LOCALES[language])
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
