"""Help comes from resources/ through one loader, in a checkout, a wheel and a bundle alike."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shell_helpers import stand_in_window_fixture  # noqa: F401 (fixture)
from translating import speaking

import healer.resources as resources
from healer.ui.help_dialog import HelpDialog
from healer.ui.main_window import MainWindow
from healer.ui.path.texts import step_texts

REPO = Path(__file__).resolve().parents[2]
STEP_HEADINGS = (
    "1. Notice what sets you off",
    "2. Calm the body first",
    "3. Wait before reaching out",
    "4. Turn toward the young part",
    "5. Let yourself be met",
    "6. Know when to ask for more help",
)


@pytest.fixture
def fresh_root() -> Iterator[None]:
    resources.resource_root.cache_clear()
    yield
    resources.resource_root.cache_clear()


def test_help_page_explains_the_six_steps_and_the_limits() -> None:
    html = resources.help_text("roadmap")
    positions = [html.index(heading) for heading in STEP_HEADINGS]
    assert positions == sorted(positions)
    assert "not a medical device" in html
    assert "emergency services" in html
    assert "crisis line" in html


def test_unknown_language_falls_back_to_english() -> None:
    assert resources.help_text("roadmap", "xx_YY") == resources.help_text("roadmap", "en")


def test_missing_page_is_a_clear_error() -> None:
    with pytest.raises(resources.ResourceMissingError):
        resources.help_text("no-such-page")


def test_f1_opens_help_from_resources(qtbot: QtBot, stand_in_window: MainWindow) -> None:
    stand_in_window.help_action.trigger()
    dialog = stand_in_window.show_help()
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert all(heading in text for heading in STEP_HEADINGS)
    assert "crisis line" in text


def test_packaged_copy_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_root: None
) -> None:
    packaged = tmp_path / "_resources"
    shutil.copytree(REPO / "resources", packaged)
    (packaged / "help" / "en" / "roadmap.html").write_text("<p>packaged</p>", encoding="utf-8")
    monkeypatch.setattr(resources, "_PACKAGED", packaged)
    assert resources.resource_root() == packaged
    assert resources.help_text("roadmap") == "<p>packaged</p>"


def test_pyinstaller_bundle_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_root: None
) -> None:
    bundled = tmp_path / "healer" / "_resources"
    shutil.copytree(REPO / "resources", bundled)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(resources, "_PACKAGED", tmp_path / "nowhere")
    assert resources.resource_root() == bundled


def test_checkout_copy_is_found(monkeypatch: pytest.MonkeyPatch, fresh_root: None) -> None:
    monkeypatch.setattr(resources, "_PACKAGED", REPO / "nowhere")
    assert resources.resource_root() == REPO / "resources"


@pytest.mark.slow
def test_wheel_ships_the_resources(tmp_path: Path) -> None:
    pytest.importorskip("hatchling", reason="hatchling (the build backend) is not installed")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("healer-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "healer/_resources/help/en/roadmap.html" in names
    assert "healer/resources.py" in names
    # The compiled translations (`make translations`, which `make test` runs first).
    for code in ("en", "es"):
        assert f"healer/_resources/translations/healer_{code}.qm" in names


SPANISH_HEADINGS = (
    "1. Observa qué te activa",
    "2. Primero, calma el cuerpo",
    "3. Espera antes de acercarte a alguien",
    "4. Vuélvete hacia la parte joven",
    "5. Deja que te reciban",
    "6. Reconoce cuándo pedir más ayuda",
)


def test_the_spanish_page_has_the_same_steps_and_limits() -> None:
    html = resources.help_text("roadmap", "es_ES")
    positions = [html.index(heading) for heading in SPANISH_HEADINGS]
    assert positions == sorted(positions)
    assert "no es un producto sanitario" in html
    assert "servicios de emergencia" in html
    english, spanish = resources.help_text("roadmap", "en"), resources.help_text("roadmap", "es")
    for tag in ("<h2>", "<h3>", "<tr>", "<p>"):
        assert spanish.count(tag) == english.count(tag), tag


def test_the_help_dialog_speaks_the_locales_language(qtbot: QtBot, qm_folder: Path) -> None:
    with speaking("es", qm_folder):
        dialog = HelpDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Ayuda de Healer"
        assert all(heading in dialog.browser.toPlainText() for heading in SPANISH_HEADINGS)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_help_page_names_each_step_as_the_path_page_does(
    language: str, qm_folder: Path
) -> None:
    with speaking(language, qm_folder):
        titles = [text.title for text in step_texts().values()]
    html = resources.help_text("roadmap", language)
    headings = re.findall(r"<h3>\d\. ([^<]+)</h3>", html)
    assert headings == titles
