"""Activation records: writes, validation, the search index, filters and categories."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healer.domain.activation import (
    MAX_PROMPT_CHARS,
    PROMPTS,
    ActivationInput,
    ActivationQuery,
)
from healer.domain.category import DEFAULT_CATEGORIES
from healer.domain.errors import ValidationError
from healer.storage.errors import NotFoundError
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.vault import Vault

START = datetime(2026, 11, 2, 20, 0, tzinfo=UTC)


def entry(trigger: str = "no reply for hours", **changes: object) -> ActivationInput:
    values: dict[str, object] = {"trigger": trigger, "intensity": 6, "started_at": START}
    values.update(changes)
    return ActivationInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def repo(vault: Vault) -> ActivationRepository:
    return ActivationRepository(vault)


def stored_state(vault: Vault) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Every activation and category row, to prove a refused write changed nothing."""
    connection = vault.connection
    activations = [tuple(r) for r in connection.execute("SELECT * FROM activation ORDER BY id")]
    categories = [tuple(r) for r in connection.execute("SELECT * FROM category ORDER BY id")]
    return activations, categories


def index_hits(vault: Vault, word: str) -> set[int]:
    """Rowids the FTS index itself holds for a word (stale entries would show up here)."""
    rows = vault.connection.execute(
        "SELECT rowid FROM activation_fts WHERE activation_fts MATCH ?", (f'"{word}"',)
    )
    return {int(row[0]) for row in rows}


def assert_index_consistent(vault: Vault) -> None:
    vault.connection.execute(
        "INSERT INTO activation_fts (activation_fts) VALUES ('integrity-check')"
    )
    assert vault.check().ok


def found(repo: ActivationRepository, **query: object) -> list[int]:
    return [a.id for a in repo.find(ActivationQuery(**query))]  # type: ignore[arg-type]


# -- add, get, update, settle, delete ---------------------------------------------


def test_add_stores_every_field_trimmed_and_get_returns_it(repo: ActivationRepository) -> None:
    content = ActivationInput(
        trigger="  message left on read  ",
        intensity=8,
        started_at=START,
        settled_at=START + timedelta(minutes=95),
        body="throat tight",
        story="they are pulling away",
        urge="send three more texts",
        did="went for a walk",
        after="calmer, they replied later",
        category="delayed reply",
        person=" Alex ",
    )
    added = repo.add(content)
    again = repo.get(added.id)

    assert again == added
    assert added.content == content.validated()
    assert added.content.trigger == "message left on read"
    assert added.content.person == "Alex"
    assert added.duration == timedelta(minutes=95)
    assert not added.is_open
    assert str(uuid.UUID(added.uid)) == added.uid
    assert added.created_at == added.updated_at
    assert repo.count() == 1


def test_each_added_activation_gets_its_own_id_and_uid(repo: ActivationRepository) -> None:
    first, second = repo.add(entry("one")), repo.add(entry("two"))
    assert first.id != second.id
    assert first.uid != second.uid
    assert repo.uids() == {first.uid, second.uid}


def test_update_replaces_the_content_and_keeps_identity(repo: ActivationRepository) -> None:
    added = repo.add(entry("first words", category="conflict"))
    new_content = entry(
        "second words", intensity=2, body="shoulders loose", category="tone shift", person="Kim"
    )
    updated = repo.update(added.id, new_content)

    assert updated.id == added.id
    assert updated.uid == added.uid
    assert updated.created_at == added.created_at
    assert updated.updated_at >= added.updated_at
    assert updated.content == new_content.validated()
    assert repo.get(added.id) == updated


def test_settle_stamps_the_given_time_or_now(repo: ActivationRepository) -> None:
    first = repo.add(entry("one", started_at=START))
    second = repo.add(entry("two", started_at=START))
    assert first.is_open

    settled = repo.settle(first.id, START + timedelta(minutes=40))
    assert settled.content.settled_at == START + timedelta(minutes=40)
    assert settled.duration == timedelta(minutes=40)
    assert repo.get(first.id).content.settled_at == START + timedelta(minutes=40)

    before = datetime.now(UTC).replace(microsecond=0)
    now_settled = repo.settle(second.id)
    assert now_settled.content.settled_at is not None
    assert now_settled.content.settled_at >= before
    assert not now_settled.is_open


