"""Adding page files to the library: incremental, resumable, cancellable.

Files are written in transactions of whole files (as many as fit in half
a second: a transaction per file would make FTS5 merge far more), so a run
killed at any moment leaves the library as it was after the last committed
file, and the next run skips what is done.  Files are read (never written)
once: size and mtime unchanged means skipped without reading; otherwise the
content hash decides whether it is new, changed, or a file the library knows
under another (now missing) path.
Another copy of the app indexing at the same time waits for the batch, then
finds the files it shares already done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.library.progress import IndexProgress
from reader.core.library.query import CharTokens
from reader.core.library.rows import delete_page_articles, insert_article
from reader.core.model import Page
from reader.core.page.articles import PARSER_VERSION
from reader.core.page.pages import date_from_path, iter_page_files, page_from_text
from reader.core.text.decode import MAX_BYTES, Unreadable, UnreadableFileError, decode_bytes

#: Articles per day an id can hold: id = sort_day << DAY_SHIFT | n.
DAY_SHIFT = 24
#: How long one write transaction gathers files before it commits.
BATCH_SECONDS = 0.5


class Stored(enum.Enum):
    """What indexing did with one file."""

    ADDED = "added"
    UPDATED = "updated"
    MOVED = "moved"
    UNCHANGED = "unchanged"


@dataclass(slots=True)
class IndexReport:
    """What a run did.  ``failed`` pairs a path with a message fit to show."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    moved: int = 0
    removed: int = 0
    articles: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    elapsed_s: float = 0.0

    def summary(self) -> str:
        parts = [
            f"{self.added} added", f"{self.updated} updated", f"{self.unchanged} unchanged",
            f"{self.moved} moved", f"{self.removed} removed", f"{len(self.failed)} failed",
        ]
        tail = " (cancelled)" if self.cancelled else ""
        return (
            f"{', '.join(parts)}; {self.articles} articles indexed in "
            f"{self.elapsed_s:.1f} s{tail}"
        )


@dataclass(frozen=True, slots=True)
class _Known:
    id: int
    size: int
    mtime_ns: int
    hash: str
    parser_version: int


