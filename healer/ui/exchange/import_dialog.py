"""File ▸ Import…: pick a Healer JSON export, see what it would add and skip, then import.

The preview is the import itself, run and rolled back, so it cannot promise what the
import then does not do. The import is all or nothing; a refused file changes nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from healer.services.errors import HealerError
from healer.services.exchange import ImportResult, JobProblem, open_import
from healer.services.session import Session
from healer.ui.common.error_text import error_text, words_text
from healer.ui.exchange import files
from healer.ui.exchange.busy import BusyRow, JobDialog, OutcomeLabel, column


class ImportDialog(JobDialog):
    """Preview first, import on confirm; says plainly what was added."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._path: Path | None = None
        # What the previewed file was (device, inode, size, time): the import takes it only
        # unchanged, so the preview shown is the import done.
        self._stamp: tuple[int, int, int, int] | None = None
        self.preview: ImportResult | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setAccessibleName(self.tr("Import"))
        layout = column(self)

        intro = QLabel(
            self.tr(
                "Add what a Healer JSON export holds to this journal. Entries already here are "
                "recognised and skipped. Nothing changes until you press Import."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose a file…"), self)
        self.file_label = QLabel(self.tr("No file chosen yet."), self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.file_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.choose_button.setAccessibleDescription(self.tr("Choose a Healer JSON export"))
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)

        self.table = _counts_table(self)
        self.table.setAccessibleName(self.tr("What the file would add"))
        self.table_label = QLabel(self.tr("<b>What this file would add</b>"), self)
        self.table_label.setBuddy(self.table)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table)
        self.table_label.hide()
        self.table.hide()

        self.busy = BusyRow(self)
        layout.addWidget(self.busy)
        self.outcome = OutcomeLabel(self)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.choose_button.setDefault(True)
        self.resize(560, 440)

    # -- state -------------------------------------------------------------

    # -- preview -----------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        folder = self._path.parent if self._path is not None else files.default_folder()
        chosen = files.choose_open_file(
            self, self.tr("Import from"), folder, self.tr("Healer JSON (*.json);;All files (*)")
        )
        if chosen is not None:
            self.preview_file(chosen)

    def preview_file(self, path: Path) -> None:
        """Open the file and find out, on the worker thread, what importing it would do."""
        self._show_table(None)
        self.outcome.clear_outcome()
        self.import_button.setEnabled(False)
        self.preview = None
        self._path = path
        self.file_label.setText(str(path))
        try:
            stream = open_import(path)
        except OSError as error:
            why = error.strerror or type(error).__name__
            text = self.tr("%1 cannot be read (%2).")
            self._refuse(text.replace("%1", str(path)).replace("%2", why))
            return
        except HealerError as error:
            self._refuse(
                self.tr("%1: %2").replace("%1", path.name).replace("%2", error_text(error))
            )
            return
        self._stamp = _stamp_of(stream.fileno())
        self._set_busy(True, self.tr("Reading the file…"))
        self._session.exchange.request_preview(
            stream,
            receiver=self,
            on_done=self._on_previewed,
            on_problem=self._on_refused,
            on_progress=self.busy.show_progress,
        )

    def _on_previewed(self, result: ImportResult) -> None:
        self._set_busy(False)
        self.preview = result
        self._show_table(result)
        new = _new_total(result)
        if new:
            self.outcome.say(self.tr("Press Import to add these. Nothing is changed until then."))
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
            self.import_button.setFocus()
        else:
            self.outcome.say(self.tr("Everything in this file is already in your journal."))
            self.choose_button.setFocus()

    def _on_refused(self, problem: JobProblem) -> None:
        self._set_busy(False)
        name = self._path.name if self._path is not None else ""
        self._refuse(self.tr("%1: %2").replace("%1", name).replace("%2", words_text(problem.words)))

    def _refuse(self, message: str) -> None:
        self.preview = None
        sentence = message if message.endswith((".", "!", "?")) else message + "."
        self.outcome.say(
            sentence + " " + self.tr("Nothing was imported; your journal is as it was."),
            problem=True,
        )
        self.choose_button.setFocus()

    # -- import ------------------------------------------------------------

    def _on_import_button_clicked(self) -> None:
        if self._path is None or self.preview is None:
            return
        self.import_button.setEnabled(False)
        try:
            stream = open_import(self._path)
        except (OSError, HealerError):
            stream = None
        if stream is None or _stamp_of(stream.fileno()) != self._stamp:
            if stream is not None:
                stream.close()
            self._refuse(
                self.tr("The file changed or went away after the preview; choose it again.")
            )
            return
        self._set_busy(True, self.tr("Importing…"))
        self._session.exchange.request_import(
            stream,
            receiver=self,
            on_done=self._on_imported,
            on_problem=self._on_refused,
            on_progress=self.busy.show_progress,
        )

    def _on_imported(self, result: ImportResult) -> None:
        self._set_busy(False)
        self.preview = None
        self._show_table(result, done=True)
        self.outcome.say(
            self.tr("Imported: %Ln activations added, %1 already here.", "", result.added).replace(
                "%1", self.locale().toString(result.already_present)
            )
        )
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    # -- pieces ------------------------------------------------------------

    def _rows(self, result: ImportResult) -> list[tuple[str, int, int | None]]:
        return [
            (self.tr("Activations"), result.added, result.already_present),
            (self.tr("Trigger categories"), result.categories_added, None),
            (
                self.tr("Plans for triggers"),
                result.trigger_plans_added,
                result.trigger_plans_present,
            ),
            (self.tr("Practices used"), result.practices_added, result.practices_present),
            (self.tr("20-minute pauses"), result.pauses_added, result.pauses_present),
            (self.tr("Parts"), result.parts_added, result.parts_present),
            (self.tr("Dialogues"), result.dialogues_added, result.dialogues_present),
            (self.tr("People"), result.people_added, result.people_present),
            (self.tr("Moments of being met"), result.moments_added, result.moments_present),
            (self.tr("Self-checks and questions"), result.support_added, result.support_present),
            (self.tr("Practice plans"), result.practice_plans_added, result.practice_plans_present),
        ]

    def _show_table(self, result: ImportResult | None, *, done: bool = False) -> None:
        visible = result is not None
        self.table.setVisible(visible)
        self.table_label.setVisible(visible)
        if result is None:
            self.table.setRowCount(0)
            return
        self.table_label.setText(
            self.tr("<b>What was added</b>") if done else self.tr("<b>What this file would add</b>")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Added") if done else self.tr("New"), self.tr("Already here")]
        )
        rows = self._rows(result)
        self.table.setRowCount(len(rows))
        for index, (name, added, present) in enumerate(rows):
            self.table.setVerticalHeaderItem(index, QTableWidgetItem(name))
            for column_index, value in enumerate((added, present)):
                item = QTableWidgetItem("—" if value is None else self.locale().toString(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column_index, item)
        # As tall as its rows: no empty grid under them.
        rows_height = sum(self.table.rowHeight(row) for row in range(len(rows)))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + rows_height + frame
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy_now = busy
        self.choose_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()


def _counts_table(parent: QWidget) -> QTableWidget:
    """A read-only table of counts: a row per kind, new and already-present columns."""
    table = QTableWidget(0, 2, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setTabKeyNavigation(False)  # Tab moves on to the buttons, not along the cells
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _stamp_of(descriptor: int) -> tuple[int, int, int, int]:
    info = os.fstat(descriptor)
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _new_total(result: ImportResult) -> int:
    return (
        result.added
        + result.categories_added
        + result.trigger_plans_added
        + result.practices_added
        + result.pauses_added
        + result.parts_added
        + result.dialogues_added
        + result.people_added
        + result.moments_added
        + result.support_added
        + result.practice_plans_added
    )
