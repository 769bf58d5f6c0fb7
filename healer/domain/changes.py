"""What a write changed: one flag per record kind, combined with `|`."""

from __future__ import annotations

import enum


class Change(enum.Flag):
    """The record kinds a write touched; each view decides whether it must refresh."""

    ACTIVATION = enum.auto()
    CATEGORY = enum.auto()
    DRAFT = enum.auto()
    PRACTICE = enum.auto()
    PAUSE = enum.auto()
    PART = enum.auto()
    DIALOGUE = enum.auto()


NOTHING = Change(0)
