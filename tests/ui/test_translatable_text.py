"""Widget texts are translated: no setter or widget gets words a translator cannot reach.

Read from the source (ast), so every module counts, shown or not. A text is untranslatable
when it is a string literal with letters, an f-string with words in it, or a `+` joining
words to something: `tr()` cannot see those, or a translator cannot reorder them. Numbers
and symbols alone are fine ("3", "•", "").
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEALER = REPO / "healer"

# Methods whose arguments are shown (or read aloud) to the person.
SETTERS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setInformativeText",
        "setDetailedText",
        "setLabelText",
        "setItemText",
        "setTabText",
        "setTabToolTip",
        "setHeaderData",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "addItem",
        "addItems",
        "insertItem",
        "addAction",
        "addMenu",
        "addTab",
        "insertTab",
        "addRow",
        "showMessage",
        "setNameFilter",
        "setNameFilters",
    }
)
# Ready-made dialogs, by class (a logger's warning() is not one).
READY_MADE = {
    "QMessageBox": frozenset({"information", "warning", "question", "critical", "about"}),
    "QFileDialog": frozenset(
        {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"}
    ),
    "QInputDialog": frozenset({"getText", "getItem", "getInt", "getDouble", "getMultiLineText"}),
}
# Widgets and actions whose constructor takes their text.
CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QMessageBox",
        "QCommandLinkButton",
    }
)
TEXT_KEYWORDS = frozenset({"text", "title", "tooltip", "toolTip"})


# Markup around a translated text is not words: "<b>%s</b>", "&nbsp;".
_MARKUP = re.compile(r"<[^>]*>|&[A-Za-z#0-9]+;")


def _has_letters(text: str) -> bool:
    return any(char.isalpha() for char in _MARKUP.sub("", text))


def _untranslated(node: ast.expr) -> bool:
    """Whether an argument carries words outside tr(): a literal, an f-string or a `+`."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _has_letters(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and _has_letters(str(part.value)) for part in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_untranslated(element) for element in node.elts)
    return False


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return ""


def _shows_text(call: ast.Call, name: str) -> bool:
    """Whether a call puts its arguments on screen: a setter, a ready-made dialog, a widget."""
    if isinstance(call.func, ast.Attribute):
        if name in SETTERS:
            return True
        owner = call.func.value
        if isinstance(owner, ast.Name) and name in READY_MADE.get(owner.id, ()):
            return True
    return name in CONSTRUCTORS


def violations_in(path: Path) -> Iterator[str]:
    """Each untranslated widget text in one module, as "path:line name(...)"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    relative = path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else path.name
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if not _shows_text(node, name):
            continue
        shown = list(node.args)
        shown += [keyword.value for keyword in node.keywords if keyword.arg in TEXT_KEYWORDS]
        if any(_untranslated(argument) for argument in shown):
            yield f"{relative}:{node.lineno} {name}(...)"


def all_violations() -> list[str]:
    """Every untranslated widget text in healer/ (the command-line tool speaks English only)."""
    found: list[str] = []
    for path in sorted(HEALER.rglob("*.py")):
        if "cli" in path.relative_to(HEALER).parts[:1]:
            continue
        found.extend(violations_in(path))
    return found


def test_widget_texts_go_through_translation() -> None:
    left = all_violations()
    assert not left, (
        "Widget texts a translator cannot reach (wrap them in self.tr() or "
        "QCoreApplication.translate(), one whole sentence with %1 placeholders; see "
        "docs/translating.md):\n" + "\n".join(left)
    )


def test_the_check_sees_literals_fstrings_and_joins(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Saved')\n"  # 1: a bare literal
        "label.setToolTip(f'{count} entries')\n"  # 2: words in an f-string
        "spin.setSuffix(self.tr('minutes') + ' left')\n"  # 3: words joined on
        "button = QPushButton('&Save', self)\n"  # 4: a constructor
        "combo.addItems(['Light', 'Dark'])\n"  # 5: a list of words
        "box = QGroupBox(title='Backups')\n"  # 6: a keyword
        "label.setText(self.tr('Saved'))\n"  # fine: translated
        "label.setText(f'{count}')\n"  # fine: a number alone
        "label.setText('•  ' + '3')\n"  # fine: no words
        "label.setText(f'<b>{title}</b>')\n"  # fine: markup only
        "label.setText(self.tr('%1 left').replace('%1', name))\n"  # fine: a placeholder
        "QMessageBox.warning(self, 'Oops', self.tr('Not saved'))\n"  # 11: a box's title
        "_log.warning('not shown to anyone')\n",  # fine: a log line
        encoding="utf-8",
    )
    found = list(violations_in(sample))
    assert [entry.split(" ")[0].rsplit(":", 1)[1] for entry in found] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "12",
    ]
