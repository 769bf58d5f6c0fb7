"""What every healer-cli command shares: the terminal, the passphrase prompt, the session."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TextIO

from healer.domain.errors import HealerError
from healer.domain.strength import Strength, Weakness
from healer.services.locations import resolve_vault_path
from healer.services.session import Session
from healer.services.strength import estimate_strength


class PassphraseReader:
    """Asks for passphrases without echo on a terminal; otherwise reads one line of stdin each."""

    def __init__(self, stdin: TextIO) -> None:
        self._stdin = stdin
        self._interactive = stdin.isatty()

    def ask(self, prompt: str) -> str:
        """One passphrase."""
        if self._interactive:
            typed = getpass.getpass(prompt)
            if not _is_utf8(typed):
                raise HealerError("The passphrase is not UTF-8 text; nothing was changed.")
            return typed
        try:
            line = self._stdin.readline()
        except UnicodeDecodeError:
            line = None
        if line == "":
            raise HealerError("No passphrase given: expected it on the first line of stdin.")
        if line is None or not _is_utf8(line):
            raise HealerError(
                "The passphrase line is not UTF-8 text; give it as UTF-8. Nothing was changed."
            )
        return line.rstrip("\r\n")

    def rest(self, limit: int) -> str:
        """Everything after the passphrase line, up to limit characters (more is refused)."""
        try:
            text = self._stdin.read(limit + 1)
        except UnicodeDecodeError:
            text = None
        if text is None or not _is_utf8(text):
            raise HealerError("The entry on stdin is not UTF-8 text; nothing was changed.")
        if len(text) > limit:
            raise HealerError(
                f"The entry on stdin is longer than {limit} characters; nothing was changed."
            )
        return text

    def answer(self, prompt: str) -> str:
        """A plain answer (y/n), echoed on a terminal; otherwise the next line of stdin."""
        if self._interactive:
            print(prompt, end="", file=sys.stderr, flush=True)
        line = self._stdin.readline()
        return line.rstrip("\r\n")

    def ask_new(self, prompt: str) -> str:
        """A new passphrase, typed twice on a terminal."""
        first = self.ask(prompt)
        if self._interactive and self.ask("Type it again: ") != first:
            raise HealerError("The two passphrases differ; nothing was changed.")
        return first


def _is_utf8(text: str) -> bool:
    """False for text that came from invalid UTF-8 (undecodable bytes kept as surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# C0 and C1 controls (a terminal acts on them) and the bidirectional overrides that
# make text display in another order than it is stored.
_UNSAFE = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (
        *range(0x00, 0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        0x2028,
        0x2029,
    )
    if code not in (0x09, 0x0A)
}


def shown(text: str) -> str:
    """Text for the terminal: controls and escape sequences written as visible escapes."""
    return text.translate(_UNSAFE)


_UNSAFE_JSON = {code: f"\\u{code:04x}" for code in _UNSAFE}


def shown_json(text: str) -> str:
    """JSON text with every control escaped (the same JSON, safe on a terminal)."""
    return text.translate(_UNSAFE_JSON)


# The app's words for what makes a passphrase guessable (healer/ui/unlock/strength_meter.py).
_ADVICE = {
    Weakness.COMMON_PASSWORD: "It is built on a password many people use;"
    " a short sentence of your own is safer.",
    Weakness.FAMOUS_PHRASE: "Well-known phrases, and words about Healer itself, are tried first;"
    " put together words only you would choose.",
    Weakness.NAME: "Names are among the first things tried; add a few unrelated words.",
    Weakness.COMMON_WORD: "One common word is found quickly; add a few more words.",
    Weakness.SUBSTITUTION: "Look-alike swaps such as @ for a or 0 for o are tried too;"
    " a few more words help far more.",
    Weakness.REVERSED: "Words spelled backwards are tried too; add a few more words.",
    Weakness.KEYBOARD: "Keys next to each other, like qwerty, are tried early; use words instead.",
    Weakness.REPEAT: "Repeating a word or a character adds little; use different words.",
    Weakness.SEQUENCE: "Runs like abc or 1234 are tried early; use words instead.",
    Weakness.DATE: "Years and dates are easy to guess; add a few words instead.",
}
_MORE_WORDS = "Add another word or two; unusual words work best."


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

    def ask_passphrase(self, args: argparse.Namespace) -> str:
        """The passphrase of the vault the arguments name."""
        return self.passphrases.ask(f"Passphrase for {resolve_vault_path(args.vault)}: ")

    def ask_new_passphrase(self) -> str:
        """A new passphrase (twice on a terminal): refused when easy to guess, noted when fair."""
        passphrase = self.passphrases.ask_new("New passphrase: ")
        estimate = estimate_strength(passphrase)
        # Too short (or empty): the vault's own rule refuses it, in its own words.
        if estimate.strength <= Strength.TOO_SHORT or estimate.strength is Strength.STRONG:
            return passphrase
        advice = _ADVICE.get(estimate.weakness, _MORE_WORDS) if estimate.weakness else _MORE_WORDS
        if estimate.refused:
            raise HealerError(
                f"That passphrase would be too easy to guess. {advice} Nothing was changed."
            )
        self.note(f"healer-cli: the passphrase is only fair. {advice}")
        return passphrase

    def open(self, args: argparse.Namespace, passphrase: str | None = None) -> Session:
        """Unlock the vault the arguments name (asking the passphrase unless given)."""
        path = resolve_vault_path(args.vault)
        if passphrase is None:
            passphrase = self.ask_passphrase(args)
        session = Session.unlock(path, passphrase)
        if session.read_only is not None:
            self.note(
                f"healer-cli: {path} is open read-only because {session.read_only};"
                " you can read and export it, but not change it."
            )
        return session

    def with_session(
        self,
        args: argparse.Namespace,
        action: Callable[[Session], int],
        passphrase: str | None = None,
    ) -> int:
        """Run action on an unlocked session, locking it afterwards whatever happens."""
        session = self.open(args, passphrase)
        try:
            return action(session)
        finally:
            session.lock()
