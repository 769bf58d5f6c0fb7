"""The main window: one tab per roadmap area, menus, status bar, and locking.

Signals:
    locked(): the session was locked and every page destroyed; the window is hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from healer.appinfo import APP_NAME, VERSION
from healer.services.session import Session
from healer.ui.tabs import TabSpec, default_tabs

if TYPE_CHECKING:  # built the first time help is asked for
    from healer.ui.help_dialog import HelpDialog

STATUS_TIMEOUT_MS = 5000


def shortcuts(standard: QKeySequence.StandardKey | None, fallback: str) -> list[QKeySequence]:
    """The platform's standard keys plus an explicit fallback (offscreen has no Quit key)."""
    keys = list(QKeySequence.keyBindings(standard)) if standard is not None else []
    extra = QKeySequence(fallback)
    if all(key != extra for key in keys):
        keys.append(extra)
    return keys


class MainWindow(QMainWindow):
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
        self.resize(1100, 720)

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
        self.setCentralWidget(self.tab_widget)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().setAccessibleName(self.tr("Status"))

        self._create_actions()
        self._create_menus()
        self.tab_widget.currentChanged.connect(self._on_tab_widget_current_changed)
        self._build_pages()

    # -- state -------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        """The unlocked session, or None while locked."""
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

    # -- actions and menus -------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_entry_action = self._action(
            self.tr("&New entry…"),
            self._on_new_entry_action_triggered,
            shortcuts(key.New, "Ctrl+N"),
            self.tr("Write down a new activation"),
        )
        self.lock_action = self._action(
            self.tr("&Lock"),
            self.lock,
            shortcuts(None, "Ctrl+L"),
            self.tr("Close the journal and ask for the passphrase again"),
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, shortcuts(key.Quit, "Ctrl+Q"), self.tr("Quit Healer")
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(shortcuts(key.Undo, "Ctrl+Z"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(shortcuts(key.Redo, "Ctrl+Shift+Z"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = self._action(
            self.tr("&Find…"),
            self._on_find_action_triggered,
            shortcuts(key.Find, "Ctrl+F"),
            self.tr("Search your entries"),
        )

        self.tab_actions: list[QAction] = []
        for index, spec in enumerate(self._specs):
            action = self._action(
                spec.title(),
                partial(self.tab_widget.setCurrentIndex, index),
                shortcuts(None, f"Ctrl+{index + 1}") if index < 9 else None,
            )
            self.tab_actions.append(action)
        self.breathe_action = self._action(
            self.tr("&Breathe"),
            self._on_breathe_action_triggered,
            shortcuts(None, "Ctrl+B"),
            self.tr("The breathing pacer, from anywhere"),
        )
        self.activated_action = self._action(
            self.tr("I'm &activated…"),
            self._on_activated_action_triggered,
            shortcuts(None, "Ctrl+Shift+A"),
            self.tr("Begin a pause before reaching out (the 20-minute pause)"),
        )

        self.help_action = self._action(
            self.tr("Healer &help"),
            self.show_help,
            shortcuts(key.HelpContents, "F1"),
            self.tr("How the roadmap works, in plain words"),
        )
        self.about_action = self._action(self.tr("&About Healer"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_entry_action)
        file_menu.addAction(self.activated_action)
        # One click from anywhere, for a moment when the hands are shaking.
        self.quick_bar = self.addToolBar(self.tr("Quick actions"))
        self.quick_bar.setObjectName("quick-actions")
        self.quick_bar.setAccessibleName(self.tr("Quick actions"))
        self.quick_bar.setMovable(False)
        self.quick_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.quick_bar.addAction(self.activated_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.tab_actions:
            view_menu.addAction(action)
        view_menu.addAction(self.breathe_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)
        self.menus = {"file": file_menu, "edit": edit_menu, "view": view_menu, "help": help_menu}

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
        badge = getattr(page, "tab_badge", None)
        if isinstance(badge, SignalInstance):
            badge.connect(partial(self._on_page_tab_badge, index))
        if self.tab_widget.currentIndex() == index:
            self._activate_stack(stack)
        return page

    def _on_tab_widget_current_changed(self, index: int) -> None:
        self._activate_stack(page_undo_stack(self._ensure_page(index)))

    def _activate_stack(self, stack: QUndoStack | None) -> None:
        # Qt takes nullptr here ("no active stack"); PySide's stubs only list QUndoStack.
        self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]

    def _on_page_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _page_offering(self, method: str) -> Callable[[], object] | None:
        """The current page's `method`, else the first tab (in roadmap order) that has it."""
        current = self._ensure_page(self.tab_widget.currentIndex())
        if current is not None and callable(getattr(current, method, None)):
            return cast("Callable[[], object]", getattr(current, method))
        for index, spec in enumerate(self._specs):
            page = self._ensure_page(index)
            if page is not None and callable(getattr(page, method, None)):
                self.show_tab(spec.key)
                return cast("Callable[[], object]", getattr(page, method))
        return None

    def _on_new_entry_action_triggered(self) -> None:
        handler = self._page_offering("new_entry")
        if handler is not None:
            handler()

    def _on_find_action_triggered(self) -> None:
        handler = self._page_offering("focus_search")
        if handler is not None:
            handler()

    def _on_activated_action_triggered(self) -> None:
        handler = self._page_offering("start_activated")
        if handler is not None:
            handler()

    def _on_page_tab_badge(self, index: int, badge: str) -> None:
        """A short state beside a tab's title (a pause's time left); never journal text."""
        title = self._specs[index].title()
        self.tab_widget.setTabText(index, f"{title} · {badge}" if badge else title)

    def _on_page_tab_requested(self, key: str) -> None:
        if any(spec.key == key for spec in self._specs):
            self.show_tab(key)

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

    def _on_breathe_action_triggered(self) -> None:
        handler = self._page_offering("show_pacer")
        if handler is not None:
            handler()

    def focus_quick_capture(self) -> None:
        """Put the cursor where a moment can be written down at once."""
        handler = self._page_offering("focus_quick_capture")
        if handler is not None:
            handler()

    # -- help --------------------------------------------------------------

    def show_help(self) -> HelpDialog:
        """Open (or bring forward) the help page."""
        if self._help is None:
            from healer.ui.help_dialog import HelpDialog  # noqa: PLC0415 (see TYPE_CHECKING)

            self._help = HelpDialog(self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
        return self._help

    def show_about(self) -> QMessageBox:
        """A short About box, opened without blocking."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Healer"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Healer %1").replace("%1", VERSION))
        box.setInformativeText(
            self.tr(
                "A private, offline companion for healing anxious attachment. "
                "Everything stays on this computer, in one encrypted file.\n\n"
                "Healer is a self-help journal, not a medical device or a substitute for "
                "therapy. If you are in crisis, please contact your local emergency services "
                "or a crisis line."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

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
        self._build_pages()
        self.statusBar().showMessage(self.tr("Unlocked"), STATUS_TIMEOUT_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting saves drafts and closes the vault first."""
        if self._session is not None:
            self.save_drafts()
            session, self._session = self._session, None
            self._destroy_pages()
            session.lock()
        super().closeEvent(event)


def page_undo_stack(page: QWidget | None) -> QUndoStack | None:
    """A page's undo stack, if it keeps one."""
    stack = getattr(page, "undo_stack", None) if page is not None else None
    return stack if isinstance(stack, QUndoStack) else None
