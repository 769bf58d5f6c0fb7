"""The shell and vault care in Spanish: errors, plurals and menu words go through the translator."""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from shell_helpers import stand_in_window_fixture  # noqa: F401 (fixture)
from translating import speaking

from healer.services.backups import BackupSummary
from healer.services.errors import NotAVaultError, WrongPassphraseError
from healer.storage.destinations import os_error_message
from healer.storage.vault import CANNOT_OPEN
from healer.ui.backup.restore_dialog import describe
from healer.ui.common.error_text import error_text
from healer.ui.main_window import MainWindow
from healer.ui.preferences.dialog import PreferencesDialog


@pytest.fixture(name="spanish")
def spanish_fixture(speak: Callable[[str], None]) -> None:
    """Healer in Spanish before the test's widgets are built."""
    speak("es")


def test_an_error_reads_in_spanish_with_its_values(spanish: None) -> None:
    error = WrongPassphraseError(Path("/home/me/healer.vault"))
    assert error_text(error) == "La frase de acceso no abre /home/me/healer.vault."
    assert str(error) == "Wrong passphrase for /home/me/healer.vault."  # the CLI's words


def test_a_phrase_inside_an_error_is_translated_too(spanish: None) -> None:
    error = NotAVaultError(Path("/v"), CANNOT_OPEN)
    assert (
        error_text(error)
        == "/v no es un diario cifrado de Healer o está dañado: no se puede abrir."
    )


def test_a_write_refusal_is_translated_around_its_folder(spanish: None, tmp_path: Path) -> None:
    destination = tmp_path / "export.json"
    error = os_error_message(destination, OSError(errno.EROFS, "Read-only file system"))
    assert error_text(error) == (
        f"{tmp_path} está en un disco de solo lectura; no se ha escrito nada. Elige otro lugar."
    )
    assert (
        str(error)
        == f"{tmp_path} is on a read-only disk; nothing was written. Choose another place."
    )


def _summary(entries: int) -> BackupSummary:
    day = datetime(2026, 3, 2, 12, tzinfo=UTC)
    return BackupSummary(entries, day, day, day)


def test_backup_counts_use_plural_forms(qm_folder: Path) -> None:
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert describe(_summary(3), locale).startswith("This backup holds 3 entries, all on ")
    with speaking("es", qm_folder):
        assert describe(_summary(3), locale).startswith(
            "Esta copia contiene 3 entradas, todas del "
        )
        assert describe(_summary(1), locale).startswith("Esta copia contiene 1 entrada, del ")


def test_spin_box_units_follow_the_number(qtbot: QtBot, spanish: None) -> None:
    dialog = PreferencesDialog()
    qtbot.add_widget(dialog)
    dialog.idle_spin.setValue(1)
    assert dialog.idle_spin.suffix() == " minuto"
    dialog.idle_spin.setValue(5)
    assert dialog.idle_spin.suffix() == " minutos"
    dialog.clipboard_spin.setValue(30)
    assert dialog.clipboard_spin.suffix() == " segundos"


def test_menu_words_translate_in_the_main_window(
    spanish: None, stand_in_window: MainWindow
) -> None:
    # The menus are built by a base class: their context must not follow the subclass.
    titles = [menu.title() for menu in stand_in_window.menus.values()]
    assert titles == ["&Archivo", "&Editar", "&Ver", "Ay&uda"]
    assert stand_in_window.lock_action.text() == "&Bloquear"
