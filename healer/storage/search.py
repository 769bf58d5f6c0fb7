"""Turning words a person types into a safe FTS5 query."""

from __future__ import annotations

MAX_SEARCH_WORDS = 16


def fts_query(words: str) -> str | None:
    """Each word quoted and prefix-matched, all required; None when nothing is left to search."""
    # NUL ends an FTS5 query string early and lone surrogates cannot be bound as UTF-8:
    # neither can match stored text, so they are dropped rather than raising.
    cleaned = words.replace("\x00", " ").encode("utf-8", "replace").decode("utf-8")
    terms = [word.replace('"', '""') for word in cleaned.split() if word.strip('"')]
    if not terms:
        return None
    return " AND ".join(f'"{term}"*' for term in terms[:MAX_SEARCH_WORDS])
