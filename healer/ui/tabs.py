"""The tabs of the main window, in the roadmap's order (body first); add a tab here.

Each page is built the first time it is shown, so a tab's heavy imports (charts pull in
matplotlib) stay off start-up: keep imports inside the build functions.

A page may offer any of these, and the main window wires up whichever it finds:
    save_drafts(), focus_search(), focus_quick_capture(), new_entry(),
    undo_stack (a QUndoStack property), status_message (a Signal(str)).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from healer.services.session import Session

PageBuilder = Callable[[Session, QWidget | None], QWidget]


@dataclass(frozen=True, slots=True)
class TabSpec:
    """One tab: a stable key, a translatable title and how to build its page."""

    key: str
    title: Callable[[], str]
    build: PageBuilder


def _build_journal(session: Session, parent: QWidget | None) -> QWidget:
    from healer.ui.journal.tab import JournalTab  # noqa: PLC0415 (built on first show)

    return JournalTab(session, parent)


def default_tabs() -> tuple[TabSpec, ...]:
    """Today's tabs. Later: Regulate, 20-minute pause, Parts, Relationships, Charts."""
    return (
        TabSpec(
            "journal",
            lambda: QCoreApplication.translate("tabs", "Activation log"),
            _build_journal,
        ),
    )
