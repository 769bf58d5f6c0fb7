"""Parts and dialogues in the vault: the migration, drafts, finishing, search and exchange."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from healer.domain.activation import ActivationInput, ActivationQuery
from healer.domain.errors import ValidationError
from healer.domain.parts import DialogueInput, DialogueQuery, DialogueStep, PartInput
from healer.storage import exchange, migrations
from healer.storage.errors import ImportFormatError, NotFoundError
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.parts.dialogues import DialogueRepository
from healer.storage.parts.repository import PartRepository
from healer.storage.practices.repository import PracticeRepository
from healer.storage.vault import Vault

START = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


def _dialogue(**changes: object) -> DialogueInput:
    values: dict[str, object] = {
        "started_at": START,
        "step": DialogueStep.ANSWER,
        "notice": "tight throat, wants to hide",
        "age": "5",
        "fear": "that nobody comes back",
        "need": "someone to stay",
        "answer": "I am here. I am not going anywhere.",
    }
    values.update(changes)
    return DialogueInput(**values)  # type: ignore[arg-type]


def test_the_parts_migration_creates_its_tables_and_index(vault: Vault) -> None:
    names = {
        row[0] for row in vault.connection.execute("SELECT name FROM sqlite_schema").fetchall()
    }
    assert {"part", "dialogue", "dialogue_fts", "dialogue_fts_insert"} <= names
    versions = [step.version for step in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    assert migrations.schema_version(vault.connection) == migrations.LATEST_VERSION


def test_an_unfinished_dialogue_is_kept_and_continued_in_the_same_row(vault: Vault) -> None:
    repository = DialogueRepository(vault)
    first = repository.keep(None, _dialogue(answer="", step=DialogueStep.NEED))
    assert not first.is_finished
    again = repository.keep(first.id, _dialogue(answer="I stay.", step=DialogueStep.ANSWER))
    assert again.id == first.id
    assert again.content.answer == "I stay."
    assert again.content.step is DialogueStep.ANSWER
    assert [d.id for d in repository.find(DialogueQuery(unfinished=True))] == [first.id]
    assert repository.find(DialogueQuery(unfinished=False)) == []


def test_finishing_with_a_new_name_creates_the_part_once(vault: Vault) -> None:
    repository = DialogueRepository(vault)
    one = repository.finish(None, _dialogue(new_part_name="Little one", feeling_after=3))
    two = repository.finish(
        None, _dialogue(new_part_name="little ONE", started_at=START + timedelta(days=2))
    )
    assert one.is_finished
    assert two.is_finished
    assert one.content.part_id == two.content.part_id is not None
    assert one.part_name == "Little one"
    assert one.content.new_part_name == ""
    (part,) = PartRepository(vault).all()
    assert part.dialogue_count == 2
    assert part.last_met == START + timedelta(days=2)
    assert [d.id for d in repository.find(DialogueQuery(part_id=part.id))] == [two.id, one.id]


def test_text_is_stored_exactly_as_typed(vault: Vault) -> None:
    typed = "  dear one,\n\n  I hear you.  "
    stored = DialogueRepository(vault).finish(None, _dialogue(answer=typed))
    assert DialogueRepository(vault).get(stored.id).content.answer == typed


def test_search_finds_dialogues_by_any_answer_and_by_part_name(vault: Vault) -> None:
    repository = DialogueRepository(vault)
    hidden = repository.finish(None, _dialogue(fear="the door closing", new_part_name="Watcher"))
    other = repository.keep(None, _dialogue(need="a warm blanket", fear="", notice=""))
    assert [d.id for d in repository.find(DialogueQuery(search="door"))] == [hidden.id]
    assert [d.id for d in repository.find(DialogueQuery(search="blank"))] == [other.id]  # prefix
    assert [d.id for d in repository.find(DialogueQuery(search="watcher"))] == [hidden.id]
    assert repository.find(DialogueQuery(search="zeppelin")) == []
    # The index follows updates and deletes in the same transaction as the write.
    repository.keep(other.id, _dialogue(need="a cup of tea", fear="", notice=""))
    assert repository.find(DialogueQuery(search="blanket")) == []
    repository.delete(hidden.id)
    assert repository.find(DialogueQuery(search="door")) == []


def test_a_failed_write_leaves_no_trace_in_the_index(vault: Vault) -> None:
    repository = DialogueRepository(vault)
    with pytest.raises(NotFoundError):
        repository.keep(999, _dialogue(fear="phantom words"))
    assert repository.find(DialogueQuery(search="phantom")) == []
    assert vault.connection.execute(
        "INSERT INTO dialogue_fts (dialogue_fts) VALUES ('integrity-check')"
    )


def test_links_to_an_activation_work_and_survive_its_deletion(vault: Vault) -> None:
    activations = ActivationRepository(vault)
    episode = activations.add(ActivationInput(trigger="no reply", intensity=7, started_at=START))
    repository = DialogueRepository(vault)
    linked = repository.finish(None, _dialogue(activation_id=episode.id))
    assert [d.id for d in repository.find(DialogueQuery(activation_id=episode.id))] == [linked.id]
    activations.delete(episode.id)
    assert repository.get(linked.id).content.activation_id is None


def test_parts_keep_their_details_and_names_stay_unique(vault: Vault) -> None:
    parts = PartRepository(vault)
    part = parts.add(PartInput("Little one", typical_age="5", usual_fear="being left"))
    updated = parts.update(part.id, PartInput("Little one", what_helps="slow breath", notes="n"))
    assert updated.content.what_helps == "slow breath"
    with pytest.raises(ValidationError):
        parts.add(PartInput("LITTLE ONE"))
    linked = DialogueRepository(vault).finish(None, _dialogue(part_id=part.id))
    parts.delete(part.id)
    assert DialogueRepository(vault).get(linked.id).part_name is None


def _fill(vault: Vault) -> None:
    episode = ActivationRepository(vault).add(
        ActivationInput(trigger="plans changed", intensity=6, started_at=START)
    )
    PartRepository(vault).add(PartInput("Quiet one", usual_fear="being too much"))
    dialogues = DialogueRepository(vault)
    dialogues.finish(None, _dialogue(new_part_name="Little one", activation_id=episode.id))
    dialogues.keep(
        None, _dialogue(answer="", new_part_name="Not yet named", step=DialogueStep.NEED)
    )


def _export(vault: Vault) -> bytes:
    return exchange.export_json(
        ActivationRepository(vault).find(ActivationQuery()),
        CategoryRepository(vault).all(),
        PracticeRepository(vault).find(),
        parts=PartRepository(vault).all(),
        dialogues=DialogueRepository(vault).find(DialogueQuery()),
    )


def _comparable(vault: Vault) -> list[tuple[object, ...]]:
    return sorted(
        (
            d.uid,
            d.content.answer,
            d.content.age,
            d.part_name,
            d.is_finished,
            d.content.step,
            d.content.new_part_name,
            d.content.activation_id is not None,
        )
        for d in DialogueRepository(vault).find(DialogueQuery())
    )


def test_export_import_round_trip_is_complete_and_idempotent(tmp_path: Path, vault: Vault) -> None:
    _fill(vault)
    data = _export(vault)
    document = json.loads(data)
    assert {p["name"] for p in document["parts"]} == {"Quiet one", "Little one"}
    assert len(document["dialogues"]) == 2

    other = Vault.create(tmp_path / "other.vault", "another long passphrase here")
    try:
        first = exchange.import_json(other, data)
        assert (first.parts_added, first.dialogues_added) == (2, 2)
        assert _comparable(other) == _comparable(vault)
        assert {p.content.usual_fear for p in PartRepository(other).all()} == {
            "being too much",
            "",
        }
        second = exchange.import_json(other, data)
        assert (second.parts_added, second.dialogues_added) == (0, 0)
        assert (second.parts_present, second.dialogues_present) == (2, 2)
        assert _comparable(other) == _comparable(vault)
    finally:
        other.close()


def test_an_export_from_before_parts_work_still_imports(vault: Vault) -> None:
    _fill(vault)
    document = json.loads(_export(vault))
    del document["parts"], document["dialogues"]
    result = exchange.import_json(vault, json.dumps(document).encode())
    assert (result.parts_added, result.dialogues_added) == (0, 0)


def test_a_broken_dialogue_record_is_refused_before_anything_is_written(vault: Vault) -> None:
    _fill(vault)
    document = json.loads(_export(vault))
    document["dialogues"][0]["uid"] = "new-uid"
    document["dialogues"][0]["feeling_after"] = 12
    before = _comparable(vault)
    with pytest.raises(ImportFormatError, match=r"dialogues\[0\]\.feeling_after"):
        exchange.import_json(vault, json.dumps(document).encode())
    assert _comparable(vault) == before


def test_the_vault_check_covers_the_dialogue_search_index(vault: Vault) -> None:
    DialogueRepository(vault).finish(None, _dialogue(fear="the empty house"))
    assert vault.check().ok
    # Out of step with its table, the index must be reported (a write that skipped it).
    vault.connection.execute("DROP TRIGGER dialogue_fts_update")
    vault.connection.execute("UPDATE dialogue SET fear_text = 'something else entirely'")
    report = vault.check()
    assert any("dialogue search index" in problem for problem in report.problems)
