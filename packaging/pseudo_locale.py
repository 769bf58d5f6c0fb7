"""Write a pseudo-locale .ts from a real one: every text accented, ~40 % longer, in brackets.

Used to see what longer languages do to the layout (`packaging/translations.sh pseudo`): a
label that clips its "]" or overlaps its neighbour will do the same in Spanish or German.
Placeholders (%1, %n, %L1), HTML tags, entities and "&" mnemonics are kept intact, so the
pseudo text behaves as a real translation would.

Usage: python packaging/pseudo_locale.py SOURCE.ts OUTPUT.ts
"""

from __future__ import annotations

import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# What a translator must keep as it is: placeholders, tags, entities, "&&", and a mnemonic
# ("&" with its letter: the shortcut stays the same key).
_KEPT = re.compile(r"%L?\d+|%L?n|<[^>]*>|&[A-Za-z#0-9]+;|&&|&\w")
_ACCENTED = str.maketrans(
    "aeiouyAEIOUYcnsCNSz", "áéíöüýÁÉÍÖÜÝçñšÇÑŠž"
)  # one to one: lengthening is done separately
_VOWELS = frozenset("aeiouAEIOU")
# Lengthen by this share of the letters, as longer languages do (Spanish ~25 %, German ~35 %).
GROWTH = 0.4


def pseudo(text: str) -> str:
    """The pseudo translation of one source text."""
    pieces: list[str] = []
    letters = 0
    position = 0
    for kept in _KEPT.finditer(text):
        pieces.append(_stretch(text[position : kept.start()]))
        letters += _letters(text[position : kept.start()])
        pieces.append(kept.group())
        position = kept.end()
    pieces.append(_stretch(text[position:]))
    letters += _letters(text[position:])
    stretched = "".join(pieces)
    wanted = math.ceil(len(text) * (1 + GROWTH)) - len(stretched) - 2
    padding = "~" * max(0, wanted) if letters else ""
    return f"[{stretched}{padding}]"


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def _stretch(text: str) -> str:
    """Accent every letter and say each vowel twice ("Save" -> "Šáávéé")."""
    return "".join(char.translate(_ACCENTED) * (2 if char in _VOWELS else 1) for char in text)


def convert(source: Path, output: Path) -> int:
    """Write OUTPUT.ts with a pseudo translation for every message of SOURCE.ts; the count."""
    tree = ET.parse(source)  # noqa: S314 (the project's own .ts file, not untrusted input)
    root = tree.getroot()
    root.set("language", "en")  # English plural rules: two forms
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for form in list(translation):
            translation.remove(form)
        if "format" in (message.findtext("comment") or ""):
            translation.text = text  # a date format ("d MMMM yyyy") is code, not words
        elif message.get("numerus") == "yes":
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
        count += 1
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
    return count


def main(argv: list[str]) -> int:
    """Convert one file; exit 2 on wrong arguments."""
    if len(argv) != 2:
        sys.stderr.write("usage: pseudo_locale.py SOURCE.ts OUTPUT.ts\n")
        return 2
    count = convert(Path(argv[0]), Path(argv[1]))
    print(f"{argv[1]}: {count} pseudo-translated messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
