"""Thin list models over the people and moments the session hands out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from healer.domain.moments import Moment
from healer.domain.people import Person
from healer.ui.common.formatting import format_when
from healer.ui.people.texts import delivery_name, myself, response_name, role_name

IdRole = Qt.ItemDataRole.UserRole + 1
_PREVIEW_CHARS = 80

_Index = QModelIndex | QPersistentModelIndex


def moment_heading(moment: Moment, *, with_who: bool = True) -> str:
    """When, who and how it went, on one line (the who left out on a person's own page)."""
    parts = [format_when(moment.content.happened_at, QLocale())]
    if with_who:
        parts.append(moment.person_name or myself())
    parts.append(response_name(moment.content.response))
    if moment.content.delivery is not None:
        parts.append(delivery_name(moment.content.delivery).lower())
    return " · ".join(parts)


def _preview(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= _PREVIEW_CHARS else words[: _PREVIEW_CHARS - 1] + "…"


def moment_count(count: int) -> str:
    """How many moments, in words: "1 moment", "3 moments"."""
    # Spelled out: without a translation loaded, Qt shows "%n moment(s)" as is.
    if count == 1:
        return QCoreApplication.translate("PeopleWords", "1 moment")
    return QCoreApplication.translate("PeopleWords", "%n moments", None, count)


class MomentListModel(QAbstractListModel):
    """Moments, newest first: when, who, how it went, and the first words shared."""

    def __init__(self, parent: Any = None, *, with_who: bool = True) -> None:
        super().__init__(parent)
        self._rows: list[Moment] = []
        self._with_who = with_who

    def set_moments(self, moments: Sequence[Moment]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(moments)
        self.endResetModel()

    def moment_at(self, row: int) -> Moment | None:
        """The moment shown in a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, moment_id: int) -> int:
        """The row showing a moment, or -1."""
        return next((i for i, m in enumerate(self._rows) if m.id == moment_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per moment; a list has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The row's text, or its id under IdRole."""
        moment = self.moment_at(index.row()) if index.isValid() else None
        if moment is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            head = moment_heading(moment, with_who=self._with_who)
            preview = _preview(moment.content.shared)
            return f"{head}\n{preview}" if preview else head
        if role == IdRole:
            return moment.id
        return None


class PersonListModel(QAbstractListModel):
    """People: name, role, and how many moments; archived people say so."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Person] = []

    def set_people(self, people: Sequence[Person]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(people)
        self.endResetModel()

    def person_at(self, row: int) -> Person | None:
        """The person shown in a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        """The row showing a person, or -1."""
        return next((i for i, p in enumerate(self._rows) if p.id == person_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per person; a list has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The row's text, or its id under IdRole."""
        person = self.person_at(index.row()) if index.isValid() else None
        if person is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            facts = self.tr("%1 · %2 · archived") if person.content.archived else self.tr("%1 · %2")
            facts = facts.replace("%1", role_name(person.content.role))
            return f"{person.name}\n{facts.replace('%2', moment_count(person.moment_count))}"
        if role == IdRole:
            return person.id
        return None
