"""An import's progress: told as it reads, climbing, never full early, changing nothing else."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import PASSPHRASE, copy_vault, write_large_export

from healer.domain.activation import ActivationQuery
from healer.storage import exchange, export_reader
from healer.storage.errors import ImportFormatError
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reads of 16 KiB, so a small file gives many reads."""
    monkeypatch.setattr(export_reader, "_CHUNK", 16 * 1024)


@pytest.fixture
def two_vaults(vault_template: Path, tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    """Two empty vaults: one imports with progress, the other without."""
    first = Vault.open(copy_vault(vault_template, tmp_path / "a" / "a.vault"), PASSPHRASE)
    second = Vault.open(copy_vault(vault_template, tmp_path / "b" / "b.vault"), PASSPHRASE)
    yield first, second
    first.close()
    second.close()


def rows(vault: Vault) -> list[tuple[object, ...]]:
    return [
        (a.uid, a.content.trigger, a.content.started_at)
        for a in ActivationRepository(vault).find(ActivationQuery())
    ]


@pytest.mark.usefixtures("small_chunks")
def test_progress_climbs_to_just_under_the_whole_and_the_import_is_the_same(
    two_vaults: tuple[Vault, Vault], tmp_path: Path
) -> None:
    source = tmp_path / "export.json"
    entries = write_large_export(source, 1)
    size = source.stat().st_size
    told: list[tuple[int, int]] = []
    with_progress, without = two_vaults
    with export_reader.open_source(source) as stream:
        result = exchange.import_json(
            with_progress, stream, progress=lambda done, whole: told.append((done, whole))
        )
    assert result == exchange.import_json(without, source.read_bytes())
    assert result.added == entries
    assert rows(with_progress) == rows(without)

    assert {whole for _, whole in told} == {2 * size}  # read twice: checked, then added
    done = [d for d, _ in told]
    assert done == sorted(set(done)), "progress only climbs"
    assert 20 <= len(told) <= 101  # once per whole percent, at most
    assert done[-1] < 2 * size  # full only when the import has answered
    assert done[-1] >= 0.95 * 2 * size


@pytest.mark.usefixtures("small_chunks")
def test_the_preview_reports_progress_and_keeps_nothing(
    two_vaults: tuple[Vault, Vault], tmp_path: Path
) -> None:
    source = tmp_path / "export.json"
    entries = write_large_export(source, 1)
    told: list[int] = []
    vault, _ = two_vaults
    with export_reader.open_source(source) as stream:
        preview = exchange.preview_json(vault, stream, progress=lambda done, _: told.append(done))
    assert preview.added == entries
    assert len(told) >= 20
    assert rows(vault) == []


@pytest.mark.usefixtures("small_chunks")
def test_a_file_refused_half_way_told_its_progress_and_changed_nothing(
    two_vaults: tuple[Vault, Vault], tmp_path: Path
) -> None:
    source = tmp_path / "export.json"
    write_large_export(source, 1)
    document = json.loads(source.read_text(encoding="utf-8"))
    document["activations"][-1]["started_at"] = "not a time"
    source.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    told: list[int] = []
    vault, _ = two_vaults
    with (
        export_reader.open_source(source) as stream,
        pytest.raises(ImportFormatError, match=r"activations\[\d+\]\.started_at"),
    ):
        exchange.import_json(vault, stream, progress=lambda done, _: told.append(done))
    assert told  # the person saw it move before the refusal
    assert rows(vault) == []


def test_read_progress_tells_each_whole_percent_once() -> None:
    told: list[tuple[int, int]] = []
    meter = export_reader.ReadProgress(50, lambda done, whole: told.append((done, whole)))
    for _ in range(150):  # 150 bytes of a whole of 100: more than the whole is read
        meter(1)
    assert [done for done, _ in told] == list(range(1, 100))
    assert {whole for _, whole in told} == {100}
