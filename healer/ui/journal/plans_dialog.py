"""Plans for triggers: for each kind of trigger, "When this happens, I will …".

The three most common triggers come first. A plan is kept when the person saves it,
moves to another trigger or closes the dialog, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.category import MAX_PLAN_CHARS, top_first
from healer.domain.errors import HealerError, ValidationError
from healer.domain.twoweek import current_two_weeks
from healer.services.journal import shown_category
from healer.services.session import Session
from healer.ui.common.fit import fit_to_screen
from healer.ui.common.form_pieces import button_row
from healer.ui.common.quiet_list import quieten

PREFERRED_SIZE = QSize(760, 480)
_NAME_ROLE = Qt.ItemDataRole.UserRole


class TriggerPlansDialog(QDialog):
    """Write, change or remove the plan for each trigger category."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, category: str = ""
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._shown = ""  # the category whose plan is in the editor
        self._dirty = False
        self.setWindowTitle(self.tr("Plans for your triggers"))
        facts = session.journal.tracking_facts()
        self.top = [share.name for share in current_two_weeks(facts, date.today()).top]
        self._build()
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.category_list.currentItemChanged.connect(self._on_category_list_current_changed)
        self.plan_edit.textChanged.connect(self._on_plan_edit_text_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.close_button.clicked.connect(self.accept)
        session.locked.connect(self._on_session_locked)
        self.fill_list()
        self.select(category or (self.top[0] if self.top else ""))
        fit_to_screen(self, PREFERRED_SIZE)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "When a trigger keeps coming back, decide now, while you are calm, what you"
                " will do the next time. Your most common triggers come first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Find words in your plans"))
        self.search_edit.setAccessibleName(self.tr("Find words in your plans"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_list = QListWidget(self)
        quieten(self.category_list, self.tr("Triggers"), compact=True)
        left = QVBoxLayout()
        left.addWidget(self.search_edit)
        left.addWidget(self.category_list, 1)

        self.plan_title = QLabel(self)
        font = QFont(self.plan_title.font())
        font.setBold(True)
        self.plan_title.setFont(font)
        self.plan_edit = QPlainTextEdit(self)
        self.plan_edit.setTabChangesFocus(True)
        self.plan_edit.setAccessibleName(self.tr("When this happens, I will"))
        self.plan_edit.setPlaceholderText(
            self.tr("For example: put the phone in another room and breathe out slowly.")
        )
        self.plan_title.setBuddy(self.plan_edit)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.setAccessibleName(self.tr("About this plan"))
        self.note.hide()
        self.save_button = QPushButton(self.tr("&Save plan"), self)
        self.remove_button = QPushButton(self.tr("&Remove plan"), self)
        # A few lines are what a plan needs; the editor scrolls for more.
        self.plan_edit.setMaximumHeight(self.plan_edit.fontMetrics().lineSpacing() * 9 + 16)
        right = QVBoxLayout()
        right.addWidget(self.plan_title)
        right.addWidget(self.plan_edit)
        right.addWidget(self.note)
        right.addLayout(button_row(self.remove_button, self.save_button))
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        self.close_button = QPushButton(self.tr("&Close"), self)
        for button in (self.save_button, self.remove_button, self.close_button):
            button.setAutoDefault(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(12)
        outer.addWidget(intro)
        outer.addLayout(columns, 1)
        outer.addLayout(button_row(self.close_button))

    # -- the list ----------------------------------------------------------

    def fill_list(self) -> None:
        """List the categories (top triggers first), only those whose plan has the words."""
        words = self.search_edit.text()
        plans = {category.name: category.plan for category in self._session.journal.categories()}
        found = (
            {plan.category for plan in self._session.journal.find_trigger_plans(words)}
            if words.strip()
            else None
        )
        self.category_list.blockSignals(True)
        self.category_list.clear()
        for name in top_first(list(plans), self.top):
            if found is not None and name not in found:
                continue
            if name in self.top:
                text = (
                    self.tr("%1 · among your top three")
                    if plans[name]
                    else self.tr("%1 · among your top three (no plan yet)")
                )
            else:
                text = "%1" if plans[name] else self.tr("%1 (no plan yet)")
            item = QListWidgetItem(text.replace("%1", shown_category(name)), self.category_list)
            item.setData(_NAME_ROLE, name)
        self.category_list.blockSignals(False)

    def select(self, category: str) -> None:
        """Show one category's plan in the editor (the first listed if it is not listed)."""
        for row in range(self.category_list.count()):
            item = self.category_list.item(row)
            if item.data(_NAME_ROLE).casefold() == category.casefold():
                self.category_list.setCurrentItem(item)
                return
        if self.category_list.count():
            self.category_list.setCurrentRow(0)

    # -- the editor --------------------------------------------------------

    @property
    def category(self) -> str:
        """The category whose plan is in the editor."""
        return self._shown

    def _show(self, category: str) -> None:
        self._shown = category
        plan = self._session.journal.trigger_plan(category) if category else None
        title = self.tr("When “%1” happens, I will …")
        self.plan_title.setText(title.replace("%1", shown_category(category)) if category else "")
        self.plan_edit.blockSignals(True)
        self.plan_edit.setPlainText(plan.text if plan else "")
        self.plan_edit.blockSignals(False)
        self.plan_edit.setEnabled(bool(category))
        self._dirty = False
        self._say("")
        self._update_buttons()

    def save_plan(self) -> bool:
        """Keep what the editor holds as the plan (empty removes it); False on a problem."""
        if not self._shown:
            return True
        text = self.plan_edit.toPlainText()
        try:
            plan = self._session.journal.set_trigger_plan(self._shown, text)
        except ValidationError as error:
            self._say(self.tr("Please look at this once more: %1").replace("%1", error.problem))
            return False
        except HealerError as error:
            self._say(
                self.tr("The plan could not be kept just now; it is still here. %1").replace(
                    "%1", str(error)
                )
            )
            return False
        self._dirty = False
        self._say(self.tr("Plan kept.") if plan else self.tr("No plan for this one now."))
        self._relabel()
        self._update_buttons()
        return True

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _relabel(self) -> None:
        current = self._shown
        self.fill_list()
        self._select_quietly(current)

    def _select_quietly(self, category: str) -> None:
        self.category_list.blockSignals(True)
        self.select(category)
        self.category_list.blockSignals(False)

    def _update_buttons(self) -> None:
        has_text = bool(self.plan_edit.toPlainText().strip())
        self.save_button.setEnabled(bool(self._shown) and self._dirty)
        self.remove_button.setEnabled(bool(self._shown) and has_text)

    # -- closing -----------------------------------------------------------

    def accept(self) -> None:
        """Close, keeping a plan being written."""
        if self._dirty and not self.save_plan():
            return
        super().accept()

    def reject(self) -> None:
        """Escape keeps a plan being written too."""
        if self._dirty and not self.save_plan():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window keeps the plan being written."""
        if self._dirty and not self.save_plan():
            event.ignore()
            return
        super().closeEvent(event)

    # -- slots -------------------------------------------------------------

    @Slot()
    def _on_session_locked(self) -> None:
        # The window saved any plan being written before the lock; nothing stays on screen.
        self._dirty = False
        self.plan_edit.clear()
        self.done(0)

    @Slot(str)
    def _on_search_edit_text_changed(self, text: str) -> None:
        del text
        if self._dirty:
            self.save_plan()
        current = self._shown
        self.fill_list()
        self.select(current)
        if not self.category_list.count():
            self._show("")
            self._say(self.tr("No plan holds those words."))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_category_list_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        del previous
        # Read before saving: a save relabels the list, and its items are made anew.
        name = str(current.data(_NAME_ROLE)) if current is not None else ""
        if self._dirty and not self.save_plan():
            # Stay with the plan that could not be kept; its words are still in the editor.
            self._select_quietly(self._shown)
            return
        self._select_quietly(name)
        self._show(name)

    @Slot()
    def _on_plan_edit_text_changed(self) -> None:
        if len(self.plan_edit.toPlainText()) > MAX_PLAN_CHARS:
            self._say(
                self.tr("A plan can hold up to %1 characters.").replace(
                    "%1", self.locale().toString(MAX_PLAN_CHARS)
                )
            )
        self._dirty = True
        self._update_buttons()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save_plan()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.plan_edit.setPlainText("")
        self.save_plan()
