"""Activations and categories in the JSON export: records out, validated records back in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from healer.domain.activation import TEXT_FIELDS, Activation, ActivationInput
from healer.domain.category import clean_category_name, clean_plan_text
from healer.domain.clock import format_stored
from healer.domain.errors import ValidationError
from healer.domain.urge import UrgeRecord
from healer.storage.errors import ImportFormatError
from healer.storage.export_reader import ExportDocument
from healer.storage.import_fields import (
    add_missing,
    checked,
    is_list,
    read_moment,
    read_object,
    read_records,
    read_uid,
    read_value,
)
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.journal.plans import TriggerPlanRepository
from healer.storage.sqlcipher import Connection


def activation_record(activation: Activation) -> dict[str, Any]:
    """One activation as a JSON object (also the CSV export's row, before formatting)."""
    content = activation.content
    settled = content.settled_at
    return {
        "uid": activation.uid,
        "started_at": format_stored(content.started_at),
        "settled_at": format_stored(settled) if settled is not None else None,
        "intensity": content.intensity,
        "category": content.category,
        "person": content.person,
        **{name: getattr(content, name) for name in TEXT_FIELDS},
        "created_at": format_stored(activation.created_at),
        "updated_at": format_stored(activation.updated_at),
    }


@dataclass(frozen=True, slots=True)
class ParsedActivation:
    """An activation record that passed every check, waiting for the import transaction."""

    uid: str
    content: ActivationInput
    created_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class ParsedJournal:
    """The export's categories, validated, and its activations, validated as they are read."""

    category_names: list[str]
    activations: Iterable[ParsedActivation]
    # (category name, plan) for the categories that came with a plan.
    plans: tuple[tuple[str, str], ...] = ()


def _parse_activation(record: Any, where: str) -> ParsedActivation:
    record = read_object(record, where)
    uid = read_uid(record, "uid", where, True)
    started_at = read_moment(record, "started_at", where, True)
    # Only the trigger is required: files from before looking_again simply lack it.
    texts = {
        name: read_value(record, name, where, str, name == "trigger") or "" for name in TEXT_FIELDS
    }
    content = ActivationInput(
        started_at=started_at,
        settled_at=read_moment(record, "settled_at", where, False),
        # null is "not rated yet"; a missing key is still a broken file.
        intensity=(
            None
            if "intensity" in record and record["intensity"] is None
            else read_value(record, "intensity", where, int, True)
        ),
        category=read_value(record, "category", where, str, False),
        person=read_value(record, "person", where, str, False) or "",
        urge_outcome=None,  # kept under its own key in the file (see the pause's exchange)
        **texts,
    )
    content = checked(content, where)
    return ParsedActivation(
        uid=uid,
        content=content,
        created_at=read_moment(record, "created_at", where, False),
        updated_at=read_moment(record, "updated_at", where, False),
    )


def parse_journal(document: ExportDocument) -> ParsedJournal:
    """Validate the export's "categories" (optional) and "activations" (required) lists."""
    categories = document.get("categories", [])
    if not is_list(categories):
        raise ImportFormatError("categories: expected a list")
    names: list[str] = []
    plans: list[tuple[str, str]] = []
    for index, item in enumerate(categories):
        where = f"categories[{index}]"
        entry = read_object(item, where)
        try:
            names.append(clean_category_name(read_value(entry, "name", where, str, True)))
        except ValidationError as error:
            raise ImportFormatError(f"{where}.name: {error.problem}") from None
        # Files from before plans have no "plan" key; null is no plan too.
        try:
            plan = clean_plan_text(read_value(entry, "plan", where, str, False) or "")
        except ValidationError as error:
            raise ImportFormatError(f"{where}.plan: {error.problem}") from None
        if plan:
            plans.append((names[-1], plan))
    records = document.get("activations")
    if not is_list(records):
        raise ImportFormatError("activations: missing or not a list")
    parsed = read_records(records, "activations", _parse_activation, lambda item: item.uid)
    return ParsedJournal(names, parsed, tuple(plans))


@dataclass(frozen=True, slots=True)
class JournalImport:
    """What the journal part of an import changed."""

    added: int
    present: int
    categories_added: int
    plans_added: int = 0
    plans_present: int = 0


def insert_journal(
    connection: Connection,
    journal: ParsedJournal,
    *,
    known_categories: set[str],
    activation_uids: set[str],
    urges: Mapping[str, UrgeRecord],
) -> JournalImport:
    """Inside the import transaction: add missing categories (by folded name) and activations.

    The file's category list comes first, then each activation's own as it is read.
    """
    categories_added = 0

    def ensure(name: str) -> None:
        nonlocal categories_added
        if name.casefold() not in known_categories:
            CategoryRepository.ensure(connection, name)
            known_categories.add(name.casefold())
            categories_added += 1

    for name in journal.category_names:
        ensure(name)
    # A plan already written in this vault is the person's latest word: it is kept.
    plans_added = plans_present = 0
    for name, plan in journal.plans:
        category_id = CategoryRepository.ensure(connection, name).id
        if not TriggerPlanRepository.has_plan(connection, category_id):
            TriggerPlanRepository.put(connection, category_id, plan)
            plans_added += 1
        else:
            plans_present += 1

    def with_categories(items: Iterable[ParsedActivation]) -> Iterator[ParsedActivation]:
        for item in items:  # an entry already present still brings its category
            if item.content.category is not None:
                ensure(item.content.category)
            yield item

    def add(item: ParsedActivation) -> None:
        # The file keeps urge outcomes under their own key; the entry takes its own here,
        # so an entry and its outcome are one insert.
        ActivationRepository.insert(
            connection,
            replace(item.content, urge_outcome=urges.get(item.uid)),
            uid=item.uid,
            created_at=item.created_at,
            updated_at=item.updated_at,
        )

    added, present = add_missing(
        with_categories(journal.activations), lambda item: item.uid, activation_uids, add
    )
    return JournalImport(added, present, categories_added, plans_added, plans_present)
