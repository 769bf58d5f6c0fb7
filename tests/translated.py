"""A shipped translation compiled from its .ts and installed for one test, with its locale."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "es": QLocale(QLocale.Language.Spanish, QLocale.Country.Spain),
}


@contextmanager
def translated(language: str, folder: Path) -> Iterator[QTranslator]:
    """Compile healer_<language>.ts into folder, install it and the locale; undo both after."""
    compiled = folder / f"healer_{language}.qm"
    if not compiled.exists():
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        source = TRANSLATIONS / f"healer_{language}.ts"
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(compiled)],
            check=True,
            capture_output=True,
        )
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert QCoreApplication.installTranslator(translator)
    _deliver_language_change()
    previous = QLocale()
    QLocale.setDefault(LOCALES[language])
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(previous)
        _deliver_language_change()


def _deliver_language_change() -> None:
    # Installing a translator posts a LanguageChange; delivered now, none reaches a later test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
