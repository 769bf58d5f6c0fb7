"""A ReadableDocument written out as HTML (for reading and printing) or Markdown.

Every piece of text is the person's own or comes from an imported file, so each one is
escaped for the target format: journal text can never become markup, a script, a link
or a heading. The HTML also forbids scripts and remote loads in its own header.
"""

from __future__ import annotations

import html
import re

from healer.storage.readable import Answer, ReadableDocument, Section

# No scripts, no fonts or images from anywhere: the page needs only its own style.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'"

_STYLE = """
body { font-family: Georgia, 'DejaVu Serif', serif; line-height: 1.5; max-width: 42em;
       margin: 2em auto; padding: 0 1em; color: #222; background: #fff; }
h1 { font-weight: normal; }
h2 { font-weight: normal; border-bottom: 1px solid #bbb; margin-top: 2em; }
h3 { margin-bottom: 0.2em; }
section { margin-bottom: 1.6em; break-inside: avoid; page-break-inside: avoid; }
.facts { color: #555; margin: 0 0 0.6em; padding: 0; list-style: none; }
.facts li { display: inline; }
.facts li + li::before { content: " · "; }
dt { font-style: italic; color: #555; margin-top: 0.5em; }
dd { margin: 0 0 0 1.2em; white-space: pre-wrap; }
.intro { color: #555; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


def _text(text: str) -> str:
    """Text escaped for HTML element content and attribute values alike."""
    return html.escape(text, quote=True)


def _language(tag: str) -> str:
    # A BCP 47 tag ("es", "pt-BR"); anything else reads as English.
    return tag if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", tag) else "en"


def _anchor(anchor: str) -> str:
    # Anchors are built from record ids; keep them to a safe alphabet all the same.
    return re.sub(r"[^a-z0-9-]", "", anchor)


def _html_section(section: Section) -> list[str]:
    lines = [f'<section id="{_anchor(section.anchor)}">', f"<h3>{_text(section.heading)}</h3>"]
    if section.facts:
        items = "".join(f"<li>{_text(fact)}</li>" for fact in section.facts)
        lines.append(f'<ul class="facts">{items}</ul>')
    if section.answers:
        lines.append("<dl>")
        for answer in section.answers:
            lines.append(f"<dt>{_text(answer.label)}</dt><dd>{_text(answer.text)}</dd>")
        lines.append("</dl>")
    for link in section.links:
        lines.append(f'<p><a href="#{_anchor(link.anchor)}">{_text(link.text)}</a></p>')
    lines.append("</section>")
    return lines


def render_html(document: ReadableDocument) -> bytes:
    """A standalone UTF-8 HTML page; prints one entry per block, never split across pages."""
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{_language(document.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_text(document.title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{_text(document.title)}</h1>",
        *(f'<p class="intro">{_text(line)}</p>' for line in document.intro),
    ]
    for chapter in document.chapters:
        lines.append(f"<h2>{_text(chapter.heading)}</h2>")
        for section in chapter.sections:
            lines += _html_section(section)
    lines += ["</body>", "</html>", ""]
    return "\n".join(lines).encode("utf-8")


# Characters that make inline markup anywhere in a line (emphasis, code, links, HTML, …).
_MARKDOWN_INLINE = re.compile(r"([\\`*_{}\[\]|~!$=^])")
# What makes a block at the start of a line: a heading, a list item, a rule.
_MARKDOWN_BLOCK = re.compile(r"^([#+\-=]|\d+[.)])")
# Addresses a renderer would turn into links by itself.
_MARKDOWN_AUTOLINK = re.compile(r"(?i)(://|www\.)")
_LEADING_SPACE = re.compile(r"^[ \t]+")
_MARKDOWN_ANY = tuple("\\`*_{}[]|~!$=^&<>")
_BLOCK_STARTS = frozenset(" \t#+-=0123456789")


def markdown_text(text: str) -> str:
    """One line of text that Markdown shows as typed: no markup, no raw HTML, no links."""
    escaped = text
    # Most lines need nothing: substring tests are fast scans in C, regexes are not.
    if any(special in escaped for special in _MARKDOWN_ANY):
        escaped = escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        escaped = _MARKDOWN_INLINE.sub(r"\\\1", escaped)
    if "://" in escaped or "www." in escaped.lower():
        escaped = _MARKDOWN_AUTOLINK.sub(_escape_link, escaped)
    if escaped[:1] not in _BLOCK_STARTS:
        return escaped
    # Indentation would make a code block: keep it as spaces that mean nothing.
    indent = _LEADING_SPACE.match(escaped)
    width = indent.end() if indent else 0
    rest = _MARKDOWN_BLOCK.sub(lambda m: _escape_block(m.group()), escaped[width:])
    return "&#32;" * width + rest


def _escape_block(marker: str) -> str:
    # "1." keeps its digits and loses its meaning when the dot is escaped.
    return marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker


def _escape_link(found: re.Match[str]) -> str:
    text = found.group()
    return ":\\/\\/" if text == "://" else text[:3] + "\\."


def _markdown_answer(answer: Answer) -> list[str]:
    lines = [f"*{markdown_text(answer.label)}*", ""]
    # Each line of the answer a quoted line of its own; a blank line stays a blank quote.
    for line in answer.text.splitlines() or [""]:
        lines.append(f"> {markdown_text(line)}" if line.strip() else ">")
    lines.append("")
    return lines


def _markdown_section(section: Section) -> list[str]:
    lines = [
        f'<a id="{_anchor(section.anchor)}"></a>',
        "",
        f"### {markdown_text(section.heading)}",
        "",
    ]
    if section.facts:
        lines += [" · ".join(markdown_text(fact) for fact in section.facts), ""]
    for answer in section.answers:
        lines += _markdown_answer(answer)
    for link in section.links:
        lines += [f"[{markdown_text(link.text)}](#{_anchor(link.anchor)})", ""]
    return lines


def render_markdown(document: ReadableDocument) -> bytes:
    """The same document as UTF-8 Markdown, for a text editor or a notes app."""
    lines = [f"# {markdown_text(document.title)}", ""]
    for line in document.intro:
        lines += [markdown_text(line), ""]
    for chapter in document.chapters:
        lines += [f"## {markdown_text(chapter.heading)}", ""]
        for section in chapter.sections:
            lines += _markdown_section(section)
    return "\n".join(lines).encode("utf-8")
