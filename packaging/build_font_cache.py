"""Build matplotlib's font list at build time, for the bundle (run by healer.spec).

Only matplotlib's own fonts go in, stored relative to its data folder (matplotlib resolves
them against the bundle's copy at run time); the build machine's system fonts would be paths
that do not exist on the person's computer. The charts use DejaVu Sans, which ships with it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def build(out_dir: Path) -> Path:
    """Write fontlist-v<version>.json into out_dir and return its path."""
    before = os.environ.get("MPLCONFIGDIR")
    try:
        return _build(out_dir)
    finally:
        if before is None:
            os.environ.pop("MPLCONFIGDIR", None)
        else:
            os.environ["MPLCONFIGDIR"] = before


def _build(out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["MPLCONFIGDIR"] = scratch  # never reuse (or touch) the builder's own cache
        import matplotlib  # noqa: PLC0415 (after MPLCONFIGDIR is set)
        from matplotlib import font_manager  # noqa: PLC0415

        data = Path(matplotlib.get_data_path()).resolve()

        def own(entry: font_manager.FontEntry) -> bool:
            return Path(entry.fname).resolve().is_relative_to(data)

        manager = font_manager.FontManager()
        manager.ttflist = [entry for entry in manager.ttflist if own(entry)]
        manager.afmlist = [entry for entry in manager.afmlist if own(entry)]
        if not any(entry.name == "DejaVu Sans" for entry in manager.ttflist):
            raise SystemExit("build_font_cache: matplotlib's DejaVu Sans is missing")
        out_dir.mkdir(parents=True, exist_ok=True)
        for stale in out_dir.glob("fontlist-v*.json"):  # an older matplotlib's list
            stale.unlink()
        target = out_dir / f"fontlist-v{font_manager.FontManager.__version__}.json"
        font_manager.json_dump(manager, target)
    return target


if __name__ == "__main__":
    written = build(Path(sys.argv[1]))
    print(f"healer.spec: matplotlib font list built: {written.name}")
