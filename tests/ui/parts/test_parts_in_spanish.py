"""The parts tab in Spanish: counts through plural forms, reordered sentences, the prompts."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from healer.domain.clock import utc_now
from healer.domain.parts import DialogueInput, DialogueStep, PartInput
from healer.resources import resource_root
from healer.services.session import Session
from healer.ui.common.dialogue_reader import DialogueReader
from healer.ui.common.dialogue_texts import dialogue_texts
from healer.ui.parts.models import PartListModel
from healer.ui.parts.part_panel import PartPanel
from healer.ui.parts.tab import PartsTab
from healer.ui.parts.wizard import DialogueWizard


def _finish_dialogues(session: Session, part_id: int, count: int) -> None:
    start = utc_now() - timedelta(days=10)
    for day in range(count):
        session.parts.finish_dialogue(
            None,
            DialogueInput(started_at=start + timedelta(days=day), answer="x", part_id=part_id),
        )


def _part_facts(session: Session) -> str:
    model = PartListModel()
    model.set_parts(session.parts.parts())
    return str(model.data(model.index(0))).splitlines()[1]


def test_part_counts_use_the_spanish_plural_forms(
    session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    part = session.parts.add_part(PartInput("Peque"))
    _finish_dialogues(session, part.id, 1)
    assert _part_facts(session).startswith("1 diálogo · último encuentro: ")
    _finish_dialogues(session, part.id, 1)
    assert _part_facts(session).startswith("2 diálogos · último encuentro: ")


def test_part_counts_stay_english_without_a_translator(session: Session) -> None:
    part = session.parts.add_part(PartInput("Little one"))
    _finish_dialogues(session, part.id, 2)
    assert _part_facts(session).startswith("2 dialogues · last met ")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (None, r"^A dialogue from .+ is waiting, just as you left it\. \(2 more unfinished\)$"),
        ("es", r"^Un diálogo del .+ te espera, tal como lo dejaste\. \(2 más sin terminar\)$"),
    ],
)
def test_the_waiting_dialogue_note_is_one_sentence_with_its_count(
    qtbot: QtBot,
    session: Session,
    speak: Callable[[str], None],
    language: str | None,
    expected: str,
) -> None:
    if language:
        speak(language)
    for hours in (1, 2, 3):
        session.parts.keep_dialogue(
            None, DialogueInput(started_at=utc_now() - timedelta(hours=hours), notice="n")
        )
    tab = PartsTab(session)
    qtbot.addWidget(tab)
    assert re.match(expected, tab.unfinished_label.text())


def test_the_wizard_and_the_reader_speak_spanish(
    qtbot: QtBot, session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    wizard = DialogueWizard(session)
    qtbot.addWidget(wizard)
    settle = wizard.pages[DialogueStep.SETTLE]
    assert settle.heading.text() == "Primero, aterriza aquí"
    assert settle.progress.text() == "Paso 1 de 7"
    assert wizard.buttonText(wizard.WizardButton.NextButton) == "&Siguiente"
    dialogue = session.parts.finish_dialogue(
        None, DialogueInput(started_at=utc_now(), age="5", feeling_after=3)
    )
    reader = DialogueReader()
    qtbot.addWidget(reader)
    reader.show_dialogue(dialogue)
    text = reader.toPlainText()
    assert "Una parte joven" in text
    assert "Unos 5" in text
    assert "3 de 10" in text


def test_a_rule_broken_in_the_part_panel_is_said_in_spanish(
    qtbot: QtBot, session: Session, speak: Callable[[str], None]
) -> None:
    speak("es")
    panel = PartPanel(session)
    qtbot.addWidget(panel)
    panel.show_part(session.parts.add_part(PartInput("Peque")))
    panel.name_edit.setText("   ")
    assert not panel.save()
    assert panel.problem.text() == (
        "Mira esto una vez más, por favor: ponle un nombre a la parte, aunque sea una sola palabra"
    )


def _shape(value: object) -> object:
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    return re.findall(r"%\d", str(value))


def test_the_spanish_prompts_have_every_text_and_placeholder_of_the_english() -> None:
    folder = resource_root() / "parts"
    english = json.loads((folder / "en.json").read_text(encoding="utf-8"))
    spanish = json.loads((folder / "es.json").read_text(encoding="utf-8"))
    assert _shape(spanish) == _shape(english)
    texts = dialogue_texts("es_ES")
    assert texts.age_choices["unsure"] == "No lo sé"
    assert all(step.title and step.lead and step.hint for step in texts.steps.values())
    assert dialogue_texts("fr_FR") == dialogue_texts("en")
