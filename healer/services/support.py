"""Getting support (the support tab): saved self-checks, the therapist questions, the summary.

Saving, deleting or changing any of them announces Change.SUPPORT. The summary is read
from the other features' services and never written anywhere by this service: the page
shows, prints or saves it where the person chooses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from healer.domain.changes import Change
from healer.domain.summary import Summary, SummaryChoice
from healer.domain.support import Question, QuestionInput, SelfCheck, SelfCheckInput
from healer.services.background import INTERACTIVE, BackgroundReads, PendingRead
from healer.services.changes import ChangeNotifier
from healer.services.summary import SECTION_BUILDERS, SectionBuilder, SummarySources, build_summary
from healer.storage.support.questions import QuestionRepository
from healer.storage.support.self_checks import SelfCheckRepository
from healer.storage.vault import Vault


class SupportService:
    """Self-checks, questions and the summary for a therapist."""

    def __init__(
        self,
        vault: Vault,
        changes: ChangeNotifier,
        reads: BackgroundReads,
        sources: Callable[[], SummarySources],
    ) -> None:
        self._checks = SelfCheckRepository(vault)
        self._questions = QuestionRepository(vault)
        self._changes = changes
        self._reads = reads
        # Asked for on the first summary only: the charts service loads its modules then.
        self._sources = sources
        self.builders: list[SectionBuilder] = list(SECTION_BUILDERS)

    def save_check(self, content: SelfCheckInput) -> SelfCheck:
        """Keep a self-check with its date (only when the person asks)."""
        check = self._checks.add(content)
        self._changes.announce(Change.SUPPORT)
        return check

    def checks(self) -> list[SelfCheck]:
        """Every saved self-check, the oldest first."""
        return self._checks.all()

    def check(self, check_id: int) -> SelfCheck:
        """One saved self-check."""
        return self._checks.get(check_id)

    def delete_check(self, check_id: int) -> None:
        """Forget a saved self-check."""
        self._checks.delete(check_id)
        self._changes.announce(Change.SUPPORT)

    def questions(self) -> list[Question]:
        """The questions to ask a therapist, in the person's order."""
        return self._questions.all()

    def add_question(self, content: QuestionInput) -> Question:
        """Add a question at the end."""
        question = self._questions.add(content)
        self._changes.announce(Change.SUPPORT)
        return question

    def add_questions(self, texts: Sequence[str]) -> list[Question]:
        """Add several questions at once (the suggested ones), announced once."""
        added = [self._questions.add(QuestionInput(text)) for text in texts]
        self._changes.announce(Change.SUPPORT)
        return added

    def update_question(self, question_id: int, content: QuestionInput) -> Question:
        """Change a question's words, tick or place in the summary."""
        question = self._questions.update(question_id, content)
        self._changes.announce(Change.SUPPORT)
        return question

    def move_question(self, question_id: int, step: int) -> None:
        """Move a question up (-1) or down (+1)."""
        self._questions.move(question_id, step)
        self._changes.announce(Change.SUPPORT)

    def delete_question(self, question_id: int) -> None:
        """Remove a question."""
        self._questions.delete(question_id)
        self._changes.announce(Change.SUPPORT)

    def summary(self, choice: SummaryChoice) -> Summary:
        """The summary for a therapist over the chosen days, with what the person chose."""
        return build_summary(choice.validated(), self._sources(), self, self.builders)

    def request_summary(
        self,
        choice: SummaryChoice,
        receiver: QObject,
        on_done: Callable[[Summary], None],
        on_failed: Callable[[str], None] | None = None,
    ) -> PendingRead[Summary]:
        """summary() on the worker thread (a year of data reads in well under a second)."""
        return self._reads.submit(
            lambda: self.summary(choice),
            receiver=receiver,
            on_done=on_done,
            on_failed=on_failed,
            priority=INTERACTIVE,
        )
