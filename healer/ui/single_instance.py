"""One Healer per vault: the vault's lock file and a local socket to wake the first one.

Signals:
    raise_requested(): a second launch on the same vault asked this one to come forward.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from healer.services.vault_lock import VaultLock, ensure_private_dir, lock_file_path

__all__ = ["SingleInstance", "lock_file_path", "server_name"]

_REQUEST = b"raise\n"
_ANSWER = b"ok\n"
_WAIT_MS = 3000


def server_name(vault_path: Path) -> str:
    """A per-user, per-vault socket that reveals nothing about the path.

    Under $XDG_RUNTIME_DIR (private to the user, emptied at logout) where there is one;
    otherwise a bare name, which Qt places in the temp folder.
    """
    digest = hashlib.sha256(str(vault_path.absolute()).encode("utf-8")).hexdigest()[:24]
    name = f"healer-{os.getuid()}-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        return os.path.join(runtime, name)
    return name


class SingleInstance(QObject):
    """Owns the vault's lock while this process runs, and answers later launches."""

    raise_requested = Signal()

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault_path = vault_path
        # The lock vanishes with a crashed holder, so it is never stale.
        self._lock = VaultLock(vault_path)
        self._server: QLocalServer | None = None
        self._clients: set[QLocalSocket] = set()

    def acquire(self) -> bool:
        """Take the vault for this process and start listening; False if another has it."""
        ensure_private_dir(lock_file_path(self._vault_path).parent)
        if not self._lock.take_window():
            self._lock.release()
            return False
        name = server_name(self._vault_path)
        QLocalServer.removeServer(name)  # left over from a crash: we hold the lock now
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_server_new_connection)
        if server.listen(name):
            self._server = server
        return True

    def ask_running_instance(self) -> bool:
        """From a second launch: ask the first to raise its window; True if it answered."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self._vault_path))
        if not socket.waitForConnected(_WAIT_MS):
            return False
        socket.write(_REQUEST)
        socket.flush()
        answered = socket.waitForReadyRead(_WAIT_MS) and socket.readAll().data() == _ANSWER
        socket.disconnectFromServer()
        return answered

    def release(self) -> None:
        """Stop listening and give the lock back (also happens at exit)."""
        clients, self._clients = self._clients, set()
        for socket in clients:
            socket.abort()
            socket.deleteLater()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.release()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._clients.add(socket)
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(self._on_socket_disconnected)
            self._answer(socket)

    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._answer(socket)

    def _on_socket_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and socket in self._clients:
            self._clients.discard(socket)
            socket.deleteLater()

    def _answer(self, socket: QLocalSocket) -> None:
        if socket.canReadLine() and socket.readLine().data() == _REQUEST:
            socket.write(_ANSWER)
            socket.flush()
            self.raise_requested.emit()
