"""The journal table model: a row count plus pages of rows fetched on demand, off the GUI thread.

Signals:
    loaded(): the row count for the current query and order is known (after every refresh).
    page_loaded(page): one page of rows arrived and its cells were announced as changed.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont

from healer.domain.activation import ActivationQuery
from healer.domain.changes import Change
from healer.domain.journal import ActivationRow, RowPage, RowSort
from healer.services.background import PendingRead
from healer.services.journal import shown_category
from healer.services.session import Session
from healer.ui.common.formatting import format_duration, format_when

PAGE_ROWS = 200
MAX_PAGES = 64  # 12,800 rows of display strings at most: a few MB whatever the vault holds
MAX_WANTED = 6  # pages asked for while one is loading; older wishes are dropped when scrolling

COLUMNS: tuple[RowSort, ...] = (
    RowSort.WHEN,
    RowSort.TRIGGER,
    RowSort.CATEGORY,
    RowSort.INTENSITY,
    RowSort.DURATION,
)
ActivationIdRole = Qt.ItemDataRole.UserRole + 1
IsOpenRole = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_ALIGNMENT = tuple(
    _RIGHT if sort in (RowSort.INTENSITY, RowSort.DURATION) else _LEFT for sort in COLUMNS
)
_LOADING = "…"

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Page:
    """Rows of one page with every cell's text formatted once, when the page arrives."""

    rows: tuple[ActivationRow, ...]
    cells: tuple[tuple[str, ...], ...]


