"""Setting a damaged library aside, with everything readable carried over.

The damaged file is never written to.  A new library is built beside it from
what :func:`reader.core.library.salvage.read_damaged` could read (pages with
all their articles — whose text is read back with the compression
dictionaries carried with them —, read and star marks from the file and from
the marks file); its search index is made again from the carried articles
when it is first opened (the new library has an id of its own); the old file is
then read once more, read-only, and the new one checked to hold every mark
and every page found there (a page whose articles could not all be read is
listed to be read again from its file).  Only then is the damaged file
renamed aside (``….damaged-<time>``) and the new one put in its place.  If
anything fails before that, the damaged file stays where it was, untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.library.faults import Fault, LibraryError, library_error
from reader.core.library.salvage import CARRIED_TABLES, Salvaged, read_damaged
from reader.core.library.store import (
    _MIGRATIONS,
    APPLICATION_ID,
    SCHEMA_VERSION,
    TO_READ_AGAIN,
    set_meta,
    uri,
    write_transaction,
)


@dataclass(frozen=True, slots=True)
class Recovery:
    """A damaged library file was set aside and a new one made from what could
    be read from it."""

    path: Path
    set_aside_as: Path
    reason: str
    #: Page files whose articles could not all be carried over: indexing them
    #: again completes the library.
    salvaged_paths: tuple[str, ...]
    #: Pages carried over whole.
    pages: int = 0
    #: Read and star marks carried over.
    marks: int = 0

    @property
    def all_pages(self) -> int:
        """Pages carried over or to be read again from files that are there."""
        return self.pages + sum(1 for p in self.salvaged_paths if os.path.isfile(p))

    @property
    def message(self) -> str:
        return (
            f"the library {self.path} was damaged ({self.reason}); it was set aside as "
            f"{self.set_aside_as.name} and a new one made with everything that could be "
            f"read: {self.all_pages} pages, {self.marks} read and star marks"
        )


#: Builds the search index of a library from its stored articles (the
#: façade's, so the index engine stays its own business).
IndexBuilder = Callable[[sqlite3.Connection], None]


def recover(path: Path, reason: str, build_index: IndexBuilder) -> Recovery | None:
    """Set the damaged library at *path* aside, a new one with what it held in
    its place.  None when another copy of the app did it meanwhile."""
    try:
        before = os.stat(path)
    except FileNotFoundError:
        return None
    found = read_damaged(path)
    new = path.with_name(f".{path.name}.rebuilt-{os.getpid()}")
    _remove(new)
    try:
        pages, again = _build(new, found, build_index)
        _verify(path, new, again)
        try:
            now = os.stat(path)
        except FileNotFoundError:
            now = None
        if now is None or (now.st_ino, now.st_dev) != (before.st_ino, before.st_dev):
            _remove(new)
            return None
        aside = _aside_name(path)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
        os.replace(path, aside)
        os.replace(new, path)
    except (OSError, sqlite3.Error) as err:
        _remove(new)
        fault = library_error(err, path).fault
        raise LibraryError(
            f"the library {path} is damaged ({reason}) and cannot be repaired here "
            f"({_why(fault, err)}); it was left as it is", Fault.DAMAGED) from err
    except LibraryError:
        _remove(new)
        raise
    marks = len(_marks(path))
    return Recovery(path, aside, " ".join(reason.split()), tuple(sorted(again)), pages, marks)


def _why(fault: Fault | None, err: BaseException) -> str:
    if fault is Fault.FULL:
        return "the disk is full"
    if fault is Fault.READ_ONLY:
        return "its folder cannot be written"
    return str(err)


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
              path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(p)


def _aside_name(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    return target


def _build(new: Path, found: Salvaged, build_index: IndexBuilder) -> tuple[int, set[str]]:
    """Make the library *new* from *found*; (pages carried whole, page paths
    to read again from their files)."""
    conn = sqlite3.connect(uri(new), uri=True, isolation_level=None)
    try:
        with write_transaction(conn):
            for step in range(1, found.version + 1):
                _MIGRATIONS[step](conn)
            set_meta(conn, "schema_version", str(found.version))
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for table in CARRIED_TABLES:
                _carry(conn, table, found)
            _drop_unreadable_text(conn)
            _carry_journal(conn, found)
            pages, again = _complete_pages(conn, found)
            set_meta(conn, TO_READ_AGAIN, json.dumps(sorted(again), ensure_ascii=False))
        with write_transaction(conn):
            for step in range(found.version + 1, SCHEMA_VERSION + 1):
                _MIGRATIONS[step](conn)
                set_meta(conn, "schema_version", str(step))
        with write_transaction(conn):
            build_index(conn)
    finally:
        conn.close()
    return pages, again


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _carry(conn: sqlite3.Connection, table: str, found: Salvaged) -> None:
    have = _columns(conn, table)
    old = found.columns.get(table, [])
    both = [c for c in old if c in have]
    if not have or not both:
        return
    at = [old.index(c) for c in both]
    conn.executemany(
        f'INSERT OR IGNORE INTO "{table}" ({", ".join(both)}) '
        f'VALUES ({", ".join("?" * len(both))})',
        [tuple(row[i] for i in at) for row in found.rows.get(table, [])],
    )


def _drop_unreadable_text(conn: sqlite3.Connection) -> None:
    """Articles whose compressed text cannot be read back (its dictionary was
    on a damaged page, the frame itself garbled) go: their pages are then
    read again from their files (:func:`_complete_pages`)."""
    if "text" not in _columns(conn, "articles"):
        return  # schema 2 and before: the text is in the clear
    from reader.core.library.textcodec import TextCodec

    codec = TextCodec()
    with contextlib.suppress(Exception):  # a garbled dictionary: its frames fail below
        codec.load(conn)
    lost = []
    for article_id, blob in conn.execute("SELECT id, text FROM articles").fetchall():
        try:
            codec.unpack(bytes(blob))
        except Exception:
            lost.append((article_id,))
    conn.executemany("DELETE FROM articles WHERE id = ?", lost)


def _carry_journal(conn: sqlite3.Connection, found: Salvaged) -> None:
    """Marks the file lost that the marks file still has."""
    if "reading" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
        return
    conn.executemany(
        "INSERT OR IGNORE INTO reading (key, title, read_at, starred_at) VALUES (?, ?, ?, ?)",
        [(s.key, s.title, s.read_at, s.starred_at) for s in found.journal.values()],
    )


def _complete_pages(conn: sqlite3.Connection, found: Salvaged) -> tuple[int, set[str]]:
    """Keep the pages that came over with every article; the others (and the
    articles left without a page) go, to be read again from their files."""
    partial = conn.execute(
        "SELECT p.id, p.path FROM pages p LEFT JOIN articles a ON a.page_id = p.id "
        "GROUP BY p.id HAVING count(a.id) != p.article_count"
    ).fetchall()
    again = {str(path) for _, path in partial}
    ids = [(int(i),) for i, _ in partial]
    conn.executemany("DELETE FROM articles WHERE page_id = ?", ids)
    conn.executemany("DELETE FROM pages WHERE id = ?", ids)
    conn.execute("DELETE FROM articles WHERE page_id NOT IN (SELECT id FROM pages)")
    carried = {str(r[0]) for r in conn.execute("SELECT path FROM pages")}
    again |= {p for p in found.paths - carried if not os.path.isdir(p)}
    return len(carried), again


def _marks(path: Path) -> dict[str, tuple[bool, bool]]:
    conn = sqlite3.connect(uri(path, mode="ro"), uri=True)
    try:
        return {str(k): (r is not None, s is not None) for k, r, s in conn.execute(
            "SELECT key, read_at, starred_at FROM reading "
            "WHERE read_at IS NOT NULL OR starred_at IS NOT NULL")}
    finally:
        conn.close()


def _verify(old: Path, new: Path, again: set[str]) -> None:
    """Read the damaged file again (read-only) and check the new library holds
    every mark and every page found there."""
    second = read_damaged(old)
    have = _marks(new)
    lost = [k for k, flags in second.marks().items() if have.get(k) != flags]
    conn = sqlite3.connect(uri(new, mode="ro"), uri=True)
    try:
        pages = {str(r[0]) for r in conn.execute("SELECT path FROM pages")}
    finally:
        conn.close()
    missing = [p for p in second.paths if p not in pages and p not in again
               and not os.path.isdir(p)]
    if lost or missing:
        raise LibraryError(
            f"the library {old} is damaged and the new one would lose "
            f"{len(lost)} marks and {len(missing)} pages; it was left as it is", Fault.DAMAGED)
