"""Check that the desktop file, metainfo, icons and version all agree with healer/appinfo.py."""

from __future__ import annotations

import argparse
import configparser
import struct
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from healer.appinfo import APP_ID, VERSION

REPO = Path(__file__).resolve().parent.parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (no imaging library needed)."""
    header = path.read_bytes()[:24]
    if header[:8] != PNG_SIGNATURE:
        raise ValueError(f"{path} is not a PNG")
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def _desktop_problems(path: Path) -> list[str]:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # desktop-file keys are case-sensitive
    desktop.read(path, encoding="utf-8")
    entry = desktop["Desktop Entry"]
    found = []
    if entry.get("Icon") != APP_ID:
        found.append(f"desktop Icon={entry.get('Icon')!r}, want {APP_ID!r}")
    if "Utility" not in entry.get("Categories", "").split(";"):
        found.append("desktop Categories lacks Utility")
    return found


def _metainfo_problems(path: Path) -> list[str]:
    root = ET.parse(path).getroot()  # noqa: S314 (our own file, from the checkout)
    release = root.find("releases/release")
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    checks = {
        "metainfo <id>": (root.findtext("id"), APP_ID),
        "metainfo <launchable>": (root.findtext("launchable"), f"{APP_ID}.desktop"),
        "metainfo <icon>": (root.findtext("icon"), APP_ID),
        "newest metainfo release": (None if release is None else release.get("version"), VERSION),
        "pyproject version": (pyproject["project"]["version"], VERSION),
    }
    found = [
        f"{name} is {actual!r}, want {wanted!r}"
        for name, (actual, wanted) in checks.items()
        if actual != wanted
    ]
    # No <screenshots> or <url> yet: they need real public addresses, which do not exist.
    for tag in ("description", "developer/name", "content_rating", "releases/release"):
        if root.find(tag) is None:
            found.append(f"metainfo lacks <{tag}>")
    return found


def _icon_problems(icons: Path) -> list[str]:
    found = []
    if not (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file():
        found.append("missing the scalable SVG icon")
    for size in ICON_SIZES:
        png = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if not png.is_file():
            found.append(f"missing {size}x{size} icon")
        elif png_size(png) != (size, size):
            found.append(f"{png.name} at {size}x{size} is really {png_size(png)}")
    return found


def problems(share: Path) -> list[str]:
    """Everything that disagrees, for a share/ tree laid out as the packages install it."""
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    missing = [f"missing {path}" for path in (desktop, metainfo) if not path.is_file()]
    if missing:
        return missing
    return (
        _desktop_problems(desktop)
        + _metainfo_problems(metainfo)
        + _icon_problems(share / "icons" / "hicolor")
    )


def main() -> int:
    """Print each disagreement; exit 1 if there is any."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("share", type=Path, help="a share/ tree (applications, metainfo, icons)")
    found = problems(parser.parse_args().share)
    for problem in found:
        print(f"metadata: {problem}")
    if not found:
        print(f"metadata: app id {APP_ID} and version {VERSION} agree everywhere")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
