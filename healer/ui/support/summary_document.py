"""The summary for a therapist laid out on paper: one paint path for preview, print and PDF.

The page is always black on white, whatever the app's palette: the text document is drawn
with a fixed paper palette, and the charts come already drawn in greys.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from healer.domain.chartset import ChartSet
from healer.domain.summary import ChartKind, Summary, SummarySection
from healer.services.summary_words import day_text

# Territories that use US Letter paper; everyone else gets A4.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
    }
)
MARGIN_MM = 18
PRINT_DPI = 300
PREVIEW_DPI = 110

# Draws the summary's charts for paper at a resolution (given by whoever builds the tab, so
# the support tab never imports the charts tab).
ChartImages = Callable[[ChartSet | None, frozenset[ChartKind], int], dict[ChartKind, QImage]]
FOOTER_POINTS = 8.0
BODY_POINTS = 10.0
INK = QColor("#000000")
PAPER = QColor("#ffffff")


def paper_size(locale: QLocale | None = None) -> QPageSize:
    """US Letter where it is the custom, A4 elsewhere."""
    locale = locale or QLocale()
    letter = locale.territory() in _LETTER_TERRITORIES or (
        locale.measurementSystem() is QLocale.MeasurementSystem.ImperialUSSystem
    )
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_layout(locale: QLocale | None = None) -> QPageLayout:
    """Portrait, the locale's paper, even margins."""
    return QPageLayout(
        paper_size(locale),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _day(day: date) -> str:
    return day_text(day)


def _layout_dpi() -> float:
    """The resolution QTextDocument takes an image's width in (it scales to the device)."""
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


def footer_text(summary: Summary) -> str:
    """What every page's foot says: who prepared it, that it is no clinical record, the days."""
    return (
        QCoreApplication.translate(
            "summary",
            "Prepared by the person from their own journal; not a clinical record.  %1 – %2",
        )
        .replace("%1", _day(summary.span.first))
        .replace("%2", _day(summary.span.last))
    )


def _section_html(section: SummarySection, chart_width: int) -> str:
    parts = [f"<h2>{html.escape(section.title)}</h2>"]
    parts += [f"<p>{html.escape(text)}</p>" for text in section.paragraphs]
    if section.chart is not None:
        parts.append(f'<p><img src="chart:{section.chart.value}" width="{chart_width}"></p>')
    if section.rows:
        rows = "".join(
            f"<tr><td class='label'>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>"
            for label, value in section.rows
        )
        parts.append(f"<table cellspacing='0' cellpadding='3'>{rows}</table>")
    for label, text in section.quotes:
        body = html.escape(text).replace("\n", "<br>")
        parts.append(f"<p class='label'>{html.escape(label)}</p><blockquote>{body}</blockquote>")
    return "\n".join(parts)


def summary_html(summary: Summary, chart_width: int, charts: frozenset[ChartKind]) -> str:
    """The summary as HTML for QTextDocument; a chart missing from `charts` is left out."""
    title = html.escape(QCoreApplication.translate("summary", "Summary for a therapist"))
    span = html.escape(
        QCoreApplication.translate("summary", "%1 to %2")
        .replace("%1", _day(summary.span.first))
        .replace("%2", _day(summary.span.last))
    )
    body = []
    for section in summary.sections:
        drawn = section
        if section.chart is not None and section.chart not in charts:
            drawn = replace(section, chart=None)
        body.append(_section_html(drawn, chart_width))
    style = (
        "body { color: #000000; }"
        " h1 { font-size: 16pt; margin-bottom: 2pt; }"
        " h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }"
        " p { margin-top: 2pt; margin-bottom: 4pt; }"
        " td { padding-right: 12pt; }"
        " .label { color: #333333; font-weight: bold; }"
        " blockquote { margin-left: 14pt; margin-top: 0pt; }"
    )
    return (
        f"<html><head><style>{style}</style></head><body>"
        f"<h1>{title}</h1><p>{span}</p>{''.join(body)}</body></html>"
    )


def _paper_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, INK)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, PAPER)
    palette.setColor(QPalette.ColorRole.Link, INK)
    return palette


def _has_image(block: QTextBlock) -> bool:
    fragments = block.begin()
    while not fragments.atEnd():
        if fragments.fragment().charFormat().isImageFormat():
            return True
        fragments += 1
    return False


def _keep_charts_with_headings(document: QTextDocument) -> None:
    """Start a section on a new page when its chart would not share a page with its heading."""
    page_height = document.pageSize().height()
    moved_any = False
    heading: QTextBlock | None = None
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            heading = block
        elif heading is not None and _has_image(block):
            layout = document.documentLayout()
            top = layout.blockBoundingRect(heading).top()
            bottom = layout.blockBoundingRect(block).bottom()
            if int(top // page_height) != int(bottom // page_height):
                cursor = QTextCursor(heading)
                moved = heading.blockFormat()
                moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(moved)
                moved_any = True
            heading = None
        block = block.next()
    if moved_any:
        # A changed format relays out only in part; lay the whole document out again.
        document.markContentsDirty(0, document.characterCount())


class SummaryDocument:
    """A summary and its chart images, ready to paint onto any paged device."""

    def __init__(self, summary: Summary, images: Mapping[ChartKind, QImage]) -> None:
        self.summary = summary
        self.images = dict(images)

    def _document(self, device: QPagedPaintDevice) -> tuple[QTextDocument, float, float]:
        resolution = device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(resolution)
        footer_height = FOOTER_POINTS / 72 * resolution * 3
        page_height = rect.height() - footer_height
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        font = QFont()
        font.setPointSizeF(BODY_POINTS)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        for kind, image in self.images.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{kind.value}"), image
            )
        # QTextDocument scales an image's width by the device's resolution over the
        # screen's, so the width is given at screen resolution to span the page.
        width = int(rect.width() * _layout_dpi() / resolution)
        document.setHtml(summary_html(self.summary, width, frozenset(self.images)))
        document.setPageSize(QSizeF(rect.width(), page_height))
        _keep_charts_with_headings(document)
        return document, page_height, footer_height

    def paint(self, device: QPagedPaintDevice) -> int:
        """Lay the summary out on the device's pages with a footer on each; returns the pages."""
        document, page_height, footer_height = self._document(device)
        width = document.pageSize().width()
        pages = document.pageCount()
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = _paper_palette()
        painter = QPainter(device)
        try:
            footer_font = QFont()
            footer_font.setPointSizeF(FOOTER_POINTS)
            footer = footer_text(self.summary)
            for page in range(pages):
                if page:
                    device.newPage()
                painter.save()
                top = page * page_height
                painter.translate(0, -top)
                context.clip = QRectF(0, top, width, page_height)
                painter.setClipRect(context.clip)
                document.documentLayout().draw(painter, context)
                painter.restore()
                painter.setPen(INK)
                painter.setFont(footer_font)
                band = QRectF(0, page_height + footer_height / 3, width, footer_height * 2 / 3)
                flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(
                    QRectF(band.x(), band.y(), band.width() * 0.8, band.height()),
                    int(flags | Qt.AlignmentFlag.AlignLeft),
                    footer,
                )
                number = (
                    QCoreApplication.translate("summary", "Page %1 of %2")
                    .replace("%1", str(page + 1))
                    .replace("%2", str(pages))
                )
                painter.drawText(band, int(flags | Qt.AlignmentFlag.AlignRight), number)
        finally:
            painter.end()
        return pages
