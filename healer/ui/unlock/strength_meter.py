"""A quiet bar and a few words that say how guessable a new passphrase is, and what would help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from healer.domain.passphrase import MIN_NEW_PASSPHRASE_CHARS
from healer.domain.strength import Strength, StrengthEstimate, Weakness
from healer.services.strength import estimate_strength
from healer.ui.unlock.common import grow_to_content


def weakness_advice(weakness: Weakness | None) -> str:
    """Why a passphrase is guessable and what would help, in the app's own words."""
    advice = {
        Weakness.COMMON_PASSWORD: QCoreApplication.translate(
            "strength",
            "It is built on a password many people use. A short sentence of your own is safer.",
        ),
        Weakness.FAMOUS_PHRASE: QCoreApplication.translate(
            "strength",
            "Well-known phrases, and words about Healer itself, are tried first. "
            "Put together words only you would choose.",
        ),
        Weakness.NAME: QCoreApplication.translate(
            "strength", "Names are among the first things tried. Add a few unrelated words."
        ),
        Weakness.COMMON_WORD: QCoreApplication.translate(
            "strength", "One common word is found quickly. Add a few more words."
        ),
        Weakness.SUBSTITUTION: QCoreApplication.translate(
            "strength",
            "Look-alike swaps such as @ for a or 0 for o are tried too. "
            "A few more words help far more.",
        ),
        Weakness.REVERSED: QCoreApplication.translate(
            "strength", "Words spelled backwards are tried too. Add a few more words."
        ),
        Weakness.KEYBOARD: QCoreApplication.translate(
            "strength", "Keys next to each other, like qwerty, are tried early. Use words instead."
        ),
        Weakness.REPEAT: QCoreApplication.translate(
            "strength", "Repeating a word or a character adds little. Use different words."
        ),
        Weakness.SEQUENCE: QCoreApplication.translate(
            "strength", "Runs like abc or 1234 are tried early. Use words instead."
        ),
        Weakness.DATE: QCoreApplication.translate(
            "strength", "Years and dates are easy to guess. Add a few words instead."
        ),
    }
    if weakness is None or weakness not in advice:
        return QCoreApplication.translate(
            "strength", "Add another word or two; unusual words work best."
        )
    return advice[weakness]


def strength_text(estimate: StrengthEstimate) -> str:
    """The line shown under a new passphrase."""
    strength = estimate.strength
    if strength is Strength.EMPTY:
        return QCoreApplication.translate(
            "strength", "Longer is stronger: a few unrelated words work well."
        )
    if strength is Strength.TOO_SHORT:
        return QCoreApplication.translate(
            "strength", "Too short: use at least %n characters.", "", MIN_NEW_PASSPHRASE_CHARS
        )
    if strength is Strength.WEAK:
        return (
            QCoreApplication.translate("strength", "Too easy to guess.")
            + " "
            + weakness_advice(estimate.weakness)
        )
    if strength is Strength.FAIR:
        return (
            QCoreApplication.translate("strength", "Fair: it would take some effort to guess.")
            + " "
            + weakness_advice(estimate.weakness)
        )
    return QCoreApplication.translate(
        "strength", "Strong. Write it down somewhere safe until you know it by heart."
    )


def refusal_text(estimate: StrengthEstimate) -> str:
    """Why a new passphrase is not accepted (only for refused estimates)."""
    if estimate.strength <= Strength.TOO_SHORT:
        return QCoreApplication.translate(
            "strength",
            "Please choose a passphrase of at least %n characters.",
            "",
            MIN_NEW_PASSPHRASE_CHARS,
        )
    return (
        QCoreApplication.translate(
            "strength",
            "This passphrase would be too easy to guess, so it cannot protect your journal.",
        )
        + " "
        + weakness_advice(estimate.weakness)
    )


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
        self._estimate = estimate_strength("")
        self.update_for("")

    @property
    def hint(self) -> str:
        """The words currently shown."""
        return self._hint.text()

    @property
    def strength(self) -> Strength:
        """The rating currently shown."""
        return self._estimate.strength

    @property
    def estimate(self) -> StrengthEstimate:
        """The whole estimate currently shown."""
        return self._estimate

    def update_for(self, passphrase: str) -> None:
        """Rate a passphrase and show the result (fast enough for every keystroke)."""
        self._estimate = estimate_strength(passphrase)
        self._bar.setValue(int(self._estimate.strength))
        text = strength_text(self._estimate)
        self._hint.setText(text)
        self._bar.setAccessibleDescription(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrower means more lines of advice: keep room for all of them."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # The form around the meter sizes rows by their minimum, not by wrapped height.
        # Before it is shown, the label's width is a placeholder: wait for the real one.
        if not self.isVisible():
            return
        width = self._hint.width()
        needed = max(self._hint.heightForWidth(width), self._bar.sizeHint().height())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            # Once the layout has taken the new minimum in, the window makes room for it.
            QTimer.singleShot(0, self, self._on_grow_timer_timeout)

    def _on_grow_timer_timeout(self) -> None:
        grow_to_content(self.window())
