"""The support tab: when self-help may not be enough, what kinds of help fit, how to choose.

Its sections (self-check, approaches, questions, the summary) sit behind a short list on
the left, with the crisis note always in view beneath it.

Signals:
    status_message(text): a short confirmation for the status bar ("Self-check saved").
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healer.services.session import Session
from healer.services.support_texts import crisis_text
from healer.ui.support.approaches_page import ApproachesPage
from healer.ui.support.questions_page import QuestionsPage
from healer.ui.support.self_check_page import SelfCheckPage
from healer.ui.support.summary_document import ChartImages

NAV_WIDTH = 220


class SupportTab(QWidget):
    """Getting support, hosted by the main window as one tab."""

    status_message = Signal(str)

    def __init__(
        self, session: Session, chart_images: ChartImages, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._chart_images = chart_images
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 14)
        outer.setSpacing(10)
        title = QLabel(self.tr("Getting support"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        outer.addWidget(title)
        lead = QLabel(
            self.tr(
                "Self-help goes a long way, and sometimes a person to work with goes further."
                " Here you can check in with yourself, read about approaches, gather your"
                " questions, and prepare a summary to bring."
            ),
            self,
        )
        lead.setWordWrap(True)
        outer.addWidget(lead)
        body = QHBoxLayout()
        side = QVBoxLayout()
        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Support sections"))
        self.sections.setFixedWidth(NAV_WIDTH)
        self.sections.setSpacing(3)
        self.pages = QStackedWidget(self)
        self.self_check = SelfCheckPage(session, self.pages)
        self.approaches = ApproachesPage(self.pages)
        self.questions = QuestionsPage(session, self.pages)
        for name, page in (
            (self.tr("Self-check"), self.self_check),
            (self.tr("Approaches"), self.approaches),
            (self.tr("Questions to ask"), self.questions),
            (self.tr("Summary for a therapist"), self._summary_page()),
        ):
            self.sections.addItem(name)
            self.pages.addWidget(page)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        side.addWidget(self.sections, 1)
        self.crisis = QLabel(crisis_text(), self)
        self.crisis.setWordWrap(True)
        self.crisis.setFixedWidth(NAV_WIDTH)
        self.crisis.setFrameShape(QFrame.Shape.StyledPanel)
        self.crisis.setContentsMargins(8, 6, 8, 6)
        self.crisis.setAccessibleName(self.tr("If you are in crisis"))
        side.addWidget(self.crisis)
        body.addLayout(side)
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)
        self.self_check.saved.connect(self._on_self_check_saved)

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 4, 4, 4)
        text = QLabel(
            self.tr(
                "A few pages to bring to a first appointment: how long activations lasted and"
                " how strong they were, what set them off, what helped, the pauses you saw"
                " through, your self-check and your questions. You choose the days and what"
                " goes in. Words from your journal go in only if you pick particular entries."
                " Every page says it was prepared by you and is not a clinical record."
            ),
            page,
        )
        text.setWordWrap(True)
        column.addWidget(text)
        self.summary_button = QPushButton(self.tr("Prepare the summary…"), page)
        self.summary_button.clicked.connect(self.open_summary)
        column.addWidget(self.summary_button)
        column.addStretch(1)
        return page

    @Slot()
    def open_summary(self) -> QWidget:
        """Open the summary dialog (returned, so tests can drive it)."""
        from healer.ui.support.summary_dialog import SummaryDialog  # noqa: PLC0415 (print support)

        dialog = SummaryDialog(self._session, self._chart_images, self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    @Slot()
    def _on_self_check_saved(self) -> None:
        self.status_message.emit(self.tr("Self-check saved"))
