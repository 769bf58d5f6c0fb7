"""matplotlib is imported by the charts renderer and painters alone (import-linter agrees)."""

from __future__ import annotations

import ast
from pathlib import Path

import healer

PACKAGE_ROOT = Path(healer.__file__).resolve().parent
CHARTS = PACKAGE_ROOT / "ui" / "charts"
# The same as import-linter's ignore list: the chart thread's renderer and the painters,
# the summary's paper charts, and the font-list check.
ALLOWED = {
    CHARTS / name for name in ("render.py", "painter.py", "painters.py", "paper.py", "font_list.py")
}


def plotting_imports(source: str) -> list[int]:
    """Lines importing matplotlib (or pylab), at any depth: functions, TYPE_CHECKING blocks."""
    lines: list[int] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        if any(name.split(".")[0] in {"matplotlib", "pylab", "mpl_toolkits"} for name in names):
            lines.append(node.lineno)
    return lines


def test_the_scanner_sees_nested_imports() -> None:
    source = "def f():\n    from matplotlib import pyplot\n\nif X:\n    import matplotlib.figure\n"
    assert plotting_imports(source) == [2, 5]
    assert plotting_imports("import numpy\nfrom .matplotlib import x\n") == []


def test_only_the_renderer_and_painters_import_matplotlib() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE_ROOT.parent)}:{line}"
        for path in sorted(PACKAGE_ROOT.rglob("*.py"))
        if path not in ALLOWED
        for line in plotting_imports(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    for path in ALLOWED:  # each really is one of them
        assert plotting_imports(path.read_text(encoding="utf-8")), path
