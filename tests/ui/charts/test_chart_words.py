"""The charts' words: plurals through %n, reorderable sentences, dates and numbers by locale."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from matplotlib.dates import date2num
from translating import speaking

from healer.domain.helps import PAUSE_TOOL, PauseChart, ToolDelta, what_helps
from healer.domain.pareto import pareto
from healer.ui.charts import texts
from healer.ui.charts.painter import LocaleDateFormatter

pytestmark = pytest.mark.usefixtures("qapp")


def _ticks(*moments: datetime) -> list[str]:
    return LocaleDateFormatter().format_ticks([float(date2num(moment)) for moment in moments])


def test_counts_take_each_languages_plural_form(qm_folder: Path) -> None:
    with speaking("en", qm_folder):
        assert texts.open_note(1) == "One episode has not settled yet, so it is not drawn."
        assert texts.open_note(3).startswith("3 episodes have not settled yet")
        assert texts.minutes_words(1) == "1 minute"
    with speaking("es", qm_folder):
        assert texts.open_note(1).startswith("Un episodio aún no se ha calmado")
        assert texts.open_note(3).startswith("3 episodios aún no se han calmado")
        assert texts.minutes_words(1) == "1 minuto"
        assert texts.minutes_words(40) == "40 minutos"


def test_a_pause_count_and_its_share_read_as_a_sentence(qm_folder: Path) -> None:
    chart = PauseChart(when=(datetime(2026, 3, 2, 9),), totals=(5,), before=4)
    with speaking("en", qm_folder):
        assert texts.pause_summary(chart) == (
            "You have seen 5 pauses through, 1 of them in this period."
        )
    with speaking("es", qm_folder):
        assert texts.pause_summary(chart) == "Has completado 5 pausas, 1 de ellas en este periodo."


def test_months_numbers_and_shares_follow_the_locale(qm_folder: Path) -> None:
    with speaking("es", qm_folder):
        assert texts.month_name(date(2026, 3, 1)) == "marzo de 2026"
        assert texts.number(6.5) == "6,5"
        assert texts.percent(0.8) == "80 %"
    with speaking("en", qm_folder):
        assert texts.month_name(date(2026, 3, 1)) == "March 2026"
        assert texts.number(6.5) == "6.5"


def test_names_are_listed_the_languages_way_and_never_read_as_placeholders(
    qm_folder: Path,
) -> None:
    chart = pareto({"%2 late reply": 6, "tone": 3, "plans": 1})
    with speaking("es", qm_folder):
        summary = texts.pareto_summary(chart)
        assert "de tus activaciones vino de: %2 late reply, tone y plans." in summary
    with speaking("en", qm_folder):
        assert "came from: %2 late reply, tone, and plans." in texts.pareto_summary(chart)


def test_seeded_categories_are_named_in_the_persons_language(qm_folder: Path) -> None:
    chart = pareto({"delayed reply": 6, "tone shift": 3, "my sister": 1})
    with speaking("es", qm_folder):
        summary = texts.pareto_summary(chart)
    assert "respuesta que tarda, cambio de tono y my sister" in summary


def test_the_helps_summary_names_the_tool_and_its_uses(qm_folder: Path) -> None:
    best = ToolDelta(PAUSE_TOOL, median_drop=2.5, median_before=7, median_after=4.5, count=1)
    chart = what_helps([], min_uses=1)
    chart = type(chart)(shown=(best,), hidden=())
    with speaking("es", qm_folder):
        assert texts.helps_summary(chart) == (
            "Pausa de 20 minutos es lo que más bajó la intensidad: normalmente 2,5 puntos (1 uso)."
        )
    with speaking("en", qm_folder):
        assert texts.helps_summary(chart).endswith("typically 2.5 points (1 use).")


def test_date_ticks_name_months_and_days_in_the_persons_language(qm_folder: Path) -> None:
    months = (datetime(2025, 11, 1), datetime(2025, 12, 1), datetime(2026, 1, 1))
    days = (datetime(2026, 3, 2), datetime(2026, 3, 9))
    with speaking("es", qm_folder):
        assert _ticks(*months) == ["nov 2025", "dic", "2026"]
        assert _ticks(*days) == ["2 mar", "9 mar"]
    with speaking("en", qm_folder):
        assert _ticks(*months) == ["Nov 2025", "Dec", "2026"]
        assert _ticks(*days) == ["Mar 2", "Mar 9"]
        assert _ticks(datetime(2026, 3, 2), datetime(2026, 3, 2, 12))[0] == "Mar 2"
