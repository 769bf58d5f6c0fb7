"""Plans for triggers on a real vault: kept per category, searched, exported and imported."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.category import MAX_PLAN_CHARS, clean_plan_text, top_first
from healer.domain.errors import ValidationError
from healer.storage.exchange import CSV_COLUMNS, export_csv, export_json, import_json
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.journal.plans import TriggerPlanRepository
from healer.storage.readable import readable_document
from healer.storage.readable_render import render_html
from healer.storage.vault import Vault

PLAN = "wait an hour, breathe slowly, then decide whether to write"


def test_plan_text_is_trimmed_limited_and_empty_means_none() -> None:
    assert clean_plan_text("  walk first \n") == "walk first"
    assert clean_plan_text(" \n ") == ""
    with pytest.raises(ValidationError) as raised:
        clean_plan_text("x" * (MAX_PLAN_CHARS + 1))
    assert raised.value.field == "plan"
    with pytest.raises(ValidationError):
        clean_plan_text("broken \udc80 text")


def test_top_triggers_come_first_in_their_order() -> None:
    names = ["delayed reply", "plans changed", "tone shift", "conflict"]
    assert top_first(names, ["conflict", "tone shift"]) == [
        "conflict",
        "tone shift",
        "delayed reply",
        "plans changed",
    ]
    assert top_first(names, ["gone"]) == names


def test_a_plan_is_kept_changed_and_removed(vault: Vault) -> None:
    plans = TriggerPlanRepository(vault)
    assert plans.get("delayed reply") is None
    kept = plans.set("Delayed  Reply", f"  {PLAN} ")
    assert kept is not None
    assert (kept.category, kept.text) == ("delayed reply", PLAN)
    changed = plans.set("delayed reply", "go for a walk")
    assert changed is not None
    assert changed.text == "go for a walk"
    assert [p.text for p in plans.all()] == ["go for a walk"]
    by_name = {c.name: c.plan for c in CategoryRepository(vault).all()}
    assert by_name["delayed reply"] == "go for a walk"
    assert by_name["conflict"] == ""
    assert plans.set("delayed reply", "   ") is None
    assert plans.all() == []


def test_an_unknown_category_is_refused(vault: Vault) -> None:
    with pytest.raises(ValidationError) as raised:
        TriggerPlanRepository(vault).set("no such trigger", PLAN)
    assert raised.value.field == "category"


def test_search_finds_plans_by_their_words_not_entries(vault: Vault) -> None:
    plans = TriggerPlanRepository(vault)
    plans.set("delayed reply", PLAN)
    plans.set("conflict", "say I need a pause and come back in twenty minutes")
    assert [p.category for p in plans.search("breath")] == ["delayed reply"]
    assert [p.category for p in plans.search("pause twenty")] == ["conflict"]
    assert plans.search("nothing like this") == []
    plans.set("delayed reply", "call a friend")
    assert plans.search("breath") == []
    # The journal's search is about entries: a plan's words find no entry.
    assert ActivationRepository(vault).find(ActivationQuery(search="friend")) == []


def test_json_round_trip_keeps_a_plan_already_here(vault: Vault) -> None:
    plans = TriggerPlanRepository(vault)
    plans.set("delayed reply", PLAN)
    categories = CategoryRepository(vault).add("late-night texts")
    plans.set(categories.name, "put the phone in the other room")
    data = export_json([], CategoryRepository(vault).all())
    document = json.loads(data)
    by_name = {c["name"]: c["plan"] for c in document["categories"]}
    assert by_name["delayed reply"] == PLAN
    assert by_name["conflict"] is None
    plans.set("delayed reply", "my newer plan")
    plans.set("late-night texts", "")
    result = import_json(vault, data)
    assert result.trigger_plans_added == 1  # only the one missing here
    assert result.trigger_plans_present == 1  # the newer one here is kept
    assert plans.get("delayed reply").text == "my newer plan"  # type: ignore[union-attr]
    assert plans.get("late-night texts").text == "put the phone in the other room"  # type: ignore[union-attr]


def test_a_bad_plan_in_a_file_is_refused_by_name(vault: Vault) -> None:
    document = json.loads(export_json([], CategoryRepository(vault).all()))
    document["categories"][0]["plan"] = ["not", "text"]
    with pytest.raises(Exception, match=r"categories\[0\]\.plan"):
        import_json(vault, json.dumps(document).encode("utf-8"))
    assert TriggerPlanRepository(vault).all() == []


def test_csv_and_readable_exports_carry_plans(vault: Vault) -> None:
    TriggerPlanRepository(vault).set("conflict", PLAN)
    ActivationRepository(vault).add(
        ActivationInput("raised voices", 6, datetime(2026, 11, 2, tzinfo=UTC), category="conflict")
    )
    activations = ActivationRepository(vault).find(ActivationQuery())
    text = export_csv(activations, {"conflict": PLAN}).decode("utf-8-sig")
    assert "category_plan" in CSV_COLUMNS
    assert PLAN in text.splitlines()[1]
    html = render_html(
        readable_document(activations, trigger_plans=TriggerPlanRepository(vault).all())
    ).decode("utf-8")
    assert "Plans for my triggers" in html
    assert "When this happens, I will" in html
    assert PLAN in html
