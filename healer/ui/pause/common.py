"""Small shared pieces of the pause tab's steps: a centred column, headings, quiet cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

COLUMN_WIDTH = 640


class PauseStepPage(QWidget):
    """One step: a heading, a short line under it, and a centred column for the rest."""

    def __init__(self, title: str, lead: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        column_holder = QWidget(self)
        column_holder.setMaximumWidth(COLUMN_WIDTH)
        self.column = QVBoxLayout(column_holder)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(12)
        outer.addStretch(1)
        outer.addWidget(column_holder, 100)
        outer.addStretch(1)
        self.title_label = heading(title, self)
        self.lead_label = quiet(lead, self)
        self.column.addWidget(self.title_label)
        self.column.addWidget(self.lead_label)
        if not lead:
            self.lead_label.hide()


def heading(text: str, parent: QWidget) -> QLabel:
    """A step's title: larger, not shouting."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.45)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def quiet(text: str, parent: QWidget) -> QLabel:
    """Secondary text in the palette's softer colour."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def card(title: str, parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A softly framed group with a bold title; returns the frame and its layout."""
    frame = QFrame(parent)
    frame.setObjectName("pauseCard")
    frame.setStyleSheet(
        "QFrame#pauseCard { border: 1px solid palette(midlight); border-radius: 10px;"
        " background: palette(base); }"
    )
    frame.setAccessibleName(title)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(6)
    label = QLabel(title, frame)
    label.setTextFormat(Qt.TextFormat.PlainText)
    bold = label.font()
    bold.setBold(True)
    label.setFont(bold)
    layout.addWidget(label)
    return frame, layout
