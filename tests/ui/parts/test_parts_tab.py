"""The parts tab: history and search, parts met, resuming after a lock, links both ways."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from palettes import dark_palette
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, QUrl
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyleFactory,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.domain.clock import utc_now
from healer.domain.parts import STEPS, DialogueInput, DialogueQuery, DialogueStep, PartInput
from healer.services.session import Session
from healer.ui.common.dialogue_reader import DialogueReaderDialog
from healer.ui.journal.entry_dialog import EntryDialog
from healer.ui.journal.tab import JournalTab
from healer.ui.main_window import MainWindow
from healer.ui.parts.models import DialogueListModel, PartListModel
from healer.ui.parts.steps import TextStepPage
from healer.ui.parts.tab import PartsTab
from healer.ui.parts.wizard import CloseChoice, DialogueWizard
from healer.ui.tabs import TabSpec

MARKER = "otter-lantern-5521"
REAL_ASK_CLOSE = DialogueWizard.ask_close


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def widget_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return texts


@pytest.fixture(autouse=True)
def never_block_on_the_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """qtbot closes widgets after each test; a real modal question there would block."""
    monkeypatch.setattr(DialogueWizard, "ask_close", lambda _self: CloseChoice.KEEP)


@pytest.fixture
def tab(qtbot: QtBot, session: Session) -> Iterator[PartsTab]:
    page = PartsTab(session)
    qtbot.add_widget(page)
    page.resize(1100, 700)
    page.show()
    yield page
    if page.wizard is not None:
        page.wizard._autosave.stop()


def _finished(session: Session, **fields: object) -> int:
    content = DialogueInput(started_at=fields.pop("started_at", utc_now()), **fields)  # type: ignore[arg-type]
    return session.parts.finish_dialogue(None, content).id


def test_the_history_lists_dialogues_and_the_reader_shows_them_as_typed(
    qtbot: QtBot, session: Session, tab: PartsTab
) -> None:
    assert tab.empty_label.isVisible()
    first = _finished(session, answer="I'm here.\n  Always.", new_part_name="Little one", age="5")
    qtbot.wait_until(lambda: tab.dialogue_model.rowCount() == 1)
    assert not tab.empty_label.isVisible()
    tab.dialogue_list.setCurrentIndex(tab.dialogue_model.index(0))
    assert tab.selected_dialogue() is not None
    assert tab.selected_dialogue().id == first
    shown = tab.reader.toPlainText()
    assert "Little one" in shown
    assert "I'm here." in shown
    assert "About 5" in shown
    assert "Always." in shown
    assert not tab.reopen_button.isVisible()


def test_search_finds_dialogues_by_their_words(
    qtbot: QtBot, session: Session, tab: PartsTab
) -> None:
    _finished(session, fear="the train leaving without me")
    _finished(session, need="a warm drink", started_at=utc_now() - timedelta(days=1))
    qtbot.wait_until(lambda: tab.dialogue_model.rowCount() == 2)
    tab.focus_search()
    qtbot.keyClicks(tab.search_edit, "train")
    assert tab.dialogue_model.rowCount() == 1
    assert "train" in tab.dialogue_model.dialogue_at(0).content.fear  # type: ignore[union-attr]
    tab.search_edit.setText("nothing-like-this")
    assert tab.dialogue_model.rowCount() == 0
    assert tab.empty_label.isVisible()
    tab.search_edit.clear()
    assert tab.dialogue_model.rowCount() == 2


def test_parts_met_show_details_and_their_dialogues_over_time(
    qtbot: QtBot, session: Session, tab: PartsTab
) -> None:
    _finished(session, new_part_name="Watcher", started_at=utc_now() - timedelta(days=9))
    _finished(session, new_part_name="watcher", answer="again")
    session.parts.add_part(PartInput("Quiet one"))
    qtbot.wait_until(lambda: tab.part_model.rowCount() == 2)
    tab.sections.setCurrentIndex(1)
    assert tab.part_model.part_at(0).content.name == "Watcher"  # type: ignore[union-attr]
    tab.part_list.setCurrentIndex(tab.part_model.index(0))
    assert tab.part_dialogue_model.rowCount() == 2
    tab.parts_met.dialogue_list.activated.emit(tab.part_dialogue_model.index(0))
    (reader,) = tab.findChildren(DialogueReaderDialog)
    assert "again" in reader.reader.toPlainText()  # the newest first
    reader.close()
    panel = tab.part_panel
    panel.fear_edit.setPlainText("being left behind")
    panel.helps_edit.setPlainText("a hand on the chest")
    panel.age_combo.setCurrentIndex(panel.age_combo.findData("7"))
    assert panel.save()
    part = session.parts.parts()[0]
    assert (part.content.usual_fear, part.content.what_helps, part.content.typical_age) == (
        "being left behind",
        "a hand on the chest",
        "7",
    )
    panel.name_edit.setText("Quiet one")  # a name met before is refused, nothing lost
    assert not panel.save()
    assert panel.problem.text()
    assert panel.fear_edit.toPlainText() == "being left behind"


def test_begin_from_the_tab_and_the_new_dialogue_appears(
    qtbot: QtBot, session: Session, tab: PartsTab
) -> None:
    tab.begin_button.click()
    wizard = tab.wizard
    assert isinstance(wizard, DialogueWizard)
    assert tab.new_entry() is wizard  # only one at a time
    while wizard.current_step() is not DialogueStep.NEED:
        wizard.next()
    page = wizard.pages[DialogueStep.NEED]
    assert isinstance(page, TextStepPage)
    page.edit.setPlainText("to be held")
    while wizard.current_step() is not DialogueStep.CLOSE:
        wizard.next()
    with qtbot.wait_signal(tab.status_message):
        wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.wait_until(lambda: tab.wizard is None)
    assert tab.dialogue_model.rowCount() == 1
    assert "to be held" in tab.reader.toPlainText()


class _PacerStandIn(QLabel):
    """Stands in for the regulate tab: records which pacer it was asked for."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__("breathe", parent)
        self.calls: list[str] = []

    def show_pacer(self) -> None:
        self.calls.append("show_pacer")

    def show_pacer_window(self) -> None:
        self.calls.append("show_pacer_window")


