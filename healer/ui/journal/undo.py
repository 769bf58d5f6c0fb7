"""Undoable journal actions: deleting an entry can be taken back with Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from healer.domain.activation import Activation, ActivationLinks
from healer.domain.errors import HealerError
from healer.services.session import Session


class DeleteActivationCommand(QUndoCommand):
    """Delete one entry; undo puts the very same record back (id, uid, times and links)."""

    def __init__(
        self,
        session: Session,
        activation: Activation,
        announce: Callable[[str], None] | None = None,
    ) -> None:
        # The command text shows in the Edit menu: it never quotes the entry itself.
        super().__init__(QCoreApplication.translate("journal", "Delete entry"))
        self._session = session
        self._activation = activation
        # Undo and redo happen from the Edit menu, far from the tab: say what they did.
        self._announce = announce
        self._done_once = False
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
            return
        if self._done_once:  # the first time, the tab says it (with the undo hint)
            self._say(QCoreApplication.translate("journal", "Entry deleted again."))
        self._done_once = True

    def undo(self) -> None:
        """Put it back."""
        try:
            # The urge outcome travels in the record, so it comes back in the same write.
            self._session.journal.restore(self._activation, self._links)
        except HealerError:
            self.failed = True
            self._say(QCoreApplication.translate("journal", "The entry could not be brought back."))
            return
        self._say(
            QCoreApplication.translate("journal", "Entry restored: it is back in the journal.")
        )

    def _say(self, text: str) -> None:
        if self._announce is not None:
            self._announce(text)
