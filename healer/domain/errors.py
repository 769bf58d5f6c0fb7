"""Errors a person can fix, kept apart from bugs; messages never quote journal text."""

from __future__ import annotations


class HealerError(Exception):
    """A problem caused by input or circumstances, with a message safe to show."""


class ValidationError(HealerError):
    """A value that breaks a rule of the record it belongs to."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
