"""The entry form's urge outcome: saved beside the entry, shown again, kept in a draft."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.draft import NEW_ENTRY_SLOT
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.services.session import Session
from healer.ui.journal.entry_dialog import EntryDialog


def _choose(dialog: EntryDialog, outcome: UrgeOutcome) -> None:
    combo = dialog.urge_field.outcome_combo
    combo.setCurrentIndex(combo.findData(outcome.value))


def test_a_pause_and_its_length_are_saved_with_a_new_entry(qtbot: QtBot, session: Session) -> None:
    dialog = EntryDialog(session)
    qtbot.add_widget(dialog)
    qtbot.keyClicks(dialog.prompt_edits["trigger"], "read receipt, no reply")
    assert not dialog.urge_field.pause_spin.isVisibleTo(dialog)
    _choose(dialog, UrgeOutcome.AFTER_PAUSE)
    assert dialog.urge_field.pause_spin.isVisibleTo(dialog)
    dialog.urge_field.pause_spin.setValue(35)
    with qtbot.wait_signal(dialog.saved) as saved:
        dialog.save_button.click()
    activation_id = saved.args[0]
    assert session.pause.urge_outcome(activation_id) == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 35 * 60)


def test_editing_shows_the_stored_outcome_and_can_clear_it(qtbot: QtBot, session: Session) -> None:
    activation = session.journal.log(
        ActivationInput(
            trigger="call cut short",
            intensity=6,
            started_at=utc_now(),
            urge_outcome=UrgeRecord(UrgeOutcome.AT_ONCE),
        )
    )
    dialog = EntryDialog(session, activation)
    qtbot.add_widget(dialog)
    assert dialog.urge_field.value() == UrgeRecord(UrgeOutcome.AT_ONCE)
    _choose(dialog, UrgeOutcome.NOT_ACTED)
    dialog.save_button.click()
    assert session.pause.urge_outcome(activation.id) == UrgeRecord(UrgeOutcome.NOT_ACTED)

    again = EntryDialog(session, session.journal.get(activation.id))
    qtbot.add_widget(again)
    again.urge_field.outcome_combo.setCurrentIndex(0)  # "Not noted"
    again.save_button.click()
    assert session.pause.urge_outcome(activation.id) is None


def test_the_outcome_survives_in_a_draft(qtbot: QtBot, session: Session) -> None:
    dialog = EntryDialog(session)
    qtbot.add_widget(dialog)
    qtbot.keyClicks(dialog.prompt_edits["trigger"], "plans changed late")
    _choose(dialog, UrgeOutcome.AFTER_PAUSE)
    dialog.urge_field.pause_spin.setValue(12)
    dialog.keep_button.click()
    draft = session.journal.draft(NEW_ENTRY_SLOT)
    assert draft is not None
    assert draft.fields["urge_outcome"] == "after-pause"
    reopened = EntryDialog(session)
    qtbot.add_widget(reopened)
    assert reopened.urge_field.value() == UrgeRecord(UrgeOutcome.AFTER_PAUSE, 12 * 60)
