"""healer-cli people and moment: add, list, show, delete, with log's input rules."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli_end_to_end import MARKER, PASSPHRASE, env, ok, run_cli, template, vault

__all__ = ["env", "template", "vault"]  # the fixtures, shared with the end-to-end tests


def test_people_are_added_listed_shown_and_deleted(env: dict[str, str], vault: Path) -> None:
    where = ("--vault", str(vault))
    assert "Added person" in ok(env, "people", "add", "Sam", "--role", "partner", *where)
    stdin = PASSPHRASE + "\n" + json.dumps({"name": f"Noor {MARKER}", "notes": "walks"})
    assert "Added person" in ok(env, "people", "add", "--stdin", *where, stdin=stdin)
    records = json.loads(ok(env, "people", "list", "--json", *where))
    assert [(r["name"], r["role"]) for r in records] == [
        (f"Noor {MARKER}", "other"),
        ("Sam", "partner"),
    ]
    sam = next(r for r in records if r["name"] == "Sam")
    ok(env, "log", "--trigger", "no reply", "--intensity", "6", "--person", "sam", *where)
    shown = ok(env, "people", "show", str(sam["id"]), *where)
    assert "Sam" in shown
    assert "activations 1" in shown

    twice = run_cli(env, "people", "add", "SAM", *where)
    assert twice.code == 2
    assert "already in your people" in twice.err
    refused = run_cli(env, "people", "delete", str(sam["id"]), *where)
    assert refused.code == 1
    assert "--yes" in refused.err
    assert "Deleted person" in ok(env, "people", "delete", str(sam["id"]), "--yes", *where)
    assert [r["name"] for r in json.loads(ok(env, "people", "list", "--json", *where))] == [
        f"Noor {MARKER}"
    ]


def test_moments_are_added_listed_searched_shown_and_deleted(
    env: dict[str, str], vault: Path
) -> None:
    where = ("--vault", str(vault))
    ok(env, "people", "add", "Sam", *where)
    out = ok(
        env, "moment", "add", "--who", "sam", "--response", "partly-met", "--before", "7",
        "--at", "2026-11-20T21:00", *where,
    )  # fmt: skip
    assert "Logged moment" in out
    stdin = (
        PASSPHRASE
        + "\n"
        + json.dumps({"response": "met-with-care", "shared": f"kept my word {MARKER}", "after": 3})
    )
    ok(env, "moment", "add", "--stdin", *where, stdin=stdin)
    records = json.loads(ok(env, "moment", "list", "--json", *where))
    assert sorted(r["who"] for r in records) == ["Sam", "myself"]
    mine = json.loads(ok(env, "moment", "list", "--who", "myself", "--json", *where))
    assert [r["shared"] for r in mine] == [f"kept my word {MARKER}"]
    found = json.loads(ok(env, "moment", "list", "--search", "word", "--json", *where))
    assert [r["id"] for r in found] == [mine[0]["id"]]
    assert "partly-met" in ok(env, "moment", "show", str(records[-1]["id"]), *where)

    missing = run_cli(env, "moment", "add", "--who", "nobody", "--response", "hurt", *where)
    assert missing.code == 2
    assert "nothing was changed" in missing.err
    twice = run_cli(
        env, "moment", "add", "--stdin", "--response", "hurt", *where,
        stdin=PASSPHRASE + "\n" + json.dumps({"response": "missed"}),
    )  # fmt: skip
    assert twice.code == 1
    assert "give it once" in twice.err
    out_of_range = run_cli(env, "moment", "add", "--response", "hurt", "--after", "11", *where)
    assert out_of_range.code == 2
    assert "Deleted moment" in ok(env, "moment", "delete", str(mine[0]["id"]), "--yes", *where)
    assert len(json.loads(ok(env, "moment", "list", "--json", *where))) == 1
