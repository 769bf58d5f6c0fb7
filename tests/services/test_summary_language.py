"""The therapist summary in the person's language: plural forms, dates, months and numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from support import bulk_fill
from translating import speaking

from healer.domain.chartrange import DaySpan
from healer.domain.summary import Summary, SummaryChoice, SummarySection
from healer.domain.support import Indicator, Reflection, Tone
from healer.services.session import Session
from healer.services.summary_words import day_text, month_text, number_text, tool_text
from healer.services.support_texts import reflection_text

JANUARY = DaySpan(date(2026, 1, 1), date(2026, 1, 31))
BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _section(summary: Summary, key: str) -> SummarySection:
    (section,) = [s for s in summary.sections if s.key == key]
    return section


def test_one_activation_reads_in_the_singular_in_english_and_spanish(
    qtbot: QtBot, session: Session, qm_folder: Path
) -> None:
    bulk_fill(session, 1)  # one activation on 1 January, settled after five minutes
    with speaking("en", qm_folder):
        english = session.support.summary(SummaryChoice(JANUARY))
    duration = _section(english, "duration")
    assert duration.paragraphs == ("1 settled activation; the median lasted 5 min.",)
    assert duration.rows == (("January 2026", "median 5 min (1 episode)"),)
    with speaking("es", qm_folder):
        spanish = session.support.summary(SummaryChoice(JANUARY))
    duration = _section(spanish, "duration")
    assert duration.title == "Cuánto duraron las activaciones"
    assert duration.paragraphs == ("1 activación se calmó; la mediana duró 5 min.",)
    assert duration.rows == (("enero de 2026", "mediana 5 min (1 episodio)"),)
    overview = _section(spanish, "overview")
    assert overview.rows[0] == ("Periodo", "del 1 de enero de 2026 al 31 de enero de 2026")


def test_many_activations_take_the_plural_form(
    qtbot: QtBot, session: Session, qm_folder: Path
) -> None:
    bulk_fill(session, 3)
    with speaking("es", qm_folder):
        summary = session.support.summary(SummaryChoice(JANUARY))
    (text,) = _section(summary, "intensity").paragraphs
    assert text.startswith("3 activaciones con intensidad anotada")
    # Without any translator the English source stands, with the count in place.
    summary = session.support.summary(SummaryChoice(JANUARY))
    assert _section(summary, "intensity").paragraphs[0].startswith("3 rated activations;")


def test_numbers_days_and_months_follow_the_locale(qm_folder: Path) -> None:
    assert number_text(6.5) == "6.5"  # the tests' C locale
    assert number_text(7.0) == "7"
    with speaking("es", qm_folder):
        assert number_text(6.5) == "6,5"
        assert number_text(14400) == "14.400"
        assert day_text(date(2026, 3, 1)) == "1 de marzo de 2026"
        assert month_text(date(2026, 3, 1)) == "marzo de 2026"
    with speaking("en", qm_folder, BRITISH):
        assert day_text(date(2026, 3, 1)) == "1 March 2026"
        assert month_text(date(2026, 3, 1)) == "March 2026"


def test_the_self_check_paragraph_names_the_marked_signs_in_spanish(qm_folder: Path) -> None:
    reflection = Reflection(Tone.OFTEN, (Indicator.CHILDHOOD,), (), trauma_informed=True)
    with speaking("es", qm_folder):
        text = reflection_text(reflection)
    assert text.startswith(
        "Marcaste “a menudo” en: desatención, daño o inconstancia en la infancia."
    )
    assert "Enfoques" in text


def test_seeded_categories_and_practices_are_named_as_the_app_shows_them(
    qtbot: QtBot, session: Session, qm_folder: Path
) -> None:
    bulk_fill(session, 5)  # one activation of each test category, and one without
    with speaking("es", qm_folder):
        summary = session.support.summary(SummaryChoice(JANUARY))
        practice = tool_text("orienting")
    triggers = _section(summary, "triggers")
    names = {name for name, _count in triggers.rows}
    assert names == {"respuesta que tarda", "cambio de planes", "cambio de tono", "conflicto"}
    assert "respuesta que tarda" in triggers.paragraphs[0]
    # The practice's name as its card in the Regulate tab gives it.
    assert practice == "Mira a tu alrededor"
    assert tool_text("orienting") == "Look around"
