"""A first visit in Spanish; run by test_spanish_journey.py under LANG=es_ES.UTF-8, not alone.

start as the app does -> create the vault -> log an entry -> run the pacer -> every tab,
light and dark, at 1024×640 (screenshots) -> lock
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from palettes import dark_palette
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from healer.app import _make_application
from healer.ui.controller import AppController
from healer.ui.main_window import MainWindow
from healer.ui.tabs import default_tabs
from healer.ui.unlock.create_dialog import CreateVaultDialog

PASSPHRASE = "marea lenta sobre piedras grises"
TRIGGER = "Sin respuesta desde el almuerzo"
SPANISH_MONTHS = re.compile(
    r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre)\b"
)


def _shot(widget: QWidget, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    folder = Path(os.environ["HEALER_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def _texts(root: QWidget) -> str:
    """The words shown in a window: labels, buttons, fields (a date field among them)."""
    shown = [
        widget.text()
        for widget in root.findChildren(QWidget)
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit) and widget.isVisible()
    ]
    return " ".join(shown).lower()


# A machine without glibc's es_ES locale (CI) makes Qt say it falls back to C.UTF-8 for
# encoding; its words, dates and numbers come from Qt's own locale data all the same.
@pytest.mark.qt_log_ignore("Detected locale", "Qt depends on a UTF-8 locale")
def test_spanish_journey(qtbot: QtBot, tmp_path: Path) -> None:
    # The tab titles in English: read before any translator is installed.
    english = [spec.title() for spec in default_tabs()]
    app = _make_application()  # as `healer` starts: the language from the system's locale
    assert isinstance(app, QApplication)
    assert QLocale().language() == QLocale.Language.Spanish
    controller = AppController(tmp_path / "vault" / "healer.vault", idle_ms=0)
    try:
        _journey(qtbot, app, controller, english)
    finally:
        controller.shutdown()
        app.setPalette(app.style().standardPalette())


def _journey(
    qtbot: QtBot, app: QApplication, controller: AppController, english: list[str]
) -> None:
    controller.start()
    gate = controller.gate
    assert isinstance(gate, CreateVaultDialog)  # deleted once the vault is made
    with qtbot.wait_exposed(gate):
        pass
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    qtbot.keyClicks(gate.confirmation, PASSPHRASE)
    _shot(gate, "01-crear")
    with qtbot.wait_signal(controller.unlocked):
        gate.create_button.click()
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.add_widget(window)
    window.resize(1024, 640)
    with qtbot.wait_exposed(window):
        window.show()

    # A translation was applied: no tab is titled in English.
    tabs = window.tab_widget
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    assert len(titles) == len(english)
    for title, source in zip(titles, english, strict=True):
        assert title != source, f"the tab {source!r} is not translated"

    # Log an entry from quick capture.
    journal = window.show_tab("journal")
    capture = journal.quick_capture  # type: ignore[attr-defined]
    qtbot.keyClicks(capture.trigger_edit, TRIGGER)
    capture.intensity_slider.setValue(6)
    qtbot.keyClick(capture.trigger_edit, Qt.Key.Key_Return)
    model = journal.model  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: model.rowCount() == 1)
    session = window.session
    assert session is not None
    (entry,) = session.journal.find()
    assert entry.content.trigger == TRIGGER

    # Run the pacer for a moment, then stop it.
    regulate = window.show_tab("regulate")
    pacer = regulate.pacer_page  # type: ignore[attr-defined]
    pacer.start_button.click()
    qtbot.wait(600)
    pacer.stop_everything()

    # Every tab, light and dark; a date shown somewhere uses a Spanish month name.
    months: set[str] = set()
    for mode in ("light", "dark"):
        app.setPalette(dark_palette() if mode == "dark" else app.style().standardPalette())
        for number, spec in enumerate(default_tabs(), start=2):
            page = window.show_tab(spec.key)
            qtbot.wait_until(lambda page=page: not getattr(page, "pending", False), timeout=20_000)
            _shot(window, f"{number:02d}-{spec.key}-{mode}")
            months.update(SPANISH_MONTHS.findall(_texts(window)))
    assert months, "no date on any tab is written with a Spanish month name"
    window.lock()
