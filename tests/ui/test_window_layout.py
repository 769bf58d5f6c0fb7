"""The window remembers its size, place and splitters, and comes back on a screen that exists."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot
from stand_in import stand_in_tabs
from support import PASSPHRASE

from healer.services.session import Session
from healer.ui import settings
from healer.ui.main_window import MainWindow
from healer.ui.window_care import on_screen


def _window(qtbot: QtBot, session: Session, *, stand_in: bool = True) -> MainWindow:
    window = MainWindow(session, stand_in_tabs() if stand_in else None)
    qtbot.add_widget(window)
    return window


def test_size_and_place_come_back_after_a_lock(qtbot: QtBot, session: Session) -> None:
    path = session.vault_path
    first = _window(qtbot, session)
    with qtbot.wait_exposed(first):
        first.show()
    first.setGeometry(QRect(40, 60, 640, 480))
    qtbot.wait_until(lambda: first.size().width() == 640)
    with qtbot.wait_signal(first.locked):
        first.lock()
    assert settings.WINDOW_GEOMETRY.read() != ""
    assert settings.WINDOW_STATE.read() != ""

    second = _window(qtbot, Session.unlock(path, PASSPHRASE))
    assert second.geometry() == QRect(40, 60, 640, 480)
    second.lock()


def test_a_window_left_on_a_missing_monitor_comes_back_on_screen(
    qtbot: QtBot, session: Session
) -> None:
    path = session.vault_path
    first = _window(qtbot, session)
    with qtbot.wait_exposed(first):
        first.show()
    # As if it was last on a second monitor to the right, now unplugged.
    first.setGeometry(QRect(3000, 2000, 700, 500))
    qtbot.wait_until(lambda: first.geometry().left() == 3000)
    first.lock()

    second = _window(qtbot, Session.unlock(path, PASSPHRASE))
    available = QApplication.primaryScreen().availableGeometry()
    assert available.contains(second.geometry()), (second.geometry(), available)
    assert second.size().width() == 700
    second.lock()


def test_a_window_too_big_for_the_screen_is_shrunk_onto_it() -> None:
    available = QApplication.primaryScreen().availableGeometry()
    huge = QRect(-500, -300, available.width() * 2, available.height() * 2)
    placed = on_screen(huge)
    assert available.contains(placed)
    assert placed.width() == available.width()


def test_bad_stored_values_leave_the_default_size(qtbot: QtBot, session: Session) -> None:
    settings.WINDOW_GEOMETRY.write("not base64 at all!")
    settings.WINDOW_STATE.write("%%%")
    window = _window(qtbot, session)
    available = QApplication.primaryScreen().availableGeometry()
    assert window.width() > 0
    assert window.width() <= available.width()
    window.lock()


def test_splitters_come_back_where_they_were_left(qtbot: QtBot, session: Session) -> None:
    path = session.vault_path
    first = _window(qtbot, session, stand_in=False)
    first.resize(780, 560)
    with qtbot.wait_exposed(first):
        first.show()
    splitter = first.page("parts").findChild(QSplitter, "parts-splitter")
    assert isinstance(splitter, QSplitter)
    first.show_tab("parts")
    qtbot.wait_until(splitter.isVisible)
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 300])
    wanted = splitter.sizes()
    first.lock()
    assert "parts-splitter" in settings.SPLITTER_STATES.read()

    second = _window(qtbot, Session.unlock(path, PASSPHRASE), stand_in=False)
    with qtbot.wait_exposed(second):
        second.show()
    second.show_tab("parts")
    again = second.page("parts").findChild(QSplitter, "parts-splitter")
    assert isinstance(again, QSplitter)
    qtbot.wait_until(again.isVisible)
    assert again.sizes() == wanted
    second.lock()


def test_splitter_states_survive_bad_stored_text() -> None:
    settings.SPLITTER_STATES.write({"a": "AAAA"})
    assert settings.SPLITTER_STATES.read() == {"a": "AAAA"}
    from PySide6.QtCore import QSettings

    QSettings().setValue(settings.SPLITTER_STATES.key, "[1, 2]")
    assert settings.SPLITTER_STATES.read() == {}
    QSettings().setValue(settings.SPLITTER_STATES.key, "{not json")
    assert settings.SPLITTER_STATES.read() == {}
