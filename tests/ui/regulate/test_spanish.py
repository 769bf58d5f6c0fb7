"""Regulate, the two-week plan and the pause in Spanish: cards, plural forms, dates, contexts."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.domain.breathing import LengthKind
from healer.domain.practice import PracticeKind
from healer.domain.practice_plan import PlanPractice
from healer.services.session import Session
from healer.services.summary_words import tool_text
from healer.ui.common.practice_texts import practice_texts
from healer.ui.pause.need_page import NeedPage
from healer.ui.pause.start_page import StartPage
from healer.ui.practice_plan.panel import PracticePlanPanel
from healer.ui.regulate.cards import BilateralCard
from healer.ui.regulate.pacer_page import PacerPage
from healer.ui.regulate.record_panel import pattern_words
from healer.ui.regulate.tab import RegulateTab

ROOT = Path(__file__).resolve().parents[3]


def test_every_practice_card_has_spanish_with_the_same_shape() -> None:
    english = json.loads((ROOT / "resources/practices/en.json").read_text(encoding="utf-8"))
    spanish = json.loads((ROOT / "resources/practices/es.json").read_text(encoding="utf-8"))
    assert spanish.keys() == english.keys()
    for kind, card in english.items():
        assert spanish[kind].keys() == card.keys()
        assert len(spanish[kind]["steps"]) == len(card["steps"])
        assert spanish[kind]["title"] != card["title"]
    assert practice_texts("es_ES")[PracticeKind.COLD_WATER].title == "Agua fría"
    assert practice_texts("en")[PracticeKind.COLD_WATER].title == "Cold water"


def test_the_tab_lists_the_practices_in_the_app_language(
    qtbot: QtBot, session: Session, clock: FakeClock, speak: Callable[[str], None]
) -> None:
    speak("es")
    tab = RegulateTab(session, clock=clock)
    qtbot.add_widget(tab)
    assert tab.practice_list.item(0).text() == "Respiración lenta"
    assert tab.history_button.text() == "&Historial de prácticas"


def test_a_card_subclass_finds_the_shared_card_words(
    qtbot: QtBot, clock: FakeClock, speak: Callable[[str], None]
) -> None:
    # self.tr() in the base card would look in "BilateralCard" and stay English.
    speak("es")
    card = BilateralCard(practice_texts()[PracticeKind.BILATERAL], clock)
    qtbot.add_widget(card)
    assert card.begin_button.text() == "&Empezar"
    assert card.done_button.accessibleName() == "Terminar: Izquierda y derecha"


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("es", "1 respiración", "2 respiraciones"), ("en", "1 breath", "2 breaths")],
)
def test_the_breath_count_beside_the_box_follows_its_plural_form(
    qtbot: QtBot, clock: FakeClock, speak: Callable[[str], None], language: str, one: str, two: str
) -> None:
    speak(language)
    page = PacerPage(clock)
    qtbot.add_widget(page)
    page.length_combo.setCurrentIndex(page.length_combo.findData(LengthKind.BREATHS.value))
    page.amount.setValue(1)
    assert page.amount.text() == one
    page.amount.setValue(2)
    assert page.amount.text() == two
    page.stop_everything()


def test_without_a_translation_the_english_source_shows(qtbot: QtBot, clock: FakeClock) -> None:
    page = PacerPage(clock)
    qtbot.add_widget(page)
    page.length_combo.setCurrentIndex(page.length_combo.findData(LengthKind.MINUTES.value))
    page.amount.setValue(3)
    assert page.amount.text() == "3 min"
    page.stop_everything()


def test_a_pattern_is_said_with_the_locale_s_decimal_comma(speak: Callable[[str], None]) -> None:
    assert pattern_words("5.5/0/5.5/0") == "in 5.5 · out 5.5"
    speak("es")
    assert pattern_words("5.5/0/5.5/0") == "inhala 5,5 · exhala 5,5"
    assert pattern_words("4/7/8/0") == "inhala 4 · retén 7 · exhala 8"


def test_the_pause_minutes_read_as_words_in_either_language(
    qtbot: QtBot, speak: Callable[[str], None]
) -> None:
    speak("en")
    need = NeedPage()
    qtbot.add_widget(need)
    need.pause_minutes.setValue(1)
    assert need.pause_minutes.text() == "1 minute after it began"
    speak("es")
    need = NeedPage()
    qtbot.add_widget(need)
    need.pause_minutes.setValue(1)
    assert need.pause_minutes.text() == "1 minuto después de que empezara"
    need.pause_minutes.setValue(12)
    assert need.pause_minutes.text() == "12 minutos después de que empezara"
    start = StartPage()
    qtbot.add_widget(start)
    start.minutes_spin.setValue(20)
    assert start.minutes_spin.text() == "20 minutos"


def test_the_plan_says_its_days_in_spanish(
    qtbot: QtBot, session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    panel = PracticePlanPanel(session)
    panel.today = lambda: date(2026, 3, 2)
    panel.zone = UTC
    qtbot.add_widget(panel)
    panel.show()
    panel.overview = None
    panel.refresh()
    qtbot.wait_until(lambda: panel.overview is not None and panel.overview.today == panel.today())
    assert panel.first_day_edit.text() == "lunes, 2 de marzo de 2026"
    panel.practice_combo.choose(PlanPractice.ORIENTING)
    before = panel.overview
    panel.start_button.click()
    qtbot.wait_until(lambda: panel.overview is not before)
    assert panel.where_label.text() == "Día 1 de 14, desde el lunes, 2 de marzo."
    assert panel.so_far_label.text() == "Aún no hay ningún día marcado."
    before = panel.overview
    panel.did_it_button.click()
    qtbot.wait_until(lambda: panel.overview is not before)
    assert panel.so_far_label.text() == "Lo has hecho 1 día hasta ahora."


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_practice_has_one_name_on_its_card_and_in_summaries_and_exports(
    language: str, speak: Callable[[str], None]
) -> None:
    speak(language)
    cards = practice_texts(language)
    for kind in PracticeKind:
        # The summary and the readable export name practices through tool_text/"readable".
        assert tool_text(kind.value) == cards[kind].title, kind
