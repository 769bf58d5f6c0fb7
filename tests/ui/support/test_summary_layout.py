"""The summary's page layout: a chart never lands on the page after its heading."""

from __future__ import annotations

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from healer.ui.support.summary_document import _has_image, _keep_charts_with_headings

PAGE = QSizeF(600, 800)


def _pages_of_heading_and_chart(filler: int) -> tuple[int, int]:
    document = QTextDocument()
    image = QImage(600, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("grey"))
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:x"), image)
    lines = "".join(f"<p>line {n}</p>" for n in range(filler))
    document.setHtml(f"{lines}<h2>Heading</h2><p>words</p><p><img src='chart:x' width='600'></p>")
    document.setPageSize(PAGE)
    _keep_charts_with_headings(document)
    layout = document.documentLayout()
    heading = image_block = None
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            heading = block
        if _has_image(block):
            image_block = block
        block = block.next()
    assert heading is not None
    assert image_block is not None
    top = layout.blockBoundingRect(heading).top()
    bottom = layout.blockBoundingRect(image_block).bottom()
    return int(top // PAGE.height()), int(bottom // PAGE.height())


def test_a_heading_moves_to_the_page_its_chart_is_on(qtbot: QtBot) -> None:
    moved = 0
    for filler in range(10, 45, 3):
        heading_page, chart_page = _pages_of_heading_and_chart(filler)
        assert heading_page == chart_page, filler
        moved += heading_page > 0
    assert moved  # some filler lengths really pushed the section to a new page
