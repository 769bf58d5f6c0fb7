"""The translation files match the code, English plurals are given, the pseudo-locale is sound."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "resources" / "translations"
SCRIPT = REPO / "packaging" / "translations.sh"
sys.path.insert(0, str(REPO / "packaging"))

from pseudo_locale import convert, pseudo  # noqa: E402

Key = tuple[str, str, str, bool]


def _messages(path: Path) -> dict[Key, ET.Element]:
    """Each message of a .ts file by (context, source, disambiguation, plural)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def _run(*arguments: str) -> None:
    subprocess.run(
        ["bash", str(SCRIPT), *arguments],
        env=dict(os.environ, PYTHON=sys.executable),
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )


def test_the_ts_files_hold_every_string_in_the_code(tmp_path: Path) -> None:
    _run("update", str(tmp_path))
    extracted = sorted(path.name for path in tmp_path.glob("*.ts"))
    assert extracted == sorted(path.name for path in FOLDER.glob("*.ts"))
    for name in extracted:
        fresh = set(_messages(tmp_path / name))
        committed = set(_messages(FOLDER / name))
        missing = sorted(fresh - committed)
        stale = sorted(committed - fresh)
        advice = (
            f"resources/translations/{name} does not match the code: "
            "run `make translations-update` and commit it"
        )
        assert not missing, f"{advice}.\nNot in the file: {missing[:20]}"
        assert not stale, f"{advice}.\nNo longer in the code: {stale[:20]}"


def _count_mark(source: str) -> str:
    """How a message shows its count: %n, %Ln (grouped digits), or not at all (a suffix)."""
    return next((mark for mark in ("%Ln", "%n") if mark in source), "")


def test_every_count_has_both_english_forms() -> None:
    missing = []
    for (context, source, _comment, plural), message in _messages(FOLDER / "healer_en.ts").items():
        assert plural, f"healer_en.ts holds plural forms only, not {source!r}"
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if (
            len(forms) != 2
            or not all(forms)
            or translation.get("type") == "unfinished"
            or _count_mark(source) not in forms[1]
        ):
            missing.append(f"{context}|{source}")
    assert not missing, (
        "give the English forms ('%n day', '%n days') in resources/translations/healer_en.ts "
        "(docs/translating.md): " + ", ".join(missing)
    )


def test_every_message_of_a_shipped_language_is_translated() -> None:
    for path in sorted(FOLDER.glob("healer_*.ts")):
        untranslated = []
        for (context, source, _comment, plural), message in _messages(path).items():
            translation = message.find("translation")
            assert translation is not None
            texts = (
                [form.text or "" for form in translation.iter("numerusform")]
                if plural
                else [translation.text or ""]
            )
            if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                untranslated.append(f"{context}|{source}")
        assert not untranslated, (
            f"{path.name} has messages without a finished translation (docs/translating.md): "
            + ", ".join(untranslated[:20])
        )


# What the pseudo-locale must keep: placeholders, tags, entities, "&&" and mnemonics.
KEPT = re.compile(r"%L?\d+|%L?n|<[^>]*>|&[A-Za-z#0-9]+;|&&|&\w")
PLACEHOLDER = re.compile(r"%L?\d|\{\w*\}")
MNEMONIC = re.compile(r"&(?!&|[A-Za-z#0-9]+;)\w")


def test_translations_keep_the_placeholders_and_the_shortcut_key() -> None:
    for path in sorted(FOLDER.glob("healer_*.ts")):
        for (context, source, _comment, _plural), message in _messages(path).items():
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                where = f"{path.name} {context}|{source!r} -> {text!r}"
                assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), where
                assert bool(MNEMONIC.search(text)) == bool(MNEMONIC.search(source)), where


def test_every_spanish_count_is_plural_too() -> None:
    english = {key for key in _messages(FOLDER / "healer_en.ts")}
    spanish = {key for key in _messages(FOLDER / "healer_es.ts") if key[3]}
    assert english == spanish


@pytest.mark.parametrize(
    "source",
    [
        "Save",
        "&Lock after:",
        "%n entries",
        "%Ln entries",
        "<b>%1</b> to %2, then %L3",
        "Ben &amp; Jerry's &&",
        "…",
    ],
)
def test_pseudo_text_is_longer_accented_bracketed_and_keeps_what_matters(source: str) -> None:
    text = pseudo(source)
    assert text.startswith("[")
    assert text.endswith("]")
    assert len(text) >= len(source) * 1.4
    kept = KEPT.findall(source)
    assert KEPT.findall(text) == kept
    words = KEPT.sub("", source)
    if any(char in "aeiou" for char in words):
        assert not any(char in "aeiou" for char in re.sub(r"<[^>]*>|&\w+;|&\w", "", text))


def test_the_pseudo_locale_translates_every_message(tmp_path: Path) -> None:
    count = convert(FOLDER / "healer_es.ts", tmp_path / "healer_pseudo.ts")
    assert count == len(_messages(FOLDER / "healer_es.ts"))
    _run("release", str(tmp_path / "healer_pseudo.ts"))
    assert (tmp_path / "healer_pseudo.qm").stat().st_size > 1000
    unfinished = ET.parse(tmp_path / "healer_pseudo.ts").getroot().iter("translation")
    assert all(translation.get("type") is None for translation in unfinished)
    formats = [
        message
        for message in ET.parse(tmp_path / "healer_pseudo.ts").getroot().iter("message")
        if "date format" in (message.findtext("comment") or "")
    ]
    assert formats, "the Spanish file has date formats to keep"
    for message in formats:
        assert message.findtext("translation") == message.findtext("source")
