"""The library's SQLite file: connections, schema, migrations, damage.

One file holds pages, their parsed articles (the text kept once, compressed)
and reading state; the text index lives in a folder beside it
(:mod:`reader.core.library.textindex`), made from these rows.  WAL lets a search read while an
indexer (in this process or a second copy of the app) writes; writers take
the lock up front (``BEGIN IMMEDIATE``) and wait for each other; readers take
none (a reading command opens the file read-only, and the migration check
only takes the write lock when there is something to migrate).

The file says it is a Dubao library in its header (``PRAGMA application_id``):
:mod:`reader.core.library.identity` looks before anything is touched, so
another program's database, or any other file, given as a library is refused
untouched.  A library that is damaged is set aside by
:mod:`reader.core.library.recovery`, which carries everything readable over
to a new one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from reader.core.library.faults import (
    Fault,
    LibraryDamagedError,
    LibraryError,
    is_damage,
    library_error,
)
from reader.core.library.rows import article_key, legacy_articles

if TYPE_CHECKING:
    from reader.core.library.journal import MarksJournal

__all__ = ["LibraryDamagedError", "LibraryError", "is_damage"]

#: The schema this code writes; older files are migrated, newer ones refused.
SCHEMA_VERSION = 3
#: How long a writer waits for another one (another copy of the app) to finish.
BUSY_TIMEOUT_MS = 30_000
#: ``PRAGMA application_id`` of a Dubao library ("Dubo"): in the file's header.
APPLICATION_ID = 0x4475626F
#: The ``meta`` key listing the pages of a damaged library that could not be
#: carried over and are to be read again (:mod:`reader.core.library.recovery`).
TO_READ_AGAIN = "to_read_again"
#: The first 16 bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
#: The tables a library of each schema version must have (the search index's
#: own tables are checked by reading them).
REQUIRED_TABLES = {
    1: ("meta", "pages", "articles"),
    2: ("meta", "pages", "articles", "reading"),
    3: ("meta", "pages", "articles", "reading", "text_dicts", "unfolded_chars", "index_queue"),
}

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
    3: lambda conn: _to_v3(conn),
}


def _to_v3(conn: sqlite3.Connection) -> None:
    from reader.core.library.schema_v3 import to_v3  # here: once in a library's life

    to_v3(conn, _run_script)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Statements one by one, inside the caller's transaction (``executescript``
    would commit it)."""
    lines = [ln for ln in script.splitlines() if not ln.lstrip().startswith("--")]
    for statement in "\n".join(lines).split(";"):
        if statement.strip():
            conn.execute(statement)


def uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for *path*: any byte of the name kept (a name that is not
    UTF-8, or holds ``?`` or ``#``), with SQLite's *params*."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(os.fsencode(path))}" + (f"?{query}" if query else "")


def sqlite_connect(target: str) -> sqlite3.Connection:
    return sqlite3.connect(target, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                           isolation_level=None, check_same_thread=False)


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -32000")
    conn.execute("PRAGMA temp_store = MEMORY")


def connect(path: Path, read_only: bool = False, wal: bool = True) -> sqlite3.Connection:
    """A connection set up the way every part of the library expects.

    *read_only*: opened ``mode=ro``; where SQLite cannot keep its
    shared-memory file beside the library (a read-only folder, a full disk)
    and no transaction waits in its log, the file is read as it is
    (``immutable``).  *wal*: put a writable library in WAL mode (off while
    it is not yet known to be a library)."""
    if read_only:
        return _connect_read_only(path)
    conn = sqlite_connect(uri(path))
    try:
        _configure(conn)
        if wal:
            use_wal(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def log_is_empty(path: Path) -> bool:
    try:
        return os.stat(path.with_name(path.name + "-wal")).st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _connect_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite_connect(uri(path, mode="ro"))
    try:
        _configure(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as err:
        conn.close()
        fault = library_error(err, path).fault
        if fault not in (Fault.READ_ONLY, Fault.FULL, Fault.UNREADABLE) \
                or not log_is_empty(path):
            raise
    conn = sqlite_connect(uri(path, mode="ro", immutable="1"))
    try:
        _configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def use_wal(conn: sqlite3.Connection) -> None:
    """Put the file in WAL mode (once per file).  Changing the mode needs the
    file to itself for a moment and SQLite does not wait for that (the busy
    timeout does not apply): a second copy of the app opening a new library
    at the same moment would be told "database is locked".  So: wait here."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.002
    while True:
        try:
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            if str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower() == "wal":
                return
        except sqlite3.OperationalError as err:
            if library_error(err, Path()).fault is not Fault.LOCKED:
                raise
        if time.monotonic() > deadline:
            raise LibraryError("the library is locked by another program", Fault.LOCKED)
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: all or nothing, even under SIGKILL.  A
    failed commit (the disk full) leaves no transaction open behind it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


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


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def needs_writing(conn: sqlite3.Connection, journal: MarksJournal) -> bool:
    """Whether :func:`migrate` has anything to do (asked without any lock)."""
    return (schema_version(conn) < SCHEMA_VERSION or application_id(conn) != APPLICATION_ID
            or not journal.exists())


def migrate(conn: sqlite3.Connection, journal: MarksJournal, up_to: int = SCHEMA_VERSION) -> None:
    """Bring the file's schema to *up_to* (default: :data:`SCHEMA_VERSION`),
    stamp it as a Dubao library, and start its marks file if it has none.
    The write lock is taken only when there is something to do."""
    if not needs_writing(conn, journal) and schema_version(conn) >= up_to:
        return
    with write_transaction(conn):
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"the library was written by a newer Dubao (schema {version}, "
                f"this one reads {SCHEMA_VERSION})", Fault.NEWER
            )
        for step in range(version + 1, up_to + 1):
            _MIGRATIONS[step](conn)
            set_meta(conn, "schema_version", str(step))
        if application_id(conn) != APPLICATION_ID:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if not journal.exists() and schema_version(conn) >= 2:
            from reader.core.library.journal import mark_states

            journal.rewrite(mark_states(conn))


def check(conn: sqlite3.Connection, thorough: bool) -> str | None:
    """None when the file looks sound, else what is wrong.  The light check
    reads the schema and every table's first rows (a table the library must
    have and lacks is damage); the thorough one also runs ``PRAGMA
    quick_check`` over every page of the file and checks the search index."""
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if thorough:
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
            if rows != [("ok",)]:
                return " ".join(" ".join(str(r[0]) for r in rows).replace("***", "").split())
        version = schema_version(conn)
        if version >= 1:
            missing = [t for t in REQUIRED_TABLES[min(version, max(REQUIRED_TABLES))]
                       if t not in names]
            if missing:
                return f"the table {missing[0]} is missing"
            for table in sorted(names):
                if not table.startswith("sqlite_"):
                    conn.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchall()
            # Since schema 3 the text index is a folder of its own, checked
            # (and made again when damaged) by textindex.TextIndex.
            if version < 3:
                conn.execute(
                    "SELECT rowid FROM chars WHERE chars MATCH '\"004e00\"*' LIMIT 1"
                ).fetchall()
            if thorough and version < 3:
                conn.execute("INSERT INTO chars (chars, rank) VALUES ('integrity-check', 0)")
    except sqlite3.DatabaseError as err:
        if is_damage(err) or "no such table" in str(err):
            return " ".join(str(err).split())
        raise
    return None
