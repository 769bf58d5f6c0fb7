"""Entry script of the PyInstaller bundle: starts the desktop app exactly as `healer` does."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from healer.app import main


def use_shipped_font_list() -> None:
    """Give matplotlib the font list built with the bundle instead of rebuilding it (~0.5 s).

    PyInstaller's matplotlib hook points MPLCONFIGDIR at a new, empty temporary folder at
    every start; the list is copied in before matplotlib is first imported.
    """
    config = os.environ.get("MPLCONFIGDIR")
    bundle = getattr(sys, "_MEIPASS", None)
    if not config or bundle is None:
        return
    for shipped in (Path(bundle) / "healer" / "_mplcache").glob("fontlist-v*.json"):
        target = Path(config) / shipped.name
        if not target.exists():
            try:
                shutil.copyfile(shipped, target)
            except OSError:
                return  # matplotlib then builds its own, as before


if __name__ == "__main__":
    use_shipped_font_list()
    sys.exit(main())
