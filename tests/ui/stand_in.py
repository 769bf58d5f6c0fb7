"""A stand-in page with the journal tab's API, so shell tests don't depend on the real tab."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QListWidget, QVBoxLayout, QWidget

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.services.session import Session
from healer.ui.tabs import TabSpec


class StandInTab(QWidget):
    """Shows every trigger in the vault and keeps one draft line; records calls it gets."""

    status_message = Signal(str)
    instances: ClassVar[list[StandInTab]] = []

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.calls: list[str] = []
        self._undo = QUndoStack(self)
        self.draft = QLineEdit(self)
        self.draft.setAccessibleName("Draft")
        self.entries = QListWidget(self)
        self.entries.setAccessibleName("Entries")
        for activation in session.journal.find():
            self.entries.addItem(activation.content.trigger)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft)
        layout.addWidget(self.entries)
        StandInTab.instances.append(self)

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo

    def push_edit(self, text: str) -> None:
        self._undo.push(QUndoCommand(text))

    def focus_search(self) -> None:
        self.calls.append("focus_search")

    def focus_quick_capture(self) -> None:
        self.calls.append("focus_quick_capture")

    def new_entry(self) -> None:
        self.calls.append("new_entry")

    def save_drafts(self) -> None:
        self.calls.append("save_drafts")
        if self.draft.text():
            self.session.journal.log(
                ActivationInput(trigger=self.draft.text(), intensity=5, started_at=utc_now())
            )
            self.status_message.emit("Saved")


class SecondStandIn(StandInTab):
    """A second tab with no journal commands, to check routing."""

    focus_search = None  # type: ignore[assignment]
    new_entry = None  # type: ignore[assignment]


def stand_in_tabs() -> tuple[TabSpec, ...]:
    return (
        TabSpec("journal", lambda: "Activation log", StandInTab),
        TabSpec("second", lambda: "Second", SecondStandIn),
    )
