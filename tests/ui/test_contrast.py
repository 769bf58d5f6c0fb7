"""WCAG contrast of the pacer and of secondary text, computed for light and dark palettes."""

from __future__ import annotations

import pytest
from palettes import PALETTES, adwaita_dark_palette
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support import FakeClock

from healer.ui.common.contrast import (
    MARK_CONTRAST,
    TEXT_CONTRAST,
    SecondaryTextGuard,
    contrast,
    secondary_text,
)
from healer.ui.regulate.full_screen import FullScreenPacer
from healer.ui.regulate.pacer_colours import FILL_STOPS, PacerColours
from healer.ui.regulate.pacer_controller import PacerController

ROLE = QPalette.ColorRole


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    translucent = QColor(0, 0, 0, 128)  # shows as #7f7f7f over white
    assert contrast(translucent, QColor("#ffffff")) == pytest.approx(4.0, abs=0.05)


def test_the_adwaita_like_palette_has_the_faults_the_issue_measured() -> None:
    palette = adwaita_dark_palette()
    window = palette.color(ROLE.Window)
    assert contrast(palette.color(ROLE.PlaceholderText), window) < 3.5
    disabled = palette.color(QPalette.ColorGroup.Disabled, ROLE.WindowText)
    assert contrast(disabled, window) < 1.7


@pytest.mark.parametrize("name", PALETTES)
def test_secondary_text_reads_on_window_and_base(qapp: QApplication, name: str) -> None:
    palette = PALETTES[name]()
    colour = secondary_text(palette)
    assert contrast(colour, palette.color(ROLE.Window)) >= TEXT_CONTRAST
    assert contrast(colour, palette.color(ROLE.Base)) >= TEXT_CONTRAST
    # Still softer than the main text: a hint, not a heading.
    text = palette.color(ROLE.WindowText)
    window = palette.color(ROLE.Window)
    assert contrast(colour, window) < contrast(text, window)


@pytest.mark.parametrize("name", PALETTES)
def test_the_pacer_circle_and_words_read(qapp: QApplication, name: str) -> None:
    palette = PALETTES[name]()
    colours = PacerColours.from_palette(palette)
    window = palette.color(ROLE.Window)
    assert contrast(colours.ring, window) >= MARK_CONTRAST
    assert contrast(colours.guide, window) >= MARK_CONTRAST
    assert contrast(colours.text, window) >= TEXT_CONTRAST
    assert contrast(colours.detail, window) >= TEXT_CONTRAST
    for _, share in FILL_STOPS:
        disc = PacerColours.fill_at(colours.ring, window, share * colours.fill_opacity)
        assert contrast(colours.text, disc) >= TEXT_CONTRAST


@pytest.mark.parametrize("name", PALETTES)
def test_the_full_screen_hint_reads(qtbot: QtBot, clock: FakeClock, name: str) -> None:
    window = FullScreenPacer(PacerController(clock))
    qtbot.add_widget(window)
    window.setPalette(PALETTES[name]())
    window.hint.ensurePolished()
    hint = window.hint.palette()
    ratio = contrast(hint.color(ROLE.WindowText), window.palette().color(ROLE.Window))
    assert ratio >= TEXT_CONTRAST


def test_the_guard_raises_the_application_placeholder(qapp: QApplication) -> None:
    old = qapp.palette()
    guard = SecondaryTextGuard(qapp)
    try:
        qapp.setPalette(adwaita_dark_palette())
        palette = qapp.palette()
        ratio = contrast(palette.color(ROLE.PlaceholderText), palette.color(ROLE.Window))
        assert ratio >= TEXT_CONTRAST
    finally:
        qapp.removeEventFilter(guard)
        guard.deleteLater()
        qapp.setPalette(old)
