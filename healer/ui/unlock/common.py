"""Pieces the create and unlock dialogs share: headings, notes, a busy cursor.

The unlock dialog is the first thing painted at start-up, so nothing here touches the
`Qt` namespace before it paints: PySide builds all of that namespace's ~100 enums at its
first touch (~20 ms, about a tenth of a bare window's start). Plain text is set through
the property system by value, and a password field already has the private input hints.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

DIALOG_WIDTH = 480
HEADING_SCALE = 1.45
_PLAIN_TEXT = 0  # Qt.TextFormat.PlainText, given by value (see the module's docstring)


def _plain_text(label: QLabel) -> None:
    """Show the label's text as typed: never read as markup."""
    label.setProperty("textFormat", _PLAIN_TEXT)


def heading_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A calm, larger heading sized from the system font (never a fixed pixel size)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def note_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapped paragraph of explanation."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    _plain_text(label)
    label.setAccessibleName(text)
    return label


def message_label(parent: QWidget | None = None) -> QLabel:
    """An initially empty line for calm feedback; screen readers hear it as an alert."""
    label = QLabel(parent)
    label.setWordWrap(True)
    _plain_text(label)
    label.setAccessibleName(QCoreApplication.translate("unlock", "Message"))
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str) -> None:
    """Show (or with empty text hide) a feedback line."""
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(text))
    grow_to_content(label.window())


def grow_to_content(window: QWidget) -> None:
    """Make a window tall enough for its wrapped text, instead of squeezing its fields."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    # A window's minimum size ignores height-for-width (wrapped labels), so ask for it here.
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > window.height():
        window.setMinimumHeight(needed)
        window.resize(width, needed)


def passphrase_field(accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    """A masked line edit that input methods and clipboards treat as sensitive."""
    field = QLineEdit(parent)
    # Password echo also tells input methods: hidden, sensitive, no prediction, no
    # auto-capitals (tests/ui/test_unlock_dialog.py checks they are set).
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(280)
    return field


def safety_note() -> str:
    """The not-therapy, not-a-crisis-service note shown on first run and in help."""
    return QCoreApplication.translate(
        "unlock",
        "Healer is a self-help journal. It is not therapy and not a crisis service. "
        "If you are in crisis, please contact your local emergency services or a crisis line.",
    )


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """Show a wait cursor while the key is derived (about a sixth of a second)."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 (after the first paint: see above)

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
