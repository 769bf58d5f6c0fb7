"""What every table of uid-keyed records does alike: add new content and read it back."""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from typing import Generic, Protocol, Self, TypeVar

from healer.storage.sqlcipher import Connection
from healer.storage.vault import Vault


class Validated(Protocol):
    """Content the domain can check whole (each feature's …Input)."""

    def validated(self) -> Self:
        """The same content, normalised; raises ValidationError when it is not acceptable."""
        ...


_In = TypeVar("_In", bound=Validated)
_Out = TypeVar("_Out")


class RecordRepository(ABC, Generic[_In, _Out]):
    """Records with an id and an export uid in one vault; subclasses say how one is stored.

    insert() is separate from add() so import can write records with their own uid and
    times inside its one transaction.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, content: _In) -> _Out:
        """Store new content (checked first) under a fresh uid and return it with its id."""
        content = content.validated()
        with self._vault.transaction() as connection:
            new_id = self.insert(connection, content, uid=str(uuid.uuid4()))
        return self.get(new_id)

    @abstractmethod
    def insert(self, connection: Connection, content: _In, *, uid: str) -> int:
        """Inside a transaction: insert validated content, returning the new id."""

    @abstractmethod
    def get(self, record_id: int) -> _Out:
        """One record by id."""
