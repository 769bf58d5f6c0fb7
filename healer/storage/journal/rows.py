"""Pages of journal-table rows and their count, cheap at any depth of a large vault."""

from __future__ import annotations

from typing import Any

from healer.domain.activation import ActivationQuery
from healer.domain.clock import format_stored, parse_stored
from healer.domain.journal import ActivationRow, RowPage, RowSort, row_trigger
from healer.storage.journal.activations import ActivationRepository
from healer.storage.search import fts_query
from healer.storage.sqlcipher import Row
from healer.storage.vault import Vault

MAX_PAGE_ROWS = 1000

# Written as in the index of migration 3, so SQLite can walk that index.
_DURATION = "(unixepoch(a.settled_at) - unixepoch(a.started_at))"

# Each order ends in the id so it is total; every one but CATEGORY walks an index.
_ORDER_KEYS: dict[RowSort, tuple[str, ...]] = {
    RowSort.WHEN: ("a.started_at", "a.id"),
    RowSort.TRIGGER: ("a.trigger_text COLLATE NOCASE", "a.id"),
    RowSort.CATEGORY: ("c.name COLLATE NOCASE", "a.started_at", "a.id"),
    RowSort.INTENSITY: ("a.intensity", "a.started_at", "a.id"),
    RowSort.DURATION: (_DURATION, "a.started_at", "a.id"),
}

_JOIN = " LEFT JOIN category AS c ON c.id = a.category_id"
_ROW_SELECT = f"""
    SELECT a.id, a.started_at, a.settled_at, substr(a.trigger_text, 1, 400) AS trigger,
           c.name AS category, a.intensity
    FROM activation AS a{_JOIN}
"""


def _order_by(sort: RowSort, descending: bool) -> str:
    direction = " DESC" if descending else " ASC"
    return " ORDER BY " + ", ".join(key + direction for key in _ORDER_KEYS[sort])


def _to_row(row: Row) -> ActivationRow:
    return ActivationRow(
        id=int(row["id"]),
        started_at=parse_stored(row["started_at"]),
        settled_at=parse_stored(row["settled_at"]) if row["settled_at"] is not None else None,
        trigger=row_trigger(row["trigger"]),
        category=row["category"],
        intensity=None if row["intensity"] is None else int(row["intensity"]),
    )


def is_unfiltered(query: ActivationQuery) -> bool:
    """True when the query lists every activation."""
    return (
        query.since is None
        and query.until is None
        and query.category is None
        and not query.open_only
        and fts_query(query.search) is None
    )


class JournalRowReader:
    """Row pages for the journal table; safe to call from a background thread."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def total(self) -> int:
        """Every activation, read from the running count (no scan)."""
        with self._vault.reading() as connection:
            row = connection.execute("SELECT total FROM activation_stats WHERE id = 1").fetchone()
        return int(row["total"]) if row is not None else 0

    def count(self, query: ActivationQuery) -> int:
        """How many rows the query lists; constant time when nothing is filtered."""
        if is_unfiltered(query):
            return self.total()
        return ActivationRepository(self._vault).count(query)

    def page(self, query: ActivationQuery, request: RowPage) -> list[ActivationRow]:
        """The request's rows of the sorted listing.

        Given the listing's total, a page in the far half is read in the reverse order
        from the other end, so the last page costs what the first one does. In the
        default time order, a neighbouring row (after: the row just above the page,
        before: the row just below it) lets the page be read by key instead of by
        offset, so scrolling on from a loaded page costs the same at any depth.
        """
        offset, limit, total = request.offset, request.limit, request.total
        if offset < 0 or not 0 < limit <= MAX_PAGE_ROWS:
            raise ValueError("page bounds out of range")
        where, params = ActivationRepository._where(query)
        anchor = request.after if request.after is not None else request.before
        if request.sort is RowSort.WHEN and anchor is not None:
            forward = request.after is not None
            return self._keyset_page(
                where, params, request.descending, anchor, forward=forward, limit=limit
            )
        reverse = total is not None and offset + limit / 2 > total / 2
        if reverse and total is not None:
            end = min(offset + limit, total)
            limit = end - offset
            if limit <= 0:
                return []
            offset = total - end
        order = _order_by(request.sort, request.descending != reverse)
        # Ids first: the offset is walked in an index alone (no row is read, the category
        # join is dropped when unused), then only the page's rows are read in full.
        ids = f"SELECT a.id FROM activation AS a{_JOIN}{where}{order} LIMIT ? OFFSET ?"
        sql = f"{_ROW_SELECT} WHERE a.id IN ({ids}){order}"
        with self._vault.reading() as connection:
            rows = connection.execute(sql, [*params, limit, offset]).fetchall()
        result = [_to_row(row) for row in rows]
        if reverse:
            result.reverse()
        return result

    def _keyset_page(
        self,
        where: str,
        params: list[Any],
        descending: bool,
        anchor: ActivationRow,
        *,
        forward: bool,
        limit: int,
    ) -> list[ActivationRow]:
        # Moving down a newest-first listing means smaller keys; read away from the anchor.
        smaller = descending == forward
        clause = f"(a.started_at, a.id) {'<' if smaller else '>'} (?, ?)"
        where = f"{where} AND {clause}" if where else f" WHERE {clause}"
        sql = _ROW_SELECT + where + _order_by(RowSort.WHEN, smaller) + " LIMIT ?"
        values = [*params, format_stored(anchor.started_at), anchor.id, limit]
        with self._vault.reading() as connection:
            rows = connection.execute(sql, values).fetchall()
        result = [_to_row(row) for row in rows]
        if not forward:
            result.reverse()
        return result
