"""File ▸ Back up now and Restore from a backup, and automatic backups, on real widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from stand_in import stand_in_tabs
from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.domain.backups import automatic_backup_name
from healer.domain.clock import utc_now
from healer.services.backups import local_today, read_backup_summary
from healer.services.session import Session
from healer.ui.backup import pickers
from healer.ui.backup.restore_dialog import RestoreDialog
from healer.ui.main_window import MainWindow
from healer.ui.settings import AUTO_BACKUP, BACKUP_FOLDER

MARKER = "otter-lantern-5521"
NEWER = "heron-velvet-9034"


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings under tmp_path only, so the backup folder chosen here leaks nowhere."""
    folder = tmp_path / "settings"
    folder.mkdir()
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName("HealerTest")
    QCoreApplication.setApplicationName("HealerBackupTest")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield
    QSettings().clear()
    QSettings().sync()
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> MainWindow:
    shown = MainWindow(session, stand_in_tabs())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def log(session: Session, text: str) -> None:
    session.journal.log(ActivationInput(trigger=text, intensity=5, started_at=utc_now()))


def pick(monkeypatch: pytest.MonkeyPatch, name: str, path: Path | None) -> list[Path]:
    """Answer the file chooser `name` with path; returns the suggestions it was given."""
    offered: list[Path] = []

    def chooser(_parent: QWidget, suggested: Path) -> Path | None:
        offered.append(suggested)
        return path

    monkeypatch.setattr(pickers, name, chooser)
    return offered


