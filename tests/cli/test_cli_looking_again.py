"""healer-cli and looking again: given on settling (or with --settled), shown, listed, found."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli_end_to_end import MARKER, PASSPHRASE, env, listed, log, ok, run_cli, template, vault

__all__ = ["env", "template", "vault"]  # the fixtures, shared with the end-to-end tests


def test_settle_takes_looking_again_and_show_and_search_find_it(
    env: dict[str, str], vault: Path
) -> None:
    entry = log(env, vault, f"no reply {MARKER}")
    ok(
        env,
        "settle",
        str(entry),
        "--vault",
        str(vault),
        "--looking-again",
        f"she was at her sister's {MARKER}",
    )
    shown = ok(env, "show", str(entry), "--vault", str(vault))
    assert "looking again once it passed" in shown
    assert f"she was at her sister's {MARKER}" in shown
    (record,) = listed(env, vault, "--search", "sister")
    assert record["looking_again"] == f"she was at her sister's {MARKER}"


def test_log_takes_it_only_with_settled(env: dict[str, str], vault: Path) -> None:
    refused = run_cli(
        env,
        "log",
        "--vault",
        str(vault),
        "--trigger",
        f"tone shift {MARKER}",
        "--intensity",
        "4",
        "--looking-again",
        f"tired, not cold {MARKER}",
    )
    assert refused.code == 2
    assert "--settled" in refused.err
    assert listed(env, vault) == []
    log(
        env,
        vault,
        f"tone shift {MARKER}",
        "--started",
        "2026-11-20T21:00",
        "--settled",
        "2026-11-20T21:40",
        "--looking-again",
        f"tired, not cold {MARKER}",
    )
    (record,) = listed(env, vault)
    assert record["looking_again"] == f"tired, not cold {MARKER}"


def test_log_stdin_reads_looking_again(env: dict[str, str], vault: Path) -> None:
    entry = {
        "trigger": f"left on read {MARKER}",
        "intensity": 6,
        "started": "2026-11-20T21:00",
        "settled": "2026-11-20T22:00",
        "looking_again": f"busy at work {MARKER}",
    }
    ok(env, "log", "--vault", str(vault), "--stdin", stdin=PASSPHRASE + "\n" + json.dumps(entry))
    (record,) = listed(env, vault, "--search", "busy")
    assert record["looking_again"] == f"busy at work {MARKER}"
    twice = run_cli(
        env,
        "log",
        "--vault",
        str(vault),
        "--stdin",
        "--looking-again",
        "x",
        stdin=PASSPHRASE + "\n" + json.dumps(entry),
    )
    assert twice.code == 1
    assert "--looking-again and on stdin" in twice.err
