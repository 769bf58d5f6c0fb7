"""Turning words a person types into a safe FTS5 query."""

from __future__ import annotations

MAX_SEARCH_WORDS = 16


def fts_query(words: str) -> str | None:
    """Each word quoted and prefix-matched, all required; None when nothing is left to search."""
    terms = [word.replace('"', '""') for word in words.split() if word.strip('"')]
    if not terms:
        return None
    return " AND ".join(f'"{term}"*' for term in terms[:MAX_SEARCH_WORDS])
