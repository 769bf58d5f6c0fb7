"""The summary for a therapist: choose days and contents, see the pages, print or save a PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, Qt, QTimer, Slot
from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from healer.domain.activation import ActivationQuery
from healer.domain.chartrange import DaySpan
from healer.domain.errors import HealerError, ValidationError
from healer.domain.parts import DialogueQuery
from healer.domain.summary import DEFAULT_PARTS, ChartKind, Summary, SummaryChoice, SummaryPart
from healer.services.session import Session
from healer.services.summary_words import day_text
from healer.ui.support.summary_document import (
    PREVIEW_DPI,
    PRINT_DPI,
    ChartImages,
    SummaryDocument,
    page_layout,
)

MAX_PICKABLE = 300
_ID_ROLE = Qt.ItemDataRole.UserRole


def part_names() -> dict[SummaryPart, str]:
    """What each part of the summary is called in the dialog."""
    return {
        SummaryPart.DURATION: QCoreApplication.translate(
            "SummaryDialog", "How long activations lasted, with the chart"
        ),
        SummaryPart.INTENSITY: QCoreApplication.translate(
            "SummaryDialog", "How strong they felt, with the chart"
        ),
        SummaryPart.TRIGGERS: QCoreApplication.translate("SummaryDialog", "What set them off"),
        SummaryPart.URGE_GAP: QCoreApplication.translate(
            "SummaryDialog", "Between the urge and the action"
        ),
        SummaryPart.HELPS: QCoreApplication.translate("SummaryDialog", "Practices that help"),
        SummaryPart.PAUSES: QCoreApplication.translate("SummaryDialog", "Pauses seen through"),
        SummaryPart.BEING_MET: QCoreApplication.translate(
            "SummaryDialog", "Being met (counts only, no names)"
        ),
        SummaryPart.PARTS: QCoreApplication.translate("SummaryDialog", "Parts met (how many)"),
        SummaryPart.SELF_CHECK: QCoreApplication.translate(
            "SummaryDialog", "The latest saved self-check"
        ),
        SummaryPart.QUESTIONS: QCoreApplication.translate(
            "SummaryDialog", "My questions for the therapist"
        ),
    }


class SummaryDialog(QDialog):
    """Options on the left, the paper pages on the right; nothing is written until asked."""

    def __init__(
        self, session: Session, chart_images: ChartImages, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._chart_images = chart_images
        self.summary: Summary | None = None
        self._document: SummaryDocument | None = None
        self.setWindowTitle(self.tr("Summary for a therapist"))
        self.setAccessibleName(self.tr("Summary for a therapist"))
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_summary)
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.printer.setPageLayout(page_layout())
        layout = QHBoxLayout(self)
        layout.addWidget(self._options(), 0)
        right = QVBoxLayout()
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setAccessibleName(self.tr("The summary's pages"))
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.paintRequested.connect(self._on_preview_paint_requested)
        right.addWidget(self.preview, 1)
        right.addLayout(self._buttons())
        layout.addLayout(right, 1)
        self.resize(1000, 620)
        self._reload_picks()
        self.update_summary()

    # -- building ----------------------------------------------------------

    def _options(self) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        content = QWidget(scroll)
        column = QVBoxLayout(content)
        form = QFormLayout()
        today = QDate.currentDate()
        self.first_day = QDateEdit(today.addMonths(-6), content)
        self.last_day = QDateEdit(today, content)
        for edit, name in ((self.first_day, self.tr("From")), (self.last_day, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._on_days_changed)
            form.addRow(name, edit)
        column.addLayout(form)
        contents = QLabel(self.tr("What goes in (no journal text unless you pick it):"), content)
        # Wrapped, so a longer language does not widen the options past the window.
        contents.setWordWrap(True)
        column.addWidget(contents)
        self.part_boxes: dict[SummaryPart, QCheckBox] = {}
        for part, name in part_names().items():
            box = QCheckBox(name, content)
            box.setChecked(part in DEFAULT_PARTS)
            box.toggled.connect(self._on_option_changed)
            column.addWidget(box)
            self.part_boxes[part] = box
        self.names_box = QCheckBox(self.tr("Names of the parts"), content)
        self.names_box.toggled.connect(self._on_option_changed)
        column.addWidget(self.names_box)
        self.entries = self._pick_list(
            content, self.tr("Journal entries to include, word for word")
        )
        column.addWidget(self.entries)
        self.dialogues = self._pick_list(content, self.tr("Dialogues to include, word for word"))
        column.addWidget(self.dialogues)
        note = QLabel(
            self.tr(
                "A saved PDF is not encrypted: anyone who opens the file can read it. Keep it"
                " somewhere private, and delete it when you no longer need it."
            ),
            content,
        )
        note.setWordWrap(True)
        column.addWidget(note)
        column.addStretch(1)
        scroll.setWidget(content)
        return scroll

    def _pick_list(self, parent: QWidget, title: str) -> QListWidget:
        label = QLabel(title, parent)
        label.setWordWrap(True)
        column = parent.layout()
        assert column is not None
        column.addWidget(label)
        picks = QListWidget(parent)
        picks.setAccessibleName(title)
        picks.setMinimumHeight(90)
        picks.itemChanged.connect(self._on_option_changed)
        label.setBuddy(picks)
        return picks

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.pages_label = QLabel(self)
        row.addWidget(self.pages_label, 1)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, close):
            row.addWidget(button)
        return row

    # -- the choice --------------------------------------------------------

    def span(self) -> DaySpan:
        """The days chosen, in order."""
        first, last = (edit.date().toPython() for edit in (self.first_day, self.last_day))
        assert isinstance(first, date)
        assert isinstance(last, date)
        return DaySpan(min(first, last), max(first, last))

    def choice(self) -> SummaryChoice:
        """Everything the person chose, as the services take it."""
        return SummaryChoice(
            self.span(),
            frozenset(part for part, box in self.part_boxes.items() if box.isChecked()),
            part_names=self.names_box.isChecked(),
            activation_ids=_picked(self.entries),
            dialogue_ids=_picked(self.dialogues),
        )

    def _reload_picks(self) -> None:
        span = self.span()
        since = datetime.combine(span.first, time()).astimezone(UTC)
        until = datetime.combine(span.last + timedelta(days=1), time()).astimezone(UTC)
        kept = set(_picked(self.entries))
        self.entries.blockSignals(True)
        self.entries.clear()
        for entry in self._session.journal.find(
            ActivationQuery(since=since, until=until, limit=MAX_PICKABLE)
        ):
            words = " ".join(entry.content.trigger.split())[:60]
            text = _pick_text(_local_day(entry.content.started_at), words)
            _add_pick(self.entries, entry.id, text, entry.id in kept)
        self.entries.blockSignals(False)
        kept = set(_picked(self.dialogues))
        self.dialogues.blockSignals(True)
        self.dialogues.clear()
        for dialogue in self._session.parts.dialogues(DialogueQuery(unfinished=False)):
            day = dialogue.content.started_at.astimezone().date()
            if span.first <= day <= span.last and self.dialogues.count() < MAX_PICKABLE:
                name = dialogue.part_name or self.tr("a young part")
                text = _pick_text(day_text(day), name)
                _add_pick(self.dialogues, dialogue.id, text, dialogue.id in kept)
        self.dialogues.blockSignals(False)

    @Slot()
    def _on_days_changed(self) -> None:
        self._reload_picks()
        self._timer.start()

    @Slot()
    def _on_option_changed(self) -> None:
        self._timer.start()

    # -- the pages ---------------------------------------------------------

    @Slot()
    def update_summary(self) -> None:
        """Read the summary for the current choice (off the GUI thread) and show its pages."""
        try:
            choice = self.choice().validated()
        except ValidationError as error:
            # The only rule a choice can break: the days span more than ten years.
            self.pages_label.setText(
                self.tr("Choose at most ten years.") if error.field == "span" else str(error)
            )
            return
        self._session.support.request_summary(
            choice, self, self._on_summary_read, self._on_summary_failed
        )

    def _on_summary_read(self, summary: Summary) -> None:
        self.summary = summary
        images = self._chart_images(summary.charts, _chart_kinds(summary), PREVIEW_DPI)
        self._document = SummaryDocument(summary, images)
        self.preview.updatePreview()
        self.pages_label.setText(self.tr("%n pages", "", self.preview.pageCount()))

    def _on_summary_failed(self, reason: str) -> None:
        self.pages_label.setText(reason)

    @Slot(QPrinter)
    def _on_preview_paint_requested(self, printer: QPrinter) -> None:
        if self._document is not None:
            self._document.paint(printer)

    def print_document(self) -> SummaryDocument | None:
        """The summary with its charts at print resolution (None before the first read)."""
        if self.summary is None:
            return None
        images = self._chart_images(self.summary.charts, _chart_kinds(self.summary), PRINT_DPI)
        return SummaryDocument(self.summary, images)

    def pdf_bytes(self) -> bytes:
        """The summary as a PDF, made in memory: no temporary file ever holds it."""
        document = self.print_document()
        if document is None:
            raise HealerError(self.tr("The summary is still being prepared."))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PRINT_DPI)
        writer.setPageLayout(page_layout())
        writer.setTitle(self.tr("Summary for a therapist"))
        writer.setCreator("Healer")
        document.paint(writer)
        del writer  # finishes the file into the buffer
        buffer.close()
        return bytes(data.data())

    def save_pdf(self, path: Path, *, force: bool = False) -> Path:
        """Write the PDF where the person chose (0600, whole or not at all, never a vault)."""
        self._session.exchange.check_destination(path, force=force)
        return self._session.exchange.write_file(path, self.pdf_bytes(), force=force)

    @Slot()
    def _on_save_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"), self.tr("summary.pdf"), self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            # The file dialog has already asked before replacing a file.
            written = self.save_pdf(path, force=True)
        except (HealerError, OSError) as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        QMessageBox.information(
            self,
            self.tr("Summary saved"),
            self.tr("Saved to %1. This PDF is not encrypted.").replace("%1", str(written)),
        )

    @Slot()
    def _on_print_clicked(self) -> None:
        document = self.print_document()
        if document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the summary"))
        dialog.paintRequested.connect(document.paint)
        dialog.exec()


def _picked(picks: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(picks.item(row).data(_ID_ROLE))
        for row in range(picks.count())
        if picks.item(row).checkState() == Qt.CheckState.Checked
    )


def _add_pick(picks: QListWidget, record_id: int, text: str, checked: bool) -> None:
    item = QListWidgetItem(text, picks)
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setData(_ID_ROLE, record_id)


def _pick_text(day: str, words: str) -> str:
    return (
        QCoreApplication.translate("SummaryDialog", "%1 · %2", "a day · words")
        .replace("%2", words)
        .replace("%1", day)
    )


def _local_day(moment: datetime) -> str:
    return day_text(moment.astimezone().date())


def _chart_kinds(summary: Summary) -> frozenset[ChartKind]:
    return frozenset(section.chart for section in summary.sections if section.chart is not None)
