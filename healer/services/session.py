"""The unlocked session: owns the vault's life cycle and hands out one service per feature.

Signals:
    locked(): emitted once the vault connection has been closed.

What a write changed is announced on `changes.data_changed` (one ChangeNotifier shared
by every feature service), so each view connects in one place. Slow reads run on one
worker thread (`reads`); locking drops every read not yet answered.

The later tabs' services (and their storage modules) load on first use, not at unlock:
the path page, the first tab, needs only its one read (`path`), and the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from healer.domain.changes import EXTERNAL, NOTHING, Change
from healer.domain.errors import HealerError, Words
from healer.domain.passphrase import normalize_passphrase
from healer.domain.words import QT_TRANSLATE_NOOP
from healer.services.background import BackgroundReads, PendingRead
from healer.services.changes import ChangeNotifier
from healer.services.jobs import JobProblem, submit_job
from healer.services.journal import JournalService
from healer.storage import sqlcipher
from healer.storage.checks import CheckReport
from healer.storage.errors import WrongPassphraseError
from healer.storage.vault import Vault

if TYPE_CHECKING:
    from healer.services.charts import ChartService
    from healer.services.exchange import ExchangeService
    from healer.services.parts import PartsService
    from healer.services.path import PathService
    from healer.services.pause import PauseService
    from healer.services.people import PeopleService
    from healer.services.practice_plans import PracticePlanService
    from healer.services.practices import PracticeService
    from healer.services.support import SupportService
    from healer.storage.backup_folder import AutomaticBackup

__all__ = ["CheckReport", "Session"]


class Session(QObject):
    """One person's unlocked vault for the life of an unlock."""

    locked = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.changes = ChangeNotifier(self)
        self.reads = BackgroundReads(self)
        self.journal = JournalService(vault, self.changes, self.reads)
        self._data_version = vault.data_version()
        # Whether anything was written since unlock: automatic backups follow a change.
        self._unlock_version = self._data_version
        self._changed = False
        self.changes.data_changed.connect(self._on_changes_data_changed)

    @cached_property
    def practices(self) -> PracticeService:
        """Uses of the regulating practices."""
        from healer.services.practices import PracticeService  # noqa: PLC0415

        return PracticeService(self._vault, self.changes)

    @cached_property
    def practice_plans(self) -> PracticePlanService:
        """One practice for two weeks: the plan, its days and its review."""
        from healer.services.practice_plans import PracticePlanService  # noqa: PLC0415

        return PracticePlanService(self._vault, self.changes, self.reads)

    @cached_property
    def pause(self) -> PauseService:
        """The 20-minute pause and urge outcomes."""
        from healer.services.pause import PauseService  # noqa: PLC0415

        return PauseService(self._vault, self.changes)

    @cached_property
    def parts(self) -> PartsService:
        """Parts and dialogues."""
        from healer.services.parts import PartsService  # noqa: PLC0415

        return PartsService(self._vault, self.changes)

    @cached_property
    def people(self) -> PeopleService:
        """People, moments of being met and the per-person view."""
        from healer.services.people import PeopleService  # noqa: PLC0415

        return PeopleService(self._vault, self.changes)

    @cached_property
    def charts(self) -> ChartService:
        """The charts tab's aggregates."""
        from healer.services.charts import ChartService  # noqa: PLC0415

        return ChartService(self._vault, self.reads)

    @cached_property
    def path(self) -> PathService:
        """Where the person stands on each of the six steps (the path page's one read)."""
        from healer.services.path import PathService  # noqa: PLC0415

        return PathService(self._vault, self.reads)

    @cached_property
    def support(self) -> SupportService:
        """Self-checks, questions for a therapist and the summary to bring."""
        from healer.services.summary import SummarySources  # noqa: PLC0415
        from healer.services.support import SupportService  # noqa: PLC0415

        return SupportService(
            self._vault,
            self.changes,
            self.reads,
            lambda: SummarySources(
                journal=self.journal, charts=self.charts, parts=self.parts, people=self.people
            ),
        )

    @cached_property
    def exchange(self) -> ExchangeService:
        """Export and import."""
        from healer.services.exchange import ExchangeService  # noqa: PLC0415

        return ExchangeService(
            self._vault,
            self.changes,
            journal=self.journal,
            practices=self.practices,
            pause=self.pause,
            parts=self.parts,
            people=self.people,
            reads=self.reads,
            support=self.support,
        )

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Session:
        """Create a new vault and open a session on it."""
        return cls(Vault.create(path, passphrase))

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> Session:
        """Open an existing vault."""
        return cls(Vault.open(path, passphrase))

    @property
    def vault_path(self) -> Path:
        """Where the vault file is."""
        return self._vault.path

    @property
    def read_only(self) -> Words | None:
        """Why the vault could only be opened for reading (a plain reason), or None."""
        return self._vault.read_only

    @property
    def damaged(self) -> bool:
        """True once a page failed its check: the vault is in read-only rescue mode."""
        return self._vault.damaged

    @property
    def is_open(self) -> bool:
        """False once locked."""
        return self._vault.is_open

    def lock(self) -> None:
        """Close the vault connection; every later call raises VaultClosedError."""
        self.reads.cancel_all()
        if self._vault.is_open:
            self._vault.close()
            self.locked.emit()

    def notice_external_changes(self) -> Change:
        """Ask whether another program wrote to the vault since last asked; if so, say so.

        Cheap (one pragma), so the window asks each time it is activated. The pragma
        cannot tell which tables changed, so every kind another program can write is
        announced and each view refreshes.
        """
        if not self.is_open:
            return NOTHING
        try:
            version = self._vault.data_version()
        except HealerError:
            return NOTHING
        if version == self._data_version:
            return NOTHING
        self._data_version = version
        self.changes.announce(EXTERNAL)
        return EXTERNAL

    def change_passphrase(self, new_passphrase: str, *, current: str | None = None) -> None:
        """Re-encrypt the vault under a new passphrase (atomic: one of the two opens it).

        With `current` (the app asks for it again), the change goes ahead only if it opens
        the vault and differs from the new one; the CLI has just unlocked with it instead.
        """
        if current is not None:
            if not sqlcipher.passphrase_opens(self._vault.path, current):
                raise WrongPassphraseError(self._vault.path)
            if normalize_passphrase(current) == normalize_passphrase(new_passphrase):
                raise HealerError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The new passphrase is the same as the current one; nothing was changed.",
                    )
                )
        self._vault.change_passphrase(new_passphrase)

    def backup(self, destination: Path, *, force: bool = False) -> Path:
        """Write an encrypted copy (same passphrase), checked before named; see Vault.backup."""
        return self._vault.backup(destination, force=force)

    def _on_changes_data_changed(self, _changes: Change) -> None:
        self._changed = True

    def changed_since_unlock(self) -> bool:
        """True once any change was announced, or another program wrote, since unlock."""
        if not self._changed and self.is_open:
            try:
                self._changed = self._vault.data_version() != self._unlock_version
            except HealerError:
                return False
        return self._changed

    def automatic_backup(self, folder: Path | None, today: date) -> AutomaticBackup | None:
        """After a change, at most once a day: a checked copy into folder (None: the default).

        Returns None when nothing changed since unlock; raises a HealerError on failure.
        """
        if not self.changed_since_unlock():
            return None
        from healer.storage.backup_folder import run_automatic_backup  # noqa: PLC0415

        return run_automatic_backup(self._vault, folder, today)

    def check(self) -> CheckReport:
        """Run the integrity checks."""
        return self._vault.check()

    def request_check(
        self,
        *,
        receiver: QObject,
        on_done: Callable[[CheckReport], None],
        on_problem: Callable[[JobProblem], None],
    ) -> PendingRead[object]:
        """check() on the worker thread (it reads every page), answered on this one."""
        return submit_job(
            self.reads, self.check, receiver=receiver, on_done=on_done, on_problem=on_problem
        )
