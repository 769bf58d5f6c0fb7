"""Fixtures for the regulate tab: its pages on the fake clock, and private QSettings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.services.session import Session
from healer.ui.regulate.pacer_page import PacerPage
from healer.ui.regulate.tab import RegulateTab


@pytest.fixture(autouse=True)
def private_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """QSettings written under tmp_path only, so remembered choices never leak between tests."""
    folder = tmp_path / "settings"
    folder.mkdir()
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName("HealerTests")
    QCoreApplication.setApplicationName("RegulateTests")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder
    QSettings().sync()
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


@pytest.fixture
def pacer_page(qtbot: QtBot, clock: FakeClock) -> Iterator[PacerPage]:
    page = PacerPage(clock)
    qtbot.add_widget(page)
    page.resize(700, 640)
    with qtbot.wait_exposed(page):
        page.show()
    yield page
    page.stop_everything()


@pytest.fixture
def regulate_tab(qtbot: QtBot, session: Session, clock: FakeClock) -> Iterator[RegulateTab]:
    tab = RegulateTab(session, clock=clock)
    qtbot.add_widget(tab)
    tab.resize(1040, 720)
    with qtbot.wait_exposed(tab):
        tab.show()
    yield tab
    tab.pacer_page.stop_everything()
