"""Parts work (the parts tab): the parts met and the dialogues with them.

An unfinished dialogue is kept as a dialogue without a finish time. Autosaves announce
nothing (like entry drafts); setting a dialogue aside, finishing or deleting one
announces Change.DIALOGUE (and Change.PART when parts changed).
"""

from __future__ import annotations

from healer.domain.changes import Change
from healer.domain.parts import Dialogue, DialogueInput, DialogueQuery, Part, PartInput
from healer.services.changes import ChangeNotifier
from healer.storage.parts.dialogues import DialogueRepository
from healer.storage.parts.repository import PartRepository
from healer.storage.vault import Vault


class PartsService:
    """Parts and dialogues."""

    def __init__(self, vault: Vault, changes: ChangeNotifier) -> None:
        self._parts = PartRepository(vault)
        self._dialogues = DialogueRepository(vault)
        self._changes = changes

    def parts(self) -> list[Part]:
        """Every part met, the most recently met first."""
        return self._parts.all()

    def part(self, part_id: int) -> Part:
        """One part by id."""
        return self._parts.get(part_id)

    def add_part(self, content: PartInput) -> Part:
        """Name a new part."""
        part = self._parts.add(content)
        self._changes.announce(Change.PART)
        return part

    def update_part(self, part_id: int, content: PartInput) -> Part:
        """Replace what is kept about a part (name, typical age, fear, what helps, notes)."""
        part = self._parts.update(part_id, content)
        self._changes.announce(Change.PART | Change.DIALOGUE)
        return part

    def autosave_dialogue(self, dialogue_id: int | None, content: DialogueInput) -> Dialogue:
        """Keep an unfinished dialogue as it stands (a new row when id is None). No signal."""
        return self._dialogues.keep(dialogue_id, content)

    def keep_dialogue(self, dialogue_id: int | None, content: DialogueInput) -> Dialogue:
        """Set an unfinished dialogue aside, to continue later."""
        dialogue = self._dialogues.keep(dialogue_id, content)
        self._changes.announce(Change.DIALOGUE)
        return dialogue

    def finish_dialogue(self, dialogue_id: int | None, content: DialogueInput) -> Dialogue:
        """Close a dialogue; a new part name becomes a part met."""
        dialogue = self._dialogues.finish(dialogue_id, content)
        self._changes.announce(Change.DIALOGUE | Change.PART)
        return dialogue

    def dialogue(self, dialogue_id: int) -> Dialogue:
        """One dialogue by id."""
        return self._dialogues.get(dialogue_id)

    def dialogues(self, query: DialogueQuery | None = None) -> list[Dialogue]:
        """Dialogues matching the query (full-text search included), newest first."""
        return self._dialogues.find(query or DialogueQuery())

    def delete_dialogue(self, dialogue_id: int) -> None:
        """Remove one dialogue."""
        self._dialogues.delete(dialogue_id)
        self._changes.announce(Change.DIALOGUE | Change.PART)
