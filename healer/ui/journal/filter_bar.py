"""Find and filter: words from the full-text index, a category, and a range of days.

Signals:
    query_changed(query): the filters changed (typing settles for a moment before this fires).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.activation import ActivationQuery
from healer.domain.changes import Change
from healer.services.journal import shown_category
from healer.services.session import Session

SEARCH_SETTLE_MS = 250
_ANY_DATE = QDate(2000, 1, 1)


class FilterBar(QWidget):
    """The controls above the journal table."""

    query_changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SEARCH_SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Words from any prompt"))
        self.search_edit.setAccessibleName(self.tr("Search entries"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(150)
        search_label = QLabel(self.tr("Fin&d"), self)
        search_label.setBuddy(self.search_edit)

        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Show category"))
        self.category_combo.setMinimumContentsLength(10)
        category_label = QLabel(self.tr("&Category"), self)
        category_label.setBuddy(self.category_combo)

        self.from_edit = self._date_edit(self.tr("From day"))
        from_label = QLabel(self.tr("F&rom"), self)
        from_label.setBuddy(self.from_edit)
        self.to_edit = self._date_edit(self.tr("Until day"))
        to_label = QLabel(self.tr("&Until"), self)
        to_label.setBuddy(self.to_edit)

        self.clear_button = QPushButton(self.tr("Show &all"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the filters"))
        self.clear_button.setEnabled(False)

        self._lay_out(search_label, category_label, from_label, to_label)

        self.reload_categories()
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.category_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.from_edit.dateChanged.connect(self._on_filter_changed)
        self.to_edit.dateChanged.connect(self._on_filter_changed)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        session.changes.data_changed.connect(self._on_session_data_changed)

    def _lay_out(self, search: QLabel, category: QLabel, since: QLabel, until: QLabel) -> None:
        # Two rows, so the journal fits a small laptop beside its two-week panel.
        words = QHBoxLayout()
        words.setSpacing(6)
        words.addWidget(search)
        words.addWidget(self.search_edit, 2)
        words.addSpacing(8)
        words.addWidget(category)
        words.addWidget(self.category_combo, 1)
        days = QHBoxLayout()
        days.setSpacing(6)
        days.addWidget(since)
        days.addWidget(self.from_edit)
        days.addSpacing(4)
        days.addWidget(until)
        days.addWidget(self.to_edit)
        days.addStretch(1)
        days.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(words)
        layout.addLayout(days)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = AnyDayEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_ANY_DATE)
        # The minimum date stands for "no limit": Qt shows the special text instead of it.
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(_ANY_DATE)
        edit.setAccessibleName(name)
        return edit

    def reload_categories(self) -> None:
        """Refill the category choice, keeping the current one when it still exists."""
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        if self._session.is_open:
            for category in self._session.journal.categories():
                self.category_combo.addItem(shown_category(category.name), category.name)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(current)))
        self.category_combo.blockSignals(False)

    def query(self) -> ActivationQuery:
        """The filters as a query."""
        category = self.category_combo.currentData()
        return ActivationQuery(
            search=self.search_edit.text(),
            category=str(category) if category else None,
            since=_local_midnight(self.from_edit.date()),
            until=_local_midnight(self.to_edit.date().addDays(1))
            if self.to_edit.date() != _ANY_DATE
            else None,
        )

    def set_category(self, name: str | None) -> None:
        """Choose a category to show (None for all)."""
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(name)))

    def set_days(self, first: QDate | None, last: QDate | None) -> None:
        """Limit to a range of local days (None for open-ended)."""
        self.from_edit.setDate(first or _ANY_DATE)
        self.to_edit.setDate(last or _ANY_DATE)

    def clear(self) -> None:
        """Show everything again."""
        self.search_edit.clear()
        self.set_category(None)
        self.set_days(None, None)
        self._emit_now()

    def _emit_now(self) -> None:
        self._settle.stop()
        query = self.query()
        self.clear_button.setEnabled(query != ActivationQuery())
        self.query_changed.emit(query)

    @Slot(str)
    def _on_search_edit_text_changed(self, text: str) -> None:
        del text
        self._settle.start()

    @Slot()
    def _on_settle_timeout(self) -> None:
        self._emit_now()

    @Slot()
    def _on_filter_changed(self) -> None:
        self._emit_now()

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        self.clear()

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & Change.CATEGORY:
            self.reload_categories()


class AnyDayEdit(QDateEdit):
    """A day filter whose lowest date reads "any day"; Tab always leaves it then."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """While "any day" shows there are no sections to step through: move on."""
        # Qt's date edit steps Tab through day/month/year sections, and with the special
        # text shown it finds none and keeps the focus: a keyboard trap.
        if self.date() == self.minimumDate() and self.specialValueText():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


def _local_midnight(day: QDate) -> datetime | None:
    if day == _ANY_DATE:
        return None
    moment = QDateTime(day, QTime(0, 0))
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)
