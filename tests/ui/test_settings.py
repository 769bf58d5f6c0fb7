"""Settings are declared once, typed, and fall back to their defaults on bad stored values."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

import healer
from healer.domain.breathing import DEFAULT_PATTERN, BreathPattern, LengthKind, SessionLength
from healer.ui import settings

PACKAGE = Path(healer.__file__).parent
SETTINGS_MODULE = PACKAGE / "ui" / "settings.py"


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings written under tmp_path only, so nothing leaks between tests."""
    folder = tmp_path / "settings"
    folder.mkdir()
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName("HealerTest")
    QCoreApplication.setApplicationName("HealerSettingsTest")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield
    QSettings().clear()
    QSettings().sync()
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def store(key: str, value: object) -> None:
    QSettings().setValue(key, value)


def test_missing_values_read_as_defaults() -> None:
    for setting in settings.ALL_SETTINGS:
        assert setting.read() == setting.default, setting.key


@pytest.mark.parametrize(
    ("setting", "bad"),
    [
        (settings.AUTO_LOCK_MINUTES, "soon"),
        (settings.AUTO_LOCK_MINUTES, "99999"),
        (settings.AUTO_LOCK_MINUTES, "-1"),
        (settings.BILATERAL_TEMPO, "7"),
        (settings.BILATERAL_TEMPO, "fast"),
        (settings.LENGTH_AMOUNT, "1000000"),
        (settings.LENGTH_KIND, "forever"),
        (settings.REDUCED_MOTION, "maybe"),
        (settings.BREATH_PATTERN, "4/8"),
        (settings.BREATH_PATTERN, "0/0/0/0"),
    ],
)
def test_a_bad_stored_value_falls_back_to_the_default(
    setting: settings.Setting[object], bad: str
) -> None:
    store(setting.key, bad)
    assert setting.read() == setting.default


def test_good_values_round_trip() -> None:
    settings.AUTO_LOCK_MINUTES.write(30)
    settings.BILATERAL_TEMPO.write(90)
    settings.REDUCED_MOTION.write(True)
    pattern = BreathPattern(4, 7, 8, 0).validated()
    settings.BREATH_PATTERN.write(pattern)
    settings.write_session_length(SessionLength(LengthKind.BREATHS, 40))
    assert settings.AUTO_LOCK_MINUTES.read() == 30
    assert settings.BILATERAL_TEMPO.read() == 90
    assert settings.REDUCED_MOTION.read() is True
    assert settings.BREATH_PATTERN.read() == pattern != DEFAULT_PATTERN
    assert settings.read_session_length() == SessionLength(LengthKind.BREATHS, 40)


def test_existing_stored_strings_keep_working() -> None:
    # What earlier versions wrote, by hand, under the same keys.
    store("regulate/pattern", "4/7/8/0")
    store("regulate/length_kind", "minutes")
    store("regulate/length_amount", "10")
    store("regulate/reduced_motion", "true")
    store("regulate/bilateral_tempo", "45")
    assert settings.BREATH_PATTERN.read() == BreathPattern.from_spec("4/7/8/0")
    assert settings.read_session_length() == SessionLength(LengthKind.MINUTES, 10)
    assert settings.REDUCED_MOTION.read() is True
    assert settings.BILATERAL_TEMPO.read() == 45


def test_out_of_range_numbers_are_clamped_on_write() -> None:
    settings.BILATERAL_TEMPO.write(500)
    assert settings.BILATERAL_TEMPO.read() == settings.BILATERAL_TEMPO.maximum
    settings.BILATERAL_TEMPO.write(1)
    assert settings.BILATERAL_TEMPO.read() == settings.BILATERAL_TEMPO.minimum


def test_an_unknown_choice_is_refused_on_write() -> None:
    with pytest.raises(ValueError, match="unknown choice"):
        settings.LENGTH_KIND.write("forever")
    assert QSettings().value(settings.LENGTH_KIND.key) is None


def test_a_length_whose_keys_disagree_reads_as_open() -> None:
    store("regulate/length_kind", "minutes")
    store("regulate/length_amount", "0")  # in range for the key, not for minutes
    assert settings.read_session_length() == SessionLength()


def test_defaults_must_be_valid() -> None:
    with pytest.raises(ValueError, match="outside"):
        settings.IntSetting("test/x", 5, 10, 20)
    with pytest.raises(ValueError, match="not a choice"):
        settings.ChoiceSetting("test/y", "c", ("a", "b"))


def test_every_key_is_declared_once() -> None:
    keys = [setting.key for setting in settings.ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    declared = {
        name: value for name, value in vars(settings).items() if isinstance(value, settings.Setting)
    }
    assert set(declared.values()) == set(settings.ALL_SETTINGS)


def _settings_uses(path: Path) -> list[int]:
    """Lines of `path` that name QSettings in code (docstrings and comments do not count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            name = node.id
        elif isinstance(node, ast.Attribute):
            name = node.attr
        elif isinstance(node, ast.alias):
            name = node.name.split(".")[-1]
        else:
            continue
        if name == "QSettings":
            lines.append(node.lineno)
    return lines


def test_qsettings_is_used_only_by_the_settings_module() -> None:
    # Every key therefore goes through a declaration there.
    users = {
        str(path.relative_to(PACKAGE)): _settings_uses(path)
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != SETTINGS_MODULE and _settings_uses(path)
    }
    assert users == {}


def test_the_settings_module_reads_and_writes_only_declared_keys() -> None:
    # Inside the module every value()/setValue() call takes its key from a declaration.
    tree = ast.parse(SETTINGS_MODULE.read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"value", "setValue"}
    ]
    assert len(calls) == 2
    for call in calls:
        assert ast.unparse(call.args[0]) == "self.key"


def test_the_tree_scan_catches_a_stray_use(tmp_path: Path) -> None:
    stray = tmp_path / "stray.py"
    stray.write_text(
        '"""Mentions QSettings in a docstring only."""\n'
        "from PySide6.QtCore import QSettings\n"
        'QSettings().setValue("ui/secret_key", 1)\n',
        encoding="utf-8",
    )
    assert _settings_uses(stray) == [2, 3]
