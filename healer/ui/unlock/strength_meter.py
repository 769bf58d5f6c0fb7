"""A quiet bar and one line of words that say how guessable a new passphrase is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from healer.domain.passphrase import MIN_NEW_PASSPHRASE_CHARS
from healer.domain.strength import Strength, estimate_strength


class StrengthMeter(QWidget):
    """Shows the estimate for a passphrase; words carry the meaning, not colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, int(Strength.STRONG))
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(6)
        self._bar.setFixedWidth(96)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._hint = QLabel(self)
        self._hint.setWordWrap(True)
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint.setAccessibleName(self.tr("Passphrase strength hint"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._bar, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._hint, 1)
        self.update_for("")

    @property
    def hint(self) -> str:
        """The words currently shown."""
        return self._hint.text()

    @property
    def strength(self) -> Strength:
        """The rating currently shown."""
        return Strength(self._bar.value())

    def update_for(self, passphrase: str) -> None:
        """Rate a passphrase and show the result."""
        strength = estimate_strength(passphrase).strength
        self._bar.setValue(int(strength))
        text = self._text_for(strength)
        self._hint.setText(text)
        self._bar.setAccessibleDescription(text)

    def _text_for(self, strength: Strength) -> str:
        if strength is Strength.EMPTY:
            return self.tr("Longer is stronger: a few unrelated words work well.")
        if strength is Strength.TOO_SHORT:
            return self.tr("Too short: use at least %n characters.", "", MIN_NEW_PASSPHRASE_CHARS)
        if strength is Strength.WEAK:
            return self.tr("Weak: this would be easy to guess. Try adding a few more words.")
        if strength is Strength.FAIR:
            return self.tr("Fair. One or two more words would make it much stronger.")
        return self.tr("Strong. Write it down somewhere safe until you know it by heart.")
