"""The two-week plan panel with real widgets: start, "I did it today", the review's choices."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from palettes import dark_palette
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.practice_plan import PLAN_DAYS, PlanOutcome, PlanPractice
from healer.services.session import Session
from healer.ui.practice_plan.panel import PracticePlanPanel

FIRST = date(2026, 3, 2)


class Today:
    """The panel's day, moved by the test."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def today() -> Today:
    return Today(FIRST)


@pytest.fixture
def panel(qtbot: QtBot, session: Session, today: Today) -> PracticePlanPanel:
    widget = PracticePlanPanel(session)
    widget.today = today
    widget.zone = UTC
    qtbot.add_widget(widget)
    widget.resize(360, 560)
    widget.show()
    _reload(qtbot, widget)
    return widget


def _reload(qtbot: QtBot, panel: PracticePlanPanel) -> None:
    panel.overview = None
    panel.refresh()
    qtbot.wait_until(lambda: panel.overview is not None and panel.overview.today == panel.today())


def _changed(qtbot: QtBot, panel: PracticePlanPanel, action: object) -> None:
    """Do something that writes, then wait for the panel's fresh overview."""
    before = panel.overview
    assert callable(action)
    action()
    qtbot.wait_until(lambda: panel.overview is not before)


def _start(qtbot: QtBot, panel: PracticePlanPanel, practice: PlanPractice) -> None:
    panel.practice_combo.choose(practice)
    _changed(qtbot, panel, lambda: qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton))


def test_an_empty_vault_offers_the_choice_and_no_earlier_plans(panel: PracticePlanPanel) -> None:
    assert panel.choose_page.isVisible()
    assert not panel.plan_page.isVisible()
    assert not panel.review_page.isVisible()
    assert not panel.earlier_button.isVisible()
    assert panel.practice_combo.count() == len(PlanPractice)


def test_start_a_plan_today_and_mark_what_healer_cannot_see(
    qtbot: QtBot, panel: PracticePlanPanel, session: Session
) -> None:
    _start(qtbot, panel, PlanPractice.WEIGHTED_CONTACT)
    assert panel.plan_page.isVisible()
    assert "Weight and warmth" in panel.plan_name.text()
    assert "Day 1 of 14" in panel.where_label.text()
    assert panel.did_it_button.isVisible()
    _changed(qtbot, panel, lambda: qtbot.mouseClick(panel.did_it_button, Qt.MouseButton.LeftButton))
    current = session.practice_plans.current()
    assert current is not None
    assert current.marked_days == {FIRST}
    assert panel.did_it_button.isChecked()
    assert "1 day" in panel.so_far_label.text()
    # A second tap takes the mark back.
    _changed(qtbot, panel, lambda: qtbot.mouseClick(panel.did_it_button, Qt.MouseButton.LeftButton))
    current = session.practice_plans.current()
    assert current is not None
    assert current.marked_days == frozenset()


def test_a_later_start_day_can_be_chosen(
    qtbot: QtBot, panel: PracticePlanPanel, session: Session
) -> None:
    panel.first_day_edit.setDate(panel.first_day_edit.date().addDays(3))
    _start(qtbot, panel, PlanPractice.PAUSE)
    current = session.practice_plans.current()
    assert current is not None
    assert current.first_day == FIRST + timedelta(days=3)
    assert "starts on" in panel.where_label.text()
    assert not panel.did_it_button.isVisible()


def test_a_practice_healer_records_fills_today_by_itself(
    qtbot: QtBot, panel: PracticePlanPanel, session: Session
) -> None:
    _start(qtbot, panel, PlanPractice.COLD_WATER)
    use = PracticeUseInput(PracticeKind.COLD_WATER, datetime(2026, 3, 2, 7, tzinfo=UTC), 60)
    _changed(qtbot, panel, lambda: session.practices.record(use))
    assert panel.seen_today_label.isVisible()
    assert not panel.did_it_button.isVisible()
    assert panel.overview is not None
    assert panel.overview.current is not None
    assert panel.overview.current.days[0].seen


