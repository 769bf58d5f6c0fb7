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
    PERSON = enum.auto()
    MOMENT = enum.auto()
    SUPPORT = enum.auto()  # saved self-checks and the questions for a therapist
    PRACTICE_PLAN = enum.auto()  # one practice for two weeks and its marked days


NOTHING = Change(0)

# What another program (healer-cli: log, settle, import) may have written: every record
# kind but drafts, which only the app itself keeps.
EXTERNAL = (
    Change.ACTIVATION
    | Change.CATEGORY
    | Change.PRACTICE
    | Change.PAUSE
    | Change.PART
    | Change.DIALOGUE
    | Change.PERSON
    | Change.MOMENT
    | Change.SUPPORT
    | Change.PRACTICE_PLAN
)