def answer(monkeypatch: pytest.MonkeyPatch, reply: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_parent: QWidget, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return reply

    monkeypatch.setattr(pickers, "confirm", confirm)
    return asked


def finished_notice(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    care = window.backup_care
    qtbot.wait_until(lambda: care.job is None and care.notice is not None, timeout=20000)
    assert care.notice is not None
    return care.notice


def test_back_up_now_writes_a_checked_copy_where_picked(
    qtbot: QtBot,
    window: MainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log(session, MARKER)
    destination = tmp_path / "usb" / "my-backup.vault"
    offered = pick(monkeypatch, "choose_backup_destination", destination)
    window.backup_action.trigger()
    notice = finished_notice(qtbot, window)
    assert "checked" in notice.text()
    assert str(destination) in notice.text()
    assert offered[0].name == f"healer-backup-{local_today().isoformat()}.vault"
    assert read_backup_summary(destination, PASSPHRASE).entries == 1
    assert MARKER.encode() not in destination.read_bytes()
    assert "Ctrl+Shift+B" in [key.toString() for key in window.backup_action.shortcuts()]
    file_actions = window.menus["file"].actions()
    assert file_actions.index(window.backup_action) > file_actions.index(window.activated_action)


def test_an_existing_file_is_replaced_only_when_the_person_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = tmp_path / "notes.vault"
    destination.write_bytes(b"the person's own file")
    pick(monkeypatch, "choose_backup_destination", destination)
    asked = answer(monkeypatch, reply=False)
    window.back_up_now()
    assert len(asked) == 1
    assert window.backup_care.job is None
    assert destination.read_bytes() == b"the person's own file"

    answer(monkeypatch, reply=True)
    window.back_up_now()
    finished_notice(qtbot, window)
    assert read_backup_summary(destination, PASSPHRASE).entries == 0


def test_the_vault_and_backups_are_never_offered_for_replacing(
    qtbot: QtBot, window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = session.vault_path.read_bytes()
    pick(monkeypatch, "choose_backup_destination", session.vault_path)
    asked = answer(monkeypatch, reply=True)
    window.back_up_now()
    assert asked == []
    notice = window.backup_care.notice
    assert notice is not None
    assert "never writes over" in notice.text()
    assert session.vault_path.read_bytes() == before


def test_a_failed_backup_says_why_calmly(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_bytes(b"")
    pick(monkeypatch, "choose_backup_destination", not_a_folder / "copy.vault")
    window.back_up_now()
    notice = finished_notice(qtbot, window)
    assert notice.icon() == QMessageBox.Icon.Warning
    assert "is a file, not a folder; nothing was written" in notice.text()


def drive_restore_dialog(
    monkeypatch: pytest.MonkeyPatch, passphrases: list[str], seen: list[str]
) -> None:
    """Answer the restore dialog through its own widgets: type, open, read, restore."""

    def exec_(dialog: RestoreDialog) -> int:
        for passphrase in passphrases:
            dialog.passphrase.setText(passphrase)
            dialog.open_button.click()
            seen.append(dialog.message.text() if dialog.message.isVisibleTo(dialog) else "")
        seen.append(dialog.contents.text())
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", exec_)


def test_restore_swaps_the_backup_in_and_reopens_on_it(
    qtbot: QtBot,
    window: MainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log(session, MARKER)
    backup = session.backup(tmp_path / "backups" / "old.vault")
    log(session, NEWER)
    pick(monkeypatch, "choose_backup_to_restore", backup)
    seen: list[str] = []
    drive_restore_dialog(monkeypatch, ["not the passphrase", PASSPHRASE], seen)
    vault_path = session.vault_path

    window.restore_action.trigger()
    notice = finished_notice(qtbot, window)
    assert "doesn't open this backup" in seen[0]
    assert "holds 1 entry" in seen[-1]
    assert MARKER not in "".join(seen)
    assert "Backup restored" in notice.windowTitle(), notice.text()
    assert not session.is_open
    restored = window.session
    assert restored is not None
    assert restored is not session
    assert [a.content.trigger for a in restored.journal.find()] == [MARKER]
    (kept,) = vault_path.parent.glob("healer.vault.before-restore-*")
    assert str(kept) in notice.text()
    assert window.built_pages, "the visible page is built again"


def test_a_refused_restore_leaves_the_vault_and_asks_to_unlock(
    qtbot: QtBot,
    window: MainWindow,
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log(session, MARKER)
    backup = session.backup(tmp_path / "old.vault")
    log(session, NEWER)
    pick(monkeypatch, "choose_backup_to_restore", backup)
    drive_restore_dialog(monkeypatch, [PASSPHRASE], [])
    other = Session.unlock(session.vault_path, PASSPHRASE)  # healer-cli, say, has it open
    try:
        with qtbot.wait_signal(window.locked, timeout=20000):
            window.restore_from_backup()
        notice = finished_notice(qtbot, window)
        assert "open in another Healer window or command" in notice.text()
        assert window.session is None
        assert not window.isVisible()
        assert len(other.journal.find()) == 2
    finally:
        other.lock()


def test_automatic_backup_at_lock_after_a_change(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    log(session, MARKER)
    with qtbot.wait_signal(window.locked):
        window.lock()
    folder = session.vault_path.parent / "backups"
    (written,) = folder.iterdir()
    assert written.name == automatic_backup_name(local_today())
    assert read_backup_summary(written, PASSPHRASE).entries == 1


def test_no_automatic_backup_without_a_change_or_when_turned_off(
    qtbot: QtBot, window: MainWindow, session: Session, vault_path: Path
) -> None:
    window.lock()
    assert not (vault_path.parent / "backups").exists()
    AUTO_BACKUP.write(False)
    again = Session.unlock(vault_path, PASSPHRASE)
    window.attach_session(again)
    log(again, MARKER)
    window.lock()
    assert not (vault_path.parent / "backups").exists()


def test_a_missing_folder_is_told_once_at_the_next_unlock_and_never_blocks_locking(
    qtbot: QtBot, window: MainWindow, session: Session, vault_path: Path, tmp_path: Path
) -> None:
    BACKUP_FOLDER.write(str(tmp_path / "media" / "STICK"))
    told: list[str] = []

    def cycle(change: Callable[[Session], None]) -> None:
        current = window.session
        assert current is not None
        change(current)
        before = window.backup_care.notice
        window.lock()
        assert not current.is_open
        window.attach_session(Session.unlock(vault_path, PASSPHRASE))
        qtbot.wait(50)
        notice = window.backup_care.notice
        if notice is not None and notice is not before:
            told.append(notice.text())

    cycle(lambda s: log(s, MARKER))
    assert len(told) == 1
    assert "STICK is not there" in told[0]
    assert "safe and unchanged" in told[0]
    cycle(lambda s: log(s, NEWER))  # the same reason again: not told twice
    assert len(told) == 1
    BACKUP_FOLDER.write("")
    cycle(lambda s: log(s, "third"))
    assert (vault_path.parent / "backups" / automatic_backup_name(local_today())).exists()
