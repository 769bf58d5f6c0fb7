"""The layer rules, read from the source: domain is stdlib only, storage has no Qt, services QtCore.

import-linter checks the same contracts from pyproject.toml; this scan also sees imports
inside functions and TYPE_CHECKING blocks and names the exact module and line.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import healer

PACKAGE_ROOT = Path(healer.__file__).resolve().parent
# Packages whose `from PACKAGE import name` usually imports a submodule.
NAMESPACE_PACKAGES = {"healer", "healer.domain", "healer.storage", "healer.services", "PySide6"}


@dataclass(frozen=True)
class Import:
    """One import statement's target, with where it was written."""

    module: str  # dotted name of the module doing the import
    line: int
    target: str  # dotted name of what it imports

    def __str__(self) -> str:
        return f"{self.module} (line {self.line}) imports {self.target}"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def resolve_relative(module: str, is_package: bool, level: int, name: str | None) -> str:
    package = module.split(".") if is_package else module.split(".")[:-1]
    base = package[: len(package) - (level - 1)]
    return ".".join([*base, name] if name else base)


def imports_in(source: str, module: str, is_package: bool = False) -> Iterator[Import]:
    """Every module the source imports, including inside functions and TYPE_CHECKING blocks."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            source_module = node.module or ""
            if node.level:
                source_module = resolve_relative(module, is_package, node.level, node.module)
            if source_module in NAMESPACE_PACKAGES:
                for alias in node.names:
                    yield Import(module, node.lineno, f"{source_module}.{alias.name}")
            else:
                yield Import(module, node.lineno, source_module)
        elif (
            isinstance(node, ast.Call)
            and _called_name(node.func) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield Import(module, node.lineno, node.args[0].value)


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def package_imports(subpackage: str) -> list[Import]:
    folder = PACKAGE_ROOT / subpackage
    found: list[Import] = []
    for path in sorted(folder.rglob("*.py")):
        found += imports_in(
            path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py"
        )
    return found


def top(target: str) -> str:
    return target.partition(".")[0]


def is_within(target: str, package: str) -> bool:
    return target == package or target.startswith(package + ".")


# -- the rules ---------------------------------------------------------------------


def qt_outside_qtcore(imports: list[Import]) -> list[str]:
    return [str(i) for i in imports if top(i.target) == "PySide6" and i.target != "PySide6.QtCore"]


def any_qt(imports: list[Import]) -> list[str]:
    return [str(i) for i in imports if top(i.target) in {"PySide6", "shiboken6"}]


def not_stdlib_or_domain(imports: list[Import]) -> list[str]:
    return [
        str(i)
        for i in imports
        if top(i.target) not in sys.stdlib_module_names and not is_within(i.target, "healer.domain")
    ]


def test_the_package_has_the_expected_layers() -> None:
    for subpackage in ("domain", "storage", "services"):
        assert len(list((PACKAGE_ROOT / subpackage).glob("*.py"))) >= 2, subpackage


def test_services_use_only_qtcore_from_pyside6() -> None:
    assert qt_outside_qtcore(package_imports("services")) == []


@pytest.mark.parametrize("subpackage", ["storage", "domain"])
def test_storage_and_domain_never_import_qt(subpackage: str) -> None:
    assert any_qt(package_imports(subpackage)) == []


def test_the_domain_imports_only_the_standard_library_and_itself() -> None:
    assert not_stdlib_or_domain(package_imports("domain")) == []


# -- the scanner itself --------------------------------------------------------------

SAMPLE = """
from __future__ import annotations
import json, os.path
from typing import TYPE_CHECKING
from PySide6.QtCore import QObject
from PySide6 import QtGui
from . import clock
from .errors import ValidationError
from .. import appinfo
from ..storage.vault import Vault
import importlib
if TYPE_CHECKING:
    import sqlcipher3

def later():
    from PySide6.QtWidgets import QWidget
    importlib.import_module("matplotlib.pyplot")