class _Batch:
    """One write transaction spanning several files, committed every
    :data:`BATCH_SECONDS`; another writer waits at most that long."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._since: float | None = None

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        if self._since is None:
            self._conn.execute("BEGIN IMMEDIATE")
            self._since = time.monotonic()
        try:
            yield self._conn
        except BaseException:
            self.rollback()
            raise

    def maybe_commit(self) -> None:
        if self._since is not None and time.monotonic() - self._since >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self._since is not None:
            self._since = None
            self._conn.execute("COMMIT")

    def rollback(self) -> None:
        if self._since is not None:
            self._since = None
            self._conn.execute("ROLLBACK")


def page_key(path: Path) -> str:
    """How a file is named in the library: absolute, symlinks resolved."""
    return str(path.resolve())


class Indexer:
    """Adds files and folders to a library through one connection.

    Build one per worker thread; *connection* is that thread's connection of
    the library.
    """

    def __init__(self, connection: sqlite3.Connection, tokens: CharTokens) -> None:
        self._conn = connection
        self._tokens = tokens
        self._batch = _Batch(connection)

    def index_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> IndexReport:
        """Index files and folders (recursively).  Pages of a listed folder
        whose files are gone are dropped.  Returns when done or cancelled."""
        start = time.monotonic()
        report = IndexReport()
        files: list[Path] = []
        folders: list[Path] = []
        seen: set[str] = set()
        try:
            for raw in paths:
                p = Path(raw)
                if p.is_dir():
                    folders.append(p.resolve())
                    files.extend(iter_page_files(p))
                elif p.exists():
                    files.append(p)
                elif self._drop(page_key(p)):
                    report.removed += 1
                else:
                    report.failed.append((str(p), f"{p} does not exist"))
            for n, path in enumerate(files, 1):
                if cancel is not None and cancel.is_set():
                    report.cancelled = True
                    break
                key = page_key(path)
                if key not in seen:
                    seen.add(key)
                    self._index_one(path, key, report)
                    self._batch.maybe_commit()
                if progress is not None:
                    progress(IndexProgress(n, len(files), str(path), report.articles,
                                           time.monotonic() - start))
            if not report.cancelled:
                for folder in folders:
                    report.removed += self._drop_missing_under(folder)
        except BaseException:
            self._batch.rollback()
            raise
        self._batch.commit()
        report.elapsed_s = time.monotonic() - start
        return report

    def refresh(
        self,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> IndexReport:
        """Check every page the library holds: re-parse changed files and
        pages parsed by an older parser, drop files that are gone."""
        paths = [r[0] for r in self._conn.execute("SELECT path FROM pages ORDER BY path")]
        return self.index_paths(paths, progress, cancel)

    def _index_one(self, path: Path, key: str, report: IndexReport) -> None:
        try:
            outcome, count = self._store(path, key)
        except UnreadableFileError as err:
            report.failed.append((str(path), str(err)))
            return
        except OSError as err:
            report.failed.append((str(path), f"{path} cannot be read ({err.strerror or err})"))
            return
        if outcome is Stored.ADDED:
            report.added += 1
        elif outcome is Stored.UPDATED:
            report.updated += 1
        elif outcome is Stored.MOVED:
            report.moved += 1
        else:
            report.unchanged += 1
        report.articles += count

    def _known(self, key: str) -> _Known | None:
        row = self._conn.execute(
            "SELECT id, size, mtime_ns, hash, parser_version FROM pages WHERE path = ?", (key,)
        ).fetchone()
        return _Known(*row) if row else None

    def _store(self, path: Path, key: str) -> tuple[Stored, int]:
        st = path.stat()
        known = self._known(key)
        if known and (known.size, known.mtime_ns) == (st.st_size, st.st_mtime_ns) \
                and known.parser_version == PARSER_VERSION:
            return Stored.UNCHANGED, 0
        data = _read(path, st.st_size)
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        if known and known.hash == digest and known.parser_version == PARSER_VERSION:
            with self._batch.write():
                self._conn.execute(
                    "UPDATE pages SET size = ?, mtime_ns = ? WHERE id = ?",
                    (st.st_size, st.st_mtime_ns, known.id),
                )
            return Stored.UNCHANGED, 0
        if known is None and self._adopt_moved(path, key, digest, st):
            return Stored.MOVED, 0
        try:
            decoded = decode_bytes(data)
        except UnreadableFileError as err:
            raise UnreadableFileError(f"{path}: {err}", err.reason, str(path)) from None
        page = page_from_text(decoded.text, path=str(path), encoding=decoded.encoding)
        with self._batch.write():
            again = self._known(key)
            if again and again.hash == digest and again.parser_version == PARSER_VERSION:
                return Stored.UNCHANGED, 0  # another copy of the app got here first
            if again:
                delete_page_articles(self._conn, self._tokens, again.id)
                self._conn.execute("DELETE FROM pages WHERE id = ?", (again.id,))
            self._insert_page(page, key, digest, st)
        return (Stored.UPDATED if known else Stored.ADDED), len(page.articles)

    def _adopt_moved(self, path: Path, key: str, digest: str, st: os.stat_result) -> bool:
        """A new path whose content the library holds under a path that no
        longer exists: the file was moved.  Keep its articles, change its path."""
        rows = self._conn.execute(
            "SELECT id, path, date FROM pages WHERE hash = ? AND parser_version = ?",
            (digest, PARSER_VERSION),
        ).fetchall()
        date = date_from_path(path)
        for page_id, old_path, old_date in rows:
            if os.path.exists(old_path) or old_date != (date.isoformat() if date else None):
                continue
            with self._batch.write():
                self._conn.execute(
                    "UPDATE pages SET path = ?, folder = ?, name = ?, size = ?, mtime_ns = ? "
                    "WHERE id = ? AND path = ?",
                    (key, str(Path(key).parent), path.stem, st.st_size, st.st_mtime_ns,
                     page_id, old_path),
                )
            return True
        return False

    def _insert_page(self, page: Page, key: str, digest: str, st: os.stat_result) -> None:
        day = (page.date or dt.date.fromtimestamp(st.st_mtime)).toordinal()
        cur = self._conn.execute(
            "INSERT INTO pages (path, folder, name, size, mtime_ns, hash, encoding, date, "
            "sort_day, parser_version, article_count, indexed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, str(Path(key).parent), page.name, st.st_size, st.st_mtime_ns, digest,
             page.encoding, page.date.isoformat() if page.date else None, day,
             PARSER_VERSION, len(page.articles), time.time()),
        )
        page_id = int(cur.lastrowid or 0)
        base = day << DAY_SHIFT
        row = self._conn.execute(
            "SELECT max(id) FROM articles WHERE id >= ? AND id < ?",
            (base, base + (1 << DAY_SHIFT)),
        ).fetchone()
        next_id = int(row[0]) + 1 if row[0] is not None else base
        for offset, article in enumerate(page.articles):
            insert_article(self._conn, self._tokens, next_id + offset, page_id, article)

    def _drop(self, key: str) -> bool:
        known = self._known(key)
        if known is None:
            return False
        with self._batch.write():
            delete_page_articles(self._conn, self._tokens, known.id)
            self._conn.execute("DELETE FROM pages WHERE id = ?", (known.id,))
        return True

    def _drop_missing_under(self, folder: Path) -> int:
        prefix = str(folder).rstrip(os.sep) + os.sep
        rows = self._conn.execute(
            "SELECT path FROM pages WHERE path >= ? AND path < ?",
            (prefix, prefix[:-1] + chr(ord(os.sep) + 1)),
        ).fetchall()
        return sum(1 for (p,) in rows if not os.path.exists(p) and self._drop(p))


def _read(path: Path, size: int) -> bytes:
    """The file's bytes; *size* (from ``stat``) sizes the read, since asking
    for the limit would allocate 64 MB per file."""
    if size > MAX_BYTES:
        raise UnreadableFileError(
            f"{path} is too large (the limit is {MAX_BYTES / 2**20:.0f} MB)",
            Unreadable.TOO_LARGE, str(path),
        )
    with path.open("rb") as fh:
        data = fh.read(size + 1)
    if len(data) > MAX_BYTES:
        raise UnreadableFileError(
            f"{path} is too large (the limit is {MAX_BYTES / 2**20:.0f} MB)",
            Unreadable.TOO_LARGE, str(path),
        )
    return data
