"""One chart with its heading, empty state, plain-text summary and a "Save chart" button.

Signals:
    status_message(text): a short note for the status bar ("Chart saved").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDir, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healer.domain.chartrange import DaySpan
from healer.domain.errors import HealerError
from healer.ui.charts.canvas import ChartView
from healer.ui.charts.chart_thread import ChartThread
from healer.ui.charts.texts import empty_text, fill

if TYPE_CHECKING:  # painters import matplotlib: the chart thread makes them
    from healer.ui.charts.painter import Painter

_log = logging.getLogger(__name__)
T = TypeVar("T")


class ChartPanel(QFrame, Generic[T]):
    """A chart in the tab; the figure is kept and updated, never rebuilt for new data."""

    status_message = Signal(str)

    def __init__(
        self,
        key: str,
        title: str,
        make_painter: Callable[[], Painter[T]],
        thread: ChartThread,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        # Set by the tab: the session's file writer (refuses vaults and backups).
        self.write_file: Callable[[Path, bytes], Path] | None = None
        self.title = title
        self.setObjectName(f"chart-{key}")
        self.setAccessibleName(title)
        self.heading = QLabel(title, self)
        font = QFont(self.heading.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setAccessibleName(title)

        self.header = QHBoxLayout()
        self.header.addWidget(self.heading, 1)
        self.save_button = QPushButton(QCoreApplication.translate("Charts", "Save chart…"), self)
        self.save_button.setAccessibleName(
            fill(QCoreApplication.translate("Charts", "Save the chart “%1” as a file"), title)
        )
        self.save_button.setToolTip(
            QCoreApplication.translate("Charts", "Save this chart as PNG, SVG or PDF")
        )
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_button_clicked)

        self.view = ChartView(make_painter, thread, self)
        self.view.setAccessibleName(title)
        self.header.addWidget(self.save_button)
        self.empty_label = QLabel(empty_text(key), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(
            fill(QCoreApplication.translate("Charts", "%1: nothing to show yet"), title)
        )
        self.empty_label.setMinimumHeight(120)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.view)
        # Until the first numbers come the view's placeholder shows, not the empty state:
        # nobody should read "log an activation" while their years of entries load.
        self.stack.setCurrentWidget(self.view)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(
            fill(QCoreApplication.translate("Charts", "Summary of “%1”"), title)
        )

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary)
        self.setFrameShape(QFrame.Shape.StyledPanel)

    @property
    def is_empty(self) -> bool:
        """True while the empty state is showing."""
        return self.stack.currentWidget() is self.empty_label

    def show_chart(self, data: T, span: DaySpan, summary: str) -> None:
        """Draw data into the cached figure; show its summary to readers and screen readers."""
        self.view.show_data(data, span)
        self.stack.setCurrentWidget(self.view)
        self.save_button.setEnabled(True)
        self._set_summary(summary)

    def show_empty(self, note: str = "") -> None:
        """Explain what to log to fill this chart."""
        self.stack.setCurrentWidget(self.empty_label)
        self.save_button.setEnabled(False)
        self._set_summary(note)

    def _set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.view.setAccessibleDescription(text)
        self.setAccessibleDescription(text or self.empty_label.text())

    @staticmethod
    def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
        """Ask where to save (tests replace this); None when the person cancels."""
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Charts", "Save chart"),
            str(suggested),
            QCoreApplication.translate(
                "Charts", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
            ),
        )
        return Path(name) if name else None

    @Slot()
    def _on_save_button_clicked(self) -> None:
        suggested = Path(QDir.homePath()) / f"healer-{self.key}-{date.today().isoformat()}.png"
        path = self.ask_save_path(self, suggested)
        if path is None or self.write_file is None:
            return
        path, file_format = self.view.save_path(path)
        # Drawn on the chart thread (a big PDF takes a moment); written here when it comes.
        self.save_button.setEnabled(False)
        self.view.request_bytes(
            file_format,
            self.title,
            lambda data: self._on_chart_bytes(path, data),
            self._on_chart_bytes_failed,
        )

    def _on_chart_bytes(self, path: Path, data: bytes) -> None:
        self.save_button.setEnabled(not self.is_empty)
        write = self.write_file
        if write is None:
            return
        try:
            saved = write(path, data)
        except (HealerError, OSError) as error:
            _log.warning("saving a chart failed: %s", type(error).__name__)
            # HealerError messages name files, never journal text.
            message = str(error) if isinstance(error, HealerError) else ""
            self.status_message.emit(
                fill(
                    QCoreApplication.translate("Charts", "The chart could not be saved. %1"),
                    message,
                )
            )
            return
        self.status_message.emit(
            fill(
                QCoreApplication.translate(
                    "Charts", "Chart saved as %1 in %2 (only you can open it)"
                ),
                saved.name,
                saved.parent,
            )
        )

    def _on_chart_bytes_failed(self, _reason: str) -> None:
        self.save_button.setEnabled(not self.is_empty)
        self.status_message.emit(
            fill(QCoreApplication.translate("Charts", "The chart could not be saved. %1"), "")
        )