def _reddish(colour: QColor) -> bool:
    return colour.red() > colour.green() + 60 and colour.red() > colour.blue() + 60


@pytest.mark.parametrize("dark", [False, True])
def test_missed_days_are_neutral_with_a_calm_line_and_nothing_red(
    qtbot: QtBot, panel: PracticePlanPanel, today: Today, dark: bool
) -> None:
    if dark:
        panel.setPalette(dark_palette())
    _start(qtbot, panel, PlanPractice.ORIENTING)
    assert not panel.come_back_label.isVisible()
    today.day = FIRST + timedelta(days=5)
    _reload(qtbot, panel)
    assert panel.come_back_label.isVisible()
    assert "whenever you come back" in panel.come_back_label.text()
    image = panel.strip.grab().toImage()
    pixels = [
        image.pixelColor(x, y) for x in range(0, image.width(), 2) for y in range(image.height())
    ]
    assert any(pixel.alpha() and pixel != pixels[0] for pixel in pixels)  # something was drawn
    assert not any(_reddish(pixel) for pixel in pixels)
    words = panel.strip.accessibleDescription() + panel.so_far_label.text()
    for word in ("streak", "%", "missed", "failed", "broke"):
        assert word not in words


def _to_review(qtbot: QtBot, panel: PracticePlanPanel, today: Today) -> None:
    _start(qtbot, panel, PlanPractice.BILATERAL)
    today.day = FIRST + timedelta(days=PLAN_DAYS)
    _reload(qtbot, panel)
    assert panel.review_page.isVisible()
    assert not panel.plan_page.isVisible()


def test_the_review_says_how_often_and_is_honest_about_too_few_episodes(
    qtbot: QtBot, panel: PracticePlanPanel, today: Today, session: Session
) -> None:
    session.practices.record(
        PracticeUseInput(
            PracticeKind.BILATERAL, datetime(2026, 3, 4, 9, tzinfo=UTC), 120, None, 8, 5
        )
    )
    _to_review(qtbot, panel, today)
    text = panel.review_text.text()
    assert "1 of the 14 days" in text
    assert "around 8 out of 10 before and 5 after" in text
    assert "too few to say" in text
    assert panel.switch_combo.findData(PlanPractice.BILATERAL.value) == -1


def test_keep_going_starts_two_more_weeks_of_the_same(
    qtbot: QtBot, panel: PracticePlanPanel, today: Today, session: Session
) -> None:
    _to_review(qtbot, panel, today)
    _changed(qtbot, panel, lambda: qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton))
    assert panel.plan_page.isVisible()
    assert panel.earlier_button.isVisible()
    current = session.practice_plans.current()
    assert current is not None
    assert (current.practice, current.first_day) == (PlanPractice.BILATERAL, today.day)


def test_switch_starts_another_practice(
    qtbot: QtBot, panel: PracticePlanPanel, today: Today, session: Session
) -> None:
    _to_review(qtbot, panel, today)
    panel.switch_combo.setCurrentIndex(panel.switch_combo.findData(PlanPractice.DIALOGUE.value))
    _changed(qtbot, panel, lambda: qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton))
    current = session.practice_plans.current()
    assert current is not None
    assert current.practice is PlanPractice.DIALOGUE
    assert "dialogue" in panel.plan_name.text()


def test_stop_ends_it_and_the_review_stays_readable(
    qtbot: QtBot, panel: PracticePlanPanel, today: Today, session: Session
) -> None:
    _to_review(qtbot, panel, today)
    review = panel.review_text.text()
    _changed(qtbot, panel, lambda: qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton))
    assert panel.choose_page.isVisible()
    assert session.practice_plans.plans()[0].outcome is PlanOutcome.STOPPED
    dialog = panel.past_dialog()
    qtbot.add_widget(dialog)
    assert dialog.model.rowCount() == 1
    assert "Left and right" in dialog.heading.text()
    assert dialog.review.text() == review


