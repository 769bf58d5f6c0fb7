"""The main window: one tab per roadmap area, menus, status bar, and locking.

Signals:
    locked(): the session was locked and every page destroyed; the window is hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSize, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from healer.appinfo import APP_NAME
from healer.services.session import Session
from healer.ui.backup.care import BackupCare
from healer.ui.common.fit import fit_to_screen
from healer.ui.common.vault_banner import VaultStateBanner
from healer.ui.preload import ModulePreloader
from healer.ui.tabs import TabSpec, default_tabs
from healer.ui.window_care import WindowCare

if TYPE_CHECKING:  # built the first time help is asked for
    from healer.ui.help_dialog import HelpDialog

STATUS_TIMEOUT_MS = 5000


class MainWindow(WindowCare):
    """Hosts the tabs of one unlocked session; lock() tears every page down."""

    locked = Signal()

    def __init__(
        self,
        session: Session,
        tabs: Sequence[TabSpec] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self._specs = tuple(tabs if tabs is not None else default_tabs())
        self._pages: dict[str, QWidget] = {}
        self._holders: list[QVBoxLayout] = []
        self._help: HelpDialog | None = None
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        fit_to_screen(self, QSize(1100, 720))

        self.undo_group = QUndoGroup(self)
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setDocumentMode(True)
        # A lone tab is only noise; the bar appears once a second roadmap area exists.
        self.tab_widget.setTabBarAutoHide(True)
        self.tab_widget.setAccessibleName(self.tr("Healer areas"))
        for spec in self._specs:
            holder = QWidget(self.tab_widget)
            holder.setObjectName(f"tab-{spec.key}")
            holder.setAccessibleName(spec.title())
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append(layout)
            self.tab_widget.addTab(holder, spec.title())
        # The banner says when the vault can only be read; it sits above the tabs.
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.vault_banner = VaultStateBanner(central)
        column.addWidget(self.vault_banner)
        column.addWidget(self.tab_widget)
        self.setCentralWidget(central)
        self.vault_banner.show_state(session.read_only, session.damaged)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().setAccessibleName(self.tr("Status"))

        self.backup_care = BackupCare(self, self)
        self._create_actions()
        self._create_menus()
        self.tab_widget.currentChanged.connect(self._on_tab_widget_current_changed)
        self._build_pages()
        self.restore_layout()
        self.backup_care.tell_pending_problem()
        # The heavier tabs' modules load in small idle steps once the window has painted.
        preload = [name for spec in self._specs for name in spec.preload]
        ModulePreloader(preload, parent=self).start_after_paint(self)

    # -- state -------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        """The unlocked session, or None while locked."""
        return self._session

    def activity_running(self) -> bool:
        """True while a page has a practice or a pause under way, or the vault is re-encrypted."""
        if self.passphrase_change_running():
            return True
        for page in self._pages.values():
            running = getattr(page, "activity_running", None)
            if callable(running) and running():
                return True
        return False

    def _unlocked_session(self) -> Session | None:
        return self._session

    @property
    def built_pages(self) -> dict[str, QWidget]:
        """Pages built so far, by tab key (a copy)."""
        return dict(self._pages)

    def page(self, key: str) -> QWidget:
        """The page of a tab, built now if it was not yet shown."""
        index = next(i for i, spec in enumerate(self._specs) if spec.key == key)
        page = self._ensure_page(index)
        assert page is not None, "pages exist only while unlocked"
        return page

    def show_tab(self, key: str) -> QWidget:
        """Switch to a tab and return its page."""
        index = next(i for i, spec in enumerate(self._specs) if spec.key == key)
        self.tab_widget.setCurrentIndex(index)
        return self.page(key)

    # -- pages -------------------------------------------------------------

    def _ensure_page(self, index: int) -> QWidget | None:
        if self._session is None or not 0 <= index < len(self._specs):
            return None
        spec = self._specs[index]
        page = self._pages.get(spec.key)
        if page is not None:
            return page
        holder = self._holders[index]
        page = spec.build(self._session, holder.parentWidget())
        holder.addWidget(page)
        self._pages[spec.key] = page
        self.restore_splitters(page)
        stack = page_undo_stack(page)
        if stack is not None:
            self.undo_group.addStack(stack)
        status = getattr(page, "status_message", None)
        if isinstance(status, SignalInstance):
            status.connect(self._on_page_status_message)
        wanted = getattr(page, "tab_requested", None)
        if isinstance(wanted, SignalInstance):
            wanted.connect(self._on_page_tab_requested)
        entry = getattr(page, "entry_requested", None)
        if isinstance(entry, SignalInstance):
            entry.connect(self._on_page_entry_requested)
        new_entry = getattr(page, "new_entry_requested", None)
        if isinstance(new_entry, SignalInstance):
            new_entry.connect(self._on_new_entry_action_triggered)
        pacer = getattr(page, "pacer_requested", None)
        if isinstance(pacer, SignalInstance):
            pacer.connect(self._on_page_pacer_requested)
        moment = getattr(page, "moment_requested", None)
        if isinstance(moment, SignalInstance):
            moment.connect(self._on_page_moment_requested)
        help_wanted = getattr(page, "help_requested", None)
        if isinstance(help_wanted, SignalInstance):
            help_wanted.connect(self.show_help)
        badge = getattr(page, "tab_badge", None)
        if isinstance(badge, SignalInstance):
            badge.connect(partial(self._on_page_tab_badge, index))
        if self.tab_widget.currentIndex() == index:
            self._activate_stack(stack)
        return page

    def _on_tab_widget_current_changed(self, index: int) -> None:
        page = self._ensure_page(index)
        self._activate_stack(page_undo_stack(page))
        # A page with quick capture takes the cursor there when shown (Ctrl+2 from the
        # path page), unless the person is already typing somewhere in it.
        focus = getattr(page, "focus_quick_capture", None)
        typing = QApplication.focusWidget()
        inside = typing is not None and page is not None and page.isAncestorOf(typing)
        if page is not None and callable(focus) and not inside:
            focus()

    def _activate_stack(self, stack: QUndoStack | None) -> None:
        # Qt takes nullptr here ("no active stack"); PySide's stubs only list QUndoStack.
        self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]

    def _on_page_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _page_offering(
        self, method: str, *, switch_tab: bool = True
    ) -> Callable[[], object] | None:
        """The current page's `method`, else the first tab (in roadmap order) that has it."""
        current = self._ensure_page(self.tab_widget.currentIndex())
        if current is not None and callable(getattr(current, method, None)):
            return cast("Callable[[], object]", getattr(current, method))
        if not switch_tab:
            return None
        for index, spec in enumerate(self._specs):
            page = self._ensure_page(index)
            if page is not None and callable(getattr(page, method, None)):
                self.show_tab(spec.key)
                return cast("Callable[[], object]", getattr(page, method))
        return None

    def _on_page_tab_badge(self, index: int, badge: str) -> None:
        """A short state beside a tab's title (a pause's time left); never journal text."""
        title = self._specs[index].title()
        text = self.tr("%1 · %2").replace("%1", title).replace("%2", badge) if badge else title
        self.tab_widget.setTabText(index, text)

    def _on_page_moment_requested(self, pause_id: int) -> None:
        """A finished pause asks for a moment of being met, in the tab offering the form."""
        handler = self._page_offering("log_moment_after_pause")
        if handler is not None:
            cast("Callable[[int], object]", handler)(pause_id)

    def _on_page_tab_requested(self, key: str) -> None:
        if any(spec.key == key for spec in self._specs):
            self.show_tab(key)

    def _on_page_pacer_requested(self, own_window: bool) -> None:
        """The breathing pacer itself, in front: in its own window above a dialog."""
        show = self._page_offering("show_pacer")
        if show is None:
            return
        self.raise_()
        self.activateWindow()
        in_window = getattr(getattr(show, "__self__", None), "show_pacer_window", None)
        if own_window and callable(in_window):
            in_window()
        else:
            show()

    def _on_page_entry_requested(self, activation_id: int) -> None:
        """One tab asks for an activation's entry; the tab that edits entries opens it."""
        for index in range(len(self._specs)):
            page = self._ensure_page(index)
            open_entry = getattr(page, "open_entry", None)
            if callable(open_entry):
                open_entry(activation_id)
                return

    def _build_pages(self) -> None:
        """Build the visible page, and any hidden page that must run at once."""
        # Hidden pages are asked first: the visible page starts background reads, and a
        # question asked after it would wait for them on the GUI thread.
        self._build_pages_asked_for_now()
        self._ensure_page(self.tab_widget.currentIndex())

    def _build_pages_asked_for_now(self) -> None:
        """Build hidden pages that must run at once (a pause timer left running)."""
        if self._session is None:
            return
        for index, spec in enumerate(self._specs):
            if spec.build_now is not None and spec.build_now(self._session):
                self._ensure_page(index)

    # -- locking -----------------------------------------------------------

    def save_drafts(self) -> None:
        """Ask every built page to write its unsaved text into the vault."""
        if self._session is None or not self._session.is_open:
            return
        for page in self._pages.values():
            save = getattr(page, "save_drafts", None)
            if callable(save):
                save()

    def lock(self) -> None:
        """Save drafts, close the vault, destroy every page and hide the window."""
        if self._session is None:
            return
        self.save_drafts()
        self.save_layout()
        self.backup_care.back_up_if_due(self._session)
        session, self._session = self._session, None
        self._destroy_pages()
        session.lock()
        if self._help is not None:
            self._help.close()
        self.statusBar().clearMessage()
        self.hide()
        self.locked.emit()

    def _destroy_pages(self) -> None:
        for page in self._pages.values():
            stack = page_undo_stack(page)
            if stack is not None:
                self.undo_group.removeStack(stack)
            page.hide()
            page.setParent(None)
            page.deleteLater()
        self._pages.clear()

    def attach_session(self, session: Session) -> None:
        """After an unlock: take the new session and rebuild the visible page."""
        self._session = session
        self.vault_banner.show_state(session.read_only, session.damaged)
        self._build_pages()
        self.statusBar().showMessage(self.tr("Unlocked"), STATUS_TIMEOUT_MS)
        self.backup_care.tell_pending_problem()

    # -- backups -----------------------------------------------------------

    def back_up_now(self) -> None:
        """File ▸ Back up now…: a checked, encrypted copy where the person picks."""
        self.backup_care.back_up_now()

    def restore_from_backup(self) -> None:
        """File ▸ Restore from a backup…: swap a backup in, then reopen on it."""
        self.backup_care.restore_from_backup()

    def release_session(self) -> Session | None:
        """Save drafts and destroy every page; the session is handed back still open."""
        if self._session is None:
            return None
        self.save_drafts()
        session, self._session = self._session, None
        self._destroy_pages()
        return session

    def show_locked(self) -> None:
        """With the session already closed: hide and let the passphrase dialog come."""
        if self._session is not None:
            self.lock()
            return
        self.statusBar().clearMessage()
        self.hide()
        self.locked.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window: show what healer-cli wrote meanwhile."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self._session is not None
        ):
            self._session.notice_external_changes()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting saves drafts and closes the vault first."""
        if self._session is not None:
            self.save_drafts()
            self.save_layout()
            self.backup_care.back_up_if_due(self._session)
            session, self._session = self._session, None
            self._destroy_pages()
            session.lock()
        super().closeEvent(event)


def page_undo_stack(page: QWidget | None) -> QUndoStack | None:
    """A page's undo stack, if it keeps one."""
    stack = getattr(page, "undo_stack", None) if page is not None else None
    return stack if isinstance(stack, QUndoStack) else None
