"""Undoable journal actions: deleting an entry can be taken back with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from healer.domain.activation import Activation, ActivationLinks
from healer.domain.errors import HealerError
from healer.services.session import Session


class DeleteActivationCommand(QUndoCommand):
    """Delete one entry; undo puts the very same record back (id, uid, times and links)."""

    def __init__(self, session: Session, activation: Activation) -> None:
        # The command text shows in the Edit menu: it never quotes the entry itself.
        super().__init__(QCoreApplication.translate("journal", "Delete entry"))
        self._session = session
        self._activation = activation
        # Practices, pauses and dialogues that pointed at it: filled in by redo().
        self._links: ActivationLinks | None = None
        self.failed = False

    @property
    def activation_id(self) -> int:
        """The entry this command deletes and restores."""
        return self._activation.id

    def redo(self) -> None:
        """Delete the entry."""
        try:
            self._links = self._session.journal.delete(self._activation.id)
            self.failed = False
        except HealerError:
            self.failed = True
            self.setObsolete(True)

    def undo(self) -> None:
        """Put it back."""
        try:
            # The urge outcome travels in the record, so it comes back in the same write.
            self._session.journal.restore(self._activation, self._links)
        except HealerError:
            self.failed = True
