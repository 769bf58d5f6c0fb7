"""healer-cli categories --plan: plans listed (top triggers first), set, searched, removed."""

from __future__ import annotations

from pathlib import Path

from test_cli_end_to_end import MARKER, env, log, ok, run_cli, template, vault

__all__ = ["env", "template", "vault"]  # the fixtures, shared with the end-to-end tests


def test_plans_are_set_listed_top_first_searched_and_removed(
    env: dict[str, str], vault: Path
) -> None:
    where = ("--vault", str(vault))
    for number in range(5):
        log(env, vault, f"no reply {number} {MARKER}", "--category", "tone shift")
    ok(env, "categories", *where, "--set-plan", "tone shift", f"breathe out long {MARKER}")
    ok(env, "categories", *where, "--set-plan", "conflict", f"ask for a pause {MARKER}")
    listing = ok(env, "categories", *where, "--plan").splitlines()
    assert listing[0] == "tone shift  (one of your top triggers)"
    assert listing[1] == "    When this happens, I will:"
    assert listing[2] == f"      breathe out long {MARKER}"
    assert f"      ask for a pause {MARKER}" in listing
    assert "    no plan yet" in listing
    found = ok(env, "categories", *where, "--plan", "--search", "pause")
    assert "conflict" in found
    assert "tone shift" not in found
    assert "No plan holds" in ok(env, "categories", *where, "--plan", "--search", "zebra")
    ok(env, "categories", *where, "--clear-plan", "conflict")
    assert "ask for a pause" not in ok(env, "categories", *where, "--plan")


def test_a_plan_for_an_unknown_category_is_refused(env: dict[str, str], vault: Path) -> None:
    refused = run_cli(env, "categories", "--vault", str(vault), "--set-plan", "nope", "x")
    assert refused.code == 2
    assert "unknown category" in refused.err
    alone = run_cli(env, "categories", "--vault", str(vault), "--search", "x")
    assert alone.code == 1
    assert "--plan" in alone.err
