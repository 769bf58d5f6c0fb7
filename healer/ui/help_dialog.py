"""The offline help page (F1): the roadmap in Healer's own words, loaded from resources/help."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from healer.resources import help_text
from healer.ui.common.fit import fit_to_screen


class HelpDialog(QDialog):
    """A readable, non-modal page; links never leave the machine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Healer help"))
        self.setAccessibleName(self.tr("Healer help"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.document().setDocumentMargin(18)
        # Spacing only: colours and fonts stay the palette's and the system's.
        self.browser.document().setDefaultStyleSheet(
            "p { line-height: 135%; } h1 { font-size: x-large; } h2 { margin-top: 18px; }"
        )
        self.browser.setHtml(help_text("roadmap", QLocale().name()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close help"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(680, 720))
