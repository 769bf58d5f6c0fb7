"""The "Parts met" page: each named part, its details, and its dialogues over time.

Signals:
    dialogue_requested(dialogue_id): the person chose one of the part's dialogues to read.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from healer.domain.parts import DialogueQuery
from healer.services.session import Session
from healer.ui.common.fit import scrolling
from healer.ui.common.quiet_list import quiet_list_view
from healer.ui.parts.models import DialogueListModel, PartListModel
from healer.ui.parts.part_panel import PartPanel

LIST_WIDTH = 340


class PartsMetPage(QWidget):
    """The parts list beside the chosen part's details and dialogues."""

    dialogue_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.part_model = PartListModel(self)
        self.part_list = quiet_list_view(self, self.tr("Parts met"))
        self.part_list.setModel(self.part_model)
        self.part_list.setMaximumWidth(LIST_WIDTH)
        self.part_list.selectionModel().currentChanged.connect(self._on_part_list_current_changed)
        self.part_panel = PartPanel(session, self)
        self.dialogue_model = DialogueListModel(self)
        self.dialogue_list = quiet_list_view(self, self.tr("Dialogues with this part"))
        self.dialogue_list.setModel(self.dialogue_model)
        self.dialogue_list.activated.connect(self._on_dialogue_list_activated)
        over_time = QLabel(self.tr("&Dialogues with this part, over time"), self)
        over_time.setBuddy(self.dialogue_list)
        # The details and their dialogues scroll, so a small screen still reaches them all.
        column = QWidget(self)
        right = QVBoxLayout(column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.part_panel)
        right.addSpacing(8)
        right.addWidget(over_time)
        right.addWidget(self.dialogue_list, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.part_list)
        layout.addWidget(scrolling(column, self), 1)

    def refresh(self) -> None:
        """Reload the parts, keeping the one shown."""
        current = self.part_panel.part_id
        self.part_model.set_parts(self._session.parts.parts())
        row = self.part_model.row_of(current) if current is not None else -1
        if row >= 0:
            self.part_list.setCurrentIndex(self.part_model.index(row))
            self._show_row(row)
        else:
            self.part_panel.show_part(None)
            self.dialogue_model.set_dialogues([])

    def _show_row(self, row: int) -> None:
        part = self.part_model.part_at(row)
        self.part_panel.show_part(part)
        found = self._session.parts.dialogues(DialogueQuery(part_id=part.id)) if part else []
        self.dialogue_model.set_dialogues(found)

    @Slot(QModelIndex, QModelIndex)
    def _on_part_list_current_changed(self, current: QModelIndex, _old: QModelIndex) -> None:
        self._show_row(current.row())

    @Slot(QModelIndex)
    def _on_dialogue_list_activated(self, index: QModelIndex) -> None:
        dialogue = self.dialogue_model.dialogue_at(index.row())
        if dialogue is not None:
            self.dialogue_requested.emit(dialogue.id)
