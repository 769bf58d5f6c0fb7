"""The main window's actions, menus, quick bar, help and About box; MainWindow runs the pages."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QTabWidget

from healer.appinfo import VERSION
from healer.ui.tabs import TabSpec

if TYPE_CHECKING:  # built the first time help is asked for
    from healer.services.session import Session
    from healer.ui.exchange.opener import DialogName
    from healer.ui.help_dialog import HelpDialog


def shortcuts(standard: QKeySequence.StandardKey | None, fallback: str) -> list[QKeySequence]:
    """The platform's standard keys plus an explicit fallback (offscreen has no Quit key)."""
    keys = list(QKeySequence.keyBindings(standard)) if standard is not None else []
    extra = QKeySequence(fallback)
    if all(key != extra for key in keys):
        keys.append(extra)
    return keys


class WindowMenus(QMainWindow):
    """Every action with its shortcuts, in the menus; each asks the page that offers it."""

    _specs: tuple[TabSpec, ...]
    _help: HelpDialog | None
    tab_widget: QTabWidget
    undo_group: QUndoGroup

    def _page_offering(
        self, method: str, *, switch_tab: bool = True
    ) -> Callable[[], object] | None:
        """The page that offers `method` (MainWindow's own)."""
        raise NotImplementedError

    def lock(self) -> None:
        """Save drafts and close the vault (MainWindow's own)."""
        raise NotImplementedError

    def change_passphrase(self) -> object:
        """Open the change-passphrase dialog (WindowCare's own)."""
        raise NotImplementedError

    def show_preferences(self) -> object:
        """Open the preferences (WindowCare's own)."""
        raise NotImplementedError

    def _unlocked_session(self) -> Session | None:
        """The session while unlocked (MainWindow's own)."""
        raise NotImplementedError

    def back_up_now(self) -> None:
        """Write a checked backup where the person picks (MainWindow's own)."""
        raise NotImplementedError

    def restore_from_backup(self) -> None:
        """Replace the vault with a backup (MainWindow's own)."""
        raise NotImplementedError

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
            QCoreApplication.translate("WindowMenus", "&New entry…"),
            self._on_new_entry_action_triggered,
            shortcuts(key.New, "Ctrl+N"),
            QCoreApplication.translate("WindowMenus", "Write down a new activation"),
        )
        self._create_exchange_actions()
        self.lock_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Lock"),
            self.lock,
            shortcuts(None, "Ctrl+L"),
            QCoreApplication.translate(
                "WindowMenus", "Close the journal and ask for the passphrase again"
            ),
        )
        self.passphrase_action = self._action(
            QCoreApplication.translate("WindowMenus", "Change &passphrase…"),
            self.change_passphrase,
            tip=QCoreApplication.translate(
                "WindowMenus", "Re-encrypt the journal with a new passphrase"
            ),
        )
        self.preferences_action = self._action(
            QCoreApplication.translate("WindowMenus", "Pr&eferences…"),
            self.show_preferences,
            shortcuts(key.Preferences, "Ctrl+,"),
            QCoreApplication.translate("WindowMenus", "Locking, backups, the pause and colours"),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Quit"),
            self.close,
            shortcuts(key.Quit, "Ctrl+Q"),
            QCoreApplication.translate("WindowMenus", "Quit Healer"),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_group.createUndoAction(
            self, QCoreApplication.translate("WindowMenus", "&Undo")
        )
        self.undo_action.setShortcuts(shortcuts(key.Undo, "Ctrl+Z"))
        self.redo_action = self.undo_group.createRedoAction(
            self, QCoreApplication.translate("WindowMenus", "&Redo")
        )
        self.redo_action.setShortcuts(shortcuts(key.Redo, "Ctrl+Shift+Z"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Find…"),
            self._on_find_action_triggered,
            shortcuts(key.Find, "Ctrl+F"),
            QCoreApplication.translate("WindowMenus", "Search your entries"),
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
            QCoreApplication.translate("WindowMenus", "&Breathe"),
            self._on_breathe_action_triggered,
            shortcuts(None, "Ctrl+B"),
            QCoreApplication.translate("WindowMenus", "The breathing pacer, from anywhere"),
        )
        self.activated_action = self._action(
            QCoreApplication.translate("WindowMenus", "I'm &activated…"),
            self._on_activated_action_triggered,
            shortcuts(None, "Ctrl+Shift+A"),
            QCoreApplication.translate(
                "WindowMenus", "Begin a pause before reaching out (the 20-minute pause)"
            ),
        )
        # Ctrl+B is Breathe; Shift makes it the backup.
        self.backup_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Back up now…"),
            self.back_up_now,
            shortcuts(None, "Ctrl+Shift+B"),
            QCoreApplication.translate(
                "WindowMenus", "Write an encrypted, checked copy of your journal"
            ),
        )
        self.restore_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Restore from a backup…"),
            self.restore_from_backup,
            tip=QCoreApplication.translate(
                "WindowMenus", "Replace your journal with a backup; the current one is kept"
            ),
        )

        self.help_action = self._action(
            QCoreApplication.translate("WindowMenus", "Healer &help"),
            self.show_help,
            shortcuts(key.HelpContents, "F1"),
            QCoreApplication.translate("WindowMenus", "How the roadmap works, in plain words"),
        )
        self.about_action = self._action(
            QCoreApplication.translate("WindowMenus", "&About Healer"), self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(
            QCoreApplication.translate("WindowMenus", "About &Qt"), QApplication.aboutQt
        )
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
        file_menu.addAction(self.new_entry_action)
        file_menu.addAction(self.activated_action)
        # One click from anywhere, for a moment when the hands are shaking.
        self.quick_bar = self.addToolBar(QCoreApplication.translate("WindowMenus", "Quick actions"))
        self.quick_bar.setObjectName("quick-actions")
        self.quick_bar.setAccessibleName(QCoreApplication.translate("WindowMenus", "Quick actions"))
        self.quick_bar.setMovable(False)
        self.quick_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.quick_bar.addAction(self.activated_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&View"))
        for action in self.tab_actions:
            view_menu.addAction(action)
        view_menu.addAction(self.breathe_action)
        help_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)
        self.menus = {"file": file_menu, "edit": edit_menu, "view": view_menu, "help": help_menu}

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

    def _on_breathe_action_triggered(self) -> None:
        handler = self._page_offering("show_pacer")
        if handler is not None:
            handler()

    # -- export, import, check ----------------------------------------------

    def _create_exchange_actions(self) -> None:
        self.export_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Export…"),
            partial(self.open_vault_dialog, "export"),
            shortcuts(None, "Ctrl+E"),
            QCoreApplication.translate(
                "WindowMenus", "Write your journal to a file to read, print or import elsewhere"
            ),
        )
        self.import_action = self._action(
            QCoreApplication.translate("WindowMenus", "&Import…"),
            partial(self.open_vault_dialog, "import"),
            tip=QCoreApplication.translate(
                "WindowMenus", "Add the entries of a Healer JSON export, with a preview first"
            ),
        )
        self.check_action = self._action(
            QCoreApplication.translate("WindowMenus", "Check the &vault…"),
            partial(self.open_vault_dialog, "check"),
            tip=QCoreApplication.translate(
                "WindowMenus", "Check that the vault is whole and its encryption intact"
            ),
        )

    def open_vault_dialog(self, name: DialogName) -> QDialog | None:
        """Open the export, import or check dialog over the window (None while locked)."""
        session = self._unlocked_session()
        if session is None:
            return None
        from healer.ui.exchange.opener import open_dialog  # noqa: PLC0415 (on first use)

        return open_dialog(self, session, name)

    def focus_quick_capture(self, *, switch_tab: bool = True) -> None:
        """Put the cursor where a moment can be written down at once.

        With switch_tab=False only the current page is asked: the tab shown stays.
        """
        handler = self._page_offering("focus_quick_capture", switch_tab=switch_tab)
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
        box.setWindowTitle(QCoreApplication.translate("WindowMenus", "About Healer"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(QCoreApplication.translate("WindowMenus", "Healer %1").replace("%1", VERSION))
        box.setInformativeText(
            QCoreApplication.translate(
                "WindowMenus",
                "A private, offline companion for healing anxious attachment. "
                "Everything stays on this computer, in one encrypted file.\n\n"
                "Healer is a self-help journal, not a medical device or a substitute for "
                "therapy. If you are in crisis, please contact your local emergency services "
                "or a crisis line.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
