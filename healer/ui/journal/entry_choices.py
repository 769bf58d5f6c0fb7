"""The entry form's choices: the trigger category with its plan, and looking again once settled.

EntryDialog builds on this; the signals are connected there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot

from healer.domain.changes import Change
from healer.domain.errors import ValidationError
from healer.services.journal import shown_category
from healer.ui.common.autosave import Autosave
from healer.ui.journal.entry_form import EntryForm

_NO_CATEGORY = ""


class EntryChoices(EntryForm):
    """Category, plan and looking-again behaviour shared by the entry form's filling and saving."""

    _autosave: Autosave
    _plans: dict[str, str]

    def reload_categories(self, select: str | None = None) -> None:
        """Refill the category list, keeping (or choosing) a selection."""
        current = select if select is not None else self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("No category"), _NO_CATEGORY)
        self._plans = {}
        for category in self._session.journal.categories():
            self.category_combo.addItem(shown_category(category.name), category.name)
            self._plans[category.name] = category.plan
        found = self.category_combo.findData(current or _NO_CATEGORY)
        self.category_combo.setCurrentIndex(max(0, found))
        self.category_combo.blockSignals(False)
        self._show_plan()

    def _show_plan(self) -> None:
        name = str(self.category_combo.currentData() or "")
        self.plan_line.show_plan(name or None, self._plans.get(name, ""))

    @Slot()
    def _on_field_changed(self) -> None:
        self._autosave.changed()

    def _offer_looking_again(self, settled: bool) -> None:
        # Never while the episode is open: looking for other meanings comes once it has eased.
        self.looking_again_box.setVisible(settled)
        self.looking_again_box.setEnabled(settled)
        self.look_again_button.setVisible(settled)

    def show_looking_again(self) -> None:
        """Scroll the prompts to looking again and put the cursor there."""
        self.prompts_scroll.ensureWidgetVisible(self.looking_again_box)
        self.prompt_edits["looking_again"].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _on_category_combo_index_changed(self, index: int) -> None:
        del index
        self._show_plan()
        self._on_field_changed()

    @Slot(str)
    def _on_plan_line_plan_requested(self, category: str) -> None:
        from healer.ui.journal.plans_dialog import TriggerPlansDialog  # noqa: PLC0415 (on demand)

        dialog = TriggerPlansDialog(self._session, self, category=category)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & Change.CATEGORY and self._session.is_open:
            self.reload_categories()

    @Slot()
    def _on_look_again_button_clicked(self) -> None:
        self.show_looking_again()

    @Slot()
    def _on_new_category_button_clicked(self) -> None:
        self.new_category_edit.show()
        self.new_category_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_new_category_edit_return_pressed(self) -> None:
        self._errors["category"].hide()
        try:
            category = self._session.journal.add_category(self.new_category_edit.text())
        except ValidationError as error:
            self._errors["category"].setText(
                self.tr("Please look at this once more: %1").replace("%1", error.problem)
            )
            self._errors["category"].show()
            return
        self.new_category_edit.clear()
        self.new_category_edit.hide()
        self.reload_categories(select=category.name)
        self._on_field_changed()
        self.category_combo.setFocus(Qt.FocusReason.OtherFocusReason)