def test_delete_removes_the_row_and_only_that_row(repo: ActivationRepository) -> None:
    keep, drop = repo.add(entry("keep me")), repo.add(entry("drop me"))
    repo.delete(drop.id)
    assert [a.id for a in repo.find(ActivationQuery())] == [keep.id]
    with pytest.raises(NotFoundError):
        repo.get(drop.id)


def test_unknown_ids_raise_not_found_and_change_nothing(
    repo: ActivationRepository, vault: Vault
) -> None:
    repo.add(entry())
    before = stored_state(vault)
    for call in (
        lambda: repo.get(999),
        lambda: repo.update(999, entry()),
        lambda: repo.settle(999),
        lambda: repo.delete(999),
    ):
        with pytest.raises(NotFoundError):
            call()
    assert stored_state(vault) == before


# -- validation -------------------------------------------------------------------

INVALID: dict[str, ActivationInput] = {
    "intensity-above": entry(intensity=11),
    "intensity-below": entry(intensity=-1),
    "intensity-bool": entry(intensity=True),
    "settled-before-started": entry(settled_at=START - timedelta(seconds=1)),
    "unknown-category": entry(category="not a category"),
    "empty-trigger": entry(trigger="   \n\t "),
    "naive-start": entry(started_at=datetime(2026, 11, 2, 20, 0)),
    **{f"{name}-too-long": entry(**{name: "x" * (MAX_PROMPT_CHARS + 1)}) for name in PROMPTS},
}


@pytest.mark.parametrize("content", INVALID.values(), ids=INVALID.keys())
def test_invalid_content_is_refused_and_changes_nothing(
    repo: ActivationRepository, vault: Vault, content: ActivationInput
) -> None:
    existing = repo.add(entry("already here", category="conflict"))
    before = stored_state(vault)

    with pytest.raises(ValidationError):
        repo.add(content)
    with pytest.raises(ValidationError):
        repo.update(existing.id, content)

    assert stored_state(vault) == before
    assert repo.count() == 1
    assert_index_consistent(vault)


def test_text_at_the_limit_is_accepted(repo: ActivationRepository) -> None:
    long_text = "y" * MAX_PROMPT_CHARS
    added = repo.add(entry(**{name: long_text for name in PROMPTS}))
    assert all(getattr(added.content, name) == long_text for name in PROMPTS)


def test_settling_before_the_start_is_refused(repo: ActivationRepository, vault: Vault) -> None:
    added = repo.add(entry())
    before = stored_state(vault)
    with pytest.raises(ValidationError):
        repo.settle(added.id, START - timedelta(minutes=1))
    assert stored_state(vault) == before
    assert repo.get(added.id).is_open


# -- the search index -------------------------------------------------------------


def test_index_follows_updates_and_deletes(repo: ActivationRepository, vault: Vault) -> None:
    added = repo.add(entry("alphaword bravoword", story="storyword"))
    other = repo.add(entry("alphaword unrelated"))
    assert index_hits(vault, "alphaword") == {added.id, other.id}

    repo.update(added.id, entry("charlieword", person="deltaperson"))
    assert index_hits(vault, "bravoword") == set()
    assert index_hits(vault, "storyword") == set()
    assert index_hits(vault, "alphaword") == {other.id}
    assert index_hits(vault, "charlieword") == {added.id}
    assert found(repo, search="deltaperson") == [added.id]
    assert found(repo, search="bravoword") == []
    assert_index_consistent(vault)

    repo.delete(added.id)
    assert index_hits(vault, "charlieword") == set()
    assert index_hits(vault, "deltaperson") == set()
    assert found(repo, search="charlieword") == []
    assert found(repo, search="alphaword") == [other.id]
    assert_index_consistent(vault)


