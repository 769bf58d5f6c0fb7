"""A small laptop's screen in a real X window with a window manager; run by its test_ file.

create vault -> window maximized on the path page's welcome -> every tab by Ctrl+1…Ctrl+8
-> the essential buttons inside the screen -> the welcome's first action opens the entry
form, its Save inside the screen too; a screenshot of each.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from healer.ui.controller import AppController
from healer.ui.main_window import MainWindow
from healer.ui.unlock.create_dialog import CreateVaultDialog

PASSPHRASE = "slow tide over grey pebbles"
TABS = ("path", "journal", "regulate", "pause", "parts", "people", "charts", "support")


def _settle() -> None:
    # Let pending layout and paint events reach the X server before reading its screen.
    for _ in range(3):
        QApplication.processEvents()
        QGuiApplication.sync()


def _shot(name: str) -> None:
    _settle()
    folder = Path(os.environ["HEALER_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    screen = QGuiApplication.primaryScreen()
    assert screen.grabWindow(0).save(str(folder / f"{name}.png"))


def _on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _assert_inside(widget: QWidget, what: str) -> None:
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert widget.isVisible(), what
    assert available.contains(_on_screen(widget)), (what, _on_screen(widget), available)


def _essentials(window: MainWindow, key: str) -> dict[str, QWidget]:
    page: object = window.page(key)
    if key == "path":
        steps = page.steps.values()  # type: ignore[attr-defined]
        return {
            "first action": page.first_action,  # type: ignore[attr-defined]
            "breathe": page.breathe,  # type: ignore[attr-defined]
        } | {f"step {card.key}": card.button for card in steps}
    if key == "journal":
        return {
            "Open": page.open_button,  # type: ignore[attr-defined]
            "I've settled": page.settle_button,  # type: ignore[attr-defined]
            "Delete": page.delete_button,  # type: ignore[attr-defined]
            "Full entry…": page.quick_capture.full_button,  # type: ignore[attr-defined]
        }
    if key == "regulate":
        return {"Start": page.pacer_page.start_button}  # type: ignore[attr-defined]
    if key == "pause":
        return {"Begin a pause": page.start_page.start_button}  # type: ignore[attr-defined]
    if key == "parts":
        return {"Begin a dialogue": page.begin_button}  # type: ignore[attr-defined]
    if key == "people":
        return {
            "Log a moment…": page.log_button,  # type: ignore[attr-defined]
            "More detail…": page.quick_log.more_button,  # type: ignore[attr-defined]
        }
    if key == "support":
        return {
            "crisis note": page.crisis,  # type: ignore[attr-defined]
            "Save these answers": page.self_check.save_button,  # type: ignore[attr-defined]
        }
    first = next(iter(page.panels.values()))  # type: ignore[attr-defined]
    return {"Save chart…": first.save_button}


def test_small_laptop_journey(qtbot: QtBot, tmp_path: Path) -> None:
    assert QGuiApplication.platformName() == "xcb"
    screen = QGuiApplication.primaryScreen().geometry()
    assert (screen.width(), screen.height()) == (1024, 640)
    controller = AppController(tmp_path / "vault" / "healer.vault", idle_ms=0)
    try:
        _journey(qtbot, controller)
    finally:
        controller.shutdown()


def _journey(qtbot: QtBot, controller: AppController) -> None:
    controller.start()
    gate = controller.gate
    assert isinstance(gate, CreateVaultDialog)
    qtbot.add_widget(gate)
    with qtbot.wait_exposed(gate):
        pass
    _assert_inside(gate.create_button, "create vault")
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    qtbot.keyClicks(gate.confirmation, PASSPHRASE)
    _shot("00-create-vault")
    with qtbot.wait_signal(controller.unlocked):
        gate.create_button.click()
    window = controller.window
    assert window is not None
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.showMaximized()
    with qtbot.wait_active(window):
        window.activateWindow()
    available = QGuiApplication.primaryScreen().availableGeometry()
    # The window manager answers in its own time; on a busy machine that can take seconds.
    qtbot.wait_until(lambda: window.isMaximized(), timeout=20_000)
    qtbot.wait_until(lambda: available.contains(window.frameGeometry()), timeout=20_000)
    assert window.tab_widget.currentWidget().objectName() == "tab-path"  # the welcome first

    for number, key in enumerate(TABS, start=1):
        focused = QApplication.focusWidget() or window
        qtbot.keyClick(focused, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        qtbot.wait_until(lambda index=number - 1: window.tab_widget.currentIndex() == index)
        _settle()
        for what, widget in _essentials(window, key).items():
            _assert_inside(widget, f"{key}: {what}")
        _shot(f"{number:02d}-{key}")

    # The welcome's one first action opens the entry form, which keeps its Save on screen.
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    path = window.page("path")
    journal = window.page("journal")
    qtbot.mouseClick(path.first_action, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: journal.entry_dialog is not None)  # type: ignore[attr-defined]
    dialog = journal.entry_dialog  # type: ignore[attr-defined]
    with qtbot.wait_exposed(dialog):
        pass
    qtbot.wait_until(lambda: available.contains(dialog.frameGeometry()), timeout=20_000)
    for button in (dialog.save_button, dialog.keep_button, dialog.discard_button):
        _assert_inside(button, f"entry form: {button.text()}")
    _shot("09-entry-form")
    dialog.done(0)
    window.lock()
