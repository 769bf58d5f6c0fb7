"""Entry script of the PyInstaller bundle: starts the desktop app exactly as `healer` does."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from healer.app import main


def use_shipped_font_list() -> None:
    """Give matplotlib the font list built with the bundle instead of rebuilding it (~0.5 s).

    Copied into matplotlib's config folder (MPLCONFIGDIR) before matplotlib is first imported.
    """
    import shutil  # noqa: PLC0415 (only when matplotlib is about to load)

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


class MatplotlibConfig:
    """Makes matplotlib's config folder when matplotlib is first imported, not at every start.

    PyInstaller's run-time hook made a fresh temporary folder at every start, before the
    unlock dialog could paint (healer.spec leaves that hook out). This finder does the same
    work only when the charts first import matplotlib: a private temporary folder (0700,
    removed at exit) holding the font list built with the bundle. It finds nothing itself;
    the usual finders then load matplotlib.
    """

    def __init__(self) -> None:
        self.folder: str | None = None

    def find_spec(self, name: str, path: Any = None, target: ModuleType | None = None) -> None:
        """On the first import of matplotlib: make its folder and point MPLCONFIGDIR at it."""
        del path, target
        if name != "matplotlib" or self.folder is not None:
            return
        import atexit  # noqa: PLC0415
        import shutil  # noqa: PLC0415
        import tempfile  # noqa: PLC0415

        self.folder = tempfile.mkdtemp(prefix="healer-matplotlib-")
        atexit.register(shutil.rmtree, self.folder, ignore_errors=True)
        os.environ["MPLCONFIGDIR"] = self.folder
        use_shipped_font_list()


if __name__ == "__main__":
    sys.meta_path.insert(0, MatplotlibConfig())  # type: ignore[arg-type]
    sys.exit(main())
