"""Saving a chart: PNG, SVG or PDF where the person chose, written atomically."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from chart_fixtures import seeded_session_fixture, seeded_tab_fixture  # noqa: F401
from pytestqt.qtbot import QtBot

from healer.services.session import Session
from healer.ui.charts.panel import ChartPanel
from healer.ui.charts.tab import ChartsTab

pytestmark = pytest.mark.gui


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder the person picks."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _save_as(
    tab: ChartsTab, key: str, path: Path | None, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> list[str]:
    monkeypatch.setattr(ChartPanel, "ask_save_path", staticmethod(lambda _parent, _s: path))
    messages: list[str] = []
    tab.status_message.connect(messages.append)
    tab.panels[key].save_button.click()
    if path is not None:  # drawn on the chart thread, written when it comes back
        qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    return messages


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("chart.png", lambda data: data.startswith(b"\x89PNG\r\n\x1a\n")),
        ("chart.svg", lambda data: ET.fromstring(data).tag == "{http://www.w3.org/2000/svg}svg"),
        ("chart.PDF", lambda data: data.startswith(b"%PDF-")),
    ],
)
def test_save_writes_the_chosen_format(
    seeded_tab: ChartsTab,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    name: str,
    check: object,
) -> None:
    path = out / name
    messages = _save_as(seeded_tab, "duration", path, monkeypatch, qtbot)
    assert callable(check)
    assert check(path.read_bytes())
    assert messages == [f"Chart saved as {name} in {out} (only you can open it)"]
    assert [entry.name for entry in out.iterdir()] == [name]  # no temp file left
    assert path.stat().st_mode & 0o777 == 0o600  # README: every file Healer writes is 0600


def test_a_saved_chart_names_itself_and_its_days(
    seeded_tab: ChartsTab, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, out: Path
) -> None:
    panel = seeded_tab.panels["duration"]
    path = out / "chart.svg"
    _save_as(seeded_tab, "duration", path, monkeypatch, qtbot)
    texts = "".join(ET.fromstring(path.read_bytes()).itertext())
    heading = panel.view.heading_text(panel.title)
    assert heading.startswith(panel.title + " · ")
    assert " – " in heading
    assert heading in texts
    # The chart on screen carries no title: the panel's heading names it there.
    assert not panel.view.drawing.figure.get_suptitle()


def test_no_suffix_means_png(
    seeded_tab: ChartsTab, out: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    _save_as(seeded_tab, "pareto", out / "triggers", monkeypatch, qtbot)
    assert (out / "triggers.png").read_bytes().startswith(b"\x89PNG")


def test_cancel_writes_nothing(
    seeded_tab: ChartsTab, out: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    messages = _save_as(seeded_tab, "urge", None, monkeypatch, qtbot)
    assert messages == []
    assert list(out.iterdir()) == []


def test_an_unwritable_place_is_reported(
    seeded_tab: ChartsTab, out: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    notes = out / "notes.txt"
    notes.write_text("not a folder")
    messages = _save_as(seeded_tab, "helps", notes / "c.png", monkeypatch, qtbot)
    assert messages == [
        f"The chart could not be saved. {notes} is a file, not a folder; nothing was written."
        " Choose another place."
    ]
    assert notes.read_text() == "not a folder"


def test_a_chart_is_never_saved_over_the_vault(
    seeded_tab: ChartsTab,
    seeded_session: Session,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    vault = seeded_session.vault_path
    before = vault.read_bytes()
    messages = _save_as(seeded_tab, "duration", vault.with_suffix(".png"), monkeypatch, qtbot)
    # beside the vault is fine
    assert messages == [f"Chart saved as healer.png in {vault.parent} (only you can open it)"]
    link = vault.parent / "chart.png"
    link.symlink_to(vault)
    messages = _save_as(seeded_tab, "duration", link, monkeypatch, qtbot)
    assert messages[-1] == (
        f"The chart could not be saved. {link} is a Healer vault, a backup or one of their"
        " files; Healer never writes over it, even with --force. Choose a new name."
    )
    assert vault.read_bytes() == before
    assert link.is_symlink()
