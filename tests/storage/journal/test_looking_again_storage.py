"""Looking again: the seventh field stored, searched, exported and imported on a real vault."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from healer.domain.activation import (
    MAX_PROMPT_CHARS,
    TEXT_FIELDS,
    ActivationInput,
    ActivationQuery,
)
from healer.domain.errors import ValidationError
from healer.storage.exchange import CSV_COLUMNS, export_csv, export_json, import_json
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.readable import readable_document
from healer.storage.readable_render import render_markdown
from healer.storage.vault import Vault

START = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


def settled_entry(looking_again: str = "maybe she was simply asleep") -> ActivationInput:
    return ActivationInput(
        trigger="no reply all evening",
        intensity=7,
        started_at=START,
        settled_at=START + timedelta(minutes=50),
        looking_again=looking_again,
    )


def test_it_is_the_seventh_text_field() -> None:
    assert TEXT_FIELDS[-1] == "looking_again"
    assert len(TEXT_FIELDS) == 7


def test_it_is_trimmed_and_limited_like_the_prompts() -> None:
    assert settled_entry("  another reading \n").validated().looking_again == "another reading"
    with pytest.raises(ValidationError) as raised:
        settled_entry("x" * (MAX_PROMPT_CHARS + 1)).validated()
    assert raised.value.field == "looking_again"


def test_it_is_stored_updated_and_kept_when_the_episode_opens_again(vault: Vault) -> None:
    repo = ActivationRepository(vault)
    stored = repo.add(settled_entry())
    assert repo.get(stored.id).content.looking_again == "maybe she was simply asleep"
    reopened = ActivationInput(
        trigger="no reply all evening",
        intensity=7,
        started_at=START,
        looking_again="maybe she was simply asleep",
    )
    # Marked open again: the words are kept, never thrown away.
    assert repo.update(stored.id, reopened).content.looking_again == "maybe she was simply asleep"


def test_settling_can_bring_the_words_looking_again(vault: Vault) -> None:
    repo = ActivationRepository(vault)
    stored = repo.add(ActivationInput("plans changed", 5, START))
    settled = repo.settle(stored.id, START + timedelta(hours=1), looking_again=" a busy day ")
    assert settled.content.looking_again == "a busy day"
    assert settled.content.settled_at == START + timedelta(hours=1)
    # Settling without them leaves what is there.
    again = repo.settle(stored.id, START + timedelta(hours=2))
    assert again.content.looking_again == "a busy day"


def test_search_finds_words_looking_again_and_follows_edits(vault: Vault) -> None:
    repo = ActivationRepository(vault)
    stored = repo.add(settled_entry("perhaps the phone was on silent"))
    repo.add(ActivationInput("tone shift", 4, START))
    found = repo.find(ActivationQuery(search="silent"))
    assert [a.id for a in found] == [stored.id]
    repo.update(stored.id, settled_entry("a long meeting"))
    assert repo.find(ActivationQuery(search="silent")) == []
    assert [a.id for a in repo.find(ActivationQuery(search="meeting"))] == [stored.id]
    repo.delete(stored.id)
    assert repo.find(ActivationQuery(search="meeting")) == []


def test_json_round_trip_and_older_files_without_it(vault: Vault) -> None:
    repo = ActivationRepository(vault)
    stored = repo.add(settled_entry("she had said she would be late"))
    data = export_json(repo.find(ActivationQuery()), CategoryRepository(vault).all())
    document = json.loads(data)
    (record,) = document["activations"]
    assert record["looking_again"] == "she had said she would be late"
    repo.delete(stored.id)
    result = import_json(vault, data)
    assert result.added == 1
    (back,) = repo.find(ActivationQuery())
    assert back.content.looking_again == "she had said she would be late"
    assert [a.uid for a in repo.find(ActivationQuery(search="late"))] == [back.uid]
    # A file written before the field existed imports with it empty.
    del record["looking_again"]
    record["uid"] = "older-file-entry"
    older = json.dumps(document).encode("utf-8")
    assert import_json(vault, older).added == 1
    older_entry = next(a for a in repo.find(ActivationQuery()) if a.uid == "older-file-entry")
    assert older_entry.content.looking_again == ""


def test_a_wrong_kind_of_value_is_refused_by_name(vault: Vault) -> None:
    repo = ActivationRepository(vault)
    repo.add(settled_entry())
    document = json.loads(export_json(repo.find(ActivationQuery()), []))
    document["activations"][0]["uid"] = "another"
    document["activations"][0]["looking_again"] = 42
    with pytest.raises(Exception, match=r"activations\[0\]\.looking_again"):
        import_json(vault, json.dumps(document).encode("utf-8"))
    assert len(repo.find(ActivationQuery())) == 1


def test_csv_and_the_readable_export_carry_it(vault: Vault) -> None:
    repo = ActivationRepository(vault)
    repo.add(settled_entry("another reading of the silence"))
    activations = repo.find(ActivationQuery())
    text = export_csv(activations).decode("utf-8-sig")
    header, row = text.splitlines()[:2]
    assert header.split(",")[CSV_COLUMNS.index("looking_again")] == "looking_again"
    assert "another reading of the silence" in row
    markdown = render_markdown(readable_document(activations)).decode("utf-8")
    assert "Looking again" in markdown
    assert "another reading of the silence" in markdown
