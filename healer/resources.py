"""The one place that finds Healer's data files (help texts, later icons and translations)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from healer.appinfo import APP_ID

# Inside a wheel or a PyInstaller bundle the top-level resources/ folder is shipped as
# healer/_resources (see [tool.hatch.build.targets.wheel.force-include] in pyproject.toml).
_PACKAGED = Path(__file__).resolve().parent / "_resources"
# In an editable checkout it sits beside the package.
_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


class ResourceMissingError(LookupError):
    """A data file the app needs is not installed: a packaging bug, not a user error."""


def _candidates() -> list[Path]:
    folders = [_PACKAGED, _CHECKOUT]
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        folders.insert(0, Path(bundle) / "healer" / "_resources")
    return folders


@cache
def resource_root() -> Path:
    """The folder holding the resources, wherever this copy of Healer was installed from."""
    for folder in _candidates():
        if (folder / "help").is_dir():
            return folder
    searched = ", ".join(str(folder) for folder in _candidates())
    raise ResourceMissingError(f"Healer's resource files are missing (looked in {searched}).")


def resource_path(*parts: str) -> Path:
    """The path of one resource file, given as path parts below the resource folder."""
    path = resource_root().joinpath(*parts)
    if not path.is_file():
        raise ResourceMissingError(f"Missing resource file: {'/'.join(parts)}")
    return path


def app_icon_path() -> Path:
    """The app icon's SVG master; the hicolor PNG sizes for desktop menus sit beside it."""
    return resource_path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")


def help_text(topic: str, language: str = "en") -> str:
    """A help page as HTML, in the given language when translated, else in English."""
    for candidate in (language, language.split("_", maxsplit=1)[0], "en"):
        path = resource_root() / "help" / candidate / f"{topic}.html"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise ResourceMissingError(f"Missing help page: {topic}")
