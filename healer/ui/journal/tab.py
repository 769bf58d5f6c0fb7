"""The activation log tab: capture, the journal table with its filters, and the two-week map.

Signals:
    status_message(text): a short confirmation for the status bar ("Saved", "Entry deleted").
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from healer.domain.activation import ActivationQuery
from healer.domain.category import DEFAULT_CATEGORIES
from healer.domain.errors import HealerError
from healer.services.journal import shown_category
from healer.services.session import Session
from healer.ui.journal.filter_bar import FilterBar
from healer.ui.journal.open_banner import OpenEpisodeBanner
from healer.ui.journal.quick_capture import QuickCaptureWidget
from healer.ui.journal.table_model import ActivationIdRole, ActivationTableModel, IsOpenRole
from healer.ui.journal.two_week_panel import TwoWeekPanel
from healer.ui.journal.undo import DeleteActivationCommand

if TYPE_CHECKING:  # loaded on first use (or by ModulePreloader at the unlock dialog)
    from healer.ui.journal.entry_dialog import EntryDialog

SIDE_PANEL_WIDTH = 290


class JournalTab(QWidget):
    """Everything about logging activations, hosted by the main window as one tab."""

    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._undo_stack = QUndoStack(self)
        self._dialog: EntryDialog | None = None
        self._build()
        self._connect()
        self.model.refresh(reset=True)
        self.two_week.refresh()
        self._update_actions()

    # -- building ----------------------------------------------------------

    def _build(self) -> None:
        self.banner = OpenEpisodeBanner(self._session, self)
        self.quick_capture = QuickCaptureWidget(self._session, self)
        self.filter_bar = FilterBar(self._session, self)

        self._build_table()
        self.two_week = TwoWeekPanel(self._session, self)
        # On a short screen, or in a longer language, the panel scrolls rather than squashing
        # its lines into each other. Its width leaves room for the scroll bar, so a scroll bar
        # coming or going never rewraps the lines it was measured by.
        side = QScrollArea(self)
        side.setWidget(self.two_week)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = side.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.two_week.setFixedWidth(SIDE_PANEL_WIDTH)
        side.setFixedWidth(SIDE_PANEL_WIDTH + bar)
        side.setAlignment(Qt.AlignmentFlag.AlignRight)  # that room falls between the columns

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.filter_bar)
        left.addWidget(self.table, 1)
        left.addLayout(self._build_actions())

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 1)
        body.addWidget(side)

        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.setSpacing(12)
        outer.addWidget(self.banner)
        outer.addWidget(self.quick_capture)
        outer.addWidget(rule)
        outer.addLayout(body, 1)

        QWidget.setTabOrder(self.quick_capture.full_button, self.filter_bar.search_edit)
        QWidget.setTabOrder(self.filter_bar.clear_button, self.table)
        QWidget.setTabOrder(self.table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.settle_button)
        QWidget.setTabOrder(self.settle_button, self.delete_button)

        self._delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self._delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _build_table(self) -> None:
        self.model = ActivationTableModel(self._session, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Logged activations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks the model to measure a million rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("00/00/0000 00:00 pm") + 24)
        # Room for the longest seeded trigger as the person's language names it.
        seeded = max(metrics.horizontalAdvance(shown_category(name)) for name in DEFAULT_CATEGORIES)
        header.resizeSection(2, seeded + 32)
        header.resizeSection(3, metrics.horizontalAdvance(self.tr("Intensity")) + 28)
        header.resizeSection(4, metrics.horizontalAdvance(self.tr("still activated")) + 28)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

    def _build_actions(self) -> QHBoxLayout:
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of entries"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected entry"))
        self.settle_button = QPushButton(self.tr("&I've settled"), self)
        self.settle_button.setAccessibleName(self.tr("Mark the selected entry as settled"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))

        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.settle_button)
        actions.addWidget(self.delete_button)

        return actions

    def _connect(self) -> None:
        self.quick_capture.saved.connect(self._on_quick_capture_saved)
        self.quick_capture.problem.connect(self.status_message)
        self.quick_capture.full_entry_requested.connect(self._on_quick_capture_full_entry_requested)
        self.quick_capture.plan_requested.connect(self._on_quick_capture_plan_requested)
        self.banner.settled.connect(self._on_banner_settled)
        self.filter_bar.query_changed.connect(self._on_filter_bar_query_changed)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.modelReset.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.settle_button.clicked.connect(self._on_settle_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._delete_shortcut.activated.connect(self._on_delete_button_clicked)
        self._session.locked.connect(self._on_session_locked)

    # -- the API the main window uses --------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        """Undoable actions of this tab (deleting entries)."""
        return self._undo_stack

    def focus_search(self) -> None:
        """Put the cursor in the search box, its words selected."""
        self.filter_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_edit.selectAll()

    def focus_quick_capture(self) -> None:
        """Put the cursor in the quick-capture line."""
        self.quick_capture.trigger_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def new_entry(self) -> EntryDialog:
        """Open the full form for a new episode (offering a kept draft)."""
        return self._open_dialog(None)

    def open_entry(self, activation_id: int) -> EntryDialog | None:
        """Open the full form on an existing episode."""
        try:
            activation = self._session.journal.get(activation_id)
        except HealerError:
            self.status_message.emit(self.tr("That entry is no longer there."))
            return None
        return self._open_dialog(activation.id)

    def save_drafts(self) -> None:
        """Write any unsaved typing into the vault (before a lock or quit)."""
        if not self._session.is_open:
            return
        self.quick_capture.save_draft()
        if self._dialog is not None:
            self._dialog.save_draft_now()
        plans_dialog = sys.modules.get("healer.ui.journal.plans_dialog")
        if plans_dialog is not None:  # only once a plans dialog has been opened
            for dialog in self.findChildren(plans_dialog.TriggerPlansDialog):
                dialog.save_plan()

    @property
    def entry_dialog(self) -> EntryDialog | None:
        """The form, while it is open."""
        return self._dialog

    # -- actions -----------------------------------------------------------

    def selected_id(self) -> int | None:
        """The id of the entry on the current row, once its page has loaded."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, ActivationIdRole)
        return int(value) if value is not None else None

    def delete_selected(self) -> bool:
        """Delete the current entry; Ctrl+Z brings it back."""
        activation_id = self.selected_id()
        if activation_id is None:
            return False
        try:
            activation = self._session.journal.get(activation_id)
        except HealerError:
            return False
        command = DeleteActivationCommand(self._session, activation, self.status_message.emit)
        self._undo_stack.push(command)
        if command.failed:
            self.status_message.emit(self.tr("The entry could not be deleted."))
            return False
        self.status_message.emit(self.tr("Entry deleted. Undo (Ctrl+Z) brings it back."))
        return True

    def settle_selected(self) -> bool:
        """Mark the current entry as settled now."""
        activation_id = self.selected_id()
        if activation_id is None:
            return False
        try:
            self._session.journal.settle(activation_id)
        except HealerError:
            return False
        self.status_message.emit(self.tr("Marked as settled. Well done for staying with it."))
        return True

    def _open_dialog(
        self,
        activation_id: int | None,
        trigger: str = "",
        intensity: int | None = None,
        category: str = "",
    ) -> EntryDialog:
        if self._dialog is not None:
            self._dialog.save_draft_now()
            self._dialog.close()
        from healer.ui.journal.entry_dialog import EntryDialog  # noqa: PLC0415

        activation = self._session.journal.get(activation_id) if activation_id is not None else None
        dialog = EntryDialog(
            self._session,
            activation,
            self,
            initial_trigger=trigger,
            initial_intensity=intensity,
            initial_category=category,
        )
        dialog.setWindowFlag(Qt.WindowType.Window, True)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _update_actions(self) -> None:
        index = self.table.currentIndex()
        has_row = index.isValid() and self.model.data(index, ActivationIdRole) is not None
        is_open = bool(has_row and self.model.data(index, IsOpenRole))
        self.open_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
        self.settle_button.setEnabled(is_open)

    # -- slots -------------------------------------------------------------

    @Slot(int)
    def _on_quick_capture_saved(self, activation_id: int) -> None:
        del activation_id
        self.status_message.emit(self.tr("Saved. Add the rest whenever you are ready."))

    @Slot(str, object, str)
    def _on_quick_capture_full_entry_requested(
        self, text: str, intensity: int | None, category: str
    ) -> None:
        self._open_dialog(None, text, intensity, category)
        if text.strip():
            self.quick_capture.reset()

    @Slot(str)
    def _on_quick_capture_plan_requested(self, category: str) -> None:
        self.two_week.open_plans(category)

    @Slot(int)
    def _on_banner_settled(self, activation_id: int) -> None:
        del activation_id
        self.status_message.emit(self.tr("Marked as settled. Well done for staying with it."))

    @Slot(object)
    def _on_filter_bar_query_changed(self, query: object) -> None:
        assert isinstance(query, ActivationQuery)
        self.model.set_query(query)

    @Slot()
    def _on_model_loaded(self) -> None:
        shown = self.model.rowCount()
        if self.model.query == ActivationQuery():
            text = self.tr("%Ln entries", "", shown)
        else:
            total = self.model.total_entries
            # The verb agrees with the entries that match, in English as in Spanish.
            text = self.tr("%Ln of %1 entries match", "", shown).replace(
                "%1", self.locale().toString(total)
            )
        self.count_label.setText(text)
        self._update_actions()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        value = self.model.data(index, ActivationIdRole)
        if value is not None:
            self.open_entry(int(value))

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del current, previous
        self._update_actions()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        activation_id = self.selected_id()
        if activation_id is not None:
            self.open_entry(activation_id)

    @Slot()
    def _on_settle_button_clicked(self) -> None:
        self.settle_selected()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        self.delete_selected()

    @Slot(int)
    def _on_dialog_saved(self, activation_id: int) -> None:
        del activation_id
        self.status_message.emit(self.tr("Saved"))

    @Slot(int)
    def _on_dialog_finished(self, result: int) -> None:
        del result
        dialog, self._dialog = self._dialog, None
        if (
            dialog is not None
            and self._session.is_open
            and self._session.journal.draft(dialog.slot)
        ):
            self.status_message.emit(self.tr("Draft kept; it will be offered next time."))

    @Slot()
    def _on_session_locked(self) -> None:
        # Nothing of the journal may stay in memory: undo commands hold whole entries.
        self._undo_stack.clear()
        self.quick_capture.trigger_edit.clear()
        if self._dialog is not None:
            dialog, self._dialog = self._dialog, None
            dialog.done(0)
        self.count_label.clear()
