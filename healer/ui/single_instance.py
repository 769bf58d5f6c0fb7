"""One Healer per vault: a lock file beside the vault and a local socket to wake the first one.

Signals:
    raise_requested(): a second launch on the same vault asked this one to come forward.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_REQUEST = b"raise\n"
_ANSWER = b"ok\n"
_WAIT_MS = 3000


def lock_file_path(vault_path: Path) -> Path:
    """The lock file that marks a vault as open in some Healer window."""
    return vault_path.with_name(f"{vault_path.name}.lock")


def server_name(vault_path: Path) -> str:
    """A per-user, per-vault socket name that reveals nothing about the path."""
    digest = hashlib.sha256(str(vault_path.absolute()).encode("utf-8")).hexdigest()[:24]
    return f"healer-{os.getuid()}-{digest}"


class SingleInstance(QObject):
    """Owns the vault's lock while this process runs, and answers later launches."""

    raise_requested = Signal()

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault_path = vault_path
        self._lock = QLockFile(str(lock_file_path(vault_path)))
        # A holder that is still running is never stale; a crashed one is, at once.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._clients: set[QLocalSocket] = set()

    def acquire(self) -> bool:
        """Take the vault for this process and start listening; False if another has it."""
        lock_file_path(self._vault_path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not self._lock.tryLock(0):
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
        self._lock.unlock()

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
