"""The library's SQLite file: connections, schema, migrations, damage.

One file holds pages, their parsed articles (the text kept once, compressed)
and reading state; the text index lives in a folder beside it
(:mod:`reader.core.library.textindex`), made from these rows.  WAL lets a search read while an
indexer (in this process or a second copy of the app) writes; writers take
the lock up front (``BEGIN IMMEDIATE``) and wait for each other.  A file that
is not a database, or fails SQLite's check, is renamed aside and a new one
started; :class:`Recovery` says what happened so the user can be told.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.library.rows import article_key, legacy_articles
from reader.core.library.schema_v3 import to_v3 as _to_v3

#: The schema this code writes; older files are migrated, newer ones refused.
SCHEMA_VERSION = 3
#: How long a writer waits for another one (another copy of the app) to finish.
BUSY_TIMEOUT_MS = 30_000

_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    folder TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    encoding TEXT NOT NULL,
    date TEXT,
    sort_day INTEGER NOT NULL,
    parser_version INTEGER NOT NULL,
    article_count INTEGER NOT NULL,
    indexed_at REAL NOT NULL
);
CREATE INDEX pages_hash ON pages(hash);
CREATE INDEX pages_folder ON pages(folder);
-- id = sort_day << 24 | n: FTS5 walks rowids newest first for free.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages(id),
    idx INTEGER NOT NULL,
    title TEXT NOT NULL,
    title_inferred INTEGER NOT NULL,
    kicker TEXT,
    subtitle TEXT,
    dateline TEXT,
    byline TEXT,
    lead TEXT,
    paragraphs TEXT NOT NULL,
    kind TEXT NOT NULL,
    continued INTEGER NOT NULL
);
CREATE INDEX articles_page ON articles(page_id, idx);
CREATE VIRTUAL TABLE chars USING fts5(
    head, body, content='', tokenize='ascii', prefix='6'
);
"""

# Reading state lives apart from the articles, keyed by each article's
# printed text (library_rows.article_key), so re-indexing a page — which
# deletes and rewrites its article rows — or moving its file keeps it.
_SCHEMA_V2 = """
ALTER TABLE articles ADD COLUMN key TEXT NOT NULL DEFAULT '';
CREATE TABLE reading (
    key TEXT PRIMARY KEY,
    read_at REAL,
    starred_at REAL,
    title TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX reading_starred ON reading(starred_at) WHERE starred_at IS NOT NULL;
"""


def _to_v2(conn: sqlite3.Connection) -> None:
    """Add article keys (computed from the stored text) and the reading table."""
    _run_script(conn, _SCHEMA_V2)
    for rows in legacy_articles(conn):
        conn.executemany(
            "UPDATE articles SET key = ? WHERE id = ?",
            [(article_key(article), article_id) for article_id, article in rows],
        )
    conn.execute("CREATE INDEX articles_key ON articles(key)")


#: version → step that brings a file from version - 1 to it.
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: lambda conn: _run_script(conn, _SCHEMA_V1),
    2: _to_v2,
    # Article text compressed, the FTS5 index replaced (reader/core/library/schema_v3.py).
    3: lambda conn: _to_v3(conn, _run_script),
}


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Statements one by one, inside the caller's transaction (``executescript``
    would commit it)."""
    lines = [ln for ln in script.splitlines() if not ln.lstrip().startswith("--")]
    for statement in "\n".join(lines).split(";"):
        if statement.strip():
            conn.execute(statement)


class LibraryError(Exception):
    """The library cannot be used; ``str(err)`` says why, in plain words."""


class LibraryDamagedError(LibraryError):
    """SQLite found the file damaged while it was in use.  Opening the library
    again sets the file aside and starts a new one."""


@dataclass(frozen=True, slots=True)
class Recovery:
    """A damaged library file was set aside and a new one started."""

    path: Path
    set_aside_as: Path
    reason: str
    #: The page files the damaged library held, as far as they could be read:
    #: indexing them again rebuilds it.
    salvaged_paths: tuple[str, ...]

    @property
    def message(self) -> str:
        return (
            f"the library {self.path} was damaged ({self.reason}); it was moved to "
            f"{self.set_aside_as.name} and is being rebuilt"
        )


def is_damage(err: BaseException) -> bool:
    """Whether a sqlite3 error means the file itself is broken."""
    if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError):
        return True
    text = str(err).lower()
    return any(s in text for s in ("malformed", "not a database", "disk image", "corrupt"))


def connect(path: Path) -> sqlite3.Connection:
    """A connection set up the way every part of the library expects."""
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -32000")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: all or nothing, even under SIGKILL."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if row is None:
        return 0
    got = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(got[0]) if got else 0


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the file's schema to :data:`SCHEMA_VERSION`, one step per transaction."""
    with write_transaction(conn):
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"the library was written by a newer Dubao (schema {version}, "
                f"this one reads {SCHEMA_VERSION})"
            )
        for step in range(version + 1, SCHEMA_VERSION + 1):
            _MIGRATIONS[step](conn)
            set_meta(conn, "schema_version", str(step))


def check(conn: sqlite3.Connection, thorough: bool) -> str | None:
    """None when the file looks sound, else what is wrong.  The light check
    reads the schema and every table's first rows; the thorough one also runs
    ``PRAGMA quick_check`` over every page of the file."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if thorough:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                return str(rows[0][0])
        version = schema_version(conn)
        if version >= 1:
            tables = ["meta", "pages", "articles"] + (["reading"] if version >= 2 else [])
            for table in tables:
                conn.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()
            # The text index (schema 3) is checked by textindex.TextIndex.open.
            if version < 3:
                conn.execute(
                    "SELECT rowid FROM chars WHERE chars MATCH '\"004e00\"*' LIMIT 1"
                ).fetchall()
            if thorough and version < 3:
                conn.execute("INSERT INTO chars (chars, rank) VALUES ('integrity-check', 0)")
    except sqlite3.DatabaseError as err:
        if is_damage(err):
            return str(err)
        raise
    return None


def set_aside(path: Path, reason: str) -> Recovery:
    """Rename a damaged file (and its WAL and shared-memory files) out of the
    way, keeping what page paths can still be read from it."""
    salvaged = _salvage_paths(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(path, target)
    return Recovery(path=path, set_aside_as=target, reason=reason, salvaged_paths=salvaged)


def _salvage_paths(path: Path) -> tuple[str, ...]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return tuple(r[0] for r in conn.execute("SELECT path FROM pages ORDER BY path"))
        finally:
            conn.close()
    except sqlite3.Error:
        return ()
