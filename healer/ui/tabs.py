"""The tabs of the main window, in the roadmap's order (body first); add a tab here.

Each page is built the first time it is shown, so a tab's heavy imports (charts pull in
matplotlib) stay off start-up: keep imports inside the build functions.

A page may offer any of these, and the main window wires up whichever it finds:
    save_drafts(), focus_search(), focus_quick_capture(), new_entry(),
    undo_stack (a QUndoStack property), status_message (a Signal(str)),
    start_activated() (Ctrl+Shift+A), tab_requested (Signal(str): show the tab of
    that key), tab_badge (Signal(str): a short state beside the title, never private),
    entry_requested (Signal(int): open that activation's entry in the tab offering
    open_entry(activation_id)), activity_running() (True while a practice or a pause
    is under way: the idle lock waits), pacer_requested (Signal(): open the breathing
    pacer itself, in front), help_requested (Signal(): open the help page),
    moment_requested (Signal(int): log a moment after that pause, in the tab offering
    log_moment_after_pause(pause_id)), new_entry_requested (Signal(): a new activation
    entry, in the tab offering new_entry()).
    Tabs never import each other; they ask through these.
A TabSpec's build_now(session) builds its page at unlock even if hidden, and its
preload modules are imported one per idle step once the window has painted, so the
first show of a heavy tab does not stall on its imports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the vault code loads after the unlock dialog has painted
    from healer.services.session import Session

PageBuilder: TypeAlias = "Callable[[Session, QWidget | None], QWidget]"


@dataclass(frozen=True, slots=True)
class TabSpec:
    """One tab: a stable key, a translatable title and how to build its page."""

    key: str
    title: Callable[[], str]
    build: PageBuilder
    # Asked at unlock: True builds the page at once, though hidden (a running pause timer).
    build_now: Callable[[Session], bool] | None = None
    # Modules to import after the window's first paint, one per idle step, leaves first.
    preload: tuple[str, ...] = ()


def _build_path(session: Session, parent: QWidget | None) -> QWidget:
    from healer.ui.path.tab import PathTab  # noqa: PLC0415 (built on first show)

    return PathTab(session, parent)


def _build_journal(session: Session, parent: QWidget | None) -> QWidget:
    from healer.ui.journal.tab import JournalTab  # noqa: PLC0415 (built on first show)

    return JournalTab(session, parent)


def _build_regulate(session: Session, parent: QWidget | None) -> QWidget:
    from healer.ui.regulate.tab import RegulateTab  # noqa: PLC0415 (built on first show)

    return RegulateTab(session, parent)


def _build_pause(session: Session, parent: QWidget | None) -> QWidget:
    from healer.ui.pause.tab import PauseTab  # noqa: PLC0415 (built on first show)

    return PauseTab(session, parent)


def _build_parts(session: Session, parent: QWidget | None) -> QWidget:
    from healer.ui.parts.tab import PartsTab  # noqa: PLC0415 (built on first show)

    return PartsTab(session, parent)


def _build_people(session: Session, parent: QWidget | None) -> QWidget:
    from healer.ui.people.tab import PeopleTab  # noqa: PLC0415 (built on first show)

    return PeopleTab(session, parent)


def _build_charts(session: Session, parent: QWidget | None) -> QWidget:
    from healer.ui.charts.tab import ChartsTab  # noqa: PLC0415 (matplotlib: first show only)

    return ChartsTab(session, parent)


def _build_support(session: Session, parent: QWidget | None) -> QWidget:
    from healer.ui.charts.paper import paper_charts  # noqa: PLC0415 (matplotlib: first show only)
    from healer.ui.support.tab import SupportTab  # noqa: PLC0415 (built on first show)

    # The summary's charts come from the charts package, handed in so the tabs stay apart.
    return SupportTab(session, paper_charts, parent)


# The charts tab's own modules (never matplotlib: its chart thread loads that), and the
# session's charts service, which the tab's first request would otherwise import.
CHARTS_PRELOAD = (
    "statistics",
    "healer.domain.trends",
    "healer.domain.helps",
    "healer.domain.pareto",
    "healer.domain.chartset",
    "healer.services.charts",
    "healer.services.people",  # the being-met chart asks for the names
    "healer.ui.common.practice_texts",
    "healer.ui.charts.texts",
    "healer.ui.charts.chart_thread",
    "healer.ui.charts.canvas",
    "healer.ui.charts.panel",
    "healer.ui.charts.being_met",
    "healer.ui.charts.tab",
)


def _pause_open(session: Session) -> bool:
    return session.pause.is_open()


def default_tabs() -> tuple[TabSpec, ...]:
    """Today's tabs."""
    return (
        TabSpec("path", lambda: QCoreApplication.translate("tabs", "Your path"), _build_path),
        TabSpec(
            "journal",
            lambda: QCoreApplication.translate("tabs", "Activation log"),
            _build_journal,
        ),
        TabSpec(
            "regulate",
            lambda: QCoreApplication.translate("tabs", "Regulate"),
            _build_regulate,
        ),
        TabSpec(
            "pause",
            lambda: QCoreApplication.translate("tabs", "20-minute pause"),
            _build_pause,
            build_now=_pause_open,
        ),
        TabSpec("parts", lambda: QCoreApplication.translate("tabs", "Parts"), _build_parts),
        TabSpec("people", lambda: QCoreApplication.translate("tabs", "People"), _build_people),
        TabSpec(
            "charts",
            lambda: QCoreApplication.translate("tabs", "Charts"),
            _build_charts,
            preload=CHARTS_PRELOAD,
        ),
        TabSpec("support", lambda: QCoreApplication.translate("tabs", "Support"), _build_support),
    )
