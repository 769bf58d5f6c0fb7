"""The summary for a therapist over a year of hourly entries: read, charts, PDF, size."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from harness import Budget, record_single
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication
from support import PASSPHRASE, bulk_fill

from healer.domain.chartrange import DaySpan
from healer.domain.summary import ChartKind, SummaryChoice
from healer.services.session import Session
from healer.ui.charts.paper import PRINT_DPI, paper_charts
from healer.ui.support.summary_document import SummaryDocument, page_layout

YEAR = DaySpan(date(2026, 1, 1), date(2026, 12, 31))
CASE = "summary for a therapist, one year (8,760 entries)"


def test_summary_of_a_year(qapp: QApplication, tmp_path: Path) -> None:
    session = Session.create(tmp_path / "year" / "healer.vault", PASSPHRASE)
    try:
        bulk_fill(session, 24 * 365)
        began = time.perf_counter()
        summary = session.support.summary(SummaryChoice(YEAR))
        read = time.perf_counter()
        images = paper_charts(summary.charts, frozenset(ChartKind), PRINT_DPI)
        drawn = time.perf_counter()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PRINT_DPI)
        writer.setPageLayout(page_layout())
        pages = SummaryDocument(summary, images).paint(writer)
        del writer
        buffer.close()
        done = time.perf_counter()
    finally:
        session.lock()
    record_single(CASE, "read and sections (worker thread)", (read - began) * 1000, "ms",
                  Budget(absolute=2000))  # fmt: skip
    record_single(CASE, "two charts at 300 dpi", (drawn - read) * 1000, "ms", Budget(absolute=6000))
    record_single(CASE, "PDF laid out and written", (done - drawn) * 1000, "ms",
                  Budget(absolute=3000))  # fmt: skip
    record_single(CASE, "PDF size", data.size() / 1e3, "kB", note=f"{pages} pages")
    assert pages >= 1
