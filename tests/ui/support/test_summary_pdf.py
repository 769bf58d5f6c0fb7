"""The summary for a therapist: the dialog's choices, the PDF's words, pages, paper and privacy."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from palettes import dark_palette
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support import BASE, bulk_fill

from healer.domain.parts import DialogueInput
from healer.domain.trends import median_of
from healer.services.session import Session
from healer.services.summary_words import minutes_text
from healer.ui.charts.paper import paper_charts
from healer.ui.support.summary_dialog import SummaryDialog
from healer.ui.support.summary_document import paper_size

ENTRIES = 24 * 40  # forty days, hourly, from BASE (1 January 2026)
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def _poppler(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def dialog(qtbot: QtBot, session: Session) -> SummaryDialog:
    bulk_fill(session, ENTRIES)
    session.parts.finish_dialogue(
        None, DialogueInput(BASE + timedelta(days=2), fear="that they never call back")
    )
    window = SummaryDialog(session, paper_charts)
    qtbot.add_widget(window)
    window.first_day.setDate(QDate(2026, 1, 1))
    window.last_day.setDate(QDate(2026, 2, 28))
    window.show()
    qtbot.wait_until(lambda: window.summary is not None and window.summary.span.days == 59)
    return window


def _wait_for(qtbot: QtBot, window: SummaryDialog) -> None:
    window.summary = None
    window.update_summary()
    qtbot.wait_until(lambda: window.summary is not None)


def test_the_default_pdf_has_the_figures_footer_and_pages_and_no_journal_text(
    qtbot: QtBot, dialog: SummaryDialog, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    written = dialog.save_pdf(folder / "summary.pdf")
    assert sorted(folder.iterdir()) == [written]  # nothing left beside it
    assert written.stat().st_mode & 0o077 == 0
    text = _poppler("pdftotext", "-layout", str(written), "-")
    flat = " ".join(text.split())
    assert "Summary for a therapist" in flat
    assert "not a clinical record" in flat
    assert "Page 1 of" in flat
    minutes = [5 + n % 50 for n in range(ENTRIES)]
    assert f"the median lasted {minutes_text(median_of(minutes))}" in flat
    assert "January 2026" in flat
    assert "entry 0" not in flat  # the triggers' words
    assert "never call back" not in flat
    info = _poppler("pdfinfo", str(written))
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])
    assert pages >= 1
    assert f"Page {pages} of {pages}" in flat
    expected = "A4" if paper_size().id() == QPageSize.PageSizeId.A4 else "letter"
    assert expected in info


def test_picked_entries_and_dialogues_go_in_word_for_word(
    qtbot: QtBot, dialog: SummaryDialog, tmp_path: Path
) -> None:
    assert dialog.entries.count() > 0
    picked = dialog.entries.item(0)
    picked.setCheckState(picked.checkState().Checked)
    dialog.dialogues.item(0).setCheckState(picked.checkState().Checked)
    assert len(dialog.choice().activation_ids) == 1
    _wait_for(qtbot, dialog)
    written = dialog.save_pdf(tmp_path / "picked.pdf")
    flat = " ".join(_poppler("pdftotext", str(written), "-").split())
    assert flat.count("entry 0") == 1
    assert "that they never call back" in flat


def test_leaving_parts_out_leaves_their_words_out(qtbot: QtBot, dialog: SummaryDialog) -> None:
    for box in dialog.part_boxes.values():
        box.setChecked(False)
    _wait_for(qtbot, dialog)
    assert dialog.summary is not None
    assert [section.key for section in dialog.summary.sections] == ["overview"]


def test_an_existing_file_or_the_vault_is_never_overwritten_silently(
    dialog: SummaryDialog, session: Session, tmp_path: Path
) -> None:
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(Exception, match="exists"):
        dialog.save_pdf(target)
    assert target.read_bytes() == b"mine"
    with pytest.raises(Exception):  # noqa: B017, PT011 (the destination check's own error)
        dialog.save_pdf(session.vault_path, force=True)


def test_the_paper_stays_white_under_a_dark_palette(
    qtbot: QtBot, dialog: SummaryDialog, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.palette()
    app.setPalette(dark_palette())
    try:
        written = dialog.save_pdf(tmp_path / "dark.pdf")
    finally:
        app.setPalette(old)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(written), str(tmp_path / "p")],
        check=True,
    )
    (png,) = tmp_path.glob("p*.png")
    image = QImage(str(png))
    corner = image.pixelColor(5, 5)
    assert corner.lightness() > 250
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 80
    )
    assert dark > 50  # the words are dark ink on the white page


def test_paper_follows_the_locale() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    france = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert paper_size(us).id() == QPageSize.PageSizeId.Letter
    assert paper_size(france).id() == QPageSize.PageSizeId.A4


def test_charts_are_drawn_at_print_resolution(dialog: SummaryDialog) -> None:
    assert dialog.summary is not None
    images = paper_charts(dialog.summary.charts, frozenset(
        section.chart for section in dialog.summary.sections if section.chart is not None
    ))  # fmt: skip
    assert len(images) == 2
    for image in images.values():
        assert image.dotsPerMeterX() == round(300 / 0.0254)
        assert image.width() >= 6 * 300
        # Drawn in greys only, so a black-and-white printer loses nothing.
        for y in range(0, image.height(), 7):
            for x in range(0, image.width(), 7):
                colour = image.pixelColor(x, y)
                assert colour.red() == colour.green() == colour.blue()


def test_print_opens_the_print_preview_with_the_pages(
    dialog: SummaryDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages: list[int] = []

    def shown(preview_dialog: QPrintPreviewDialog) -> int:
        widget = preview_dialog.findChild(QPrintPreviewWidget)
        assert widget is not None
        widget.updatePreview()
        pages.append(widget.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", shown)
    dialog.print_button.click()
    assert pages
    assert pages[0] >= 1
    assert pages[0] == dialog.preview.pageCount()
