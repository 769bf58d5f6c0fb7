"""The support screens in Spanish: whole sentences, plural forms and reordered names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support import bulk_fill
from translating import speaking

from healer.domain.support import MAX_QUESTION_CHARS, Indicator
from healer.services.session import Session
from healer.ui.support.summary_dialog import SummaryDialog
from healer.ui.support.tab import SupportTab


def _no_images(*_args: object) -> dict[object, object]:
    return {}


def test_the_tab_speaks_spanish_with_names_before_answers(
    qtbot: QtBot, session: Session, qm_folder: Path
) -> None:
    with speaking("es", qm_folder):
        tab = SupportTab(session, _no_images)  # type: ignore[arg-type]
        qtbot.add_widget(tab)
    assert tab.sections.item(0).text() == "Revisión personal"
    assert tab.crisis.text().startswith("Healer es un diario de autoayuda")
    group = tab.self_check.groups[Indicator.DAILY_LIFE]
    names = [button.accessibleName() for button in group.buttons()]
    assert names[-1] == "La activación se interpone en el día a día: A menudo"


@pytest.mark.parametrize(
    ("language", "told"),
    [
        ("en", f"A question can hold at most {MAX_QUESTION_CHARS} characters."),
        ("es", f"Una pregunta puede tener como mucho {MAX_QUESTION_CHARS} caracteres."),
    ],
)
def test_a_too_long_question_is_refused_in_the_persons_language(
    qtbot: QtBot,
    session: Session,
    qm_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    told: str,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    with speaking(language, qm_folder):
        tab = SupportTab(session, _no_images)  # type: ignore[arg-type]
        qtbot.add_widget(tab)
        tab.questions.add_question("¿" + "a" * MAX_QUESTION_CHARS + "?")
    assert shown == [told]
    assert session.support.questions() == []


def test_the_summary_dialog_counts_pages_in_spanish_and_refuses_a_decade_plainly(
    qtbot: QtBot, session: Session, qm_folder: Path
) -> None:
    bulk_fill(session, 3)
    with speaking("es", qm_folder):
        dialog = SummaryDialog(session, _no_images)  # type: ignore[arg-type]
        qtbot.add_widget(dialog)
        dialog.first_day.setDate(QDate(2026, 1, 1))
        dialog.last_day.setDate(QDate(2026, 1, 31))
        dialog.summary = None
        dialog.update_summary()
        qtbot.wait_until(lambda: dialog.summary is not None)
        pages = dialog.preview.pageCount()
        assert dialog.pages_label.text() == ("1 página" if pages == 1 else f"{pages} páginas")
        assert (
            dialog.entries.item(0).text() == "1 de enero de 2026 · entry 00002"
        )  # the newest first
        dialog.first_day.setDate(QDate(2001, 1, 1))
        dialog.update_summary()
        assert dialog.pages_label.text() == "Elige como mucho diez años."
    assert dialog.span().first == date(2001, 1, 1)
