"""The tables for relationships: person, moment and its search, and entries linked to people."""

from __future__ import annotations

from healer.storage.fts_schema import create_search_index
from healer.storage.sqlcipher import Connection

# A version-4 UUID made inside SQLite, for people added by a trigger (a name typed in an
# entry) or by the migration: they need an export uid like every other record.
UUID_SQL = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'"
    " || substr(hex(randomblob(2)), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)"
    " || '-' || hex(randomblob(6)))"
)
_NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

ROLE_VALUES = ("partner", "friend", "family", "therapist", "group", "mentor", "other")
RESPONSE_VALUES = ("met-with-care", "partly-met", "missed", "hurt")
DELIVERY_VALUES = ("need", "demand-or-test")


def _sql_list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def create_people_tables(connection: Connection) -> None:
    """Migration step: people, moments, the entries' link, and today's names turned into people.

    An entry is linked to the person whose name (any case) it holds in `activation.person`,
    which search, export and the command line already read; renaming a person rewrites
    that name in their entries. A trigger adds the person when an entry names someone new.
    Every distinct name already typed becomes a person (names differing only in case are
    one person), so nothing typed is lost.
    """
    connection.execute(
        f"""
        CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
                CHECK (length(trim(name)) BETWEEN 1 AND 200),
            role TEXT NOT NULL DEFAULT 'other' CHECK (role IN ({_sql_list(ROLE_VALUES)})),
            notes TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            signal_dismissed_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    connection.execute(
        f"""
        CREATE TABLE moment (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            happened_at TEXT NOT NULL,
            person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
            shared_text TEXT NOT NULL DEFAULT '',
            delivery TEXT CHECK (delivery IS NULL OR delivery IN ({_sql_list(DELIVERY_VALUES)})),
            response TEXT NOT NULL CHECK (response IN ({_sql_list(RESPONSE_VALUES)})),
            feeling_before INTEGER
                CHECK (feeling_before IS NULL OR feeling_before BETWEEN 0 AND 10),
            feeling_after INTEGER
                CHECK (feeling_after IS NULL OR feeling_after BETWEEN 0 AND 10),
            activation_id INTEGER REFERENCES activation (id) ON DELETE SET NULL,
            pause_id INTEGER REFERENCES soothing_run (id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    connection.execute("CREATE INDEX moment_happened ON moment (happened_at)")
    connection.execute("CREATE INDEX moment_person ON moment (person_id, happened_at)")
    connection.execute(
        "CREATE INDEX moment_activation ON moment (activation_id) WHERE activation_id IS NOT NULL"
    )
    connection.execute("CREATE INDEX moment_pause ON moment (pause_id) WHERE pause_id IS NOT NULL")
    create_search_index(connection, "moment", ("shared_text",))
    # Unfinished moment forms, kept like entry drafts: one row per form, text only.
    connection.execute(
        """
        CREATE TABLE moment_draft (
            slot TEXT PRIMARY KEY,
            fields TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    connection.execute(
        "CREATE INDEX activation_person ON activation (person COLLATE NOCASE, started_at)"
        " WHERE person <> ''"
    )
    # The app always trimmed names; rows written otherwise are trimmed so they link.
    connection.execute("UPDATE activation SET person = trim(person) WHERE person <> trim(person)")
    # The earliest spelling of a name wins when several differ only in case.
    connection.execute(
        f"""
        INSERT INTO person (uid, name, created_at, updated_at)
        SELECT {UUID_SQL}, name, first_at, first_at FROM (
            SELECT trim(person) AS name, min(created_at) AS first_at, min(started_at) AS first
            FROM activation WHERE trim(person) <> ''
            GROUP BY trim(person) COLLATE NOCASE
        ) ORDER BY first
        """
    )
    # No UPDATE of activation here: SQLite runs the newest trigger first, and an update
    # before the search index's own insert trigger would leave the index inconsistent.
    for event in ("INSERT", "UPDATE OF person"):
        name = "insert" if event == "INSERT" else "update"
        connection.execute(
            f"""
            CREATE TRIGGER activation_person_{name} AFTER {event} ON activation
            WHEN trim(new.person) <> '' BEGIN
                INSERT OR IGNORE INTO person (uid, name, created_at, updated_at)
                    VALUES ({UUID_SQL}, trim(new.person), {_NOW_SQL}, {_NOW_SQL});
            END
            """
        )
