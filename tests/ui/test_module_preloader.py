"""ModulePreloader: nothing loads before the watched widget paints; then all of it loads."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from healer.ui.preload import MAIN_WINDOW_MODULES, ModulePreloader

# Small standard-library modules nothing in the app imports; dropped from sys.modules first.
SPARE = ("colorsys", "wave")


@pytest.fixture
def spare_modules() -> tuple[str, ...]:
    for name in SPARE:
        sys.modules.pop(name, None)
    return SPARE


def test_modules_load_only_after_the_first_paint(
    qtbot: QtBot, spare_modules: tuple[str, ...]
) -> None:
    label = QLabel("Unlock")
    qtbot.add_widget(label)
    preloader = ModulePreloader(spare_modules, parent=label)
    preloader.start_after_paint(label)
    qtbot.wait(20)  # events flow, but the label is hidden: no paint, no imports
    assert preloader.remaining == spare_modules
    assert not any(name in sys.modules for name in spare_modules)

    label.show()
    qtbot.wait_until(lambda: not preloader.remaining)
    assert all(name in sys.modules for name in spare_modules)


def test_modules_already_loaded_are_skipped(qtbot: QtBot) -> None:
    label = QLabel("Unlock")
    qtbot.add_widget(label)
    preloader = ModulePreloader(("json", "healer.ui.preload"), parent=label)
    assert preloader.remaining == ()


def test_the_default_list_names_real_modules_the_window_needs() -> None:
    assert MAIN_WINDOW_MODULES[0] == "healer.services.session"
    assert "healer.ui.main_window" in MAIN_WINDOW_MODULES
    for name in MAIN_WINDOW_MODULES:
        assert name in sys.modules or __import__(name)
