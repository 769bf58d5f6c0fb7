"""File ▸ Preferences…: every setting in one calm dialog, each stored and applied as it changes.

Signals:
    preference_changed(str): a setting was stored (its QSettings key; never a value).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from healer.ui import settings
from healer.ui.common.appearance import DARK, LIGHT, SYSTEM
from healer.ui.common.fit import fit_to_screen, scrolling
from healer.ui.language import LANGUAGES, system_language
from healer.ui.settings import BoolSetting, IntSetting, Setting

T = TypeVar("T")


class PreferencesDialog(QDialog):
    """Security, backups, the pause and practices, appearance and language; changes apply."""

    preference_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self._loading = True
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        column.addWidget(self._security_group(content))
        column.addWidget(self._backup_group(content))
        column.addWidget(self._pause_group(content))
        column.addWidget(self._appearance_group(content))
        column.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.defaults_button = buttons.addButton(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText(self.tr("Restore &defaults"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.close_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(scrolling(content, self), 1)
        layout.addWidget(buttons)
        self.load()
        self._align_labels(content)
        margins = layout.contentsMargins()
        wanted = content.sizeHint() + QSize(
            margins.left() + margins.right() + 24,
            margins.top() + margins.bottom() + buttons.sizeHint().height() + 24,
        )
        fit_to_screen(self, wanted.expandedTo(QSize(620, 0)))

    # -- groups ------------------------------------------------------------

    def _form(self, group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        return form

    def _spin(
        self, setting: IntSetting, suffix: Callable[[int], str], never: str, name: str
    ) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(setting.minimum, setting.maximum)
        # The unit follows the number ("1 minute", "5 minutes"), in every language's plural.
        spin.setSuffix(suffix(spin.value()))
        spin.valueChanged.connect(lambda value: spin.setSuffix(suffix(value)))
        if never:
            spin.setSpecialValueText(never)  # shown at the minimum, 0 = off
        spin.setAccessibleName(name)
        spin.valueChanged.connect(self._storing(setting, spin.value))
        return spin

    def _check(self, setting: BoolSetting, text: str) -> QCheckBox:
        check = QCheckBox(text, self)
        check.setAccessibleName(text.replace("&", ""))
        check.toggled.connect(self._storing(setting, check.isChecked))
        return check

    def _security_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Security"), parent)
        form = self._form(group)
        self.idle_spin = self._spin(
            settings.AUTO_LOCK_MINUTES,
            lambda value: self.tr(" minutes", "", value),
            self.tr("Never"),
            self.tr("Lock after this many minutes without use (0 for never)"),
        )
        self._row(form, self.tr("&Lock after:"), self.idle_spin)
        self.screen_lock_check = self._check(
            settings.LOCK_ON_SCREEN_LOCK,
            self.tr("Lock when the &screen locks or the computer sleeps"),
        )
        form.addRow(self.screen_lock_check)
        self.clipboard_spin = self._spin(
            settings.CLIPBOARD_CLEAR_SECONDS,
            lambda value: self.tr(" seconds", "", value),
            self.tr("Never"),
            self.tr("Take copied words off the clipboard after this many seconds (0 for never)"),
        )
        self._row(form, self.tr("&Clear copied words after:"), self.clipboard_spin)
        return group

    def _backup_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Backups"), parent)
        form = self._form(group)
        self.auto_backup_check = self._check(
            settings.AUTO_BACKUP,
            self.tr("Make &automatic backups (at most once a day, after a change)"),
        )
        form.addRow(self.auto_backup_check)
        self.folder_field = QLineEdit(self)
        self.folder_field.setReadOnly(True)
        self.folder_field.setAccessibleName(self.tr("Backup folder"))
        self.folder_field.setPlaceholderText(self.tr("The default: beside your vault"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a backup folder"))
        self.default_button = QPushButton(self.tr("&Use the default"), self)
        self.default_button.setAccessibleName(self.tr("Use the default backup folder"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        self.auto_backup_check.toggled.connect(self._on_auto_backup_check_toggled)
        row = QHBoxLayout()
        row.addWidget(self.folder_field, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        label = QLabel(self.tr("&Folder:"), self)
        label.setBuddy(self.choose_button)
        form.addRow(label, row)
        note = QLabel(
            self.tr("A USB stick or a synced folder keeps a copy away from this computer."), self
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow(note)
        return group

    def _pause_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Pause and practices"), parent)
        form = self._form(group)
        self.pause_spin = self._spin(
            settings.PAUSE_MINUTES,
            lambda value: self.tr(" minutes", "", value),
            "",
            self.tr("Length a pause starts with"),
        )
        self._row(form, self.tr("&Pause length:"), self.pause_spin)
        self.motion_check = self._check(
            settings.REDUCED_MOTION,
            self.tr("Reduce &motion: a still breathing cue instead of a moving circle"),
        )
        form.addRow(self.motion_check)
        return group

    def _appearance_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"), parent)
        form = self._form(group)
        self.appearance_combo = QComboBox(self)
        self.appearance_combo.addItem(self.tr("Follow the system"), SYSTEM)
        self.appearance_combo.addItem(self.tr("Light"), LIGHT)
        self.appearance_combo.addItem(self.tr("Dark"), DARK)
        self.appearance_combo.setAccessibleName(self.tr("Colours"))
        self.appearance_combo.currentIndexChanged.connect(self._on_appearance_combo_changed)
        self._row(form, self.tr("C&olours:"), self.appearance_combo)
        self.language_combo = QComboBox(self)
        system = self.tr("System (%1)").replace("%1", system_language().name)
        self.language_combo.addItem(system, settings.LANGUAGE.default)
        for shipped in LANGUAGES:  # each in its own name, so a person finds theirs
            self.language_combo.addItem(shipped.name, shipped.code)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self._row(form, self.tr("Lan&guage:"), self.language_combo)
        # Every window would need to translate itself again; a new start is simpler and sure.
        note = QLabel(self.tr("A new language applies the next time Healer starts."), self)
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow(note)
        return group

    def _align_labels(self, content: QWidget) -> None:
        """One label column across the groups, so every field starts at the same place."""
        labels = [label for label in content.findChildren(QLabel) if label.buddy() is not None]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        if isinstance(field, (QSpinBox, QComboBox)):
            field.setMaximumWidth(220)
        form.addRow(label, field)

    # -- reading and storing -------------------------------------------------

    def load(self) -> None:
        """Show the stored values (storing nothing)."""
        self._loading = True
        try:
            self.idle_spin.setValue(settings.AUTO_LOCK_MINUTES.read())
            self.screen_lock_check.setChecked(settings.LOCK_ON_SCREEN_LOCK.read())
            self.clipboard_spin.setValue(settings.CLIPBOARD_CLEAR_SECONDS.read())
            self.auto_backup_check.setChecked(settings.AUTO_BACKUP.read())
            self.folder_field.setText(settings.BACKUP_FOLDER.read())
            self.pause_spin.setValue(settings.PAUSE_MINUTES.read())
            self.motion_check.setChecked(settings.REDUCED_MOTION.read())
            index = self.appearance_combo.findData(settings.APPEARANCE.read())
            self.appearance_combo.setCurrentIndex(max(index, 0))
            index = self.language_combo.findData(settings.LANGUAGE.read())
            self.language_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        self._on_auto_backup_check_toggled(self.auto_backup_check.isChecked())

    def restore_defaults(self) -> None:
        """Every preference back to its default, stored and applied at once."""
        every: tuple[Setting[Any], ...] = (
            settings.AUTO_LOCK_MINUTES,
            settings.LOCK_ON_SCREEN_LOCK,
            settings.CLIPBOARD_CLEAR_SECONDS,
            settings.AUTO_BACKUP,
            settings.BACKUP_FOLDER,
            settings.PAUSE_MINUTES,
            settings.REDUCED_MOTION,
            settings.APPEARANCE,
            settings.LANGUAGE,
        )
        for setting in every:
            self._store(setting, setting.default)
        self.load()

    def _store(self, setting: Setting[T], value: T) -> None:
        if setting.read() == value:
            return
        setting.write(value)
        self.preference_changed.emit(setting.key)

    def _storing(self, setting: Setting[T], value: Callable[[], T]) -> Callable[..., None]:
        def store(*_args: object) -> None:
            if not self._loading:
                self._store(setting, value())

        return store

    # -- slots -------------------------------------------------------------

    def _on_appearance_combo_changed(self, _index: int) -> None:
        if not self._loading:
            self._store(settings.APPEARANCE, str(self.appearance_combo.currentData()))

    def _on_language_combo_changed(self, _index: int) -> None:
        if not self._loading:
            self._store(settings.LANGUAGE, str(self.language_combo.currentData()))

    def _on_auto_backup_check_toggled(self, checked: bool) -> None:
        for widget in (self.folder_field, self.choose_button, self.default_button):
            widget.setEnabled(checked)

    def ask_folder(self) -> str:
        """The folder the person picks ('' when they cancel); tests replace this."""
        return QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for automatic backups"),
            self.folder_field.text(),
            QFileDialog.Option.ShowDirsOnly,
        )

    def _on_choose_button_clicked(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.folder_field.setText(folder)
            self._store(settings.BACKUP_FOLDER, folder)

    def _on_default_button_clicked(self) -> None:
        self.folder_field.clear()
        self._store(settings.BACKUP_FOLDER, "")
        self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)
