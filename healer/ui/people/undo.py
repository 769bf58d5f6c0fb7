"""Undoable deletes in the people tab: a moment, or a person with their moments."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from healer.domain.errors import HealerError
from healer.domain.moments import Moment
from healer.services.people import PersonRemoval
from healer.services.session import Session


class DeleteMomentCommand(QUndoCommand):
    """Delete one moment; undo puts the same moment back (id, uid, times)."""

    def __init__(self, session: Session, moment_id: int, announce: Callable[[str], None]) -> None:
        # The Edit menu shows this text: it never quotes the moment or names anyone.
        super().__init__(QCoreApplication.translate("DeleteMomentCommand", "Delete moment"))
        self._session = session
        self._moment_id = moment_id
        self._moment: Moment | None = None
        self._announce = announce
        self.failed = False

    def redo(self) -> None:
        """Delete it."""
        try:
            self._moment = self._session.people.delete_moment(self._moment_id)
        except HealerError:
            self.failed = True
            self.setObsolete(True)
            return
        self._announce(
            QCoreApplication.translate(
                "DeleteMomentCommand", "Moment deleted. Ctrl+Z brings it back."
            )
        )

    def undo(self) -> None:
        """Put it back."""
        if self._moment is None:
            return
        try:
            self._session.people.restore_moment(self._moment)
        except HealerError:
            self._announce(
                QCoreApplication.translate(
                    "DeleteMomentCommand", "The moment could not be brought back."
                )
            )
            return
        self._announce(QCoreApplication.translate("DeleteMomentCommand", "Moment restored."))


class DeletePersonCommand(QUndoCommand):
    """Delete someone, their moments and their name in entries; undo restores all of it."""

    def __init__(self, session: Session, person_id: int, announce: Callable[[str], None]) -> None:
        super().__init__(QCoreApplication.translate("DeletePersonCommand", "Delete person"))
        self._session = session
        self._person_id = person_id
        self._removal: PersonRemoval | None = None
        self._announce = announce
        self.failed = False

    def redo(self) -> None:
        """Delete them."""
        try:
            self._removal = self._session.people.delete_person(self._person_id)
        except HealerError:
            self.failed = True
            self.setObsolete(True)
            return
        self._announce(
            QCoreApplication.translate(
                "DeletePersonCommand",
                "Person deleted, with their moments. Ctrl+Z brings them back.",
            )
        )

    def undo(self) -> None:
        """Put them back."""
        if self._removal is None:
            return
        try:
            self._session.people.restore_person(self._removal)
        except HealerError:
            self._announce(
                QCoreApplication.translate("DeletePersonCommand", "They could not be brought back.")
            )
            return
        self._announce(
            QCoreApplication.translate(
                "DeletePersonCommand", "Person restored, with their moments and entries."
            )
        )
