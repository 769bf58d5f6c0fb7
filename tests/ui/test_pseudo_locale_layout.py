"""In a pseudo-locale (every text ~40 % longer), each tab and dialog still fits 1024×640.

A longer language must not clip a label or a button, nor push one widget over another.
The pseudo translation comes from packaging/pseudo_locale.py, as `make translations-pseudo`.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot
from translating import installing

from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.tabs import default_tabs

REPO = Path(__file__).resolve().parents[2]
SCREEN = (1024, 640)
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
sys.path.insert(0, str(REPO / "packaging"))

from pseudo_locale import convert  # noqa: E402


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pseudo-locale compiled from the Spanish file's sources."""
    folder = tmp_path_factory.mktemp("pseudo")
    convert(REPO / "resources" / "translations" / "healer_es.ts", folder / "healer_pseudo.ts")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(folder / "healer_pseudo.ts")], check=True, timeout=60
    )
    return folder / "healer_pseudo.qm"


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    """The pseudo translator installed for one test (before its widgets are built)."""
    del qapp
    with installing(pseudo_qm):
        yield


@pytest.fixture
def window(qtbot: QtBot, session: Session, pseudo: None) -> Iterator[MainWindow]:
    del pseudo
    shown = MainWindow(session)
    qtbot.add_widget(shown)
    shown.resize(*SCREEN)
    with qtbot.wait_exposed(shown):
        shown.show()
    yield shown
    shown.close()


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    name = widget.objectName() or type(widget).__name__
    owner = widget.parentWidget()
    where = type(owner).__name__ if owner is not None else ""
    return f"{name} in {where} {text[:40]!r}"


def layout_problems(root: QWidget) -> list[str]:
    """Clipped labels, buttons and combo boxes, and visible siblings that overlap."""
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget) or (widget.isWindow() and widget is not root):
            continue
        clipped = (isinstance(widget, QLabel) and not widget.wordWrap()) or isinstance(
            widget, QAbstractButton | QComboBox
        )
        wanted = widget.minimumSizeHint().width()
        if clipped and widget.width() < wanted:
            problems.append(f"clipped ({widget.width()} < {wanted}): {_describe(widget)}")
        siblings = [
            child
            for child in widget.findChildren(QWidget, options=DIRECT)
            if _shown(child) and not child.isWindow()
        ]
        for index, first in enumerate(siblings):
            for second in siblings[index + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    problems.append(f"overlap: {_describe(first)} / {_describe(second)}")
    return problems


def _settle(qtbot: QtBot, page: QWidget) -> None:
    qtbot.wait_until(lambda: not getattr(page, "pending", False), timeout=20_000)
    QApplication.processEvents()


@pytest.mark.parametrize("key", [spec.key for spec in default_tabs()])
def test_each_tab_fits_in_the_pseudo_locale(qtbot: QtBot, window: MainWindow, key: str) -> None:
    page = window.show_tab(key)
    _settle(qtbot, page)
    assert window.tab_widget.tabText(window.tab_widget.currentIndex()).startswith("[")
    assert layout_problems(window) == []


def _dialogs(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    yield "preferences", window.show_preferences()
    yield "change passphrase", window.change_passphrase()
    yield "help", window.show_help()
    for name in ("export", "import", "check"):
        dialog = window.open_vault_dialog(name)
        assert dialog is not None
        yield name, dialog


def test_the_dialogs_fit_in_the_pseudo_locale(qtbot: QtBot, window: MainWindow) -> None:
    found: dict[str, list[str]] = {}
    for name, dialog in _dialogs(window):
        qtbot.wait_exposed(dialog)
        QApplication.processEvents()
        assert dialog.windowTitle().startswith("["), name
        problems = layout_problems(dialog)
        if problems:
            found[name] = problems
        dialog.close()
        QCoreApplication.processEvents()
    assert found == {}