def test_settle_keeps_the_index_consistent(repo: ActivationRepository, vault: Vault) -> None:
    added = repo.add(entry("echoword"))
    repo.settle(added.id, START + timedelta(hours=1))
    assert index_hits(vault, "echoword") == {added.id}
    assert_index_consistent(vault)


@pytest.mark.parametrize("field", [*PROMPTS, "person"])
def test_every_prompt_and_the_person_are_searchable(repo: ActivationRepository, field: str) -> None:
    values = {field: "needleword" if field != "trigger" else "needleword trigger"}
    target = repo.add(entry(**values) if field != "trigger" else entry(values["trigger"]))
    repo.add(entry("haystack only"))
    assert found(repo, search="needleword") == [target.id]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Café on the corner", "cafe"),
        ("cafe on the corner", "CAFÉ"),
        ("Zoë went quiet", "zoe"),
        (unicodedata.normalize("NFD", "naïve hope"), "naive"),
    ],
)
def test_search_ignores_diacritics_and_case(
    repo: ActivationRepository, stored: str, typed: str
) -> None:
    target = repo.add(entry(stored))
    repo.add(entry("something else entirely"))
    assert found(repo, search=typed) == [target.id]


def test_search_matches_prefixes(repo: ActivationRepository) -> None:
    therapist = repo.add(entry("talked to my therapist"))
    repo.add(entry("theory of mind"))
    assert found(repo, search="thera") == [therapist.id]
    assert set(found(repo, search="the")) == {a.id for a in repo.find(ActivationQuery())}


def test_multiple_words_must_all_match(repo: ActivationRepository) -> None:
    both = repo.add(entry("late reply", body="chest tight"))
    repo.add(entry("late train"))
    repo.add(entry("no reply"))
    assert found(repo, search="late reply") == [both.id]
    assert found(repo, search="reply chest") == [both.id]
    assert found(repo, search="late reply missing") == []


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "'",
        "*",
        "-",
        "^",
        "(",
        ")",
        "NEAR(a b)",
        "a OR b",
        "NOT",
        "col:word",
        "\x00",
        "a\x00b",
        "\ud800",
        '"unbalanced',
        "a AND",
        "{x}",
        "+",
        "''",
        "\\",
    ],
)
def test_query_syntax_in_search_text_never_raises(repo: ActivationRepository, typed: str) -> None:
    repo.add(entry("ordinary words"))
    result = repo.find(ActivationQuery(search=typed))
    assert repo.count(ActivationQuery(search=typed)) == len(result) <= 1


@pytest.fixture
def search_repo(vault: Vault) -> ActivationRepository:
    repository = ActivationRepository(vault)
    for number, words in enumerate(CORPUS_ROWS):
        repository.add(entry(words, started_at=START + timedelta(minutes=number)))
    return repository


CORPUS = (
    "calm",
    "calmer",
    "call",
    "café",
    "cafeteria",
    "therapist",
    "theory",
    "late",
    "later",
    "reply",
    "replied",
    "ghosted",
    "okay",
)
CORPUS_ROWS = (
    "calm call",
    "calmer café",
    "cafeteria theory later",
    "therapist reply",
    "late replied ghosted",
    "okay calm late",
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=40))
def test_arbitrary_search_text_never_raises(search_repo: ActivationRepository, text: str) -> None:
    everything = {a.id for a in search_repo.find(ActivationQuery())}
    result = search_repo.find(ActivationQuery(search=text))
    assert {a.id for a in result} <= everything
    assert search_repo.count(ActivationQuery(search=text)) == len(result)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(
        st.tuples(st.sampled_from(CORPUS), st.integers(min_value=1, max_value=9), st.booleans()),
        min_size=1,
        max_size=3,
    )
)
def test_search_finds_exactly_the_rows_holding_every_prefix(
    search_repo: ActivationRepository, words: list[tuple[str, int, bool]]
) -> None:
    prefixes = [word[:length] for word, length, _ in words]
    typed = " ".join(
        p.upper() if shout else p for p, (_, _, shout) in zip(prefixes, words, strict=True)
    )
    expected = {
        a.id
        for a in search_repo.find(ActivationQuery())
        if all(
            any(token.startswith(_fold(p)) for token in _fold(a.content.trigger).split())
            for p in prefixes
        )
    }
    assert {a.id for a in search_repo.find(ActivationQuery(search=typed))} == expected


