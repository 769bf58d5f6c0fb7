"""File ▸ Export…: pick the kind of file, read the plaintext warning, choose where, write it.

The warning is part of the dialog, so it is read every time, before anything is written.
The export runs on the worker thread: a large journal never freezes the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from healer.services.errors import DestinationExistsError, HealerError
from healer.services.exchange import ExportFormat, JobProblem
from healer.services.session import Session
from healer.ui.common.error_text import error_text, words_text
from healer.ui.exchange import files
from healer.ui.exchange.busy import BusyRow, JobDialog, OutcomeLabel, column


@dataclass(frozen=True, slots=True)
class KindText:
    """How the dialog offers one kind of export."""

    kind: ExportFormat
    title: str
    detail: str
    name_filter: str


class ExportDialog(JobDialog):
    """Writes one plaintext export where the person chooses; says what it wrote."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export"))
        layout = column(self)

        lead = QLabel(self.tr("<b>What kind of file?</b>"), self)
        layout.addWidget(lead)
        self._group = QButtonGroup(self)
        self.choices: dict[ExportFormat, QRadioButton] = {}
        for index, text in enumerate(self._kind_texts()):
            button = QRadioButton(text.title, self)
            button.setAccessibleDescription(text.detail)
            detail = QLabel(text.detail, self)
            detail.setWordWrap(True)
            detail.setIndent(24)
            detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._group.addButton(button, index)
            self.choices[text.kind] = button
            pair = QVBoxLayout()
            pair.setSpacing(2)
            pair.addWidget(button)
            pair.addWidget(detail)
            layout.addLayout(pair)
        self.choices[ExportFormat.HTML].setChecked(True)
        lead.setBuddy(self.choices[ExportFormat.HTML])

        self.warning = _PlaintextWarning(self)
        layout.addWidget(self.warning)
        self.busy = BusyRow(self)
        layout.addWidget(self.busy)
        self.outcome = OutcomeLabel(self)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("Choose a file and &export…"), self)
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def _kind_texts(self) -> tuple[KindText, ...]:
        return (
            KindText(
                ExportFormat.HTML,
                self.tr("A document to read or print (HTML)"),
                self.tr("Every entry, newest first, in your own words. Opens in a web browser."),
                self.tr("Web page (*.html)"),
            ),
            KindText(
                ExportFormat.MARKDOWN,
                self.tr("The same document as plain text (Markdown)"),
                self.tr("For a text editor or a notes app."),
                self.tr("Markdown (*.md)"),
            ),
            KindText(
                ExportFormat.JSON,
                self.tr("Everything, to import again (Healer JSON)"),
                self.tr(
                    "Entries, practices, pauses, parts, dialogues and people; Import… reads it"
                    " back."
                ),
                self.tr("Healer JSON (*.json)"),
            ),
            KindText(
                ExportFormat.CSV,
                self.tr("The activations as a table (CSV)"),
                self.tr("One row per activation, for a spreadsheet."),
                self.tr("CSV table (*.csv)"),
            ),
        )

    # -- state -------------------------------------------------------------

    @property
    def kind(self) -> ExportFormat:
        """The kind of file chosen."""
        return self._kind_texts()[self._group.checkedId()].kind

    # -- exporting ---------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        text = self._kind_texts()[self._group.checkedId()]
        stamp = QDate.currentDate().toString("yyyy-MM-dd")
        suggested = files.default_folder() / f"healer-journal-{stamp}.{text.kind.value}"
        chosen = files.choose_save_file(self, self.tr("Export to"), suggested, text.name_filter)
        if chosen is None:
            return
        if not chosen.suffix:
            chosen = chosen.with_suffix(f".{text.kind.value}")
        self.export_to(chosen)

    def export_to(self, destination: Path, *, force: bool = False) -> None:
        """Check the place, ask before replacing a file, then write on the worker thread."""
        self.outcome.clear_outcome()
        try:
            destination = self._session.exchange.check_destination(destination, force=force)
        except DestinationExistsError:
            if files.ask_replace(self, destination):
                self.export_to(destination, force=True)
            return
        except HealerError as error:
            self.outcome.say(error_text(error), problem=True)
            return
        self._set_busy(True)
        kind = self.kind
        self._session.exchange.request_export(
            kind,
            destination,
            force=force,
            receiver=self,
            on_done=lambda count: self._on_exported(destination, count),
            on_problem=lambda problem: self._on_problem(destination, problem),
        )

    def _on_exported(self, destination: Path, count: int) -> None:
        self._set_busy(False)
        text = self.tr("Exported %Ln activations to %1.", "", count).replace("%1", str(destination))
        self.outcome.say(text + " " + self.tr("It is not encrypted: keep it private."))

    def _on_problem(self, destination: Path, problem: JobProblem) -> None:
        self._set_busy(False)
        if problem.exists:  # appeared meanwhile: ask, as for any existing file
            self.export_to(destination)
            return
        message = words_text(problem.words)
        if problem.unexpected:
            message = self.tr("The export could not be written (%1); nothing was written.")
            message = message.replace("%1", words_text(problem.words))
        self.outcome.say(message, problem=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy_now = busy
        for widget in (self.export_button, self.close_button, *self.choices.values()):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Writing the export…"))
        else:
            self.busy.stop()
            self.export_button.setFocus()  # it was disabled, and focus with it


class _PlaintextWarning(QFrame):
    """The plaintext warning, named plainly, with an icon and words (never colour alone)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("plaintext-warning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        heading = QLabel(self)
        heading.setText(self.tr("<b>This file is not encrypted</b>"))
        picture = QLabel(self)
        picture.setPixmap(icon.pixmap(24, 24))
        picture.setAccessibleName(self.tr("Warning"))
        self.text = QLabel(
            self.tr(
                "Anyone who can open it can read your journal. Keep it somewhere private, "
                "not in a shared or synced folder, and delete it when you no longer need it."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        top = QVBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(top, 1)
        layout.addLayout(row)
        self.setAccessibleName(self.tr("This file is not encrypted"))
        self.setAccessibleDescription(self.text.text())
