"""The language Healer speaks: picked from the system or Preferences, installed, safe to break."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from healer.ui import language
from healer.ui.language import LANGUAGES, Installed, install_language
from healer.ui.settings import LANGUAGE

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "resources" / "translations"

_CHILD = """
import json
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from healer.app import _make_application
from healer.ui.language import chosen_language
from healer.ui.settings import LANGUAGE
app = _make_application()
print(json.dumps({
    "language": chosen_language(LANGUAGE.read()).code,
    "locale": QLocale().name(),
    "month": QLocale().monthName(11),
    "cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
}))
"""


def _start(locale: str, *, choice: str | None = None, home: Path) -> dict[str, str]:
    """Start the app's QApplication in a fresh process under a locale; what it picked."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL=locale, LANG=locale)
    env.pop("LANGUAGE", None)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    script = textwrap.dedent(_CHILD)
    if choice is not None:
        # Stored under the app's names, as the Preferences dialog stores it.
        script = (
            "from healer.services.locations import set_application_names\n"
            "from healer.ui.settings import LANGUAGE\n"
            f"set_application_names()\nLANGUAGE.write({choice!r})\n"
        ) + script
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def compiled() -> None:
    """The .qm files exist (`make translations`; `make test` builds them first)."""
    for code in ("en", "es"):
        if not (SHIPPED / f"healer_{code}.qm").is_file():
            pytest.fail("resources/translations/*.qm are missing: run `make translations`")


@pytest.fixture
def restored() -> Iterator[list[Installed]]:
    """Installs made by a test are taken out again, and the default locale put back."""
    installs: list[Installed] = []
    before = QLocale()
    yield installs
    app = QCoreApplication.instance()
    assert app is not None
    for installed in installs:
        for translator in installed.translators:
            app.removeTranslator(translator)
            translator.deleteLater()
    QLocale.setDefault(before)


@pytest.mark.slow
@pytest.mark.usefixtures("compiled")
def test_a_spanish_system_gets_spanish_words_dates_and_buttons(isolated_home: Path) -> None:
    picked = _start("es_ES.UTF-8", home=isolated_home)
    assert picked["language"] == "es"
    assert picked["locale"] == "es_ES"
    assert picked["month"] == "noviembre"
    assert picked["cancel"] == "Cancelar"  # Qt's own qtbase_es for standard buttons


@pytest.mark.slow
@pytest.mark.usefixtures("compiled")
def test_the_preference_wins_over_the_system(isolated_home: Path) -> None:
    picked = _start("es_ES.UTF-8", choice="en", home=isolated_home)
    assert picked["language"] == "en"
    assert picked["locale"] == "en_ES"
    assert picked["month"] == "November"
    assert picked["cancel"] == "Cancel"


@pytest.mark.slow
@pytest.mark.usefixtures("compiled")
def test_an_unshipped_language_falls_back_to_english(isolated_home: Path) -> None:
    assert _start("fr_FR.UTF-8", home=isolated_home)["language"] == "en"
    assert _start("fr_FR.UTF-8", choice="es", home=isolated_home)["language"] == "es"


def test_the_choice_reads_shipped_codes_and_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "system_language", lambda: LANGUAGES[1])
    assert language.chosen_language("system").code == "es"
    assert language.chosen_language("en").code == "en"
    assert language.chosen_language("xx").code == "es"  # not shipped: the system's


def test_the_setting_offers_the_system_and_each_language() -> None:
    assert LANGUAGE.default == "system"
    assert LANGUAGE.choices == ("system", "en", "es")
    LANGUAGE.write("es")
    assert LANGUAGE.read() == "es"
    with pytest.raises(ValueError, match="unknown choice"):
        LANGUAGE.write("klingon")


def test_the_shipped_languages_match_the_translation_script() -> None:
    script = (REPO / "packaging" / "translations.sh").read_text(encoding="utf-8")
    line = next(row for row in script.splitlines() if row.startswith("languages=("))
    listed = line.removeprefix("languages=(").removesuffix(")").split()
    assert ["en", *listed] == [shipped.code for shipped in LANGUAGES]
    assert all(shipped.name for shipped in LANGUAGES)
    assert LANGUAGES[1].name == "Español"  # each language in its own name


@pytest.mark.usefixtures("compiled")
def test_spanish_installs_its_translators_and_locale(
    qapp: QApplication, restored: list[Installed]
) -> None:
    installed = install_language(qapp, "es")
    restored.append(installed)
    assert installed.language.code == "es"
    assert len(installed.translators) == 2  # Healer's and Qt's
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish


@pytest.mark.usefixtures("compiled")
def test_english_loads_its_plural_forms(qapp: QApplication, restored: list[Installed]) -> None:
    installed = install_language(qapp, "en")
    restored.append(installed)
    assert installed.language.code == "en"
    assert len(installed.translators) == 1
    assert QLocale().language() == QLocale.Language.English


@pytest.mark.parametrize("damage", ["missing", "broken"])
def test_a_missing_or_broken_translation_falls_back_to_english(
    qapp: QApplication,
    restored: list[Installed],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    damage: str,
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    if (SHIPPED / "healer_en.qm").is_file():
        shutil.copy(SHIPPED / "healer_en.qm", folder)
    if damage == "broken":
        (folder / "healer_es.qm").write_bytes(b"not a translation file\0" * 8)
    monkeypatch.setattr(language, "translations_folder", lambda: folder)
    with caplog.at_level(logging.WARNING, logger="healer.ui.language"):
        installed = install_language(qapp, "es")
    restored.append(installed)
    assert installed.language.code == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() == QLocale.Language.English
    assert [record.getMessage() for record in caplog.records] == [
        "The es translation could not be loaded; Healer uses English."
    ]
