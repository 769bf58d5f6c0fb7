"""Schema for the 20-minute pause: its runs, the person's own words, each urge's outcome."""

from __future__ import annotations

from healer.storage.sqlcipher import Connection

# A run still open: not finished, not abandoned (it may be paused).
OPEN_RUN = "phase NOT IN ('finished', 'abandoned')"


def create_pause_tables(connection: Connection) -> None:
    """Migration step: urge columns on activation, soothing_run, soothing_preference."""
    # What happened to the urge lives on the episode itself, so the gap between feeling
    # and action can be charted from activations alone; the pause fills it in too.
    connection.execute(
        "ALTER TABLE activation ADD COLUMN urge_outcome TEXT CHECK (urge_outcome IS NULL"
        " OR urge_outcome IN ('at-once', 'after-pause', 'not-acted'))"
    )
    connection.execute(
        "ALTER TABLE activation ADD COLUMN urge_pause_seconds INTEGER CHECK"
        " (urge_pause_seconds IS NULL OR urge_pause_seconds BETWEEN 0 AND 604800)"
    )
    # The phase is checked by the domain, like the practice key. banked_seconds plus
    # running_since is how a running timer survives a lock, a restart or a suspend.
    connection.execute(
        """
        CREATE TABLE soothing_run (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            phase TEXT NOT NULL CHECK (length(phase) BETWEEN 1 AND 20),
            planned_seconds INTEGER NOT NULL CHECK (planned_seconds BETWEEN 300 AND 3600),
            started_at TEXT NOT NULL,
            timer_started_at TEXT,
            banked_seconds REAL NOT NULL DEFAULT 0 CHECK (banked_seconds >= 0),
            running_since TEXT,
            ended_at TEXT,
            intensity_before INTEGER
                CHECK (intensity_before IS NULL OR intensity_before BETWEEN 0 AND 10),
            intensity_after INTEGER
                CHECK (intensity_after IS NULL OR intensity_after BETWEEN 0 AND 10),
            urge_remains INTEGER CHECK (urge_remains IS NULL OR urge_remains IN (0, 1)),
            urge_outcome TEXT,
            urge_pause_seconds INTEGER,
            naming_statement TEXT NOT NULL DEFAULT '',
            need_draft TEXT NOT NULL DEFAULT '',
            activation_id INTEGER REFERENCES activation (id) ON DELETE SET NULL,
            finished_early INTEGER NOT NULL DEFAULT 0 CHECK (finished_early IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    connection.execute("CREATE INDEX soothing_run_started ON soothing_run (started_at)")
    connection.execute(
        "CREATE INDEX soothing_run_open ON soothing_run (started_at)"
        " WHERE phase NOT IN ('finished', 'abandoned')"
    )
    # The person's own words for the pause (naming statement, distraction list) are
    # journal text, so they live in the vault and never in QSettings.
    connection.execute(
        "CREATE TABLE soothing_preference (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
    )
