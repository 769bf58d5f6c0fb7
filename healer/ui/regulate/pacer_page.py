"""The breathing page: the pacer, its pattern and length, and Start/Pause/Stop.

Keyboard: Space starts or pauses, Esc stops, F11 toggles distraction-free full screen.

Signals:
    run_ended(use): forwarded from the controller, a PracticeUseInput to offer for saving.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from healer.domain.breathing import (
    CUSTOM_KEY,
    MAX_BREATH_SECONDS,
    MAX_SESSION_BREATHS,
    MAX_SESSION_MINUTES,
    MIN_BREATH_SECONDS,
    PRESETS,
    BreathPattern,
    LengthKind,
    SessionLength,
    preset_key,
)
from healer.domain.errors import ValidationError
from healer.ui import settings
from healer.ui.regulate.full_screen import FullScreenPacer
from healer.ui.regulate.motion import on_system_motion_changed, system_prefers_reduced_motion
from healer.ui.regulate.pacer_controller import PacerController, PacerState
from healer.ui.regulate.pacer_widget import PacerWidget
from healer.ui.regulate.space_key import SpaceFollowsFocus

DEFAULT_AMOUNT = {LengthKind.MINUTES: 3, LengthKind.BREATHS: 10}


class PacerPage(QWidget):
    """Everything about paced breathing; the pacer itself is PacerWidget."""

    run_ended = Signal(object)

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Slow breathing"))
        self.controller = PacerController(clock, self)
        self.pacer = PacerWidget(self.controller, self)
        self.full_screen: FullScreenPacer | None = None
        self._build_controls()
        self._load_preferences()
        self._connect()
        self._apply_motion()
        self._update_buttons()

    # -- building ----------------------------------------------------------

    def _build_controls(self) -> None:
        self.pattern_combo = QComboBox(self)
        self.pattern_combo.setAccessibleName(self.tr("Breathing pattern"))
        names = {
            "extended-exhale": self.tr("Longer out-breath: in 4, out 8"),
            "4-7-8": self.tr("4-7-8: in 4, hold 7, out 8"),
            "box": self.tr("Box: in 4, hold 4, out 4, hold 4"),
            "coherent": self.tr("Even: in 5.5, out 5.5"),
        }
        for preset in PRESETS:
            self.pattern_combo.addItem(names[preset.key], preset.key)
        self.pattern_combo.addItem(self.tr("My own pattern…"), CUSTOM_KEY)
        self.pattern_label = QLabel(self.tr("&Pattern"), self)
        self.pattern_label.setBuddy(self.pattern_combo)

        self._build_custom_row()
        self._build_length_and_buttons()

        settings_row = QHBoxLayout()
        settings_row.setSpacing(8)
        settings_row.addWidget(self.pattern_label)
        settings_row.addWidget(self.pattern_combo, 2)
        settings_row.addSpacing(16)
        settings_row.addWidget(self.length_label)
        settings_row.addWidget(self.length_combo, 1)
        settings_row.addWidget(self.amount)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.motion_check)
        buttons.addStretch(1)
        buttons.addWidget(self.full_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(self.pacer, 1)
        layout.addLayout(settings_row)
        layout.addWidget(self.custom_row)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self._shortcuts: list[QShortcut] = []
        for keys, slot in (
            ("Space", self._on_space_shortcut_activated),
            ("Esc", self._on_escape_shortcut_activated),
            ("F11", self._on_full_shortcut_activated),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        self._space = SpaceFollowsFocus(self, self._shortcuts[0])

    def _build_custom_row(self) -> None:
        self.custom_row = QWidget(self)
        custom = QHBoxLayout(self.custom_row)
        custom.setContentsMargins(0, 0, 0, 0)
        self.custom_spins: dict[str, QDoubleSpinBox] = {}
        for key, text, minimum in (
            ("inhale", self.tr("&In"), 1.0),
            ("hold_in", self.tr("&Hold"), 0.0),
            ("exhale", self.tr("&Out"), 1.0),
            ("hold_out", self.tr("Hol&d"), 0.0),
        ):
            spin = QDoubleSpinBox(self.custom_row)
            spin.setRange(minimum, MAX_BREATH_SECONDS)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(self.tr(" s"))
            if minimum == 0:
                spin.setSpecialValueText(self.tr("no hold"))
            spin.setAccessibleName(
                {
                    "inhale": self.tr("Seconds breathing in"),
                    "hold_in": self.tr("Seconds holding after the in-breath"),
                    "exhale": self.tr("Seconds breathing out"),
                    "hold_out": self.tr("Seconds holding after the out-breath"),
                }[key]
            )
            label = QLabel(text, self.custom_row)
            label.setBuddy(spin)
            custom.addWidget(label)
            custom.addWidget(spin)
            self.custom_spins[key] = spin
        custom.addStretch(1)

    def _build_length_and_buttons(self) -> None:
        self.length_combo = QComboBox(self)
        self.length_combo.setAccessibleName(self.tr("Session length"))
        self.length_combo.addItem(self.tr("Until I stop"), LengthKind.OPEN.value)
        self.length_combo.addItem(self.tr("Minutes"), LengthKind.MINUTES.value)
        self.length_combo.addItem(self.tr("Breaths"), LengthKind.BREATHS.value)
        self.length_label = QLabel(self.tr("&Length"), self)
        self.length_label.setBuddy(self.length_combo)
        self.amount = QSpinBox(self)
        self.amount.setAccessibleName(self.tr("How many minutes or breaths"))

        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Pattern problem"))
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()

        self.start_button = QPushButton(self)
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.stop_button.setAccessibleName(self.tr("Stop breathing (Esc)"))
        self.full_button = QPushButton(self.tr("&Full screen"), self)
        self.full_button.setAccessibleName(self.tr("Full screen (F11)"))
        self.motion_check = QCheckBox(self.tr("Reduce &motion"), self)
        self.motion_check.setAccessibleName(
            self.tr("Reduce motion: a still cue instead of a moving circle")
        )

    def _load_preferences(self) -> None:
        pattern = settings.BREATH_PATTERN.read()
        key = preset_key(pattern)
        self.pattern_combo.setCurrentIndex(self.pattern_combo.findData(key))
        self._show_pattern_in_spins(pattern)
        length = settings.read_session_length()
        self.length_combo.setCurrentIndex(self.length_combo.findData(length.kind.value))
        self._set_amount_range(length.kind, length.amount)
        self.motion_check.setChecked(settings.REDUCED_MOTION.read())
        self.custom_row.setVisible(key == CUSTOM_KEY)
        self.controller.configure(pattern, length)

    def _connect(self) -> None:
        self.pattern_combo.currentIndexChanged.connect(self._on_pattern_combo_current_index_changed)
        for spin in self.custom_spins.values():
            spin.valueChanged.connect(self._on_custom_spin_value_changed)
        self.length_combo.currentIndexChanged.connect(self._on_length_combo_current_index_changed)
        self.amount.valueChanged.connect(self._on_amount_value_changed)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.full_button.clicked.connect(self._on_full_shortcut_activated)
        self.motion_check.toggled.connect(self._on_motion_check_toggled)
        self.controller.state_changed.connect(self._on_controller_state_changed)
        self.controller.run_ended.connect(self.run_ended)
        on_system_motion_changed(self._apply_motion)

    # -- choosing ----------------------------------------------------------

    def chosen_pattern(self) -> BreathPattern:
        """The pattern the controls describe (may raise ValidationError for a custom one)."""
        key = self.pattern_combo.currentData()
        for preset in PRESETS:
            if preset.key == key:
                return preset.pattern
        values = {name: spin.value() for name, spin in self.custom_spins.items()}
        return BreathPattern(**values).validated()

    def chosen_length(self) -> SessionLength:
        """The length the controls describe."""
        kind = LengthKind(self.length_combo.currentData())
        return SessionLength(kind, self.amount.value() if kind is not LengthKind.OPEN else 0)

    def _show_pattern_in_spins(self, pattern: BreathPattern) -> None:
        for name, spin in self.custom_spins.items():
            spin.blockSignals(True)
            spin.setValue(getattr(pattern, name))
            spin.blockSignals(False)

    def _set_amount_range(self, kind: LengthKind, amount: int | None = None) -> None:
        self.amount.blockSignals(True)
        if kind is LengthKind.OPEN:
            self.amount.setRange(0, 0)
            self.amount.setSuffix("")
            self.amount.setSpecialValueText(" ")
        else:
            limit = MAX_SESSION_MINUTES if kind is LengthKind.MINUTES else MAX_SESSION_BREATHS
            self.amount.setSpecialValueText("")
            self.amount.setRange(1, limit)
            self.amount.setValue(amount or DEFAULT_AMOUNT[kind])
            self._show_amount_unit()
        self.amount.setEnabled(kind is not LengthKind.OPEN)
        self.amount.setVisible(kind is not LengthKind.OPEN)
        self.amount.blockSignals(False)

    def _show_amount_unit(self) -> None:
        # "1 breath", "5 breaths": the unit follows the number (minutes are shortened alike).
        value = self.amount.value()
        if self.length_combo.currentData() == LengthKind.BREATHS.value:
            words = self.tr("%n breaths", "", value)
        else:
            words = self.tr("%n min", "", value)
        self.amount.setSuffix(words.partition(str(value))[2])

    def _apply_choice(self) -> None:
        try:
            pattern = self.chosen_pattern()
        except ValidationError as error:
            # The spin boxes keep in and out within their limits: only a hold can be wrong.
            if error.field in ("hold_in", "hold_out"):
                text = self.tr(
                    "That pattern can't be used: a hold is either off (0) or at least %n second.",
                    "",
                    int(MIN_BREATH_SECONDS),
                )
            else:
                text = self.tr("That pattern can't be used: each part lasts from %1 to %2 seconds.")
                locale = QLocale()
                text = text.replace("%1", locale.toString(MIN_BREATH_SECONDS, "g", 6)).replace(
                    "%2", locale.toString(MAX_BREATH_SECONDS, "g", 6)
                )
            self.problem.setText(text)
            self.problem.show()
            self.start_button.setEnabled(False)
            return
        self.problem.clear()
        self.problem.hide()
        length = self.chosen_length()
        self.controller.configure(pattern, length)
        settings.BREATH_PATTERN.write(pattern)
        settings.write_session_length(length)
        self._update_buttons()

    # -- motion ------------------------------------------------------------

    def reduced_motion(self) -> bool:
        """The person's setting or the desktop's preference asks for a still cue."""
        return self.motion_check.isChecked() or system_prefers_reduced_motion()

    @Slot()
    def _apply_motion(self) -> None:
        reduced = self.reduced_motion()
        self.pacer.set_reduced_motion(reduced)
        if self.full_screen is not None:
            self.full_screen.pacer.set_reduced_motion(reduced)

    # -- actions -----------------------------------------------------------

    def toggle_full_screen(self) -> None:
        """Show the pacer alone on the whole screen, or come back from it."""
        if self.full_screen is not None:
            self.full_screen.close()
            return
        window = self._open_window()
        window.showFullScreen()
        window.bring_to_front()

    def show_in_window(self) -> None:
        """The pacer alone in a normal window, in front of any dialog (the parts wizard)."""
        window = self.full_screen if self.full_screen is not None else self._open_window()
        if not window.isVisible():
            window.resize(560, 600)
            window.show()
        window.bring_to_front()

    def _open_window(self) -> FullScreenPacer:
        # A window of its own, not a child widget: the page's Space/Esc shortcuts would
        # otherwise also apply inside it and every key would be ambiguous.
        window = FullScreenPacer(self.controller)
        self.destroyed.connect(window.close)
        window.pacer.set_reduced_motion(self.reduced_motion())
        window.closed.connect(self._on_full_screen_closed)
        self.full_screen = window
        self.pacer.hide()  # one visible view at a time: one timer, one set of frames
        return window

    def stop_everything(self) -> None:
        """On lock: stop without offering to save, and leave full screen."""
        self.controller.halt()
        if self.full_screen is not None:
            self.full_screen.close()

    def _update_buttons(self) -> None:
        state = self.controller.state
        texts = {
            PacerState.IDLE: (self.tr("&Start"), self.tr("Start breathing (Space)")),
            PacerState.FINISHED: (self.tr("&Start again"), self.tr("Start again (Space)")),
            PacerState.RUNNING: (self.tr("&Pause"), self.tr("Pause (Space)")),
            PacerState.PAUSED: (self.tr("&Resume"), self.tr("Resume (Space)")),
        }
        text, name = texts[state]
        self.start_button.setText(text)
        self.start_button.setAccessibleName(name)
        busy = state in (PacerState.RUNNING, PacerState.PAUSED)
        self.stop_button.setEnabled(busy)
        for widget in (self.pattern_combo, self.length_combo, self.custom_row):
            widget.setEnabled(not busy)
        self.amount.setEnabled(not busy and self.chosen_length().kind is not LengthKind.OPEN)
        self.start_button.setEnabled(busy or not self.problem.text())

    # -- slots -------------------------------------------------------------

    @Slot(int)
    def _on_pattern_combo_current_index_changed(self, index: int) -> None:
        del index
        custom = self.pattern_combo.currentData() == CUSTOM_KEY
        self.custom_row.setVisible(custom)
        if not custom:
            self._show_pattern_in_spins(self.chosen_pattern())
        self._apply_choice()

    @Slot(float)
    def _on_custom_spin_value_changed(self, value: float) -> None:
        del value
        self._apply_choice()

    @Slot(int)
    def _on_length_combo_current_index_changed(self, index: int) -> None:
        del index
        self._set_amount_range(LengthKind(self.length_combo.currentData()))
        self._apply_choice()

    @Slot(int)
    def _on_amount_value_changed(self, value: int) -> None:
        del value
        self._show_amount_unit()
        self._apply_choice()

    @Slot()
    def _on_start_button_clicked(self) -> None:
        self.controller.toggle()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        self.controller.stop()

    @Slot()
    def _on_space_shortcut_activated(self) -> None:
        if self.start_button.isEnabled():
            self.controller.toggle()

    @Slot()
    def _on_escape_shortcut_activated(self) -> None:
        self.controller.stop()

    @Slot()
    def _on_full_shortcut_activated(self) -> None:
        self.toggle_full_screen()

    @Slot(bool)
    def _on_motion_check_toggled(self, checked: bool) -> None:
        settings.REDUCED_MOTION.write(checked)
        self._apply_motion()

    @Slot()
    def _on_full_screen_closed(self) -> None:
        self.full_screen = None
        self.pacer.show()

    @Slot()
    def _on_controller_state_changed(self) -> None:
        self._update_buttons()
