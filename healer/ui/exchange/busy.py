"""What the vault-care dialogs share: the job's life, a "working on it" row, the outcome line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

_STEPS = 1000  # the bar's resolution once a share is known


class BusyRow(QWidget):
    """Shown while a job runs on the worker thread; the window stays responsive meanwhile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no known length: a moving bar
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        self.label = QLabel(self)
        self._text = ""
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.hide()

    def start(self, text: str) -> None:
        """Show the bar with what is being done; it moves until a share is known."""
        self._text = text
        self.bar.setRange(0, 0)
        self.label.setText(text)
        self.bar.setAccessibleName(text)
        self.show()

    def show_progress(self, done: int, whole: int) -> None:
        """Fill the bar to done of whole (bytes read, say); the label gives the percentage."""
        if whole <= 0:
            return
        self.bar.setRange(0, _STEPS)
        self.bar.setValue(min(_STEPS, done * _STEPS // whole))
        percent = min(100, done * 100 // whole)
        self.label.setText(
            self.tr("%1 %2 %")
            .replace("%1", self._text)
            .replace("%2", self.locale().toString(percent))
        )

    def stop(self) -> None:
        """Hide the bar again."""
        self.hide()


class OutcomeLabel(QLabel):
    """What came of the last job, in plain words; selectable so a path can be copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Outcome"))
        self.problem = False
        self.hide()

    def say(self, text: str, *, problem: bool = False) -> None:
        """Show an outcome; a problem is set apart with a bold lead, never by colour alone."""
        self.problem = problem
        font = self.font()
        font.setBold(problem)
        self.setFont(font)
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_outcome(self) -> None:
        """Hide the line."""
        self.clear()
        self.hide()


def column(parent: QWidget) -> QVBoxLayout:
    """The dialogs' one column, with room to breathe."""
    layout = QVBoxLayout(parent)
    layout.setSpacing(12)
    layout.setContentsMargins(20, 18, 20, 16)
    return layout


class JobDialog(QDialog):
    """A dialog whose job runs on the worker thread; it stays open until the job answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy_now = False

    def is_busy(self) -> bool:
        """True while the job runs."""
        return self._busy_now

    def reject(self) -> None:
        """Close (Escape, Close) once the job has answered: it finishes whole or not at all."""
        if not self._busy_now:
            self.release()
            super().reject()

    def abandon(self) -> None:
        """The vault was locked: close at once; the job's answer is dropped."""
        self._busy_now = False
        super().reject()

    def release(self) -> None:
        """Let go of what the dialog holds (an open file) before it closes."""