# -- filters and ordering ---------------------------------------------------------


def test_filters_since_until_category_and_open_only(repo: ActivationRepository) -> None:
    def at(day: int) -> datetime:
        return datetime(2026, 11, day, 12, 0, tzinfo=UTC)

    early = repo.add(entry("early", started_at=at(1), category="conflict"))
    middle = repo.add(
        entry(
            "middle", started_at=at(5), category="tone shift", settled_at=at(5) + timedelta(hours=1)
        )
    )
    late = repo.add(entry("late", started_at=at(9), category="conflict"))
    none = repo.add(entry("uncategorised", started_at=at(12)))

    assert found(repo, since=at(5)) == [none.id, late.id, middle.id]  # since is inclusive
    assert found(repo, until=at(5)) == [early.id]  # until is exclusive
    assert found(repo, since=at(2), until=at(10)) == [late.id, middle.id]
    assert found(repo, category="conflict") == [late.id, early.id]
    assert found(repo, category="CONFLICT") == [late.id, early.id]
    assert found(repo, category="  tone   shift ") == [middle.id]
    assert found(repo, open_only=True) == [none.id, late.id, early.id]
    assert found(repo, open_only=True, category="conflict", since=at(2)) == [late.id]
    assert found(repo, category="conflict", search="early") == [early.id]
    assert repo.count(ActivationQuery(category="conflict")) == 2
    assert found(repo, limit=2) == [none.id, late.id]
    assert found(repo, limit=2, offset=2) == [middle.id, early.id]


def test_newest_first_regardless_of_insert_order(repo: ActivationRepository) -> None:
    offsets = [5, 1, 9, 3, 7, 3]
    added = [repo.add(entry(f"at {o}", started_at=START + timedelta(hours=o))) for o in offsets]
    listed = repo.find(ActivationQuery())
    expected = sorted(added, key=lambda a: (a.content.started_at, a.id), reverse=True)
    assert [a.id for a in listed] == [a.id for a in expected]
    starts = [a.content.started_at for a in listed]
    assert starts == sorted(starts, reverse=True)


# -- categories -------------------------------------------------------------------


def test_the_seeded_categories_are_present_in_order(vault: Vault) -> None:
    categories = CategoryRepository(vault).all()
    assert [c.name for c in categories] == list(DEFAULT_CATEGORIES)
    assert all(c.builtin for c in categories)


def test_adding_a_category_dedupes_case_insensitively(vault: Vault) -> None:
    repository = CategoryRepository(vault)
    added = repository.add("  Work   stress ")
    assert added.name == "Work stress"
    assert not added.builtin
    again = repository.add("WORK STRESS")
    seeded = repository.add("Conflict")

    assert again.id == added.id
    assert seeded.builtin
    assert seeded.name == "conflict"
    names = [c.name for c in repository.all()]
    assert names == [*DEFAULT_CATEGORIES, "Work stress"]


def test_custom_categories_sort_after_the_seeded_ones_by_name(vault: Vault) -> None:
    repository = CategoryRepository(vault)
    for name in ("zebra", "Apple", "mango"):
        repository.add(name)
    assert [c.name for c in repository.all()][len(DEFAULT_CATEGORIES) :] == [
        "Apple",
        "mango",
        "zebra",
    ]


@pytest.mark.parametrize("name", ["", "   ", "x" * 61])
def test_unusable_category_names_are_refused(vault: Vault, name: str) -> None:
    before = stored_state(vault)
    with pytest.raises(ValidationError):
        CategoryRepository(vault).add(name)
    assert stored_state(vault) == before


def test_an_added_category_can_be_used_and_filtered(
    vault: Vault, repo: ActivationRepository
) -> None:
    CategoryRepository(vault).add("Work stress")
    added = repo.add(entry("deadline", category="work STRESS"))
    assert added.content.category == "Work stress"
    assert found(repo, category="work stress") == [added.id]
