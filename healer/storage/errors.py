"""Errors opening, reading or writing a vault; messages name files, never journal text."""

from __future__ import annotations

from pathlib import Path

from healer.domain.errors import HealerError


class VaultError(HealerError):
    """Something about the vault file stops the operation."""


class VaultNotFoundError(VaultError):
    """No vault exists at the given path."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"No vault at {path}. Create one first (healer-cli init).")
        self.path = path


class VaultExistsError(VaultError):
    """Creating a vault would overwrite an existing file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists; a new vault is never written over it.")
        self.path = path


class WrongPassphraseError(VaultError):
    """The passphrase does not open the vault (or page one of the file is damaged)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"Wrong passphrase for {path}.")
        self.path = path


class NotAVaultError(VaultError):
    """The file exists but is not a Healer vault, or is damaged beyond opening."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} is not a Healer vault or is damaged: {reason}.")
        self.path = path


class VaultBusyError(VaultError):
    """Another process holds the vault locked for longer than the busy timeout."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is busy in another Healer window or command; try again in a moment."
        )
        self.path = path


class VaultClosedError(VaultError):
    """The vault was locked or closed; unlock it again to continue."""

    def __init__(self) -> None:
        super().__init__("The vault is locked.")


class NotFoundError(VaultError):
    """A record id that the vault does not hold."""

    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(f"No {kind} with id {record_id}.")
        self.kind = kind
        self.record_id = record_id


class ImportFormatError(VaultError):
    """An import file that cannot be read; the message names the line or field."""


class VaultDamagedError(VaultError):
    """Pages of the vault fail their checks; it is open for reading and rescue only."""

    def __init__(self, path: Path, detail: str, *, rescuable: bool = True) -> None:
        super().__init__(f"{path}: {detail}.")
        self.path = path
        # False when the vault cannot be opened at all, so no rescue export can read it.
        self.rescuable = rescuable


class VaultReadOnlyError(VaultError):
    """A write to a vault that could only be opened read-only."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"{path} is read-only ({reason}); nothing was changed."
            " You can still read and export it."
        )
        self.path = path
        self.reason = reason


class VaultInUseError(VaultError):
    """Another process has the vault open, so an operation needing it alone is refused."""

    def __init__(self, path: Path, action: str) -> None:
        super().__init__(
            f"{path} is open in another Healer window or command; close it before you"
            f" {action}. Nothing was changed."
        )
        self.path = path
