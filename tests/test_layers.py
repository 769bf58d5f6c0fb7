"""The layer rules, read from the source: domain is stdlib only, storage has no Qt, services QtCore.

import-linter checks the same contracts from pyproject.toml; this scan also sees imports
inside functions and TYPE_CHECKING blocks and names the exact module and line.
"""

from __future__ import annotations

import ast
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