def test_setting_a_plan_aside_asks_first(
    qtbot: QtBot, panel: PracticePlanPanel, session: Session
) -> None:
    _start(qtbot, panel, PlanPractice.TRIGGER_LOG)
    asked: list[str] = []
    panel.confirm = lambda title, text: bool(asked.append(title))
    qtbot.mouseClick(panel.set_aside_button, Qt.MouseButton.LeftButton)
    assert asked
    assert session.practice_plans.current() is not None
    panel.confirm = lambda title, text: True
    _changed(
        qtbot, panel, lambda: qtbot.mouseClick(panel.set_aside_button, Qt.MouseButton.LeftButton)
    )
    assert session.practice_plans.current() is None
    assert panel.choose_page.isVisible()


def test_a_refused_start_is_said_calmly_and_changes_nothing(
    qtbot: QtBot, panel: PracticePlanPanel, session: Session, today: Today
) -> None:
    today.day = FIRST + timedelta(days=60)  # the day rolled on while the panel was open
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.problem.isVisible()
    assert "days ago" in panel.problem.text()
    assert session.practice_plans.current() is None


def test_the_choice_is_reachable_by_keyboard(qtbot: QtBot, panel: PracticePlanPanel) -> None:
    panel.activateWindow()
    panel.practice_combo.setFocus()
    order: list[QWidget | None] = []
    # The date field takes Tab through its own parts (day, month, year) before moving on.
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget() or panel, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        if order[-1] is panel.start_button:
            break
    assert order[0] is panel.first_day_edit
    assert order[-1] is panel.start_button
    qtbot.keyClick(panel.start_button, Qt.Key.Key_Space)
    qtbot.wait_until(lambda: panel.plan_page.isVisible())


def test_locking_clears_the_panel(qtbot: QtBot, panel: PracticePlanPanel, session: Session) -> None:
    session.lock()
    assert panel.overview is None
    assert not panel.choose_page.isVisible()


def test_after_midnight_a_tap_first_shows_the_new_day(
    qtbot: QtBot, panel: PracticePlanPanel, session: Session, today: Today
) -> None:
    _start(qtbot, panel, PlanPractice.ORIENTING)
    _changed(qtbot, panel, lambda: qtbot.mouseClick(panel.did_it_button, Qt.MouseButton.LeftButton))
    today.day = FIRST + timedelta(days=1)  # the panel still shows yesterday, ticked
    _changed(qtbot, panel, lambda: qtbot.mouseClick(panel.did_it_button, Qt.MouseButton.LeftButton))
    current = session.practice_plans.current()
    assert current is not None
    assert current.marked_days == {FIRST}  # yesterday's mark kept, nothing taken back
    assert not panel.did_it_button.isChecked()
    assert "Day 2 of 14" in panel.where_label.text()


def test_a_refresh_keeps_what_the_person_was_choosing(
    qtbot: QtBot, panel: PracticePlanPanel, session: Session, today: Today
) -> None:
    chosen = panel.first_day_edit.date().addDays(2)
    panel.first_day_edit.setDate(chosen)
    use = PracticeUseInput(PracticeKind.ORIENTING, datetime(2026, 3, 2, 7, tzinfo=UTC), 60)
    _changed(qtbot, panel, lambda: session.practices.record(use))
    assert panel.first_day_edit.date() == chosen
    _start(qtbot, panel, PlanPractice.ORIENTING)
    today.day = FIRST + timedelta(days=PLAN_DAYS + 2)
    _reload(qtbot, panel)
    panel.switch_combo.setCurrentIndex(panel.switch_combo.findData(PlanPractice.PAUSE.value))
    _changed(qtbot, panel, lambda: session.practices.record(use))
    assert panel.switch_combo.practice() is PlanPractice.PAUSE


def test_a_first_day_out_of_reach_is_refused_in_plain_words(
    qtbot: QtBot, session: Session, panel: PracticePlanPanel, today: Today
) -> None:
    # The choice was shown on 2 March; a month and more passes before Start is pressed.
    today.day = FIRST + timedelta(days=40)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.problem.isVisible()
    assert panel.problem.text() == (
        "The first day can be at most 13 days ago, so the plan is under way."
    )
    assert session.practice_plans.plans() == []
