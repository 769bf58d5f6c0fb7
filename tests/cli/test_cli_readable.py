"""healer-cli export --format html/markdown and import --dry-run, in real processes."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

from test_cli_end_to_end import (  # the fixtures are shared with the main CLI tests
    MARKER,
    env,
    listed,
    log,
    ok,
    run_cli,
    template,
    vault,
)

__all__ = ["env", "template", "vault"]  # fixtures, used by name


def test_readable_exports_warn_and_escape(env: dict[str, str], vault: Path, tmp_path: Path) -> None:
    log(env, vault, f"<script>alert(1)</script> {MARKER}", "--started", "2026-11-02T10:00Z")
    log(env, vault, f"# later {MARKER}", "--started", "2026-11-05T10:00Z", "--story", "1. wrong")
    for fmt, name in (("html", "journal.html"), ("markdown", "journal.md")):
        target = tmp_path / "out" / name
        result = run_cli(env, "export", "--format", fmt, "-o", str(target), "--vault", str(vault))
        assert result.code == 0, result.err
        assert "Exported 2 activations" in result.out
        assert "NOT encrypted" in result.err
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        text = target.read_text(encoding="utf-8")
        assert "<script>" not in text
        # Newest first.
        assert text.index("later") < text.index("alert")
    markdown = (tmp_path / "out" / "journal.md").read_text(encoding="utf-8")
    assert "\\# later" in markdown
    assert "1\\. wrong" in markdown


def test_import_dry_run_previews_and_changes_nothing(
    env: dict[str, str], vault: Path, template: Path, tmp_path: Path
) -> None:
    log(env, vault, f"one {MARKER}", "--category", "conflict", "--started", "2026-11-02T10:00Z")
    log(env, vault, f"two {MARKER}", "--started", "2026-11-03T10:00Z")
    export = tmp_path / "export.json"
    ok(env, "export", "-o", str(export), "--vault", str(vault))
    document = json.loads(export.read_text(encoding="utf-8"))
    target = tmp_path / "target.vault"
    shutil.copy2(template, target)
    # One of the two is there already.
    half = {**document, "activations": document["activations"][:1]}
    (tmp_path / "half.json").write_text(json.dumps(half))
    ok(env, "import", str(tmp_path / "half.json"), "--vault", str(target))

    preview = ok(env, "import", "--dry-run", str(export), "--vault", str(target))
    assert "nothing was changed" in preview
    assert "activations: 1 new, 1 already present" in preview
    assert len(listed(env, target)) == 1
    done = ok(env, "import", str(export), "--vault", str(target))
    assert "Imported 1 activations (1 already present" in done
    assert len(listed(env, target)) == 2

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "healer-export", "schema_version": 1}')
    refused = run_cli(env, "import", "--dry-run", str(bad), "--vault", str(target))
    assert refused.code == 1
    assert "activations: missing" in refused.err
    assert "nothing was imported" in refused.err