"""


def test_the_scanner_sees_every_kind_of_import() -> None:
    found = list(imports_in(SAMPLE, "healer.domain.sample"))
    assert [i.target for i in found] == [
        "__future__",
        "json",
        "os.path",
        "typing",
        "PySide6.QtCore",
        "PySide6.QtGui",
        "healer.domain.clock",
        "healer.domain.errors",
        "healer.appinfo",
        "healer.storage.vault",
        "importlib",
        "sqlcipher3",
        "PySide6.QtWidgets",
        "matplotlib.pyplot",
    ]


def test_the_rules_name_the_offending_module_and_import() -> None:
    found = list(imports_in(SAMPLE, "healer.domain.sample"))
    assert qt_outside_qtcore(found) == [
        "healer.domain.sample (line 6) imports PySide6.QtGui",
        "healer.domain.sample (line 16) imports PySide6.QtWidgets",
    ]
    assert len(any_qt(found)) == 3
    assert not_stdlib_or_domain(found) == [
        "healer.domain.sample (line 5) imports PySide6.QtCore",
        "healer.domain.sample (line 6) imports PySide6.QtGui",
        "healer.domain.sample (line 9) imports healer.appinfo",
        "healer.domain.sample (line 10) imports healer.storage.vault",
        "healer.domain.sample (line 13) imports sqlcipher3",
        "healer.domain.sample (line 16) imports PySide6.QtWidgets",
        "healer.domain.sample (line 17) imports matplotlib.pyplot",
    ]


def test_relative_imports_in_a_package_init_resolve_from_the_package() -> None:
    found = list(imports_in("from . import clock\n", "healer.domain", is_package=True))
    assert [i.target for i in found] == ["healer.domain.clock"]


# -- the import-linter contracts bite --------------------------------------------------

REPO_ROOT = PACKAGE_ROOT.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

LAYERS = "Layers: ui -> services -> storage -> domain"
PURE_DOMAIN = "The domain is pure Python: no Qt, no database, no plotting"
STORAGE_NO_QT = "Storage has no Qt"
SERVICES_NO_UI = "Services and the CLI never touch widgets or charts"
UI_NO_STORAGE = "The UI never skips the services: no storage, no database driver"
TABS_INDEPENDENT = "Tabs are independent of each other"
COMMON_NO_TAB = "ui.common is shared by the tabs and imports none of them"
MATPLOTLIB_CONFINED = "matplotlib is imported only by the charts renderer and painters"

# (module file to add one import to, the import, every contract it must break)
INJECTIONS = [
    ("ui/help_dialog.py", "import healer.storage.vault", {UI_NO_STORAGE}),
    ("ui/help_dialog.py", "import sqlcipher3", {UI_NO_STORAGE}),
    ("ui/journal/undo.py", "import sqlite3", {UI_NO_STORAGE}),
    ("ui/pause/texts.py", "import healer.ui.journal.tab", {TABS_INDEPENDENT}),
    ("ui/charts/texts.py", "import healer.ui.regulate.tab", {TABS_INDEPENDENT}),
    # A fresh module, so no tab imports it (else the tabs would depend on each other too).
    ("ui/common/injected.py", "import healer.ui.parts.tab", {COMMON_NO_TAB}),
    ("ui/common/formatting.py", "import healer.ui.parts.tab", {COMMON_NO_TAB, TABS_INDEPENDENT}),
    # Below the UI a used module would break the layers above it too (storage imports
    # the domain, so Qt in the domain is Qt in storage): fresh modules keep one verdict each.
    ("domain/pause.py", "import PySide6.QtCore", {PURE_DOMAIN, STORAGE_NO_QT}),
    ("domain/injected.py", "import PySide6.QtCore", {PURE_DOMAIN}),
    ("domain/injected.py", "import healer.storage.vault", {PURE_DOMAIN, LAYERS}),
    ("storage/injected.py", "import PySide6.QtCore", {STORAGE_NO_QT}),
    ("services/injected.py", "import healer.ui.help_dialog", {SERVICES_NO_UI, LAYERS}),
    ("services/injected.py", "import healer.cli", {LAYERS}),
    ("ui/main_window.py", "import matplotlib.pyplot", {MATPLOTLIB_CONFINED}),
]
ALL_CONTRACTS = {
    LAYERS,
    PURE_DOMAIN,
    STORAGE_NO_QT,
    SERVICES_NO_UI,
    UI_NO_STORAGE,
    TABS_INDEPENDENT,
    COMMON_NO_TAB,
    MATPLOTLIB_CONFINED,
}


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the package and its contracts, shared by every injection."""
    root = tmp_path_factory.mktemp("contracts")
    shutil.copytree(PACKAGE_ROOT, root / "healer", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(REPO_ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def lint_imports(root: Path) -> tuple[int, dict[str, str]]:
    """The exit code and each contract's verdict (KEPT or BROKEN), by name."""
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "COLUMNS": "400", "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    verdicts = {}
    for line in result.stdout.splitlines():
        for verdict in ("KEPT", "BROKEN"):
            name, _, rest = line.rpartition(f" {verdict}")
            if name and (not rest or rest.startswith(" (")):
                verdicts[name.strip()] = verdict
    return result.returncode, verdicts


def _short(verdicts: dict[str, str]) -> dict[str, str]:
    """Verdicts keyed by the contract names above (a name may run on past them)."""
    return {
        known: verdict
        for name, verdict in verdicts.items()
        for known in ALL_CONTRACTS
        if name.startswith(known)
    }


def test_the_untouched_copy_keeps_every_contract(checkout: Path) -> None:
    code, verdicts = lint_imports(checkout)
    assert _short(verdicts) == dict.fromkeys(ALL_CONTRACTS, "KEPT")
    assert code == 0


@pytest.mark.parametrize(
    ("module", "statement", "broken"),
    INJECTIONS,
    ids=[f"{module}:{statement}" for module, statement, _ in INJECTIONS],
)
def test_each_contract_fails_on_a_forbidden_import(
    checkout: Path, module: str, statement: str, broken: set[str]
) -> None:
    path = checkout / "healer" / module
    original = path.read_text(encoding="utf-8") if path.exists() else None
    path.write_text(f"{original or ''}\n{statement}  # injected by the test\n", encoding="utf-8")
    try:
        code, verdicts = lint_imports(checkout)
    finally:
        if original is None:
            path.unlink()
        else:
            path.write_text(original, encoding="utf-8")
    assert code != 0
    assert {name for name, verdict in _short(verdicts).items() if verdict == "BROKEN"} == broken
    assert len(_short(verdicts)) == len(ALL_CONTRACTS)