def _window(qtbot: QtBot, session: Session) -> MainWindow:
    def stand_in(_session: Session, parent: QWidget | None) -> QWidget:
        return _PacerStandIn(parent)

    tabs = (
        TabSpec("regulate", lambda: "Regulate", stand_in),
        TabSpec("parts", lambda: "Parts", lambda s, p: PartsTab(s, p)),
    )
    window = MainWindow(session, tabs)
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    return window


def test_the_pacer_link_switches_to_the_regulate_tab(qtbot: QtBot, session: Session) -> None:
    window = _window(qtbot, session)
    page = window.show_tab("parts")
    assert isinstance(page, PartsTab)
    wizard = page.new_entry()
    wizard.pages[DialogueStep.SETTLE].pacer_link.linkActivated.emit("pacer")  # type: ignore[attr-defined]
    assert window.tab_widget.currentIndex() == 0
    regulate = window.built_pages["regulate"]
    assert isinstance(regulate, _PacerStandIn)
    # The wizard stays above the main window: the pacer comes in a window of its own.
    assert regulate.calls == ["show_pacer_window"]
    window.lock()


def test_the_pacer_link_opens_the_real_pacer_in_front_of_the_wizard(
    qtbot: QtBot, session: Session
) -> None:
    from healer.domain.practice import PracticeKind
    from healer.ui.regulate.tab import RegulateTab

    tabs = (
        TabSpec("regulate", lambda: "Regulate", lambda s, p: RegulateTab(s, p)),
        TabSpec("parts", lambda: "Parts", lambda s, p: PartsTab(s, p)),
    )
    window = MainWindow(session, tabs)
    qtbot.add_widget(window)
    with qtbot.wait_exposed(window):
        window.show()
    regulate = window.page("regulate")
    assert isinstance(regulate, RegulateTab)
    regulate.show_practice(PracticeKind.ORIENTING)
    page = window.show_tab("parts")
    assert isinstance(page, PartsTab)
    wizard = page.new_entry()
    wizard.pages[DialogueStep.SETTLE].pacer_link.linkActivated.emit("pacer")  # type: ignore[attr-defined]
    pacer_window = regulate.pacer_page.full_screen
    assert pacer_window is not None
    qtbot.add_widget(pacer_window)
    assert pacer_window.isVisible()
    assert not pacer_window.isFullScreen()
    assert pacer_window.pacer.controller is regulate.pacer_page.controller
    assert regulate.stack.currentWidget() is regulate.pacer_page
    qtbot.wait_until(lambda: QApplication.activeWindow() is pacer_window)
    pacer_window.close()
    wizard.close()
    window.lock()


