"""One step of the path as a calm card: its number and name, where the person stands, a way in.

Signals:
    open_requested(key): the card's button was pressed; key is the tab to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from healer.services.journal import shown_category
from healer.ui.common.contrast import secondary_text
from healer.ui.common.painting import paint_rounded_panel
from healer.ui.path.texts import StepText

# Makes a line to show under a trigger (a plan, say); None shows nothing.
TriggerLine = Callable[[str, QWidget], "QWidget | None"]


class StepCard(QWidget):
    """A step's card; show_standing() fills in where the person stands."""

    open_requested = Signal(str)

    def __init__(self, number: int, text: StepText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setObjectName(f"path-step-{text.tab}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        title = QCoreApplication.translate("path", "%1  ·  %2", "a step's number and its name")
        self.title = QLabel(title.replace("%2", text.title).replace("%1", str(number)), self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.about = QLabel(text.about, self)
        self.about.setWordWrap(True)
        self.standing = QLabel(self)
        self.standing.setWordWrap(True)
        self.standing.setTextFormat(Qt.TextFormat.PlainText)
        self.standing.hide()
        layout.addWidget(self.about)
        layout.addWidget(self.standing)
        # Step 1's leading triggers, one row each; a row can carry a line beneath it.
        self.triggers = QWidget(self)
        self._trigger_rows = QVBoxLayout(self.triggers)
        self._trigger_rows.setContentsMargins(0, 0, 0, 0)
        self._trigger_rows.setSpacing(2)
        self.triggers.hide()
        layout.addWidget(self.triggers)
        layout.addStretch(1)
        self.button = QPushButton(text.button, self)
        self.button.setAccessibleName(text.button)
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(self._on_button_clicked)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(text.title)
        self._use_secondary_colour()

    @property
    def key(self) -> str:
        """The tab this step opens."""
        return self._text.tab

    def show_standing(self, text: str) -> None:
        """Where the person stands ("" before they begin: the step's description shows)."""
        self.standing.setText(text)
        self.standing.setVisible(bool(text))
        self.about.setVisible(not text)
        self.setAccessibleDescription(text or self._text.about)

    def show_triggers(self, names: tuple[str, ...], line: TriggerLine | None) -> None:
        """Step 1's top triggers as a list; line(name, parent) may add a widget under each."""
        while self._trigger_rows.count():
            item = self._trigger_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if names:
            heading = QLabel(
                QCoreApplication.translate("path", "What sets you off most often:"), self.triggers
            )
            heading.setWordWrap(True)
            self._trigger_rows.addWidget(heading)
        for name in names:
            bullet = QCoreApplication.translate("path", "•  %1", "a trigger in a list")
            row = QLabel(bullet.replace("%1", shown_category(name)), self.triggers)
            row.setProperty("trigger", name)
            row.setTextFormat(Qt.TextFormat.PlainText)
            row.setObjectName("path-trigger")
            row.setIndent(8)
            self._trigger_rows.addWidget(row)
            # Shown at once, not on the layout's next turn: a redraw never blinks them out.
            row.show()
            extra = line(name, self.triggers) if line is not None else None
            if extra is not None:
                self._trigger_rows.addWidget(extra)
                extra.show()
        self.triggers.setVisible(bool(names))

    def trigger_names(self) -> list[str]:
        """The triggers shown, in order (for tests and the plan lines)."""
        return [
            str(label.property("trigger"))
            for label in self.triggers.findChildren(QLabel, "path-trigger")
            if not label.isHidden()
        ]

    def _use_secondary_colour(self) -> None:
        palette = QPalette(self.about.palette())
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(self.palette()))
        self.about.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (dark mode) recolours the quieter description."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._use_secondary_colour()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A soft rounded card, a touch apart from the page."""
        del event
        paint_rounded_panel(
            self, QPalette.ColorRole.Mid, 0.45, QPalette.ColorRole.AlternateBase, 10
        )

    def _on_button_clicked(self) -> None:
        self.open_requested.emit(self._text.tab)
