"""The summary for a therapist: choose days and contents, see the pages, print or save a PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt, QTimer, Slot
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
from healer.domain.errors import HealerError
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
    tr,
)

MAX_PICKABLE = 300
_ID_ROLE = Qt.ItemDataRole.UserRole


def part_names() -> dict[SummaryPart, str]:
    """What each part of the summary is called in the dialog."""
    return {
        SummaryPart.DURATION: tr("How long activations lasted, with the chart"),
        SummaryPart.INTENSITY: tr("How strong they felt, with the chart"),
        SummaryPart.TRIGGERS: tr("What set them off"),
        SummaryPart.URGE_GAP: tr("Between the urge and the action"),
        SummaryPart.HELPS: tr("Practices that help"),
        SummaryPart.PAUSES: tr("Pauses seen through"),
        SummaryPart.BEING_MET: tr("Being met (counts only, no names)"),
        SummaryPart.PARTS: tr("Parts met (how many)"),
        SummaryPart.SELF_CHECK: tr("The latest saved self-check"),
        SummaryPart.QUESTIONS: tr("My questions for the therapist"),
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
        self.setWindowTitle(tr("Summary for a therapist"))
        self.setAccessibleName(tr("Summary for a therapist"))
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_summary)
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.printer.setPageLayout(page_layout())
        layout = QHBoxLayout(self)
        layout.addWidget(self._options(), 0)
        right = QVBoxLayout()
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setAccessibleName(tr("The summary's pages"))
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
        for edit, name in ((self.first_day, tr("From")), (self.last_day, tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._on_days_changed)
            form.addRow(name, edit)
        column.addLayout(form)
        column.addWidget(QLabel(tr("What goes in (no journal text unless you pick it):"), content))
        self.part_boxes: dict[SummaryPart, QCheckBox] = {}
        for part, name in part_names().items():
            box = QCheckBox(name, content)
            box.setChecked(part in DEFAULT_PARTS)
            box.toggled.connect(self._on_option_changed)
            column.addWidget(box)
            self.part_boxes[part] = box
        self.names_box = QCheckBox(tr("Names of the parts"), content)
        self.names_box.toggled.connect(self._on_option_changed)
        column.addWidget(self.names_box)
        self.entries = self._pick_list(content, tr("Journal entries to include, word for word"))
        column.addWidget(self.entries)
        self.dialogues = self._pick_list(content, tr("Dialogues to include, word for word"))
        column.addWidget(self.dialogues)
        note = QLabel(
            tr(
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
        self.print_button = QPushButton(tr("Print…"), self)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button = QPushButton(tr("Save as PDF…"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        close = QPushButton(tr("Close"), self)
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
            _add_pick(self.entries, entry.id, f"{_local_day(entry.content.started_at)} · {words}",
                      entry.id in kept)  # fmt: skip
        self.entries.blockSignals(False)
        kept = set(_picked(self.dialogues))
        self.dialogues.blockSignals(True)
        self.dialogues.clear()
        for dialogue in self._session.parts.dialogues(DialogueQuery(unfinished=False)):
            day = dialogue.content.started_at.astimezone().date()
            if span.first <= day <= span.last and self.dialogues.count() < MAX_PICKABLE:
                name = dialogue.part_name or tr("a young part")
                _add_pick(self.dialogues, dialogue.id, f"{day_text(day)} · {name}",
                          dialogue.id in kept)  # fmt: skip
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
        except HealerError as error:
            self.pages_label.setText(str(error))
            return
        self._session.support.request_summary(
            choice, self, self._on_summary_read, self._on_summary_failed
        )

    def _on_summary_read(self, summary: Summary) -> None:
        self.summary = summary
        images = self._chart_images(summary.charts, _chart_kinds(summary), PREVIEW_DPI)
        self._document = SummaryDocument(summary, images)
        self.preview.updatePreview()
        self.pages_label.setText(tr("%1 pages").replace("%1", str(self.preview.pageCount())))

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
            raise HealerError(tr("The summary is still being prepared."))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PRINT_DPI)
        writer.setPageLayout(page_layout())
        writer.setTitle(tr("Summary for a therapist"))
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
            self, tr("Save the summary as PDF"), tr("summary.pdf"), tr("PDF (*.pdf)")
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
            QMessageBox.warning(self, tr("Not saved"), str(error))
            return
        QMessageBox.information(
            self,
            tr("Summary saved"),
            tr("Saved to %1. This PDF is not encrypted.").replace("%1", str(written)),
        )

    @Slot()
    def _on_print_clicked(self) -> None:
        document = self.print_document()
        if document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(tr("Print the summary"))
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


def _local_day(moment: datetime) -> str:
    return day_text(moment.astimezone().date())


def _chart_kinds(summary: Summary) -> frozenset[ChartKind]:
    return frozenset(section.chart for section in summary.sections if section.chart is not None)