def test_lock_keeps_the_unfinished_dialogue_and_it_continues_after_unlock(
    qtbot: QtBot, vault_path: Path
) -> None:
    session = Session.unlock(vault_path, PASSPHRASE)
    window = _window(qtbot, session)
    page = window.show_tab("parts")
    assert isinstance(page, PartsTab)
    wizard = page.new_entry()
    wizard.next()
    notice = wizard.pages[DialogueStep.NOTICE]
    assert isinstance(notice, TextStepPage)
    qtbot.keyClicks(notice.edit, MARKER)
    wizard.next()
    wizard.next()
    fear = wizard.pages[DialogueStep.FEAR]
    assert isinstance(fear, TextStepPage)
    qtbot.keyClicks(fear.edit, "left alone")  # typed just now: no autosave has run yet

    with qtbot.wait_signal(window.locked):
        window.lock_action.trigger()
    flush_deletes()
    assert not shiboken6.isValid(wizard)
    texts = [
        t for w in QApplication.topLevelWidgets() if shiboken6.isValid(w) for t in widget_texts(w)
    ]
    assert not any(MARKER in text for text in texts)

    window.attach_session(Session.unlock(vault_path, PASSPHRASE))
    rebuilt = window.show_tab("parts")
    assert isinstance(rebuilt, PartsTab)
    assert not rebuilt.unfinished.isHidden()  # the window itself stays hidden until shown
    rebuilt.continue_button.click()
    resumed = rebuilt.wizard
    assert isinstance(resumed, DialogueWizard)
    assert resumed.current_step() is DialogueStep.FEAR
    assert resumed.content().fear == "left alone"
    resumed.back()
    resumed.back()
    assert resumed.current_step() is DialogueStep.NOTICE
    assert resumed.content().notice == MARKER
    window.lock()


def test_an_entry_links_to_its_dialogues_and_a_dialogue_back_to_its_entry(
    qtbot: QtBot, session: Session, tab: PartsTab
) -> None:
    episode = session.journal.log(
        ActivationInput(trigger="no reply", intensity=6, started_at=utc_now())
    )
    _finished(session, answer="I stay with you", activation_id=episode.id)
    entry = EntryDialog(session, session.journal.get(episode.id))
    qtbot.add_widget(entry)
    entry.show()
    assert entry.dialogue_links.isVisible()
    href = entry.dialogue_links.text().split('href="')[1].split('"')[0]
    entry.dialogue_links.linkActivated.emit(href)
    readers = entry.findChildren(DialogueReaderDialog)
    assert readers
    assert "I stay with you" in readers[0].reader.toPlainText()
    entry.reject()

    qtbot.wait_until(lambda: tab.dialogue_model.rowCount() == 1)
    tab.dialogue_list.setCurrentIndex(tab.dialogue_model.index(0))
    assert "About the activation of" in tab.reader.toPlainText()
    with (
        qtbot.wait_signal(tab.reader.activation_requested) as asked,
        qtbot.wait_signal(tab.entry_requested) as passed_on,
    ):
        tab.reader.anchorClicked.emit(QUrl(f"activation:{episode.id}"))
    assert asked.args == [episode.id]
    assert passed_on.args == [episode.id]


def test_the_main_window_opens_the_entry_a_dialogue_links_to(
    qtbot: QtBot, session: Session
) -> None:
    episode = session.journal.log(
        ActivationInput(trigger="no reply", intensity=6, started_at=utc_now())
    )
    _finished(session, answer="I stay with you", activation_id=episode.id)
    tabs = (
        TabSpec("journal", lambda: "Journal", lambda s, p: JournalTab(s, p)),
        TabSpec("parts", lambda: "Parts", lambda s, p: PartsTab(s, p)),
    )
    window = MainWindow(session, tabs)
    qtbot.add_widget(window)
    window.show()
    page = window.show_tab("parts")
    assert isinstance(page, PartsTab)
    qtbot.wait_until(lambda: page.dialogue_model.rowCount() == 1)
    page.dialogue_list.setCurrentIndex(page.dialogue_model.index(0))
    page.reader.anchorClicked.emit(QUrl(f"activation:{episode.id}"))
    opened = window.page("journal").findChildren(EntryDialog)
    assert opened
    assert opened[0].prompt_edits["trigger"].toPlainText() == "no reply"
    opened[0].reject()
    window.lock()


def test_an_entry_without_dialogues_shows_no_link_line(qtbot: QtBot, session: Session) -> None:
    episode = session.journal.log(ActivationInput(trigger="x", intensity=2, started_at=utc_now()))
    entry = EntryDialog(session, session.journal.get(episode.id))
    qtbot.add_widget(entry)
    entry.show()
    assert not entry.dialogue_links.isVisible()
    entry.reject()


