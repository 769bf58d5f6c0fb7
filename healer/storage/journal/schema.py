"""The journal's tables: categories, activations, their search, drafts and sort indexes."""

from __future__ import annotations

from healer.domain.category import DEFAULT_CATEGORIES
from healer.domain.clock import format_stored, utc_now
from healer.storage.fts_schema import create_search_index, drop_search_index
from healer.storage.sqlcipher import Connection


def create_core_tables(connection: Connection) -> None:
    """Migration step: category (with the built-in names) and activation."""
    connection.execute(
        """
        CREATE TABLE category (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
                CHECK (length(trim(name)) BETWEEN 1 AND 60),
            builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
            created_at TEXT NOT NULL
        )
        """
    )
    connection.execute(
        """
        CREATE TABLE activation (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            started_at TEXT NOT NULL,
            settled_at TEXT CHECK (settled_at IS NULL OR settled_at >= started_at),
            intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
            trigger_text TEXT NOT NULL CHECK (length(trim(trigger_text)) > 0),
            body_text TEXT NOT NULL DEFAULT '',
            story_text TEXT NOT NULL DEFAULT '',
            urge_text TEXT NOT NULL DEFAULT '',
            did_text TEXT NOT NULL DEFAULT '',
            after_text TEXT NOT NULL DEFAULT '',
            category_id INTEGER REFERENCES category (id) ON DELETE SET NULL,
            person TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    connection.execute("CREATE INDEX activation_started ON activation (started_at)")
    connection.execute("CREATE INDEX activation_category ON activation (category_id, started_at)")
    connection.execute(
        "CREATE INDEX activation_open ON activation (started_at) WHERE settled_at IS NULL"
    )
    now = format_stored(utc_now())
    connection.executemany(
        "INSERT INTO category (name, builtin, created_at) VALUES (?, 1, ?)",
        [(name, now) for name in DEFAULT_CATEGORIES],
    )


def create_activation_search(connection: Connection) -> None:
    """Migration step: the full-text index over the six prompts and the person."""
    create_search_index(
        connection,
        "activation",
        (
            "trigger_text",
            "body_text",
            "story_text",
            "urge_text",
            "did_text",
            "after_text",
            "person",
        ),
    )
    connection.execute("INSERT INTO activation_fts (activation_fts) VALUES ('rebuild')")


def add_looking_again(connection: Connection) -> None:
    """Migration step: the seventh field, looking again once settled, and its search.

    The search index is made again over the seven texts and the person, then rebuilt
    from the rows, so every entry written before stays findable.
    """
    connection.execute(
        "ALTER TABLE activation ADD COLUMN looking_again_text TEXT NOT NULL DEFAULT ''"
    )
    drop_search_index(connection, "activation")
    create_search_index(
        connection,
        "activation",
        (
            "trigger_text",
            "body_text",
            "story_text",
            "urge_text",
            "did_text",
            "after_text",
            "person",
            "looking_again_text",
        ),
    )
    connection.execute("INSERT INTO activation_fts (activation_fts) VALUES ('rebuild')")


def create_trigger_plans(connection: Connection) -> None:
    """Migration step: a plan for a trigger category ("When this happens, I will …")."""
    connection.execute(
        """
        CREATE TABLE trigger_plan (
            id INTEGER PRIMARY KEY,
            category_id INTEGER NOT NULL UNIQUE REFERENCES category (id) ON DELETE CASCADE,
            plan_text TEXT NOT NULL CHECK (length(trim(plan_text)) > 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    create_search_index(connection, "trigger_plan", ("plan_text",))


# The journal table sorts by these expressions; each index ends in the rowid, so
# (key, id) is a total order that pages can be cut from in either direction.
DURATION_SQL = "(unixepoch(settled_at) - unixepoch(started_at))"


def create_drafts_and_table_support(connection: Connection) -> None:
    """Migration step: entry drafts, the running count and the journal table's sort indexes."""
    connection.execute(
        """
        CREATE TABLE entry_draft (
            slot TEXT PRIMARY KEY,
            activation_id INTEGER REFERENCES activation (id) ON DELETE CASCADE,
            fields TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    # A one-row running count, so the journal table learns its size without a scan.
    connection.execute(
        """
        CREATE TABLE activation_stats (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            total INTEGER NOT NULL CHECK (total >= 0)
        )
        """
    )
    connection.execute(
        "INSERT INTO activation_stats (id, total) SELECT 1, count(*) FROM activation"
    )
    connection.execute(
        """
        CREATE TRIGGER activation_stats_insert AFTER INSERT ON activation BEGIN
            UPDATE activation_stats SET total = total + 1 WHERE id = 1;
        END
        """
    )
    connection.execute(
        """
        CREATE TRIGGER activation_stats_delete AFTER DELETE ON activation BEGIN
            UPDATE activation_stats SET total = total - 1 WHERE id = 1;
        END
        """
    )
    connection.execute(
        "CREATE INDEX activation_trigger_order ON activation (trigger_text COLLATE NOCASE)"
    )
    connection.execute(
        "CREATE INDEX activation_intensity_order ON activation (intensity, started_at)"
    )
    connection.execute(
        f"CREATE INDEX activation_duration_order ON activation ({DURATION_SQL}, started_at)"
    )


def allow_unrated_intensity(connection: Connection) -> None:
    """Migration step: intensity may be NULL ("not rated yet") instead of a made-up number.

    SQLite cannot drop a CHECK, so the table is rebuilt the documented way (new table,
    copy, drop, rename), then its indexes and triggers (search index, running count) are
    made again from their stored definitions. The migration runs it with foreign keys off,
    so the rows that point at activations are left alone, and checks them before commit.
    """
    kept = connection.execute(
        "SELECT sql FROM sqlite_schema WHERE tbl_name = 'activation'"
        " AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    connection.execute(
        """
        CREATE TABLE activation_new (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            started_at TEXT NOT NULL,
            settled_at TEXT CHECK (settled_at IS NULL OR settled_at >= started_at),
            intensity INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 0 AND 10),
            trigger_text TEXT NOT NULL CHECK (length(trim(trigger_text)) > 0),
            body_text TEXT NOT NULL DEFAULT '',
            story_text TEXT NOT NULL DEFAULT '',
            urge_text TEXT NOT NULL DEFAULT '',
            did_text TEXT NOT NULL DEFAULT '',
            after_text TEXT NOT NULL DEFAULT '',
            category_id INTEGER REFERENCES category (id) ON DELETE SET NULL,
            person TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            urge_outcome TEXT CHECK (urge_outcome IS NULL
                OR urge_outcome IN ('at-once', 'after-pause', 'not-acted')),
            urge_pause_seconds INTEGER CHECK
                (urge_pause_seconds IS NULL OR urge_pause_seconds BETWEEN 0 AND 604800)
        )
        """
    )
    columns = ", ".join(_ACTIVATION_COLUMNS)
    connection.execute(f"INSERT INTO activation_new ({columns}) SELECT {columns} FROM activation")
    connection.execute("DROP TABLE activation")
    connection.execute("ALTER TABLE activation_new RENAME TO activation")
    for (sql,) in kept:
        connection.execute(sql)


_ACTIVATION_COLUMNS = (
    "id",
    "uid",
    "started_at",
    "settled_at",
    "intensity",
    "trigger_text",
    "body_text",
    "story_text",
    "urge_text",
    "did_text",
    "after_text",
    "category_id",
    "person",
    "created_at",
    "updated_at",
    "urge_outcome",
    "urge_pause_seconds",
)