class ActivationTableModel(QAbstractTableModel):
    """A thin, read-only view of the session's activations, newest first by default."""

    loaded = Signal()
    page_loaded = Signal(int)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._locale = QLocale()
        self._italic = QFont()
        self._italic.setItalic(True)
        self._query = ActivationQuery()
        self._sort = RowSort.WHEN
        self._descending = True
        self._row_count = 0
        self.total_entries = 0  # every entry in the vault, whatever the filters
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._stale: dict[int, _Page] = {}
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._page_ticket: tuple[PendingRead[list[ActivationRow]], int] | None = None
        self._count_ticket: PendingRead[tuple[int, int]] | None = None
        self._reset_on_count = True
        session.changes.data_changed.connect(self._on_session_data_changed)
        session.locked.connect(self._on_session_locked)

    # -- what to show ------------------------------------------------------

    @property
    def query(self) -> ActivationQuery:
        """The filters in force."""
        return self._query

    @property
    def is_loading(self) -> bool:
        """True while the row count of a refresh is still on its way."""
        return self._count_ticket is not None

    def set_query(self, query: ActivationQuery) -> None:
        """Show the rows matching query (search, category, dates) from the top."""
        self._query = query
        self.refresh(reset=True)

    def refresh(self, *, reset: bool = False) -> None:
        """Ask again for the row count; rows are re-read as they come into view."""
        if not self._session.is_open:
            return
        self._reset_on_count = self._reset_on_count or reset
        self._cancel_reads()
        self._wanted.clear()
        self._count_ticket = self._session.journal.request_row_count(
            self._query, self, self._on_count_read, self._on_count_failed
        )

    def _cancel_reads(self) -> None:
        if self._count_ticket is not None:
            self._count_ticket.cancel()
        if self._page_ticket is not None:
            self._page_ticket[0].cancel()
        self._page_ticket = None
        self._count_ticket = None

    def clear(self) -> None:
        """Forget every row (on lock): nothing of the journal stays in memory here."""
        self.beginResetModel()
        self._row_count = 0
        self.total_entries = 0
        self._pages.clear()
        self._stale.clear()
        self._wanted.clear()
        self._cancel_reads()
        self.endResetModel()

    def row_at(self, row: int) -> ActivationRow | None:
        """The loaded row at a position, or None while its page is loading."""
        page = self._page_for(row)
        if page is None:
            return None
        return page.rows[row % PAGE_ROWS]

    # -- Qt model interface ------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows in the whole listing, loaded or not."""
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """When, trigger, category, intensity, duration."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        """Cell text from the page cache; a page not yet loaded is requested and shows '…'."""
        if role == _DISPLAY:
            page = self._page_for(index.row())
            if page is None:
                return _LOADING if index.column() == 0 else ""
            return page.cells[index.row() % PAGE_ROWS][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENT[index.column()]
        if role in (ActivationIdRole, IsOpenRole, Qt.ItemDataRole.FontRole):
            row = self.row_at(index.row())
            if row is None:
                return None
            if role == ActivationIdRole:
                return row.id
            if role == IsOpenRole:
                return row.is_open
            return (
                self._italic
                if row.is_open and COLUMNS[index.column()] is RowSort.DURATION
                else None
            )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == _DISPLAY:
            return _column_title(COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENT[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the whole listing by a column (done by the vault, not in memory)."""
        if not 0 <= column < len(COLUMNS):
            return
        sort = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = sort, descending
        self.refresh(reset=True)

    # -- paging ------------------------------------------------------------

    def _page_for(self, row: int) -> _Page | None:
        number = row // PAGE_ROWS
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        self._want(number)
        return self._stale.get(number)

    def _want(self, number: int) -> None:
        if self._page_ticket is not None and self._page_ticket[1] == number:
            return
        self._wanted[number] = None
        self._wanted.move_to_end(number)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        self._dispatch()

    def _dispatch(self) -> None:
        if self._page_ticket is not None or self._count_ticket is not None:
            return
        while self._wanted:
            number, _ = self._wanted.popitem(last=True)
            if number not in self._pages and number * PAGE_ROWS < self._row_count:
                # A loaded neighbour lets the vault read by key instead of walking an offset.
                above = self._pages.get(number - 1)
                below = self._pages.get(number + 1) if above is None else None
                ticket = self._session.journal.request_rows(
                    self._query,
                    self,
                    partial(self._on_page_read, number),
                    self._on_page_failed,
                    page=RowPage(
                        offset=number * PAGE_ROWS,
                        limit=PAGE_ROWS,
                        sort=self._sort,
                        descending=self._descending,
                        total=self._row_count,
                        after=above.rows[-1] if above is not None else None,
                        before=below.rows[0] if below is not None else None,
                    ),
                )
                self._page_ticket = (ticket, number)
                return

    def _store_page(self, number: int, rows: list[ActivationRow]) -> None:
        cells = tuple(
            (
                format_when(row.started_at, self._locale),
                row.trigger,
                shown_category(row.category or ""),
                "–" if row.intensity is None else str(row.intensity),
                format_duration(row.duration),
            )
            for row in rows
        )
        self._pages[number] = _Page(tuple(rows), cells)
        self._stale.pop(number, None)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_ROWS
        last = min(first + len(rows), self._row_count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(number)

    def _apply_count(self, count: int) -> None:
        if self._reset_on_count or count != self._row_count:
            self.beginResetModel()
            self._row_count = count
            self._pages.clear()
            self._stale.clear()
            self.endResetModel()
        else:
            # Same size: keep showing the old cells until fresh ones arrive (no flicker,
            # the selection stays), and ask the view to repaint, which asks for pages.
            self._stale = dict(self._pages)
            self._pages.clear()
            if count:
                self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))
        self._reset_on_count = False
        self.loaded.emit()

    # -- slots -------------------------------------------------------------

    def _on_count_read(self, counts: tuple[int, int]) -> None:
        self._count_ticket = None
        self.total_entries = counts[1]
        self._apply_count(counts[0])
        self._dispatch()

    def _on_page_read(self, number: int, rows: list[ActivationRow]) -> None:
        self._page_ticket = None
        self._store_page(number, rows)
        self._dispatch()

    def _on_count_failed(self, reason: str) -> None:
        del reason  # logged by the reader; the table keeps what it shows
        self._count_ticket = None
        self._dispatch()

    def _on_page_failed(self, reason: str) -> None:
        del reason  # logged by the reader; the table keeps what it shows
        self._page_ticket = None
        self._dispatch()

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & (Change.ACTIVATION | Change.CATEGORY):
            self.refresh()

    @Slot()
    def _on_session_locked(self) -> None:
        self.clear()


def _column_title(sort: RowSort) -> str:
    titles = {
        RowSort.WHEN: QCoreApplication.translate("journal", "When"),
        RowSort.TRIGGER: QCoreApplication.translate("journal", "What happened"),
        RowSort.CATEGORY: QCoreApplication.translate("journal", "Category"),
        RowSort.INTENSITY: QCoreApplication.translate("journal", "Intensity"),
        RowSort.DURATION: QCoreApplication.translate("journal", "Duration"),
    }
    return titles[sort]
