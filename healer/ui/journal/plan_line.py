"""A calm line under a chosen trigger category: the person's plan for it, or a way to write one.

Signals:
    plan_requested(category): the person wants to write or change this category's plan.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from healer.ui.common.formatting import SHOWN_PLAN_CHARS, shortened


class PlanLine(QLabel):
    """Hidden with no category; with one, "Your plan: …" or an offer to write a plan."""

    plan_requested = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, shown_chars: int = SHOWN_PLAN_CHARS
    ) -> None:
        super().__init__(parent)
        self._shown_chars = shown_chars
        self._category = ""
        self.plan = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setAccessibleName(self.tr("Your plan for this trigger"))
        self.linkActivated.connect(self._on_link_activated)
        self.hide()

    @property
    def category(self) -> str:
        """The category the line is about ("" for none)."""
        return self._category

    def show_plan(self, category: str | None, plan: str) -> None:
        """Show the plan for a chosen category (hidden when none is chosen)."""
        self._category = category or ""
        self.plan = plan if category else ""
        if not category:
            self.clear()
            self.hide()
            return
        if plan:
            short = html.escape(shortened(plan, self._shown_chars))
            self.setText(
                self.tr('<b>Your plan:</b> %1 &nbsp;<a href="plan">Change…</a>').replace(
                    "%1", short
                )
            )
            self.setAccessibleDescription(shortened(plan))
        else:
            self.setText(
                self.tr('No plan for this trigger yet. &nbsp;<a href="plan">Write one…</a>')
            )
            self.setAccessibleDescription(self.tr("No plan for this trigger yet."))
        self.show()

    @Slot(str)
    def _on_link_activated(self, href: str) -> None:
        del href
        if self._category:
            self.plan_requested.emit(self._category)
