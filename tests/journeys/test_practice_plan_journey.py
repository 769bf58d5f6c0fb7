"""A journey: a new vault, a practice chosen, fourteen generated days, the review, and on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from palettes import dark_palette
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.activation import ActivationInput
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.practice_plan import PLAN_DAYS, PlanPractice
from healer.services.session import Session
from healer.ui.main_window import MainWindow
from healer.ui.path.tab import PathTab
from healer.ui.regulate.tab import RegulateTab


def test_a_new_vault_through_fourteen_days_to_the_review(
    qtbot: QtBot, session: Session, tmp_path: object
) -> None:
    clock = FakeClock(wall=datetime(2026, 3, 2, 8, tzinfo=UTC))
    tab = RegulateTab(session, clock=clock)
    qtbot.add_widget(tab)
    tab.resize(1024, 640)
    with qtbot.wait_exposed(tab):
        tab.show()
    panel = tab.plan_panel
    panel.today = lambda: clock.now().date()
    panel.zone = UTC
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    panel.refresh()
    qtbot.wait_until(
        lambda: panel.overview is not None and panel.overview.today == date(2026, 3, 2)
    )
    assert panel.choose_page.isVisible()

    panel.practice_combo.choose(PlanPractice.ORIENTING)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: panel.plan_page.isVisible())

    # Fourteen days: the practice in the app on even days, "I did it" on days 3 and 7,
    # nothing on the rest; an activation each evening, settling faster as days go by.
    for number in range(PLAN_DAYS):
        day_start = clock.now()
        if number % 2 == 0:
            session.practices.record(
                PracticeUseInput(PracticeKind.ORIENTING, clock.now(), 180, None, 7, 4)
            )
        if number in (3, 7):
            panel.refresh()
            qtbot.wait_until(
                lambda: panel.overview is not None and panel.overview.today == clock.now().date()
            )
            assert panel.did_it_button.isVisible()
            assert not panel.did_it_button.isChecked()
            before = panel.overview
            qtbot.mouseClick(panel.did_it_button, Qt.MouseButton.LeftButton)
            qtbot.wait_until(lambda before=before: panel.overview is not before)
        evening = day_start + timedelta(hours=12)
        session.journal.log(
            ActivationInput("no reply", 6, evening, evening + timedelta(minutes=60 - 2 * number))
        )
        clock.advance(24 * 3600)

    assert clock.now().date() == date(2026, 3, 16)
    panel.refresh()
    qtbot.wait_until(lambda: panel.review_page.isVisible())
    text = panel.review_text.text()
    assert "9 of the 14 days" in text  # 7 seen, 2 marked
    assert "Healer saw 7" in text
    assert "around 7 out of 10 before and 4 after" in text
    # Nothing before the plan to compare with: the review says so instead of guessing.
    assert "0 settled activations in the two weeks before and 14 in these" in text
    assert "too few" in text
    for tag, palette in (("light", tab.palette()), ("dark", dark_palette())):
        tab.setPalette(palette)
        assert tab.grab().save(str(tmp_path) + f"/review-{tag}.png")

    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: panel.plan_page.isVisible())
    assert "Day 1 of 14" in panel.where_label.text()
    assert panel.earlier_button.isVisible()
    past = session.practice_plans.plans()[1]
    assert (past.first_day, past.closed_on) == (date(2026, 3, 2), date(2026, 3, 15))


def test_from_the_welcome_on_the_path_page_to_the_review_there(
    qtbot: QtBot, session: Session
) -> None:
    clock = FakeClock(wall=datetime(2026, 3, 2, 8, tzinfo=UTC))
    window = MainWindow(session)
    qtbot.add_widget(window)
    window.resize(1024, 640)
    with qtbot.wait_exposed(window):
        window.show()
    page = window.built_pages["path"]
    assert isinstance(page, PathTab)
    assert page.isVisible()  # the first tab, current at unlock
    qtbot.wait_until(lambda: page.view is not None and not page.pending)
    assert page.title.text() == "Welcome to Healer"
    panel = page.plan_panel
    panel.today = lambda: clock.now().date()
    panel.zone = UTC
    panel.refresh()
    qtbot.wait_until(
        lambda: panel.overview is not None and panel.overview.today == date(2026, 3, 2)
    )
    assert panel.choose_page.isVisible()
    assert panel.first_day_edit.date() == QDate(2026, 3, 2)  # a new day: today again

    panel.practice_combo.choose(PlanPractice.TRIGGER_LOG)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: panel.plan_page.isVisible())
    # The first entry turns the welcome into the overview, and counts for the plan's day.
    for number in range(PLAN_DAYS):
        if number % 3 != 2:
            evening = clock.now() + timedelta(hours=12)
            session.journal.log(ActivationInput("plans changed", 5, evening))
        clock.advance(24 * 3600)
    qtbot.wait_until(lambda: page.title.text() == "Your path")

    panel.refresh()
    qtbot.wait_until(lambda: panel.review_page.isVisible())
    assert "10 of the 14 days" in panel.review_text.text()
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: panel.choose_page.isVisible())
    (past,) = session.practice_plans.plans()
    assert past.first_day == date(2026, 3, 2)
    assert past.closed_on is not None
