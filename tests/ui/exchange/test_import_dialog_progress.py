"""File ▸ Import… shows how far the reading has got: the bar fills as the file is read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import Picker
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from support import write_large_export

from healer.storage import export_reader
from healer.ui.exchange.busy import BusyRow
from healer.ui.exchange.import_dialog import ImportDialog
from healer.ui.main_window import MainWindow


class BarWatch:
    """Every value the busy row's bar took, with the bar's range then."""

    def __init__(self, row: BusyRow) -> None:
        self.row = row
        self.seen: list[tuple[int, int]] = []
        row.bar.valueChanged.connect(self._on_value_changed)

    def _on_value_changed(self, value: int) -> None:
        self.seen.append((value, self.row.bar.maximum()))


@pytest.mark.parametrize("button", ["choose_button", "import_button"])
def test_the_bar_fills_while_the_file_is_read(
    qtbot: QtBot,
    window: MainWindow,
    picker: Picker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
) -> None:
    monkeypatch.setattr(export_reader, "_CHUNK", 16 * 1024)  # many reads from a small file
    source = tmp_path / "large.json"
    entries = write_large_export(source, 1)
    picker.open_path = source
    window.import_action.trigger()
    (dialog,) = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    qtbot.wait_exposed(dialog)
    if button == "import_button":
        QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.wait_until(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    watch = BarWatch(dialog.busy)
    QTest.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.busy.bar.maximum() == 0  # a moving bar until the first news
    qtbot.wait_until(lambda: not dialog.is_busy() and dialog.outcome.isVisible(), timeout=30_000)
    values = [value for value, maximum in watch.seen if maximum > 0]
    assert len(values) >= 20
    assert values == sorted(values)
    assert values[-1] >= 0.95 * dialog.busy.bar.maximum()
    # The last share, in words too (the row is hidden now, its label still holds it).
    assert re.fullmatch(r"(Reading the file|Importing)… \d\d %", dialog.busy.label.text())
    assert not dialog.busy.isVisible()
    if button == "choose_button":
        assert dialog.preview is not None
        assert dialog.preview.added == entries
        assert dialog.import_button.isEnabled()
    else:
        assert f"{entries:,} activations added" in dialog.outcome.text()
