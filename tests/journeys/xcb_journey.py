"""The whole first-week path in a real X window; run by test_xvfb_journey.py, not collected alone.

create vault -> the path page's welcome -> Ctrl+2 quick capture -> complete the entry
-> search it -> settle it -> lock -> unlock
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from healer.ui.controller import AppController
from healer.ui.unlock.create_dialog import CreateVaultDialog
from healer.ui.unlock.unlock_dialog import UnlockDialog

PASSPHRASE = "slow tide over grey pebbles"
TRIGGER = "No reply since lunch"


def _shot(widget: QWidget, name: str) -> None:
    # Let pending layout and paint events reach the X server before reading its screen.
    for _ in range(3):
        QApplication.processEvents()
        QGuiApplication.sync()
    folder = Path(os.environ["HEALER_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))
    screen = QGuiApplication.primaryScreen()
    assert screen.grabWindow(0).save(str(folder / f"{name}-screen.png"))


def _cells(journal: object, row: int) -> list[str]:
    model = journal.model  # type: ignore[attr-defined]
    return [str(model.data(model.index(row, column))) for column in range(model.columnCount())]


def test_first_week_journey(qtbot: QtBot, tmp_path: Path) -> None:
    assert QGuiApplication.platformName() == "xcb"
    controller = AppController(tmp_path / "vault" / "healer.vault", idle_ms=0)
    try:
        _journey(qtbot, controller)
    finally:
        controller.shutdown()


def _journey(qtbot: QtBot, controller: AppController) -> None:
    controller.start()

    # 1. First run: create the vault.
    gate = controller.gate
    assert isinstance(gate, CreateVaultDialog)
    qtbot.add_widget(gate)
    with qtbot.wait_exposed(gate):
        pass
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    qtbot.keyClicks(gate.confirmation, PASSPHRASE)
    _shot(gate, "01-create-vault")
    with qtbot.wait_signal(controller.unlocked):
        gate.create_button.click()
    window = controller.window
    assert window is not None
    qtbot.add_widget(window)
    window.resize(1280, 800)
    with qtbot.wait_exposed(window):
        window.show()
    with qtbot.wait_active(window):
        window.activateWindow()
    # The path page comes first; Ctrl+2 puts the cursor in quick capture.
    assert window.tab_widget.currentWidget().objectName() == "tab-path"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    journal = window.page("journal")
    capture = journal.quick_capture  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: capture.trigger_edit.hasFocus())

    # 2. Quick capture: a few words, an intensity, Enter.
    qtbot.keyClicks(capture.trigger_edit, TRIGGER)
    capture.intensity_slider.setValue(7)
    qtbot.keyClick(capture.trigger_edit, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: journal.model.rowCount() == 1 and TRIGGER in _cells(journal, 0))  # type: ignore[attr-defined]
    assert "still activated" in " ".join(_cells(journal, 0))
    _shot(window, "02-quick-capture")
    path = window.page("path")  # the welcome has become the overview, though out of sight
    qtbot.wait_until(lambda: path.title.text() == "Your path")  # type: ignore[attr-defined]

    # 3. Complete the entry with the full form.
    journal.table.selectRow(0)  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: journal.selected_id() is not None)  # type: ignore[attr-defined]
    journal.open_button.click()  # type: ignore[attr-defined]
    dialog = journal.entry_dialog  # type: ignore[attr-defined]
    assert dialog is not None
    with qtbot.wait_exposed(dialog):
        pass
    answers = {
        "body": "Tight chest, hot face",
        "story": "They have lost interest in me",
        "urge": "Send three more messages",
        "did": "Put the phone in a drawer and walked",
        "after": "They wrote back at six; they had been in meetings",
    }
    for key, text in answers.items():
        qtbot.keyClicks(dialog.prompt_edits[key], text)
    dialog.new_category_button.click()
    qtbot.keyClicks(dialog.new_category_edit, "delayed reply")
    qtbot.keyClick(dialog.new_category_edit, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter in the new-category field closed the whole entry form"
    qtbot.wait_until(lambda: dialog.category_combo.currentText() == "delayed reply")
    _shot(dialog, "03-full-entry")
    with qtbot.wait_signal(dialog.saved):
        dialog.save_button.click()
    qtbot.wait_until(lambda: "delayed reply" in _cells(journal, 0))

    # 4. Search it (Ctrl+F goes to the search box).
    with qtbot.wait_active(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = journal.filter_bar.search_edit  # type: ignore[attr-defined]
    qtbot.wait_until(search.hasFocus)
    qtbot.keyClicks(search, "drawer")
    qtbot.wait_until(
        lambda: journal.model.query.search == "drawer" and journal.model.rowCount() == 1  # type: ignore[attr-defined]
    )
    _shot(window, "04-search")
    search.clear()
    qtbot.keyClicks(search, "volcano")
    qtbot.wait_until(
        lambda: journal.model.query.search == "volcano" and journal.model.rowCount() == 0  # type: ignore[attr-defined]
    )
    search.clear()
    qtbot.wait_until(lambda: journal.model.rowCount() == 1)  # type: ignore[attr-defined]

    # 5. Settle it.
    journal.table.selectRow(0)  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: journal.settle_button.isEnabled())  # type: ignore[attr-defined]
    journal.settle_button.click()  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: "still activated" not in " ".join(_cells(journal, 0)))
    _shot(window, "05-settled")

    # 6. Lock with the keyboard.
    with qtbot.wait_signal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.add_widget(gate)
    with qtbot.wait_exposed(gate):
        pass
    assert not window.isVisible()
    qtbot.keyClicks(gate.passphrase, "wrong words entirely")
    gate.unlock_button.click()
    assert gate.passphrase.text() == ""
    assert gate.message.isVisible()
    _shot(gate, "06-unlock-after-wrong-passphrase")

    # 7. Unlock: the entry is there, complete and settled.
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.wait_signal(controller.unlocked):
        gate.unlock_button.click()
    with qtbot.wait_exposed(window):
        pass
    journal = window.page("journal")
    qtbot.wait_until(lambda: journal.model.rowCount() == 1 and TRIGGER in _cells(journal, 0))  # type: ignore[attr-defined]
    session = window.session
    assert session is not None
    (entry,) = session.journal.find()
    assert entry.content.trigger == TRIGGER
    assert entry.content.intensity == 7
    assert entry.content.did == answers["did"]
    assert entry.content.category == "delayed reply"
    assert entry.content.settled_at is not None
    _shot(window, "07-after-unlock")
    window.lock()
