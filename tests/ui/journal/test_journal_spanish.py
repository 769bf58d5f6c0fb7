"""The activation log in Spanish: plural forms, whole sentences, seeded triggers, the export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support import wait_loaded

from healer.domain.activation import ActivationInput
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.services.exchange import ExportFormat
from healer.services.session import Session
from healer.ui.journal.entry_dialog import EntryDialog
from healer.ui.journal.plans_dialog import TriggerPlansDialog
from healer.ui.journal.tab import JournalTab
from healer.ui.journal.urge_field import UrgeField

NOW = datetime.now(UTC)


def log(session: Session, category: str | None = "tone shift", **fields: object) -> None:
    session.journal.log(
        ActivationInput("entry", 5, NOW - timedelta(hours=1), category=category, **fields)  # type: ignore[arg-type]
    )


def test_the_count_takes_the_spanish_plural_forms(
    qtbot: QtBot, session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    log(session)
    tab = JournalTab(session)
    qtbot.add_widget(tab)
    wait_loaded(qtbot, tab)
    assert tab.count_label.text() == "1 entrada"
    log(session)
    qtbot.wait_until(lambda: tab.count_label.text() == "2 entradas")
    tab.filter_bar.search_edit.setText("entry")
    qtbot.wait_until(lambda: tab.count_label.text() == "2 de 2 entradas coinciden")


def test_the_pause_length_follows_the_number_in_each_language(
    qtbot: QtBot, speak: Callable[[str], None]
) -> None:
    untranslated = UrgeField()
    qtbot.add_widget(untranslated)
    assert untranslated.pause_spin.text() == "20 min"
    speak("es")
    field = UrgeField()
    qtbot.add_widget(field)
    field.set_value(UrgeRecord(UrgeOutcome.AFTER_PAUSE, 60))
    assert field.pause_spin.text() == "1 min"
    assert field.outcome_combo.currentText() == "Lo seguí tras una pausa"


def test_seeded_triggers_are_shown_in_spanish_and_kept_by_their_stored_name(
    qtbot: QtBot, session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    tab = JournalTab(session)
    qtbot.add_widget(tab)
    wait_loaded(qtbot, tab)
    combo = tab.quick_capture.category_combo
    index = combo.findData("delayed reply")
    assert combo.itemText(index) == "respuesta que tarda"
    combo.setCurrentIndex(index)
    tab.quick_capture.trigger_edit.setText("sin respuesta")
    qtbot.keyClick(tab.quick_capture.trigger_edit, Qt.Key.Key_Return)
    (stored,) = session.journal.find()
    assert stored.content.category == "delayed reply"
    qtbot.wait_until(lambda: tab.model.data(tab.model.index(0, 2)) == "respuesta que tarda")


def test_a_leading_trigger_without_a_plan_reads_as_one_sentence(
    qtbot: QtBot, session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    for category in ("tone shift", "tone shift", "tone shift", "conflict", "conflict", "other"):
        log(session, category)
    dialog = TriggerPlansDialog(session)
    qtbot.add_widget(dialog)
    texts = [dialog.category_list.item(row).text() for row in range(dialog.category_list.count())]
    assert texts[0] == "cambio de tono · entre los 3 primeros (aún sin plan)"
    assert "respuesta que tarda (aún sin plan)" in texts
    assert dialog.plan_title.text() == "Cuando pase “cambio de tono”, voy a…"


def test_the_entry_form_speaks_spanish(
    qtbot: QtBot, session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    dialog = EntryDialog(session)
    qtbot.add_widget(dialog)
    assert dialog.windowTitle() == "Nueva entrada"
    assert dialog.intensity_value.text() == "sin valorar"
    dialog.intensity_slider.set_rating(7)
    assert dialog.intensity_value.text() == "7 / 10"


def test_the_readable_export_is_written_in_the_language(
    session: Session, tmp_path: Path, speak: Callable[[str], None]
) -> None:
    log(session, urge_outcome=UrgeRecord(UrgeOutcome.NOT_ACTED))
    target = tmp_path / "diario.html"
    speak("es")
    assert session.exchange.export(ExportFormat.HTML, target) == 1
    page = target.read_text(encoding="utf-8")
    assert '<html lang="es">' in page
    assert "Mi diario de Healer" in page
    assert "1 activación, de la más reciente a la más antigua." in page
    assert "Detonante: cambio de tono" in page
    assert "No seguí el impulso" in page
    assert "Activations" not in page
