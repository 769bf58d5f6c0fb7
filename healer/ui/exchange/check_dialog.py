"""File ▸ Check the vault…: the integrity and encryption checks, with the result in plain words.

The check reads every page, so it runs on the worker thread with a moving bar. On damage
the dialog says what to do next, in order: stop writing, restore a backup, rescue the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from healer.domain.errors import Words
from healer.services.exchange import JobProblem
from healer.services.session import CheckReport, Session
from healer.ui.common.error_text import words_text
from healer.ui.exchange.busy import BusyRow, JobDialog, OutcomeLabel, column

# The check's own words are technical; a few are enough to hand to someone who can help.
SHOWN_PROBLEMS = 50


class CheckDialog(JobDialog):
    """Runs the vault check as soon as it opens; Check again repeats it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.report: CheckReport | None = None
        self.setWindowTitle(self.tr("Check the vault"))
        self.setAccessibleName(self.tr("Check the vault"))
        layout = column(self)
        intro = QLabel(
            self.tr(
                "Healer reads every page of your vault and checks that it is whole, that its "
                "encryption is intact, and that the search indexes match your entries. "
                "Nothing is changed. A large journal takes a little while."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.busy = BusyRow(self)
        layout.addWidget(self.busy)
        self.outcome = OutcomeLabel(self)
        layout.addWidget(self.outcome)
        self.next_steps = QLabel(self)
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.RichText)
        self.next_steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_steps.hide()
        layout.addWidget(self.next_steps)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What the check found"))
        self.details.hide()
        layout.addWidget(self.details, 1)
        layout.addStretch(0)
        buttons = QDialogButtonBox(self)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.again_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(580, 420)

    def start(self) -> None:
        """Run the check on the worker thread."""
        self.report = None
        self.outcome.clear_outcome()
        self.next_steps.hide()
        self.details.hide()
        self._set_busy(True)
        self._session.request_check(
            receiver=self, on_done=self._on_checked, on_problem=self._on_problem
        )

    def _on_checked(self, report: CheckReport) -> None:
        self._set_busy(False)
        self.report = report
        if report.ok:
            text = self.tr(
                "Your vault is healthy: every page is whole, the encryption checks passed "
                "and the search indexes match your entries."
            )
            if report.skipped:
                text = self.tr(
                    "Your vault is healthy: every page is whole and the encryption checks "
                    "passed. Not checked: %1."
                ).replace("%1", ", ".join(words_text(Words(part)) for part in report.skipped))
            self.outcome.say(text)
            return
        count = len(report.problems)
        self.outcome.say(
            self.tr("The check found damage in your vault (%n problems).", "", count),
            problem=True,
        )
        self.next_steps.setText(self._what_to_do())
        self.next_steps.show()
        shown = report.problems[:SHOWN_PROBLEMS]
        more = count - len(shown)
        lines = [*shown, self.tr("… %n more", "", more)] if more > 0 else shown
        self.details.setPlainText("\n".join(lines))
        self.details.show()

    def _what_to_do(self) -> str:
        return self.tr(
            "<p><b>What to do next</b></p><ol>"
            "<li>Add nothing new for now: Healer keeps a damaged vault read-only so "
            "nothing more is lost.</li>"
            "<li>Restore your most recent backup: <b>File ▸ Restore from a backup…</b></li>"
            "<li>No backup? Save every entry that can still be read with the command "
            "<code>healer-cli export --rescue -o rescued.json</code> in a terminal. "
            "That file is not encrypted: keep it private.</li></ol>"
        )

    def _on_problem(self, problem: JobProblem) -> None:
        self._set_busy(False)
        self.outcome.say(
            self.tr("The check could not finish: %1").replace("%1", words_text(problem.words)),
            problem=True,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy_now = busy
        # The check holds the vault while it reads: the window waits for it either way.
        self.again_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Checking every page…"))
        else:
            self.busy.stop()
            self.close_button.setFocus()  # Check again was disabled, and focus with it
