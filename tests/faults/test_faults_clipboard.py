"""Words copied in the pause leave the clipboard after a while, and at lock: only if still ours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from healer.ui import settings
from healer.ui.common.clipboard import TimedClipboard

WORDS = "I would like a short call tonight."


@pytest.fixture
def clipboard(qtbot: QtBot) -> Iterator[TimedClipboard]:
    QGuiApplication.clipboard().clear()
    copier = TimedClipboard()
    yield copier
    copier.clear_if_ours()
    copier.deleteLater()


def test_copied_words_are_cleared_after_the_declared_time(
    clipboard: TimedClipboard, qtbot: QtBot
) -> None:
    settings.CLIPBOARD_CLEAR_SECONDS.write(1)
    assert clipboard.copy(WORDS) == 1
    assert QGuiApplication.clipboard().text() == WORDS
    qtbot.wait_until(lambda: QGuiApplication.clipboard().text() == "", timeout=5000)
    assert not clipboard.pending


def test_something_copied_since_is_left_alone(clipboard: TimedClipboard, qtbot: QtBot) -> None:
    settings.CLIPBOARD_CLEAR_SECONDS.write(1)
    clipboard.copy(WORDS)
    QGuiApplication.clipboard().setText("the person's own copy")
    qtbot.wait_until(lambda: not clipboard.pending, timeout=5000)
    assert QGuiApplication.clipboard().text() == "the person's own copy"


def test_zero_seconds_keeps_it_until_lock(clipboard: TimedClipboard) -> None:
    settings.CLIPBOARD_CLEAR_SECONDS.write(0)
    assert clipboard.copy(WORDS) == 0
    assert not clipboard.pending
    clipboard.clear_if_ours()  # what the pause tab does before a lock or quit
    assert QGuiApplication.clipboard().text() == ""


def test_the_setting_is_declared_with_its_default() -> None:
    assert settings.CLIPBOARD_CLEAR_SECONDS in settings.ALL_SETTINGS
    assert settings.CLIPBOARD_CLEAR_SECONDS.default == 60
