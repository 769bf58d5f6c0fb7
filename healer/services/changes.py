"""The one place every view listens to for what a write changed.

Signals:
    data_changed(changes): emitted after a write with a Change flag naming the record
        kinds it touched, for example Change.ACTIVATION | Change.CATEGORY; each view
        decides whether to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from healer.domain.changes import Change


class ChangeNotifier(QObject):
    """Shared by every feature service of a session, so a view connects once."""

    data_changed = Signal(object)

    def announce(self, changes: Change) -> None:
        """Tell every listener what changed (nothing is said for an empty flag)."""
        if changes:
            self.data_changed.emit(changes)


def linked_changes(practices: bool, pauses: bool, dialogues: bool) -> Change:
    """The kinds whose rows an episode's delete unlinked (or a restore linked back)."""
    changes = Change(0)
    if practices:
        changes |= Change.PRACTICE
    if pauses:
        changes |= Change.PAUSE
    if dialogues:
        changes |= Change.DIALOGUE
    return changes
