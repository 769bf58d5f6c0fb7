"""No module in healer is part of an import cycle, TYPE_CHECKING imports included.

A cycle hidden behind TYPE_CHECKING still ties the modules together for every reader
and type checker, and turns into a start-up crash the day the guard is dropped.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import grimp
import pytest


def import_cycles(package: str) -> list[list[str]]:
    """Each cycle among the package's modules, as a closed path `a, b, ..., a`."""
    # exclude_type_checking_imports=False: imports under `if TYPE_CHECKING:` count too.
    graph = grimp.build_graph(
        package,
        include_external_packages=False,
        exclude_type_checking_imports=False,
        cache_dir=None,
    )
    return [_closed_path(graph, component) for component in _strong_components(graph)]


def _strong_components(graph: grimp.ImportGraph) -> Iterator[list[str]]:
    """Tarjan's algorithm, iterative: groups of modules that all reach each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    work: list[tuple[str, Iterator[str]]] = []  # the depth-first path, with targets left

    def enter(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        work.append((module, iter(sorted(graph.find_modules_directly_imported_by(module)))))

    for root in sorted(graph.modules):
        if root in index:
            continue
        enter(root)
        while work:
            module, targets = work[-1]
            target = next(targets, None)
            if target is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == module:
                            break
                    imports_itself = module in graph.find_modules_directly_imported_by(module)
                    if len(component) > 1 or imports_itself:
                        yield sorted(component)
            elif target not in index:
                enter(target)
            elif target in on_stack:
                low[module] = min(low[module], index[target])


def _closed_path(graph: grimp.ImportGraph, component: list[str]) -> list[str]:
    """One concrete cycle through the component's first module, for the failure message."""
    start = component[0]
    members = set(component)
    for target in sorted(graph.find_modules_directly_imported_by(start) & members):
        chain = graph.find_shortest_chain(importer=target, imported=start)
        if chain is not None:
            return [start, *chain]
    return [start, start]


def _describe(cycles: list[list[str]]) -> str:
    return "; ".join(" -> ".join(path) for path in cycles)


def test_healer_has_no_import_cycles() -> None:
    cycles = import_cycles("healer")
    assert not cycles, f"import cycles: {_describe(cycles)}"


@pytest.fixture
def cyclic_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A throwaway package whose cycle closes only through a TYPE_CHECKING import."""
    name = "healer_cycle_probe"
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text('"""Probe."""\n')
    (package / "schema.py").write_text(
        f"from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from {name}.vault import Vault\n"
    )
    (package / "migrations.py").write_text(f"from {name} import schema\n")
    (package / "vault.py").write_text(f"from {name}.migrations import schema\n")
    (package / "leaf.py").write_text(f"from {name} import vault\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return name


def test_the_check_finds_a_cycle_hidden_behind_type_checking(cyclic_package: str) -> None:
    cycles = import_cycles(cyclic_package)
    assert len(cycles) == 1
    path = cycles[0]
    assert path[0] == path[-1]
    assert set(path) == {f"{cyclic_package}.{name}" for name in ("migrations", "schema", "vault")}
    assert "leaf" not in _describe(cycles)
