"""Fail the build when PyInstaller could not find a shared library that a bundled file needs.

PyInstaller only warns ("Library not found: could not resolve 'libxcb-icccm.so.4', dependency
of '…/libqxcb.so'") and exits 0; the bundle then cannot start under X11. A warning about a file
the spec trimmed away (the GTK3 theme plugin needs libgtk-3) is harmless, so each one is
checked against what actually landed in the bundle.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

NOT_RESOLVED = re.compile(
    r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'"
)
CTYPES_NOT_FOUND = re.compile(r"Library (\S+) required via ctypes not found")
# Windows libraries some packages look up through ctypes behind a platform check.
CTYPES_WINDOWS_ONLY = frozenset({"user32", "kernel32", "msvcrt", "ole32", "shell32"})


def _bundled(source: str, internal: Path) -> bool:
    """Whether the file PyInstaller analysed (by its source path) is in the bundle."""
    head, marker, rest = source.partition("site-packages/")
    if marker:
        return (internal / rest).exists()
    # Libraries from the system land at the top of _internal.
    return (internal / Path(head).name).exists()


def problems(log: str, bundle: Path) -> list[str]:
    """The missing libraries a bundled file needs, as readable lines (none means fine)."""
    internal = bundle / "_internal"
    found: list[str] = []
    for library, dependent in NOT_RESOLVED.findall(log):
        if _bundled(dependent, internal):
            found.append(f"{library} (needed by {Path(dependent).name}) was not found")
    for library in CTYPES_NOT_FOUND.findall(log):
        if library not in CTYPES_WINDOWS_ONLY:
            found.append(f"{library} (loaded through ctypes) was not found")
    return sorted(set(found))


def main() -> int:
    """Print what is missing from the bundle; exit 1 if anything is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path, help="PyInstaller's build log")
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/healer)")
    args = parser.parse_args()
    found = problems(args.log.read_text(encoding="utf-8", errors="replace"), args.bundle)
    for line in found:
        print(f"missing library: {line}", file=sys.stderr)
    if found:
        print(
            "Install the system packages that provide them (packaging/README.md lists the "
            "build machine's packages) and build again.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
