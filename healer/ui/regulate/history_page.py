"""The practice history: every saved practice, newest first, with the words kept with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from healer.domain.changes import Change
from healer.domain.errors import HealerError
from healer.domain.practice import PracticeKind, PracticeUse
from healer.services.session import Session
from healer.ui.common.formatting import format_when
from healer.ui.common.practice_texts import practice_texts
from healer.ui.regulate.record_panel import TRIGGER_PREVIEW_CHARS, duration_words, pattern_words

HISTORY_LIMIT = 200


class PracticeHistoryPage(QWidget):
    """A calm, readable list; read again when shown and when practices or episodes change."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._stale = True
        self.setAccessibleName(self.tr("Practice history"))
        title = QLabel(self.tr("Practices you saved"), self)
        font = QFont(title.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Saved practices, newest first"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(4)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        title.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        session.changes.data_changed.connect(self._on_session_data_changed)
        session.locked.connect(self._on_session_locked)

    def refresh(self) -> None:
        """Read the saved practices again and show them."""
        self._stale = False
        self.list.clear()
        if not self._session.is_open:
            return
        try:
            uses = self._session.practices.uses(limit=HISTORY_LIMIT)
        except HealerError:
            self.note.setText(self.tr("The practices could not be read just now."))
            return
        triggers = self._triggers(uses)
        for use in uses:
            text = self.describe(use, triggers.get(use.content.activation_id or 0))
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            item.setData(Qt.ItemDataRole.UserRole, use.id)
        if not uses:
            self.note.setText(
                self.tr(
                    "Nothing saved yet. After a practice, choose Save and it is listed here,"
                    " with how strong the feeling was and any words you kept."
                )
            )
        elif len(uses) == HISTORY_LIMIT:
            self.note.setText(self.tr("The latest %1 practices.").replace("%1", str(HISTORY_LIMIT)))
        else:
            self.note.setText(self.tr("Practices saved: %1").replace("%1", str(len(uses))))

    def _triggers(self, uses: list[PracticeUse]) -> dict[int, str]:
        """The start of each linked episode's trigger (read once per episode)."""
        found: dict[int, str] = {}
        for use in uses:
            linked = use.content.activation_id
            if linked is None or linked in found:
                continue
            try:
                trigger = " ".join(self._session.journal.get(linked).content.trigger.split())
            except HealerError:
                continue
            if len(trigger) > TRIGGER_PREVIEW_CHARS:
                trigger = trigger[: TRIGGER_PREVIEW_CHARS - 1] + "…"
            found[linked] = trigger
        return found

    def describe(self, use: PracticeUse, trigger: str | None) -> str:
        """A few plain lines about one saved practice."""
        content = use.content
        first = [format_when(content.started_at, self.locale())]
        first.append(practice_texts()[content.kind].title)
        if content.kind is PracticeKind.BREATHING and content.pattern:
            first.append(pattern_words(content.pattern))
        first.append(duration_words(content.duration_seconds))
        lines = [" · ".join(first)]
        before, after = content.intensity_before, content.intensity_after
        if before is not None or after is not None:
            lines.append(
                self.tr("How strong: %1 before, %2 after")
                .replace("%1", "–" if before is None else str(before))
                .replace("%2", "–" if after is None else str(after))
            )
        if trigger is not None:
            lines.append(self.tr("For: %1").replace("%1", trigger))
        lines += [self.tr("Your words: %1").replace("%1", note) for note in content.notes]
        return "\n".join(lines)

    def showEvent(self, event: QShowEvent) -> None:
        """Read when first shown, and after changes made while hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & (Change.PRACTICE | Change.ACTIVATION):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    @Slot()
    def _on_session_locked(self) -> None:
        self.list.clear()
        self.note.clear()
        self._stale = True
