"""Walks the person from the passphrase dialog to the main window and back after a lock.

Signals:
    quit_requested(): the person chose Quit at the passphrase dialog.
    unlocked(): a session was opened and the main window shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog

from healer.ui.desktop.lock_signals import SLEEP, DesktopLockSignals
from healer.ui.idle_lock import IdleWatcher
from healer.ui.preload import ModulePreloader
from healer.ui.settings import AUTO_LOCK_MINUTES
from healer.ui.unlock.unlock_dialog import UnlockDialog

# The window loads while the passphrase dialog waits (see ModulePreloader); the create
# dialog only on a first start without a vault, so its strength meter stays off the
# unlock dialog's start-up.
if TYPE_CHECKING:
    from healer.ui.main_window import MainWindow
    from healer.ui.tabs import TabSpec
    from healer.ui.unlock.create_dialog import CreateVaultDialog

_MS_PER_MINUTE = 60_000


class AppController(QObject):
    """Owns the gate dialog, the main window and the idle lock for one vault."""

    quit_requested = Signal()
    unlocked = Signal()

    def __init__(
        self,
        vault_path: Path,
        tabs: Sequence[TabSpec] | None = None,
        idle_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault_path = vault_path
        self._tabs = tabs
        self._window: MainWindow | None = None
        self._gate: CreateVaultDialog | UnlockDialog | None = None
        timeout = AUTO_LOCK_MINUTES.read() * _MS_PER_MINUTE if idle_ms is None else idle_ms
        self.idle_watcher = IdleWatcher(timeout, self)
        self.idle_watcher.idle.connect(self._on_idle_watcher_idle)
        self.idle_watcher.set_hold(self._activity_running)
        self._lock_reason = ""
        # The screen locking or the computer going to sleep locks Healer too.
        self.desktop_signals = DesktopLockSignals(self)
        self.desktop_signals.lock_requested.connect(self._on_desktop_signals_lock_requested)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle_watcher)

    @property
    def window(self) -> MainWindow | None:
        """The main window, once the vault was first opened."""
        return self._window

    @property
    def gate(self) -> CreateVaultDialog | UnlockDialog | None:
        """The passphrase dialog currently shown, if any."""
        return self._gate

    def start(self) -> None:
        """Show the create dialog on first run, the unlock dialog afterwards."""
        self._show_gate()

    def bring_forward(self) -> None:
        """Raise whatever is showing (a second launch asked for it)."""
        target = self._gate if self._gate is not None else self._window
        if target is None:
            return
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()

    def shutdown(self) -> None:
        """Stop watching input and close everything (at quit)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_watcher)
        self.idle_watcher.stop()
        if self._window is not None:
            self._window.close()

    def _show_gate(self) -> None:
        if self._vault_path.exists():
            gate: CreateVaultDialog | UnlockDialog = UnlockDialog(
                self._vault_path, reason=self._lock_reason
            )
        else:
            from healer.ui.unlock.create_dialog import CreateVaultDialog  # noqa: PLC0415

            gate = CreateVaultDialog(self._vault_path)
        gate.finished.connect(self._on_gate_finished)
        self._gate = gate
        if self._window is None:
            ModulePreloader(parent=gate).start_after_paint(gate)
        self._lock_reason = ""
        gate.show()
        gate.raise_()
        gate.activateWindow()

    def _on_gate_finished(self, result: int) -> None:
        gate, self._gate = self._gate, None
        if gate is None:
            return
        # Deleted once finished (rather than WA_DeleteOnClose, a Qt namespace enum: see
        # healer/ui/unlock/common.py on keeping those off the first paint).
        gate.deleteLater()
        if result != QDialog.DialogCode.Accepted.value:
            self.quit_requested.emit()
            return
        session = gate.take_session()
        if self._window is None:
            from healer.ui.main_window import MainWindow  # noqa: PLC0415 (see TYPE_CHECKING)

            self._window = MainWindow(session, self._tabs)
            self._window.locked.connect(self._on_window_locked)
            self._window.preferences_changed.connect(self._on_window_preferences_changed)
        else:
            self._window.attach_session(session)
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
        # A first unlock shows the path page (the first tab); after a lock the window comes
        # back on the tab the person left (the pause, the pacer). The cursor goes to quick
        # capture only when that tab has it: from the path, Ctrl+2 puts it there, and the
        # "I'm activated" button and Ctrl+Shift+A are one press away everywhere.
        self._window.focus_quick_capture(switch_tab=False)
        self.idle_watcher.start()
        self.unlocked.emit()

    def _on_window_locked(self) -> None:
        self.idle_watcher.stop()
        self._show_gate()

    def _on_window_preferences_changed(self, key: str) -> None:
        if key == AUTO_LOCK_MINUTES.key:
            self.idle_watcher.set_timeout(AUTO_LOCK_MINUTES.read() * _MS_PER_MINUTE)

    def _activity_running(self) -> bool:
        """A practice or a pause is under way: the idle lock waits for it."""
        return self._window is not None and self._window.activity_running()

    def _on_idle_watcher_idle(self) -> None:
        if self._window is not None and self._window.session is not None:
            self._lock_reason = self.tr(
                "Healer locked itself after some minutes without use, to keep your journal "
                "private. Unlocking brings you back to where you were."
            )
            self._window.lock()

    def _on_desktop_signals_lock_requested(self, reason: str) -> None:
        if self._window is None or self._window.session is None:
            return
        if reason == SLEEP:
            self._lock_reason = self.tr(
                "Healer locked as the computer went to sleep, to keep your journal private. "
                "Unlocking brings you back to where you were."
            )
        else:
            self._lock_reason = self.tr(
                "Healer locked with your screen, to keep your journal private. "
                "Unlocking brings you back to where you were."
            )
        self._window.lock()
