"""File ▸ Check the vault…: runs at once on the worker, a healthy result, and damage explained."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from healer.services.session import CheckReport, Session
from healer.ui.exchange.check_dialog import CheckDialog
from healer.ui.main_window import MainWindow


def open_check(qtbot: QtBot, window: MainWindow) -> CheckDialog:
    window.check_action.trigger()
    (dialog,) = [d for d in window.findChildren(CheckDialog) if d.isVisible()]
    qtbot.wait_exposed(dialog)
    return dialog


def test_a_healthy_vault_is_said_to_be_healthy(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_check(qtbot, window)
    assert dialog.is_busy()
    assert dialog.busy.isVisible()
    qtbot.wait_until(lambda: dialog.report is not None)
    assert not dialog.busy.isVisible()
    assert dialog.outcome.text().startswith("Your vault is healthy")
    assert not dialog.next_steps.isVisible()
    dialog.again_button.click()
    assert dialog.report is None
    qtbot.wait_until(lambda: dialog.report is not None)


def test_damage_says_what_to_do_next(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems = [f"page {n}: HMAC check failed" for n in range(60)]
    monkeypatch.setattr(Session, "check", lambda _self: CheckReport(problems))
    dialog = open_check(qtbot, window)
    qtbot.wait_until(lambda: dialog.report is not None)
    assert dialog.outcome.problem
    assert "damage" in dialog.outcome.text()
    steps = dialog.next_steps.text()
    assert "File ▸ Restore from a backup…" in steps
    assert "healer-cli export --rescue" in steps
    details = dialog.details.toPlainText()
    assert "page 49" in details
    assert "page 50" not in details
    assert "10 more" in details


def test_a_check_that_cannot_run_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_self: Session) -> CheckReport:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Session, "check", broken)
    dialog = open_check(qtbot, window)
    qtbot.wait_until(lambda: dialog.outcome.isVisible() and not dialog.is_busy())
    assert dialog.outcome.problem
    assert "could not finish" in dialog.outcome.text()
    assert "Input/output error" in dialog.outcome.text()
