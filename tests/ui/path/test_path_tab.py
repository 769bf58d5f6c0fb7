"""The path page: the welcome, the overview, each step's way in, and the two seams."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from chart_history import generate_history
from palettes import dark_palette
from path_history import fill_later_steps
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from translating import speaking

from healer.domain.activation import ActivationInput
from healer.domain.path import PathStep
from healer.services.session import Session
from healer.ui.journal.entry_dialog import EntryDialog
from healer.ui.main_window import MainWindow
from healer.ui.path.tab import PathTab
from healer.ui.practice_plan.panel import PracticePlanPanel

pytestmark = pytest.mark.gui


def _loaded(qtbot: QtBot, page: PathTab) -> PathTab:
    qtbot.wait_until(lambda: page.view is not None and not page.pending)
    return page


def _window(qtbot: QtBot, session: Session) -> tuple[MainWindow, PathTab]:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.built_pages["path"]
    assert isinstance(page, PathTab)
    return window, _loaded(qtbot, page)


def _nine_months(session: Session) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    generate_history(session._vault, end=now - timedelta(hours=2))
    fill_later_steps(session, now)
    session.notice_external_changes()


def test_the_path_is_the_first_tab_and_current_at_unlock(qtbot: QtBot, session: Session) -> None:
    window, _page = _window(qtbot, session)
    assert window.tab_widget.currentIndex() == 0
    assert window.tab_widget.currentWidget().objectName() == "tab-path"
    assert list(window.built_pages) == ["path"]  # the journal waits for its first show


def test_an_empty_vault_is_the_welcome_with_one_first_action(
    qtbot: QtBot, session: Session
) -> None:
    window, page = _window(qtbot, session)
    assert page.title.text() == "Welcome to Healer"
    assert "body first" in page.lead.text()
    assert page.first_action.isVisible()
    assert page.long_view.isHidden()
    for card in page.steps.values():
        assert card.standing.isHidden()
        assert card.about.isVisible()
    qtbot.mouseClick(page.first_action, Qt.MouseButton.LeftButton)
    assert window.tab_widget.currentWidget().objectName() == "tab-journal"
    forms = window.built_pages["journal"].findChildren(EntryDialog)
    assert len(forms) == 1, "a new entry form opened"
    assert forms[0].isVisible()
    forms[0].close()


def test_an_activated_person_still_reaches_the_pause_and_the_pacer_at_once(
    qtbot: QtBot, session: Session
) -> None:
    window, page = _window(qtbot, session)
    qtbot.mouseClick(page.breathe, Qt.MouseButton.LeftButton)
    assert window.tab_widget.currentWidget().objectName() == "tab-regulate"
    window.show_tab("path")
    window.activated_action.trigger()
    assert window.tab_widget.currentWidget().objectName() == "tab-pause"


def test_each_step_and_pathway_opens_its_tab(qtbot: QtBot, session: Session) -> None:
    window, page = _window(qtbot, session)
    expected = ["journal", "regulate", "pause", "parts", "people", "support"]
    assert [card.key for card in page.steps.values()] == expected
    for card in page.steps.values():
        window.show_tab("path")
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
        assert window.tab_widget.currentWidget().objectName() == f"tab-{card.key}"
    for key, button in page.pathways.items():
        window.show_tab("path")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.tab_widget.currentWidget().objectName() == f"tab-{key}"


def test_a_new_entry_turns_the_welcome_into_the_overview(
    qtbot: QtBot, session: Session, qm_folder: Path
) -> None:
    _, page = _window(qtbot, session)
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    with speaking("en", qm_folder):  # "one day": the English singular of "%n days"
        session.journal.log(ActivationInput("what happened", 6, started))
        qtbot.wait_until(lambda: page.title.text() == "Your path")
        card = page.steps[PathStep.TRIGGERS]
        qtbot.wait_until(lambda: card.standing.isVisible())
        assert "one day" in card.standing.text()
    assert page.long_view.text().startswith("You have only just begun")
    assert not page.first_action.isVisible()


def test_nine_months_show_every_step_and_the_long_view(qtbot: QtBot, session: Session) -> None:
    _nine_months(session)
    _, page = _window(qtbot, session)
    qtbot.wait_until(lambda: page.view is not None and page.view.parts.dialogues == 3)
    words = {step: card.standing.text() for step, card in page.steps.items()}
    assert "first two weeks" in words[PathStep.TRIGGERS]
    assert page.steps[PathStep.TRIGGERS].trigger_names() == [
        "delayed reply",
        "tone shift",
        "plans changed",
    ]
    assert "slow breathing" in words[PathStep.REGULATE]
    assert "pauses through" in words[PathStep.PAUSE]
    assert words[PathStep.PARTS].startswith("3 dialogues so far, and 2 parts")
    assert "3 of them met with care" in words[PathStep.BEING_MET]
    assert "last self-check" in words[PathStep.SUPPORT]
    view = page.view
    assert view is not None
    assert view.long is not None
    assert view.long.months in {8, 9}  # generated: about nine months, to the day
    assert f"for {view.long.months} months" in page.long_view.text()
    for text in words.values():
        assert "%" not in text  # plain words, never a percentage or a score


def test_the_two_week_plan_sits_on_the_page_and_each_top_trigger_shows_its_plan(
    qtbot: QtBot, session: Session
) -> None:
    _nine_months(session)
    _, page = _window(qtbot, session)
    assert isinstance(page.plan_panel, PracticePlanPanel)
    assert page.plan_panel.isVisible()
    qtbot.wait_until(lambda: page.plan_panel.overview is not None)
    card = page.steps[PathStep.TRIGGERS]
    qtbot.wait_until(
        lambda: card.trigger_names() == ["delayed reply", "tone shift", "plans changed"]
    )

    def plan_lines() -> list[str]:
        return [
            label.text()
            for label in card.findChildren(QLabel, "path-trigger-plan")
            if not label.isHidden()
        ]

    assert plan_lines() == []
    session.journal.set_trigger_plan("tone shift", "ask what they meant before I decide")
    qtbot.wait_until(lambda: plan_lines() == ["Your plan: ask what they meant before I decide"])
    session.journal.set_trigger_plan("tone shift", "")
    qtbot.wait_until(lambda: plan_lines() == [])


def test_a_plan_started_on_the_path_page_shows_on_the_regulate_tab_too(
    qtbot: QtBot, session: Session
) -> None:
    window, page = _window(qtbot, session)
    qtbot.wait_until(lambda: page.plan_panel.overview is not None)
    assert page.plan_panel.overview is not None
    assert page.plan_panel.overview.current is None
    page.plan_panel.start_button.click()
    qtbot.wait_until(
        lambda: (
            page.plan_panel.overview is not None and page.plan_panel.overview.current is not None
        )
    )
    window.show_tab("regulate")
    regulate_panel = window.built_pages["regulate"].findChild(PracticePlanPanel)
    assert regulate_panel is not None
    qtbot.wait_until(
        lambda: regulate_panel.overview is not None and regulate_panel.overview.current is not None
    )


def test_locking_forgets_the_plans_shown_under_the_triggers(qtbot: QtBot, session: Session) -> None:
    _nine_months(session)
    _, page = _window(qtbot, session)
    session.journal.set_trigger_plan("delayed reply", "wait an hour, then look again")
    card = page.steps[PathStep.TRIGGERS]
    qtbot.wait_until(lambda: bool(card.findChildren(QLabel, "path-trigger-plan")))
    session.lock()
    qtbot.wait_until(
        lambda: all(label.isHidden() for label in card.findChildren(QLabel, "path-trigger-plan"))
    )
    assert page._trigger_plans == {}


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("size", [(1024, 640), (1600, 1000)])
def test_the_six_steps_fit_at_a_glance(
    qtbot: QtBot, session: Session, tmp_path: Path, mode: str, size: tuple[int, int]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if mode == "dark":
        app.setPalette(dark_palette())
    try:
        _nine_months(session)
        window, page = _window(qtbot, session)
        window.resize(*size)
        qtbot.wait_until(lambda: page.view is not None and page.view.parts.dialogues == 3)
        window.grab().save(str(tmp_path / f"path-{mode}.png"))
        last = page.steps[PathStep.SUPPORT]
        bottom = last.mapTo(page, last.rect().bottomLeft()).y()
        assert bottom <= page.height(), "the six steps fit without scrolling"
    finally:
        app.setPalette(before)


def test_a_long_plan_under_a_trigger_is_shortened_to_a_glance(
    qtbot: QtBot, session: Session
) -> None:
    _nine_months(session)
    _, page = _window(qtbot, session)
    session.journal.set_trigger_plan("delayed reply", "breathe slowly and wait " * 40)
    card = page.steps[PathStep.TRIGGERS]
    qtbot.wait_until(lambda: bool(card.findChildren(QLabel, "path-trigger-plan")))
    (line,) = [
        label for label in card.findChildren(QLabel, "path-trigger-plan") if not label.isHidden()
    ]
    assert line.text().startswith("Your plan: breathe slowly and wait")
    assert line.text().endswith("…")
    assert len(line.text()) < 240


def test_in_spanish_each_count_takes_its_plural_and_lists_read_naturally(
    qtbot: QtBot, session: Session, qm_folder: Path
) -> None:
    _nine_months(session)
    with speaking("es", qm_folder):
        page = PathTab(session)
        qtbot.addWidget(page)
        qtbot.wait_until(lambda: page.view is not None and not page.pending)
        words = {step: card.standing.text() for step, card in page.steps.items()}
        assert page.title.text() == "Tu camino"
        assert words[PathStep.PARTS] == (
            "3 diálogos hasta ahora y 2 partes de ti a las que ya conoces por su nombre."
        )
        assert words[PathStep.BEING_MET] == (
            "5 momentos anotados en que te acercaste a alguien; en 3 te recibieron con cuidado."
        )
        assert words[PathStep.PAUSE].startswith("Has completado ")
        assert " y " in words[PathStep.REGULATE]  # the locale's list, not English "and"
        assert page.steps[PathStep.TRIGGERS].title.text() == "1  ·  Observa qué te activa"
        assert page.steps[PathStep.TRIGGERS].trigger_names()[0] == "delayed reply"
