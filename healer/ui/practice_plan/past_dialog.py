"""Earlier plans, each readable again: its fourteen days and its review."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from healer.domain.practice_plan import PlanProgress
from healer.ui.common.quiet_list import quiet_list_view
from healer.ui.practice_plan.strip import PlanStrip
from healer.ui.practice_plan.words import (
    days_description,
    list_entry,
    plan_heading,
    review_paragraphs,
)


class PastPlansDialog(QDialog):
    """A list of earlier plans beside the chosen one's days and review."""

    def __init__(self, past: tuple[PlanProgress, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier plans"))
        self._past = past
        self.model = QStringListModel([list_entry(state) for state in past], self)
        self.plan_list = quiet_list_view(self, self.tr("Earlier plans"))
        self.plan_list.setModel(self.model)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.strip = PlanStrip(self)
        self.strip.setAccessibleName(self.tr("The plan's fourteen days"))
        self.review = QLabel(self)
        self.review.setWordWrap(True)
        self.review.setAccessibleName(self.tr("The plan's review"))

        detail = QVBoxLayout()
        detail.setSpacing(10)
        detail.addWidget(self.heading)
        detail.addWidget(self.strip)
        detail.addWidget(self.review)
        detail.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.plan_list, 2)
        row.addLayout(detail, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(720, 440)

        self.plan_list.selectionModel().currentRowChanged.connect(
            self._on_plan_list_current_row_changed
        )
        if past:
            self.plan_list.setCurrentIndex(self.model.index(0, 0))

    def choose(self, row: int) -> None:
        """Show one earlier plan (the list's row)."""
        self.plan_list.setCurrentIndex(self.model.index(row, 0))

    @Slot(QModelIndex, QModelIndex)
    def _on_plan_list_current_row_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        row = current.row()
        if not 0 <= row < len(self._past):
            return
        state = self._past[row]
        self.heading.setText(plan_heading(state))
        self.strip.set_days(state.days, days_description(state))
        self.review.setText("\n\n".join(review_paragraphs(state)))
