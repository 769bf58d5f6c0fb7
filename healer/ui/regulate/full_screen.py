"""The distraction-free pacer: the same session, alone on the whole screen.

Signals:
    closed(): the window was left (Esc, F11 or closed by the system).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from healer.ui.common.contrast import secondary_text
from healer.ui.regulate.pacer_controller import PacerController
from healer.ui.regulate.pacer_widget import PacerWidget


class FullScreenPacer(QWidget):
    """A second view of the page's controller; Space pauses, Esc or F11 returns."""

    closed = Signal()

    def __init__(self, controller: PacerController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Breathing"))
        self.setAccessibleName(self.tr("Breathing, full screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pacer = PacerWidget(controller, self)
        hint = QLabel(self.tr("Space pauses · Esc or F11 returns"), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = hint
        # Drawn softly (a reminder, not a control) but readable: secondary text, not the
        # disabled grey, which dark desktop themes put at ~1.6:1.
        self._soften_hint()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 24)
        layout.addWidget(self.pacer, 1)
        layout.addWidget(hint)
        for keys, slot in (
            ("Space", controller.toggle),
            ("Esc", self.close),
            ("F11", self.close),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def _soften_hint(self) -> None:
        soft = self.hint.palette()
        soft.setColor(QPalette.ColorRole.WindowText, secondary_text(self.palette()))
        self.hint.setPalette(soft)

    def bring_to_front(self) -> None:
        """Above every other window (a dialog too), with Space going to the pacer."""
        self.raise_()
        self.activateWindow()
        self.pacer.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light, dark) gets a hint colour that reads on it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._soften_hint()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the page, which keeps the session going in the tab."""
        self.pacer.hide()
        self.closed.emit()
        super().closeEvent(event)
