"""What the unlock dialog does without Qt's namespace enums still holds (checked with them).

The unlock path sets these by other means so its first paint needs no `Qt` enum (see
healer/ui/unlock/common.py); each must still be so.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from stand_in import stand_in_tabs

from healer.ui.controller import AppController
from healer.ui.unlock.common import message_label, note_label, passphrase_field
from healer.ui.unlock.unlock_dialog import UnlockDialog


def test_the_passphrase_field_tells_input_methods_it_is_private(qtbot: QtBot) -> None:
    field = passphrase_field("Passphrase")
    qtbot.add_widget(field)
    hints = field.inputMethodHints()
    for hint in (
        Qt.InputMethodHint.ImhHiddenText,
        Qt.InputMethodHint.ImhSensitiveData,
        Qt.InputMethodHint.ImhNoPredictiveText,
    ):
        assert hints & hint, hint


def test_notes_and_messages_are_plain_text(qtbot: QtBot) -> None:
    for label in (note_label("<b>not bold</b>"), message_label()):
        qtbot.add_widget(label)
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_unlock_dialog_has_its_passphrase_focused(qtbot: QtBot, vault_path: Path) -> None:
    dialog = UnlockDialog(vault_path)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    dialog.activateWindow()
    qtbot.wait_until(lambda: dialog.focusWidget() is dialog.passphrase)


def test_a_finished_gate_is_deleted(qtbot: QtBot, vault_path: Path) -> None:
    controller = AppController(vault_path, stand_in_tabs(), idle_ms=0)
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    with qtbot.wait_signal(controller.quit_requested):
        gate.quit_button.click()
    assert controller.gate is None
    qtbot.wait_until(lambda: not shiboken6.isValid(gate))
    controller.shutdown()
