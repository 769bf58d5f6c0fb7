"""Help (F1) names every key the window answers to, and the pause box says its range."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from healer.domain.pause_length import MAX_MINUTES, MIN_MINUTES
from healer.resources import help_text
from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.pause.start_page import StartPage


def test_help_lists_every_shortcut(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    page = help_text("roadmap", "en")
    keys = {
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.actions()
        for key in action.shortcuts()[-1:]
    }
    # Each action's fallback, the same on every desktop (platform keys vary).
    keys = {key for key in keys if key.startswith(("Ctrl+", "F1"))}
    last = f"Ctrl+{window.tab_widget.count()}"
    keys -= {f"Ctrl+{number}" for number in range(1, window.tab_widget.count() + 1)}  # a range
    assert "Ctrl+Shift+A" in keys
    assert "Ctrl+B" in keys
    for key in sorted(keys | {"Space", "Esc", "F11", "Ctrl+Enter", "Ctrl+1", last}):
        assert f"<b>{key}</b>" in page, key


def test_the_pause_length_box_says_its_range(qtbot: QtBot) -> None:
    page = StartPage()
    qtbot.addWidget(page)
    said = page.range_label.text()
    assert str(MIN_MINUTES) in said
    assert str(MAX_MINUTES) in said
    assert page.minutes_spin.minimum() == MIN_MINUTES
