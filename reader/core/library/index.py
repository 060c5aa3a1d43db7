"""Adding page files to the library: incremental, resumable, cancellable.

Files are written in transactions of whole files (as many as fit in half
a second), so a run killed at any moment leaves the library as it was after
the last committed file, and the next run skips what is done.  The text
index is fed as rows are written (its own thread indexes while the next
file is parsed) and commits right after each transaction; what a kill
stops it from taking in, it takes in when the library is next opened
(:mod:`reader.core.library.textindex`).
Files are read (never written) once: size and mtime unchanged means skipped
without reading; otherwise the content hash decides whether it is new,
changed, or a file the library knows under another (now missing) path.
Another copy of the app indexing at the same time waits for the batch, then
finds the files it shares already done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import errno
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core.filenames import fs_path, key_text, shown
from reader.core.library.indexbatch import WriteBatch
from reader.core.library.parseahead import (
    ParseAhead,
    Parsed,
    page_digest,
    parse_workers,
)
from reader.core.library.progress import IndexProgress, IndexReport
from reader.core.library.rows import (
    delete_page_articles,
    insert_article,
    note_unfolded,
    page_key,
)
from reader.core.library.store import write_transaction
from reader.core.library.textcodec import TRAIN_AT, TextCodec
from reader.core.library.textindex import TextIndex
from reader.core.library.textwriting import IndexWriting, article_tokens
from reader.core.model import Page
from reader.core.page.articles import PARSER_VERSION
from reader.core.page.pages import (
    FileState,
    date_from_path,
    file_state,
    page_from_text,
    walk_page_files,
)
from reader.core.text.decode import UnreadableFileError, decode_bytes, read_regular_file

#: Articles per day an id can hold: id = sort_day << DAY_SHIFT | n.
DAY_SHIFT = 24


class Stored(enum.Enum):
    """What indexing did with one file."""

    ADDED = "added"
    UPDATED = "updated"
    MOVED = "moved"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class _Known:
    id: int
    size: int
    mtime_ns: int
    hash: str
    parser_version: int


class Indexer:
    """Adds files and folders to a library through one connection.

    Build one per worker thread; *connection* is that thread's connection of
    the library.
    """

    def __init__(self, connection: sqlite3.Connection, codec: TextCodec,
                 text_index: TextIndex, parse_workers: int = 0) -> None:
        self._conn = connection
        #: At most this many other processes parse pages ahead (0: none).
        self._parse_workers = parse_workers
        self._codec = codec
        self._index = text_index
        self._train_tried = False
        self._batch = WriteBatch(connection, text_index, self._after_commit)

    def _after_commit(self) -> None:
        """Once the library holds enough text, a compression dictionary is trained."""
        if not self._codec.trained and not self._train_tried:
            self._codec.load(self._conn)  # another copy of the app may have trained one
            count = self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            if not self._codec.trained and count >= TRAIN_AT:
                self._train_tried = True
                with write_transaction(self._conn):
                    self._codec.train(self._conn)

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
                p = Path(fs_path(os.fspath(raw)))
                if os.path.isdir(p):
                    folders.append(Path(os.path.realpath(p)))
                    walk = walk_page_files(p)
                    files.extend(walk.files)
                    report.failed.extend((str(f), f"{f} is not a regular file; skipped")
                                         for f in walk.skipped)
                    report.failed.extend(
                        (str(err.filename), f"{err.filename} cannot be read "
                         f"({(err.strerror or str(err)).lower()}); its pages are kept")
                        for err in walk.unreadable)
                    continue
                state = file_state(p)
                if state is FileState.PRESENT:
                    files.append(p)
                elif state is FileState.GONE and self._drop(page_key(p)):
                    report.removed += 1
                elif state is FileState.GONE:
                    report.failed.append((str(p), f"{p} does not exist"))
                else:
                    report.failed.append((str(p), _unreachable(p)))
            with self._parse_ahead(files) as ahead:
                for n, path in enumerate(files, 1):
                    if cancel is not None and cancel.is_set():
                        report.cancelled = True
                        break
                    key = page_key(path)
                    if key not in seen:
                        seen.add(key)
                        self._index_one(path, key, report, ahead.take(path) if ahead else None)
                        self._batch.maybe_commit()
                    if progress is not None:
                        progress(IndexProgress(n, len(files), str(path), report.articles,
                                               time.monotonic() - start))
            if not report.cancelled:
                for folder in folders:
                    report.removed += self._drop_missing_under(folder, report)
            self._batch.finish()
        except BaseException:
            # The disk full at the last commit, a cancel, damage: the index's
            # writer is given back whatever failed (a later run needs it).
            self._batch.rollback()
            raise
        report.elapsed_s = time.monotonic() - start
        return report

    def _parse_ahead(self, files: list[Path]) -> contextlib.AbstractContextManager[
            ParseAhead | None]:
        """Other processes parsing the pages ahead, where asked and worth it."""
        workers = min(self._parse_workers, parse_workers(len(files)))
        if workers == 0:
            return contextlib.nullcontext()
        return ParseAhead(files, workers, self._wanted)

    def refresh(
        self,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> IndexReport:
        """Check every page the library holds: re-parse changed files and
        pages parsed by an older parser, drop files that are gone."""
        paths = [r[0] for r in self._conn.execute("SELECT path FROM pages ORDER BY path")]
        return self.index_paths(paths, progress, cancel)

    def _index_one(self, path: Path, key: str, report: IndexReport,
                   ahead: Parsed | None = None) -> None:
        try:
            outcome, count = self._store(path, key, ahead)
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

    def _unchanged(self, path: Path, known: _Known | None, st: os.stat_result) -> bool:
        """Whether *path* is as it was indexed (not even read again)."""
        return known is not None and (known.size, known.mtime_ns) == \
            (st.st_size, st.st_mtime_ns) and known.parser_version == PARSER_VERSION

    def _wanted(self, path: Path) -> bool:
        """Whether indexing will read *path* (for :class:`ParseAhead`)."""
        try:
            return not self._unchanged(path, self._known(page_key(path)), path.stat())
        except OSError:
            return False

    def _store(self, path: Path, key: str, ahead: Parsed | None = None) -> tuple[Stored, int]:
        st = path.stat()
        known = self._known(key)
        if self._unchanged(path, known, st):
            return Stored.UNCHANGED, 0
        if ahead is not None and (ahead.size, ahead.mtime_ns) != (st.st_size, st.st_mtime_ns):
            ahead = None  # changed since it was parsed: read as it is now
        data = b"" if ahead is not None else read_regular_file(path, st.st_size)
        digest = ahead.digest if ahead is not None else page_digest(data)
        if known and known.hash == digest and known.parser_version == PARSER_VERSION:
            with self._batch.write():
                self._conn.execute(
                    "UPDATE pages SET size = ?, mtime_ns = ? WHERE id = ?",
                    (st.st_size, st.st_mtime_ns, known.id),
                )
            return Stored.UNCHANGED, 0
        if known is None and self._adopt_moved(path, key, digest, st):
            return Stored.MOVED, 0
        if ahead is not None:
            page, text = ahead.page, ahead.chars
        else:
            try:
                decoded = decode_bytes(data)
            except UnreadableFileError as err:
                raise UnreadableFileError(f"{path}: {err}", err.reason, str(path)) from None
            page = page_from_text(decoded.text, path=str(path), encoding=decoded.encoding)
            text = decoded.text
        with self._batch.write() as index:
            again = self._known(key)
            if again and again.hash == digest and again.parser_version == PARSER_VERSION:
                return Stored.UNCHANGED, 0  # another copy of the app got here first
            if again:
                for article_id in delete_page_articles(self._conn, again.id):
                    index.drop(article_id)
                self._conn.execute("DELETE FROM pages WHERE id = ?", (again.id,))
            self._insert_page(page, key, digest, st, index)
            # Every printed character of a page is in one of its articles.
            note_unfolded(self._conn, (text,))
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
            if os.path.exists(fs_path(old_path)) or \
                    old_date != (date.isoformat() if date else None):
                continue
            with self._batch.write():
                self._conn.execute(
                    "UPDATE pages SET path = ?, folder = ?, name = ?, size = ?, mtime_ns = ? "
                    "WHERE id = ? AND path = ?",
                    (key, str(Path(key).parent), shown(path.stem), st.st_size, st.st_mtime_ns,
                     page_id, old_path),
                )
            return True
        return False

    def _insert_page(self, page: Page, key: str, digest: str, st: os.stat_result,
                     index: IndexWriting) -> None:
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
            article_id = next_id + offset
            insert_article(self._conn, self._codec, article_id, page_id, article)
            index.put(article_id, article_tokens(article))

    def _drop(self, key: str) -> bool:
        known = self._known(key)
        if known is None:
            return False
        with self._batch.write() as index:
            for article_id in delete_page_articles(self._conn, known.id):
                index.drop(article_id)
            self._conn.execute("DELETE FROM pages WHERE id = ?", (known.id,))
        return True

    def _drop_missing_under(self, folder: Path, report: IndexReport) -> int:
        """Drop the pages below *folder* whose files are gone (not those that
        cannot be reached: see :func:`reader.core.page.pages.file_state`)."""
        prefix = key_text(str(folder)).rstrip(os.sep) + os.sep
        rows = self._conn.execute(
            "SELECT path FROM pages WHERE path >= ? AND path < ?",
            (prefix, prefix[:-1] + chr(ord(os.sep) + 1)),
        ).fetchall()
        dropped = 0
        for (p,) in rows:
            state = file_state(fs_path(p), root=folder)
            if state is FileState.GONE:
                dropped += self._drop(p)
            elif state is FileState.UNREACHABLE:
                report.failed.append((p, _unreachable(Path(fs_path(p)))))
        return dropped


def _unreachable(path: Path) -> str:
    """Why a page file cannot be looked at, for the report."""
    try:
        os.lstat(path)
    except OSError as err:
        if err.errno not in (errno.ENOENT, errno.ENOTDIR):
            return f"{shown(str(path))} cannot be reached ({(err.strerror or '').lower()}); kept"
    return (f"{shown(str(path))} cannot be reached (its folder is missing or empty: "
            "a drive not mounted?); kept")
