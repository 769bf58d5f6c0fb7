"""The main window's care of itself: change passphrase, preferences, remembered size and splitters.

Signals (on MainWindow):
    preferences_changed(str): a preference was stored (its key); the controller re-reads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from healer.ui import settings
from healer.ui.common.appearance import apply_appearance
from healer.ui.common.fit import FRAME_ALLOWANCE, fit_rect
from healer.ui.window_menus import WindowMenus

if TYPE_CHECKING:  # built the first time they are asked for
    from healer.services.session import Session
    from healer.ui.preferences.dialog import PreferencesDialog
    from healer.ui.unlock.change_dialog import ChangePassphraseDialog


def _encoded(state: QByteArray) -> str:
    return bytes(state.toBase64().data()).decode("ascii")


def _decoded(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def on_screen(wanted: QRect) -> QRect:
    """`wanted`, moved (and shrunk) onto the screen it is mostly on, or the primary one."""
    screen = QGuiApplication.screenAt(wanted.center()) or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    # The frame and title bar the window manager adds are outside the window's geometry.
    area.adjust(0, FRAME_ALLOWANCE.height() // 2, 0, -FRAME_ALLOWANCE.height() // 2)
    return fit_rect(wanted, area)


class WindowCare(WindowMenus):
    """Opens the passphrase and preferences dialogs; saves and restores the window's layout."""

    preferences_changed = Signal(str)

    _session: Session | None
    _pages: dict[str, QWidget]
    _passphrase_dialog: ChangePassphraseDialog | None = None

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        """File ▸ Change passphrase…: the dialog, opened without blocking (None while locked)."""
        if self._session is None:
            return None
        from healer.ui.unlock.change_dialog import ChangePassphraseDialog  # noqa: PLC0415

        dialog = ChangePassphraseDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_passphrase_dialog_finished)
        # Old backups keep the old passphrase: the dialog offers a fresh one afterwards.
        dialog.backup_requested.connect(self.back_up_now)
        self._passphrase_dialog = dialog
        dialog.open()
        return dialog

    def passphrase_change_running(self) -> bool:
        """True while the vault is being re-encrypted (the idle lock waits for it)."""
        dialog = self._passphrase_dialog
        return dialog is not None and dialog.is_busy

    def _on_passphrase_dialog_finished(self, _result: int) -> None:
        self._passphrase_dialog = None

    def show_preferences(self) -> PreferencesDialog:
        """Preferences…: every setting, applied as it changes."""
        from healer.ui.preferences.dialog import PreferencesDialog  # noqa: PLC0415

        dialog = PreferencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.preference_changed.connect(self.apply_preference)
        dialog.open()
        return dialog

    def apply_preference(self, key: str) -> None:
        """A stored preference takes effect now: colours here, the rest where it is read."""
        if key == settings.APPEARANCE.key:
            apply_appearance(settings.APPEARANCE.read())
        for page in self._pages.values():
            apply = getattr(page, "apply_preferences", None)
            if callable(apply):
                apply()
        self.preferences_changed.emit(key)

    # -- remembered layout ---------------------------------------------------

    def restore_layout(self) -> None:
        """Size, position and toolbar state as last left, kept on a screen that is there now."""
        geometry = settings.WINDOW_GEOMETRY.read()
        restored = bool(geometry) and self.restoreGeometry(_decoded(geometry))
        if restored and not (self.isMaximized() or self.isFullScreen()):
            placed = on_screen(self.geometry())
            if placed != self.geometry():
                self.setGeometry(placed)
        state = settings.WINDOW_STATE.read()
        if state:
            self.restoreState(_decoded(state))

    def restore_splitters(self, page: QWidget) -> None:
        """A newly built page's splitters, where the person left them."""
        states = settings.SPLITTER_STATES.read()
        for splitter in page.findChildren(QSplitter):
            state = states.get(splitter.objectName())
            if splitter.objectName() and state:
                splitter.restoreState(_decoded(state))

    def save_layout(self) -> None:
        """Remember size, position, toolbars and the built pages' splitters."""
        settings.WINDOW_GEOMETRY.write(_encoded(self.saveGeometry()))
        settings.WINDOW_STATE.write(_encoded(self.saveState()))
        states = dict(settings.SPLITTER_STATES.read())
        for page in self._pages.values():
            for splitter in page.findChildren(QSplitter):
                if splitter.objectName():
                    states[splitter.objectName()] = _encoded(splitter.saveState())
        settings.SPLITTER_STATES.write(states)
