"""The session notices what another connection (healer-cli) wrote: PRAGMA data_version."""

from __future__ import annotations

from pathlib import Path

from support import PASSPHRASE

from healer.domain.activation import ActivationInput
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.services.session import Session

MARKER = "written-by-the-cli-4821"


def test_the_session_notices_another_connections_write(vault_path: Path) -> None:
    session = Session.unlock(vault_path, PASSPHRASE)
    heard: list[object] = []
    session.changes.data_changed.connect(heard.append)
    session.journal.log(ActivationInput(trigger="own", intensity=4, started_at=utc_now()))
    heard.clear()
    assert not session.notice_external_changes(), "its own writes are not news"
    assert heard == []

    other = Session.unlock(vault_path, PASSPHRASE)
    other.journal.log(ActivationInput(trigger=MARKER, intensity=6, started_at=utc_now()))
    other.lock()
    changed = session.notice_external_changes()
    assert changed & Change.ACTIVATION
    assert heard == [changed]
    assert not session.notice_external_changes(), "said once, not at every activation"
    session.lock()
    assert not session.notice_external_changes()
