"""A change made by another program (healer-cli) shows when the window is activated again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.services.session import Session
from healer.ui.journal.tab import JournalTab
from healer.ui.main_window import MainWindow
from healer.ui.tabs import default_tabs

MARKER = "written-by-the-cli-4821"


def test_the_journal_shows_a_cli_import_when_the_window_comes_back(
    qtbot: QtBot, vault_path: Path
) -> None:
    session = Session.unlock(vault_path, PASSPHRASE)
    window = MainWindow(session, [spec for spec in default_tabs() if spec.key == "journal"])
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    window.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is window)
    journal = window.page("journal")
    assert isinstance(journal, JournalTab)
    qtbot.wait_until(lambda: journal.model.rowCount() == 0)

    elsewhere = QWidget()  # the person switches to a terminal...
    qtbot.add_widget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is elsewhere)
    cli = Session.unlock(vault_path, PASSPHRASE)  # ...and healer-cli writes to the vault
    cli.journal.log(ActivationInput(trigger=MARKER, intensity=6, started_at=utc_now()))
    cli.lock()
    assert journal.model.rowCount() == 0

    window.activateWindow()  # ...then comes back
    qtbot.wait_until(lambda: journal.model.rowCount() == 1)
    window.lock()
