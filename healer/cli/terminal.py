"""What every healer-cli command shares: the terminal, the passphrase prompt, the session."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from typing import TextIO

from healer.domain.errors import HealerError
from healer.services.locations import resolve_vault_path
from healer.services.session import Session


class PassphraseReader:
    """Asks for passphrases without echo on a terminal; otherwise reads one line of stdin each."""

    def __init__(self, stdin: TextIO) -> None:
        self._stdin = stdin
        self._interactive = stdin.isatty()

    def ask(self, prompt: str) -> str:
        """One passphrase."""
        if self._interactive:
            return getpass.getpass(prompt)
        line = self._stdin.readline()
        if not line:
            raise HealerError("No passphrase given: expected it on the first line of stdin.")
        return line.rstrip("\r\n")

    def ask_new(self, prompt: str) -> str:
        """A new passphrase, typed twice on a terminal."""
        first = self.ask(prompt)
        if self._interactive and self.ask("Type it again: ") != first:
            raise HealerError("The two passphrases differ; nothing was changed.")
        return first


class Console:
    """The terminal a command talks to, and the session it opens for the length of a command."""

    def __init__(self, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.passphrases = PassphraseReader(stdin)

    def say(self, text: str) -> None:
        """A line for the person on stdout."""
        print(text, file=self.stdout)

    def note(self, text: str) -> None:
        """A notice on stderr (never journal text)."""
        print(text, file=self.stderr)

    def open(self, args: argparse.Namespace) -> Session:
        """Ask the passphrase and unlock the vault the arguments name."""
        path = resolve_vault_path(args.vault)
        session = Session.unlock(path, self.passphrases.ask(f"Passphrase for {path}: "))
        if session.read_only is not None:
            self.note(
                f"healer-cli: {path} is open read-only because {session.read_only};"
                " you can read and export it, but not change it."
            )
        return session

    def with_session(self, args: argparse.Namespace, action: Callable[[Session], int]) -> int:
        """Run action on an unlocked session, locking it afterwards whatever happens."""
        session = self.open(args)
        try:
            return action(session)
        finally:
            session.lock()
