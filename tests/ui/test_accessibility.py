"""Every interactive control in the main window and dialogs has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from shell_helpers import stand_in_window_fixture  # noqa: F401 (fixture)

from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.unlock.create_dialog import CreateVaultDialog
from healer.ui.unlock.unlock_dialog import UnlockDialog

Role = QAccessible.Role
# Controls a person operates. Scroll bars are left out: they take no focus and screen
# readers announce them by role and value, which is what Qt's own views offer.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.Dial,
    Role.PageTab,
    Role.MenuItem,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Table,
    Role.List,
    Role.Tree,
    Role.Link,
    Role.ProgressBar,
}


def unnamed_controls(widget: QWidget, minimum_nodes: int = 4) -> list[str]:
    """Walk the accessibility tree; describe every interactive node with no name."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    assert root.isValid()
    problems: list[str] = []
    seen = 0

    def visit(node: QAccessible.QAccessibleInterface, path: str) -> None:  # type: ignore[name-defined]
        nonlocal seen
        seen += 1
        role = node.role()
        state = node.state()
        name = node.text(QAccessible.Text.Name).strip()
        here = f"{path}/{role.name}"
        if role in INTERACTIVE and not state.invisible and not name:
            obj = node.object()
            problems.append(f"{here} ({type(obj).__name__ if obj else '?'})")
        for index in range(node.childCount()):
            child = node.child(index)
            if child is not None and child.isValid():
                visit(child, here)

    visit(root, "")
    assert seen >= minimum_nodes, "the walk found almost nothing: is the tree built?"
    return problems


def test_the_walk_catches_an_unnamed_button(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.add_widget(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(QPushButton("", holder))
    named = QPushButton("", holder)
    named.setAccessibleName("Named")
    layout.addWidget(named)
    holder.show()
    assert len(unnamed_controls(holder, minimum_nodes=3)) == 1


def test_main_window_controls_are_named(qtbot: QtBot, stand_in_window: MainWindow) -> None:
    assert unnamed_controls(stand_in_window) == []


def test_main_window_with_real_tabs_is_named(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    with qtbot.wait_exposed(window):
        window.show()
    for index in range(window.tab_widget.count()):
        window.tab_widget.setCurrentIndex(index)
        assert unnamed_controls(window) == [], window.tab_widget.tabText(index)
    window.lock()


def test_dialogs_are_named(qtbot: QtBot, vault_path: Path, tmp_path: Path) -> None:
    for dialog in (UnlockDialog(vault_path), CreateVaultDialog(tmp_path / "new.vault")):
        qtbot.add_widget(dialog)
        with qtbot.wait_exposed(dialog):
            dialog.show()
        assert unnamed_controls(dialog) == []


def test_help_and_about_are_named(qtbot: QtBot, stand_in_window: MainWindow) -> None:
    help_dialog = stand_in_window.show_help()
    assert unnamed_controls(help_dialog, minimum_nodes=2) == []


def test_labels_have_buddies(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = CreateVaultDialog(tmp_path / "new.vault")
    qtbot.add_widget(dialog)
    mnemonic_labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert mnemonic_labels
    assert all(label.buddy() is not None for label in mnemonic_labels)
