"""The last step: what was kept, a quiet count, and a kind word at the milestones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from healer.domain.pause import PausePhase, PauseRecord
from healer.ui.pause.common import PauseStepPage, quiet
from healer.ui.pause.texts import milestone_message


class DonePage(PauseStepPage):
    """Shown after a pause was finished or set aside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("pause", "Kept"), "", parent)
        self.summary_label = quiet("", self)
        self.summary_label.setAccessibleName(self.tr("What was kept"))
        self.milestone_label = quiet("", self)
        self.milestone_label.setAccessibleName(self.tr("A word on how far you have come"))
        self.count_label = quiet("", self)
        self.count_label.setAccessibleName(self.tr("Pauses seen through"))
        self.moment_button = QPushButton(self.tr("&Log how it went when you reached out…"), self)
        self.moment_button.setAccessibleName(
            self.tr("Log a moment of being met, with these words and this pause")
        )
        self.moment_button.hide()
        self.back_button = QPushButton(self.tr("&Done"), self)
        self.back_button.setAccessibleName(self.tr("Done"))
        self.back_button.setDefault(True)
        self.column.addWidget(self.summary_label)
        self.column.addWidget(self.milestone_label)
        self.column.addWidget(self.count_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.moment_button)
        row.addWidget(self.back_button)
        self.column.addLayout(row)
        self.column.addStretch(1)

    def show_result(self, record: PauseRecord, completed: int) -> None:
        """Describe the run that just closed."""
        minutes = round(record.banked_seconds / 60)
        if record.phase is PausePhase.ABANDONED:
            self.title_label.setText(self.tr("Set aside"))
            self.summary_label.setText(
                self.tr(
                    "That's all right. Noticing the pull and stopping to look at it already "
                    "counts for something. The pause is kept in your journal as it was."
                )
            )
            self.milestone_label.hide()
        else:
            self.title_label.setText(self.tr("You saw it through"))
            before, after = record.intensity_before, record.intensity_after
            if before is not None and after is not None:
                summary = (
                    self.tr("You waited %n minutes. Strength %1 at the start, %2 now.", "", minutes)
                    .replace("%1", str(before))
                    .replace("%2", str(after))
                )
            else:
                summary = self.tr("You waited %n minutes.", "", minutes)
            self.summary_label.setText(summary)
            message = milestone_message(completed)
            self.milestone_label.setText(message)
            self.milestone_label.setVisible(bool(message))
        self.count_label.setText(
            self.tr("Pauses seen through so far: %1").replace("%1", str(completed))
        )