def test_the_list_models_pass_the_model_tester(qtmodeltester, session: Session) -> None:  # type: ignore[no-untyped-def]
    _finished(session, answer="one", new_part_name="A")
    session.parts.keep_dialogue(None, DialogueInput(started_at=utc_now(), fear="two"))
    dialogues = DialogueListModel()
    dialogues.set_dialogues(session.parts.dialogues())
    qtmodeltester.check(dialogues)
    parts = PartListModel()
    parts.set_parts(session.parts.parts())
    qtmodeltester.check(parts)
    assert "unfinished" in dialogues.data(
        dialogues.index(
            dialogues.row_of(session.parts.dialogues(DialogueQuery(unfinished=True))[0].id)
        )
    )


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_every_step_renders_on_the_palette_it_is_given(
    qtbot: QtBot, session: Session, tmp_path: Path, mode: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_style, old_palette = app.style().name(), app.palette()
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = dark_palette() if mode == "dark" else app.style().standardPalette()
    app.setPalette(palette)
    try:
        wizard = DialogueWizard(session)
        qtbot.add_widget(wizard)
        wizard.show()
        for number, step in enumerate(STEPS, start=1):
            assert wizard.current_step() is step
            QCoreApplication.processEvents()
            image = wizard.grab().toImage()
            image.save(str(tmp_path / f"{mode}-{number}-{step.value}.png"))
            corner = image.pixelColor(4, 4)
            assert corner == palette.color(QPalette.ColorRole.Window), step
            wizard.next()
        assert len(list(tmp_path.glob("*.png"))) == len(STEPS)
    finally:
        app.setPalette(old_palette)
        app.setStyle(QStyleFactory.create(old_style))


def test_a_lock_while_the_closing_question_is_open_keeps_the_draft(
    qtbot: QtBot, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(DialogueWizard, "ask_close", REAL_ASK_CLOSE)
    session = Session.unlock(vault_path, PASSPHRASE)
    window = _window(qtbot, session)
    page = window.show_tab("parts")
    assert isinstance(page, PartsTab)
    wizard = page.new_entry()
    wizard.next()
    notice = wizard.pages[DialogueStep.NOTICE]
    assert isinstance(notice, TextStepPage)
    notice.edit.setPlainText("a flutter in the belly")
    left_open: list[str] = []

    def close_leftover_question() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:  # the lock should have answered it; fail rather than hang
            left_open.append(type(box).__name__)
            box.close()

    def lock_now() -> None:  # the idle lock fires while the question waits
        window.lock()
        QTimer.singleShot(0, close_leftover_question)

    QTimer.singleShot(0, lock_now)
    wizard.reject()
    assert left_open == []
    assert window.session is None
    flush_deletes()
    assert not shiboken6.isValid(wizard)
    reopened = Session.unlock(vault_path, PASSPHRASE)
    try:
        (kept,) = reopened.parts.dialogues(DialogueQuery(unfinished=True))
        assert kept.content.notice == "a flutter in the belly"
    finally:
        reopened.lock()


@pytest.mark.parametrize("confirmed", [True, False])
def test_a_dialogue_is_deleted_only_after_asking(
    qtbot: QtBot,
    session: Session,
    tab: PartsTab,
    monkeypatch: pytest.MonkeyPatch,
    confirmed: bool,
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(PartsTab, "ask_delete", lambda _self: asked.append(True) or confirmed)
    _finished(session, answer="to be let go")
    qtbot.wait_until(lambda: tab.dialogue_model.rowCount() == 1)
    assert not tab.delete_button.isEnabled()
    tab.dialogue_list.setCurrentIndex(tab.dialogue_model.index(0))
    assert tab.delete_button.isEnabled()
    tab.delete_button.click()
    assert asked == [True]
    assert len(session.parts.dialogues()) == (0 if confirmed else 1)
    assert tab.dialogue_model.rowCount() == (0 if confirmed else 1)


def test_a_part_counts_its_dialogues_in_words_not_in_brackets(session: Session) -> None:
    part = session.parts.add_part(PartInput(name="The watcher"))
    start = utc_now() - timedelta(days=2)
    model = PartListModel()
    counts = []
    for day in range(2):
        session.parts.finish_dialogue(
            None,
            DialogueInput(
                started_at=start + timedelta(days=day), answer="I'm here", part_id=part.id
            ),
        )
        model.set_parts(session.parts.parts())
        counts.append(model.data(model.index(0)).splitlines()[1].split(" · ")[0])
    assert counts == ["1 dialogue", "2 dialogues"]


def test_long_names_wrap_in_the_list_and_the_empty_reader_says_what_to_do(
    qtbot: QtBot, tab: PartsTab, session: Session
) -> None:
    part = session.parts.add_part(PartInput(name="The one who waits by the window for a long time"))
    session.parts.finish_dialogue(
        None, DialogueInput(started_at=utc_now(), answer="I'm here", part_id=part.id)
    )
    tab.refresh()
    tab.resize(700, 500)
    qtbot.wait_until(lambda: tab.dialogue_model.rowCount() == 1)
    qtbot.wait(50)  # the list lays its items out on the next turns
    assert tab.dialogue_list.horizontalScrollBar().maximum() == 0
    assert tab.reader.toPlainText() == ""
    assert tab.reader.placeholderText() == "Choose a dialogue to read it again."
