"""The export, import and check dialogs: named for screen readers, walked whole by Tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_accessibility import unnamed_controls
from test_dialog_tab_chain import _assert_walks

from healer.services.session import Session
from healer.ui.exchange.check_dialog import CheckDialog
from healer.ui.exchange.export_dialog import ExportDialog
from healer.ui.exchange.import_dialog import ImportDialog
from healer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> Iterator[MainWindow]:
    """The real main window, shown."""
    shown = MainWindow(session)
    qtbot.add_widget(shown)
    with qtbot.wait_exposed(shown):
        shown.show()
    yield shown
    session.reads.wait(10_000)


DIALOGS = {"export": ExportDialog, "import": ImportDialog, "check": CheckDialog}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_is_named_and_reached_by_tab(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    dialog = window.open_vault_dialog(name)  # type: ignore[arg-type]
    assert isinstance(dialog, DIALOGS[name])
    qtbot.wait_exposed(dialog)
    if isinstance(dialog, CheckDialog):
        qtbot.wait_until(lambda: dialog.report is not None)
    assert unnamed_controls(dialog) == []
    _assert_walks(qtbot, dialog, name)
    dialog.reject()


def test_the_import_preview_table_is_named_and_walked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    session = window.session
    assert isinstance(session, Session)
    export = tmp_path / "mine.json"
    session.exchange.export_json(export)
    dialog = window.open_vault_dialog("import")
    assert isinstance(dialog, ImportDialog)
    qtbot.wait_exposed(dialog)
    dialog.preview_file(export)
    qtbot.wait_until(lambda: dialog.table.isVisible() and not dialog.is_busy())
    assert unnamed_controls(dialog) == []
    _assert_walks(qtbot, dialog, "import preview")
    dialog.reject()


def test_the_dialogs_fit_a_small_laptop_screen(qtbot: QtBot, window: MainWindow) -> None:
    for name in DIALOGS:
        dialog = window.open_vault_dialog(name)  # type: ignore[arg-type]
        assert dialog is not None
        qtbot.wait_exposed(dialog)
        hint = dialog.sizeHint().expandedTo(dialog.size())
        assert hint.width() <= 1024
        assert hint.height() <= 600  # 640 less a title bar
        dialog.reject()
