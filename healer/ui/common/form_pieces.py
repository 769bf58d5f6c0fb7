"""Small pieces forms share: a bold prompt with its quiet hint, and a right-aligned button row."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def prompt_labels(label_text: str, hint_text: str, field: QWidget) -> tuple[QLabel, QLabel]:
    """The bold label (buddy of field) and the wrapped secondary hint above a text field."""
    parent = field.parentWidget()
    label = QLabel(f"<b>{label_text}</b>", parent)
    label.setBuddy(field)
    hint = QLabel(hint_text, parent)
    hint.setWordWrap(True)
    hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label, hint


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons at the right end of a row, in the order given."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
