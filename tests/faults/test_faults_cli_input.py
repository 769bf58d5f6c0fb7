"""Wrong input at healer-cli's own door: one plain sentence, a fitting exit code, rows unchanged."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from faults_cli import Cli, add_entries, rows
from support import PASSPHRASE

PASS_LINE = PASSPHRASE.encode() + b"\n"


def refused(
    cli: Cli, *args: str | bytes, code: int, last_line: str, stdin: bytes = PASS_LINE
) -> None:
    """The command fails with this exit code and stderr's last line, leaving the rows."""
    before = rows(cli.vault)
    run = cli(*args, stdin=stdin)
    assert (run.code, run.out) == (code, "")
    assert run.err.splitlines()[-1] == last_line
    assert rows(cli.vault) == before


# -- bytes that are not UTF-8 -------------------------------------------------------


def test_a_passphrase_line_that_is_not_utf8_says_so(cli: Cli) -> None:
    refused(
        cli,
        "list",
        stdin=b"\xff\xfe" + PASS_LINE,
        code=1,
        last_line="healer-cli: The passphrase line is not UTF-8 text; give it as UTF-8."
        " Nothing was changed.",
    )


def test_an_argument_that_is_not_utf8_says_so(cli: Cli) -> None:
    refused(
        cli,
        "log",
        "--intensity",
        "4",
        "--trigger",
        b"caf\xe9",
        code=1,
        last_line="healer-cli: The trigger argument is not UTF-8 text; nothing was changed.",
    )


# -- numbers beyond what the vault holds --------------------------------------------


@pytest.mark.parametrize("command", ["show", "settle", "delete"])
def test_a_twenty_digit_id_is_refused_by_the_grammar(cli: Cli, command: str) -> None:
    refused(
        cli,
        command,
        "99999999999999999999",
        code=2,
        last_line=f"healer-cli {command}: error: argument id: no record has an id that large;"
        " see list for ids",
    )


def test_a_twenty_digit_limit_lists_everything(cli: Cli) -> None:
    run = cli("list", "--json", "--limit", "99999999999999999999")
    assert run.code == 0, run.err
    assert len(json.loads(run.out)) == 2


# -- empty values are refused, never read as absent ---------------------------------


@pytest.mark.parametrize(
    ("args", "where"),
    [
        (("categories", "--add", ""), "healer-cli categories: error: argument --add"),
        (("settle", "1", "--at", ""), "healer-cli settle: error: argument --at"),
        (("list", "--vault", ""), "healer-cli list: error: argument --vault"),
        (("import", ""), "healer-cli import: error: argument FILE"),
    ],
    ids=["category", "at", "vault", "file"],
)
def test_an_empty_value_is_refused(cli: Cli, args: tuple[str, ...], where: str) -> None:
    refused(cli, *args, code=2, last_line=f"{where}: must not be empty")


# -- passwd -------------------------------------------------------------------------


def test_passwd_to_the_same_passphrase_says_so(cli: Cli) -> None:
    refused(
        cli,
        "passwd",
        stdin=PASS_LINE * 2,
        code=1,
        last_line="healer-cli: The new passphrase is the same as the current one;"
        " nothing was changed.",
    )
    assert rows(cli.vault, PASSPHRASE)  # still opens with it


# -- a closed pipe ------------------------------------------------------------------


def test_list_into_head_ends_quietly(cli: Cli) -> None:
    add_entries(cli.vault, [f"entry number {n}" for n in range(3000)])  # more than a pipe holds
    with subprocess.Popen(
        cli.command("list", "--vault", str(cli.vault)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli.env,
        cwd=cli.env["HOME"],
    ) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdin.write(PASS_LINE)
        process.stdin.close()
        assert process.stdout.readline().split()[0] == b"id"
        process.stdout.close()  # as `head -1` does once it has its line
        err = process.stderr.read()
        code = process.wait(timeout=60)
    assert (code, err) == (141, b"")


# -- what list and show print -------------------------------------------------------

HOSTILE = "fine\x1b[2J\x1b]0;owned\x07 \u202eright-to-left\x9b31m"
ESCAPED = "fine\\x1b[2J\\x1b]0;owned\\x07 \\u202eright-to-left\\x9b31m"


def test_list_and_show_escape_terminal_controls(cli: Cli) -> None:
    add_entries(cli.vault, [HOSTILE])  # id 3, after the two seeded entries
    listing = cli("list")
    shown = cli("show", "3")
    assert listing.code == shown.code == 0
    for out in (listing.out, shown.out):
        assert ESCAPED in out
        assert not any(char in out for char in "\x1b\x07\x9b\u202e")
    as_json = cli("list", "--json")
    assert not any(char in as_json.out for char in "\x1b\x07\x9b\u202e")
    assert HOSTILE in [record["trigger"] for record in json.loads(as_json.out)]  # same data


# -- entry fields on stdin ----------------------------------------------------------


def test_log_reads_the_entry_from_stdin_after_the_passphrase(cli: Cli) -> None:
    entry = {"trigger": "no reply all evening", "intensity": 6, "story": "they are leaving"}
    run = cli("log", "--stdin", stdin=PASS_LINE + json.dumps(entry).encode())
    assert run.code == 0, run.err
    assert run.out.startswith("Logged activation 3")
    records = json.loads(cli("list", "--json").out)
    assert {"trigger": records[0]["trigger"], "story": records[0]["story"]} == {
        "trigger": "no reply all evening",
        "story": "they are leaving",
    }


@pytest.mark.parametrize(
    ("args", "entry", "code", "last_line"),
    [
        (
            ("--trigger", "twice"),
            b'{"trigger": "twice", "intensity": 3}',
            1,
            "healer-cli: trigger is given both as --trigger and on stdin; give it once.",
        ),
        (
            (),
            b'{"trigger": "x", "intensity": 3, "mood": "low"}',
            1,
            "healer-cli: The entry on stdin may hold only these fields: trigger, intensity,"
            " body, story, urge, did, after, looking_again, category, person, started, settled;"
            " nothing was changed.",
        ),
        (
            (),
            b'{"trigger": "x", "intensity": "high"}',
            2,
            "healer-cli: intensity: on stdin must be a whole number from 0 to 10;"
            " nothing was changed.",
        ),
        (
            (),
            b"trigger=x",
            1,
            "healer-cli: The entry on stdin is not JSON (line 1, column 1: Expecting value);"
            ' give one object such as {"trigger": "...", "intensity": 5}; nothing was changed.',
        ),
    ],
    ids=["twice", "unknown-field", "wrong-type", "not-json"],
)
def test_a_wrong_stdin_entry_is_refused(
    cli: Cli, args: tuple[str, ...], entry: bytes, code: int, last_line: str
) -> None:
    refused(cli, "log", "--stdin", *args, stdin=PASS_LINE + entry, code=code, last_line=last_line)


def test_readme_says_why_stdin_is_preferable() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "log --stdin" in readme
    assert "(`ps`" in readme
    assert "shell history" in readme
