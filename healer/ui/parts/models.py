"""Thin list models over the dialogues and parts the session hands out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from healer.domain.parts import Dialogue, Part
from healer.ui.common.formatting import format_when

IdRole = Qt.ItemDataRole.UserRole + 1
_PREVIEW_CHARS = 70

_Index = QModelIndex | QPersistentModelIndex


def _preview(dialogue: Dialogue) -> str:
    content = dialogue.content
    for text in (content.answer, content.need, content.fear, content.notice):
        words = " ".join(text.split())
        if words:
            return words if len(words) <= _PREVIEW_CHARS else words[: _PREVIEW_CHARS - 1] + "…"
    return ""


class DialogueListModel(QAbstractListModel):
    """Dialogues, newest first: when, with whom, and the first words of the answer."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Dialogue] = []

    def set_dialogues(self, dialogues: Sequence[Dialogue]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(dialogues)
        self.endResetModel()

    def dialogue_at(self, row: int) -> Dialogue | None:
        """The dialogue shown in a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, dialogue_id: int) -> int:
        """The row showing a dialogue, or -1."""
        return next((i for i, d in enumerate(self._rows) if d.id == dialogue_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per record; a list has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The row's text, or its id under IdRole."""
        dialogue = self.dialogue_at(index.row()) if index.isValid() else None
        if dialogue is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = dialogue.part_name or dialogue.content.new_part_name or self.tr("A young part")
            when = format_when(dialogue.content.started_at, QLocale())
            head = self.tr("%1 · %2") if dialogue.is_finished else self.tr("%1 · %2 · unfinished")
            head = head.replace("%1", when).replace("%2", name)
            preview = _preview(dialogue)
            return f"{head}\n{preview}" if preview else head
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == IdRole:
            return dialogue.id
        return None


class PartListModel(QAbstractListModel):
    """The parts met: name, how often, and when last met."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Part] = []

    def set_parts(self, parts: Sequence[Part]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(parts)
        self.endResetModel()

    def part_at(self, row: int) -> Part | None:
        """The part shown in a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, part_id: int) -> int:
        """The row showing a part, or -1."""
        return next((i for i, p in enumerate(self._rows) if p.id == part_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per record; a list has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The row's text, or its id under IdRole."""
        part = self.part_at(index.row()) if index.isValid() else None
        if part is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{part.content.name}\n{self._facts(part)}"
        if role == IdRole:
            return part.id
        return None

    def _facts(self, part: Part) -> str:
        n = part.dialogue_count
        if part.last_met is None:
            # Spelled out: without a translation loaded, Qt shows "%n dialogue(s)" as is.
            return self.tr("1 dialogue") if n == 1 else self.tr("%n dialogues", "", n)
        facts = (
            self.tr("1 dialogue · last met %1")
            if n == 1
            else self.tr("%n dialogues · last met %1", "", n)
        )
        return facts.replace("%1", format_when(part.last_met, QLocale()))
