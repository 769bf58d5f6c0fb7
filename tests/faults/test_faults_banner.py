"""The main window says in a banner when the vault can only be read, and why."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot
from support import PASSPHRASE

from healer.domain.errors import words
from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.tabs import default_tabs


def test_banner_for_a_read_only_vault(qtbot: QtBot, vault_template: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copyfile(vault_template, folder / "journal.vault")
    # Root ignores file modes; a read-only reason is what the session reports, so fake
    # only that report here (the CLI tests prove the detection with a real read-only file).
    session = Session.unlock(folder / "journal.vault", PASSPHRASE)
    session._vault.read_only = words("its folder is read-only")
    window = MainWindow(session, tabs=[spec for spec in default_tabs() if spec.key == "journal"])
    qtbot.add_widget(window)
    try:
        window.show()
        assert window.vault_banner.isVisible()
        assert window.vault_banner.text() == (
            "Read-only: Its folder is read-only. You can read and export, but not change anything."
        )
    finally:
        window.lock()


def test_no_banner_for_a_writable_vault(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session, tabs=[spec for spec in default_tabs() if spec.key == "journal"])
    qtbot.add_widget(window)
    window.show()
    assert not window.vault_banner.isVisible()
    window.lock()
