"""The languages Healer speaks, the one picked at start-up, and installing its translators."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from healer.resources import ResourceMissingError, resource_root

# The choice that follows the system's languages (the Preferences default).
SYSTEM = "system"


class Language(NamedTuple):
    """One language Healer ships: its code (as in healer_<code>.qm) and its own name for itself."""

    code: str
    name: str
    qt: QLocale.Language


# English first: it is the source text and the fallback. Add a language here and in
# packaging/translations.sh (see docs/translating.md, "Adding a language").
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", QLocale.Language.English),
    Language("es", "Español", QLocale.Language.Spanish),
)
ENGLISH = LANGUAGES[0]
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)


def language(code: str) -> Language:
    """The shipped language with this code (English for any other code)."""
    return next((known for known in LANGUAGES if known.code == code), ENGLISH)


def system_language() -> Language:
    """The first shipped language among the system's UI languages (LANGUAGE, LC_ALL, LANG)."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-", maxsplit=1)[0].lower()
        if code in CODES:
            return language(code)
    return ENGLISH


def chosen_language(choice: str) -> Language:
    """The language for a Preferences choice: a shipped code, else the system's."""
    return language(choice) if choice in CODES else system_language()


def translations_folder() -> Path:
    """Where Healer's compiled translations (healer_<code>.qm) are, wherever it is installed."""
    return resource_root() / "translations"


def qt_translations_folder() -> Path:
    """Where Qt's own translations (qtbase_<code>.qm) are: PySide's, or the bundle's copy."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str) and not folder.is_dir():
        # The PyInstaller bundle keeps PySide's layout; Qt may not be told where it is.
        return Path(bundle) / "PySide6" / "Qt" / "translations"
    return folder


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    """A translator for one .qm file, installed; None when the file is missing or unreadable."""
    translator = QTranslator(app)  # parented: it lives as long as the application
    if not translator.load(str(path)) or not app.installTranslator(translator):
        translator.deleteLater()
        return None
    return translator


def _locale_for(chosen: Language) -> QLocale:
    """The chosen language with the system's territory when Qt knows that pair (en_DE, es_MX)."""
    system = QLocale.system()
    if system.language() == chosen.qt:
        return system
    if chosen == ENGLISH and system.territory() == QLocale.Country.AnyTerritory:
        # The C/POSIX locale: read dates as English does outside the US (day first, 24 h).
        return QLocale(chosen.qt, QLocale.Country.UnitedKingdom)
    return QLocale(chosen.qt, system.territory())


class Installed(NamedTuple):
    """What install_language() set up: the language in use and the translators it loaded."""

    language: Language
    translators: tuple[QTranslator, ...]


def install_language(app: QCoreApplication, choice: str = SYSTEM) -> Installed:
    """Install Healer's and Qt's translators and the default locale, before the first widget.

    A missing or broken translation falls back to English quietly (one log line naming the
    language, nothing private): a person is never kept out of their journal by a language file.
    """
    chosen = chosen_language(choice)
    translators: list[QTranslator] = []
    try:
        folder = translations_folder()
    except ResourceMissingError:
        folder = Path()
    if chosen != ENGLISH:
        own = _load(app, folder / f"healer_{chosen.code}.qm")
        if own is None:
            _log_fallback(chosen)
            chosen = ENGLISH
        else:
            translators.append(own)
            # Qt's own words (standard buttons, file dialogs); without them those stay English.
            qt = _load(app, qt_translations_folder() / f"qtbase_{chosen.code}.qm")
            if qt is not None:
                translators.append(qt)
    if chosen == ENGLISH:
        # English is the source text, but its plural forms ("%n day", "%n days") live here.
        plurals = _load(app, folder / "healer_en.qm")
        if plurals is not None:
            translators.append(plurals)
    QLocale.setDefault(_locale_for(chosen))
    return Installed(chosen, tuple(translators))


def _log_fallback(chosen: Language) -> None:
    import logging  # noqa: PLC0415 (only on this rare path; the unlock dialog paints sooner)

    logging.getLogger(__name__).warning(
        "The %s translation could not be loaded; Healer uses English.", chosen.code
    )
