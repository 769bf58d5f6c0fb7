"""Forward Tab in every dialog: each enabled, visible control reached in order, none hidden."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from support import wait_loaded

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.services.session import Session
from healer.ui.help_dialog import HelpDialog
from healer.ui.journal.tab import JournalTab
from healer.ui.parts.wizard import CloseChoice, DialogueWizard
from healer.ui.unlock.create_dialog import CreateVaultDialog
from healer.ui.unlock.unlock_dialog import UnlockDialog


@pytest.fixture(autouse=True)
def never_block_on_the_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the wizard after a test must not wait on a modal question."""
    monkeypatch.setattr(DialogueWizard, "ask_close", lambda _self: CloseChoice.KEEP)


def _reachable(dialog: QWidget) -> set[QWidget]:
    """What forward Tab must reach: enabled, visible, tab-focusable controls."""
    return {
        child
        for child in dialog.findChildren(QWidget)
        if child.isVisible()
        and child.isEnabled()
        and child.focusProxy() is None
        and child.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    }


def _place(widget: QWidget, dialog: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


# Tab steps through a date-and-time edit's sections and a label's links before moving on.
MOST_STEPS_IN_ONE_CONTROL = 6


def _one_round(dialog: QWidget, wanted: set[QWidget]) -> list[QWidget]:
    """Forward Tab from the dialog's focus until a control passed earlier comes round again."""
    seen: list[QWidget] = []
    stay = 0
    for _ in range(MOST_STEPS_IN_ONE_CONTROL * len(wanted) + 10):
        focused = QApplication.focusWidget()
        assert focused is not None
        assert focused.isVisible(), f"focus on a hidden widget: {type(focused).__name__}"
        # A bare scroll area shows no focus: Tab would seem to vanish for a press.
        assert type(focused) is not QScrollArea, "focus on a scroll area"
        if seen and focused is seen[-1]:
            stay += 1
            assert stay < MOST_STEPS_IN_ONE_CONTROL, f"Tab is held by {focused.accessibleName()}"
        elif focused in seen:
            break
        else:
            stay = 0
            seen.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def _assert_walks(qtbot: QtBot, dialog: QWidget, name: str) -> None:
    with qtbot.wait_active(dialog):
        dialog.activateWindow()
    QApplication.processEvents()
    wanted = _reachable(dialog)
    assert wanted, name
    focused = QApplication.focusWidget()
    assert focused is not None, name
    assert dialog.isAncestorOf(focused), name
    seen = _one_round(dialog, wanted)
    missing = [child.accessibleName() or type(child).__name__ for child in wanted - set(seen)]
    order = [widget.accessibleName() or type(widget).__name__ for widget in seen]
    assert not missing, (name, missing, order)
    # Reading order: going forward never jumps back above a control already passed
    # (save to the top of the next column on the right), except once, where the round
    # wraps from the bottom to the top.
    walked = [widget for widget in seen if widget in wanted]
    places = [_place(widget, dialog) for widget in walked]
    upward = [
        (walked[index].accessibleName(), walked[index + 1].accessibleName())
        for index in range(len(places) - 1)
        if places[index + 1].bottom() < places[index].top()
        and places[index + 1].left() < places[index].right()
    ]
    assert len(upward) <= 1, (name, upward)


def _journal(qtbot: QtBot, session: Session) -> JournalTab:
    tab = JournalTab(session)
    qtbot.add_widget(tab)
    wait_loaded(qtbot, tab)
    return tab


def test_tab_walks_the_new_entry_form(qtbot: QtBot, session: Session) -> None:
    tab = _journal(qtbot, session)
    dialog = tab.new_entry()
    _assert_walks(qtbot, dialog, "new entry")
    dialog.done(0)


def test_tab_walks_the_entry_form_when_editing(qtbot: QtBot, session: Session) -> None:
    logged = session.journal.log(
        ActivationInput(trigger="A late reply", intensity=6, started_at=utc_now())
    )
    tab = _journal(qtbot, session)
    dialog = tab.open_entry(logged.id)
    assert dialog is not None
    _assert_walks(qtbot, dialog, "edit entry")
    dialog.done(0)


def test_tab_walks_the_create_vault_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CreateVaultDialog(tmp_path / "new" / "healer.vault")
    qtbot.add_widget(dialog)
    with qtbot.wait_exposed(dialog):
        dialog.show()
    _assert_walks(qtbot, dialog, "create vault")


def test_tab_walks_the_unlock_dialog(qtbot: QtBot, vault_path: Path) -> None:
    dialog = UnlockDialog(vault_path)
    qtbot.add_widget(dialog)
    with qtbot.wait_exposed(dialog):
        dialog.show()
    _assert_walks(qtbot, dialog, "unlock")


def test_tab_walks_help(qtbot: QtBot) -> None:
    dialog = HelpDialog()
    qtbot.add_widget(dialog)
    with qtbot.wait_exposed(dialog):
        dialog.show()
    _assert_walks(qtbot, dialog, "help")


@pytest.fixture
def wizard(qtbot: QtBot, session: Session) -> Iterator[DialogueWizard]:
    shown = DialogueWizard(session)
    qtbot.add_widget(shown)
    with qtbot.wait_exposed(shown):
        shown.show()
    yield shown
    shown._autosave.stop()


def test_tab_walks_every_page_of_the_parts_wizard(qtbot: QtBot, wizard: DialogueWizard) -> None:
    visited = 0
    while True:
        page = wizard.currentPage()
        _assert_walks(qtbot, wizard, type(page).__name__ + str(wizard.currentId()))
        visited += 1
        if wizard.nextId() == -1:
            break
        wizard.next()
    assert visited == len(wizard.pages)
