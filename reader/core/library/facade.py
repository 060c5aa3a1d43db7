"""The library: every page the user has added, in one SQLite file, searchable.

:class:`Library` is what the window and the command line hold.  It opens
(or creates, migrates, or — when damaged — sets aside and restarts) the file,
hands each thread its own connection, answers searches, lists pages and
keeps the reading state (read, starred: :mod:`reader.core.library.reading`).

For a window: open it on a worker (the first open builds the fold table,
~0.2 s); :meth:`Library.search` may then be called from any thread.  Index
on a worker with ``lib.indexer().index_paths(paths, progress, cancel)``,
calling :meth:`Library.indexer` in that worker's thread (the indexer writes
through its thread's connection), or run ``python -m reader index
--progress-json PATH`` as a child process, which shares no interpreter lock
with the window and can be stopped at any moment without harm.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from reader.core.library import reading as library_state
from reader.core.library.hits import SearchHit
from reader.core.library.index import Indexer, IndexReport, page_key
from reader.core.library.progress import IndexProgress
from reader.core.library.query import TOKENS_VERSION, CharTokens, QueryError
from reader.core.library.reading import PageReading, StarredArticle, UnknownArticleError
from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row, reindex_all
from reader.core.library.search import SearchResult, search
from reader.core.library.store import (
    LibraryDamagedError,
    LibraryError,
    Recovery,
    check,
    connect,
    get_meta,
    is_damage,
    migrate,
    set_aside,
    set_meta,
    write_transaction,
)
from reader.core.model import Article, ArticleRef
from reader.core.page.articles import PARSER_VERSION
from reader.core.paths import default_library_path
from reader.core.text.fold import fold

if TYPE_CHECKING:
    from reader.core.library.trends import Trend

__all__ = [
    "ArticleRef",
    "IndexProgress",
    "IndexReport",
    "Indexer",
    "Library",
    "LibraryDamagedError",
    "LibraryError",
    "LibraryPage",
    "PageReading",
    "QueryError",
    "Recovery",
    "SearchHit",
    "SearchResult",
    "StarredArticle",
    "UnknownArticleError",
]


@dataclass(frozen=True, slots=True)
class LibraryPage:
    """A page the library holds, for the library panel."""

    path: str
    name: str
    folder: str
    date: dt.date | None
    article_count: int


class Library:
    """An open library file.  Safe to use from any thread: each thread gets
    its own connection; WAL lets searches run while an indexer writes."""

    def __init__(self, path: Path, recovery: Recovery | None = None) -> None:
        """Use :meth:`open`, which checks, migrates and recovers the file."""
        self.path = path
        #: Set when the file was found damaged and a new one started.
        self.recovery = recovery
        self._tokens = CharTokens()
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, thorough: bool = False) -> Library:
        """Open the library at *path* (default: the user's data folder).

        A file that is not a database or fails the check (``thorough`` runs
        SQLite's ``quick_check`` over the whole file) is set aside and a new
        one made; ``recovery`` then says so.
        """
        p = Path(path) if path is not None else default_library_path()
        p.parent.mkdir(parents=True, exist_ok=True)
        problem = _problem(p, thorough) if p.exists() else None
        return cls._open(p, set_aside(p, problem) if problem is not None else None)

    @classmethod
    def open_or_rebuild(cls, path: str | os.PathLike[str] | None = None) -> Library:
        """Open the library; damage found at any step of opening (the check, the
        migration) sets the file aside and starts a new one in its place
        (``recovery`` says so; :meth:`salvaged_pages` are to be indexed again).
        Raises :class:`LibraryError` when it cannot be opened for another reason."""
        p = Path(path) if path is not None else default_library_path()
        try:
            return cls.open(p)
        except LibraryDamagedError as err:
            if not p.is_file():
                raise
            return cls.reopen_damaged(p, str(err))

    @classmethod
    def reopen_damaged(cls, path: str | os.PathLike[str], reason: str) -> Library:
        """After a :class:`LibraryDamagedError`: set the file aside and open a
        new library in its place (``recovery`` lists the pages to index again)."""
        p = Path(path)
        return cls._open(p, set_aside(p, reason) if p.exists() else None)

    @classmethod
    def _open(cls, p: Path, recovery: Recovery | None) -> Library:
        lib = cls(p, recovery)
        conn = lib.connection()
        try:
            migrate(conn)
            lib._check_tokens(conn)
            lib._corpus_size()  # warm: the first search of a common character needs it
        except sqlite3.DatabaseError as err:
            lib.close()
            if is_damage(err):
                raise LibraryDamagedError(f"the library {p} is damaged: {err}") from err
            raise LibraryError(f"the library {p} cannot be opened: {err}") from err
        return lib

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, made on first use."""
        if self._closed:
            raise LibraryError("the library is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = connect(self.path)
            except sqlite3.DatabaseError as err:
                raise LibraryDamagedError(f"the library {self.path} is damaged: {err}") from err
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def indexer(self) -> Indexer:
        """An indexer writing through the calling thread's connection."""
        return Indexer(self.connection(), self._tokens)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> SearchResult:
        """Ranked articles for *query*.  Raises ``QueryError`` for a query of
        exclusions only and ``LibraryDamagedError`` if the file turns out broken."""
        try:
            return search(self.connection(), self._tokens, query, limit, offset,
                          corpus_size=self._corpus_size)
        except sqlite3.DatabaseError as err:
            if is_damage(err):
                raise LibraryDamagedError(f"the library {self.path} is damaged: {err}") from err
            raise

    def trend(self, query: str) -> Trend:
        """How often the library mentions *query*, issue by issue (the whole
        library may be read: call it on a worker).  Raises ``QueryError`` for a
        query of exclusions only."""
        from reader.core.library.trends import mention_trend

        return mention_trend(self.connection(), self._tokens, query)

    def _corpus_size(self) -> int:
        """The number of articles, counted again only after a write (ours or
        another connection's)."""
        conn = self.connection()
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        cached: tuple[tuple[int, int], int] | None = getattr(self._local, "corpus", None)
        if cached is None or cached[0] != version:
            count = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
            cached = (version, count)
            self._local.corpus = cached
        return cached[1]

    def pages(self) -> list[LibraryPage]:
        """Every page: those with a known date newest first, then the rest by
        folder and name."""
        rows = self.connection().execute(
            "SELECT path, name, folder, date, article_count FROM pages "
            "ORDER BY date IS NULL, date DESC, folder, name"
        ).fetchall()
        return [
            LibraryPage(path, name, folder, dt.date.fromisoformat(d) if d else None, n)
            for path, name, folder, d, n in rows
        ]

    def stale_pages(self) -> list[str]:
        """Pages parsed by another version of the parser: the window refreshes
        them (``lib.indexer().refresh()``) on a worker after opening."""
        rows = self.connection().execute(
            "SELECT path FROM pages WHERE parser_version != ? ORDER BY path", (PARSER_VERSION,)
        ).fetchall()
        return [r[0] for r in rows]

    def salvaged_pages(self) -> list[str]:
        """The page files a damaged library held that are still there: indexing
        them again rebuilds it (empty when nothing was set aside).  Touches the
        disk: call it on a worker."""
        rec = self.recovery
        return [p for p in rec.salvaged_paths if os.path.exists(p)] if rec is not None else []

    def pages_under(self, folder: str | os.PathLike[str]) -> int:
        """How many pages the library holds below *folder*: when the user opens
        a folder the library does not know (0), the window can offer to add it."""
        prefix = str(Path(folder).resolve()).rstrip(os.sep) + os.sep
        row = self.connection().execute(
            "SELECT count(*) FROM pages WHERE path >= ? AND path < ?",
            (prefix, prefix[:-1] + chr(ord(os.sep) + 1)),
        ).fetchone()
        return int(row[0])

    def articles(self, path: str) -> tuple[Article, ...]:
        """The stored articles of the page at *path* (as the library parsed it)."""
        rows = self.connection().execute(
            f"SELECT {', '.join('a.' + c.strip() for c in ARTICLE_COLUMNS.split(','))} "
            "FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.path = ? ORDER BY a.idx",
            (path,),
        ).fetchall()
        return tuple(article_from_row(r) for r in rows)

    def article(self, path: str | os.PathLike[str], index: int) -> Article | None:
        """The stored article *index* of the page at *path*, or None."""
        row = self.connection().execute(
            f"SELECT {', '.join('a.' + c.strip() for c in ARTICLE_COLUMNS.split(','))} "
            "FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.path = ? AND a.idx = ?",
            (_key(path), index),
        ).fetchone()
        return article_from_row(row) if row else None

    # -- reading state (library_state): kept per article text, so it survives
    # -- re-indexing and moved files; paths are named as the indexer names them.

    def mark_read(self, path: str | os.PathLike[str], index: int, read: bool = True) -> None:
        """Mark an article read (or unread).  Raises :class:`UnknownArticleError`
        when the library does not hold it."""
        library_state.set_read(self.connection(), _key(path), index, read)

    def is_read(self, path: str | os.PathLike[str], index: int) -> bool:
        return library_state.is_read(self.connection(), _key(path), index)

    def set_starred(
        self, path: str | os.PathLike[str], index: int, starred: bool = True
    ) -> None:
        library_state.set_starred(self.connection(), _key(path), index, starred)

    def toggle_star(self, path: str | os.PathLike[str], index: int) -> bool:
        """Star or unstar an article; returns whether it is starred now."""
        return library_state.toggle_star(self.connection(), _key(path), index)

    def is_starred(self, path: str | os.PathLike[str], index: int) -> bool:
        return library_state.is_starred(self.connection(), _key(path), index)

    def starred(self) -> list[StarredArticle]:
        """Starred articles, most recently starred first."""
        return library_state.starred(self.connection())

    def page_reading(self, path: str | os.PathLike[str]) -> PageReading:
        """Which articles of one page are read and starred, in one query."""
        return library_state.page_reading(self.connection(), _key(path))

    def unread_counts(self) -> dict[str, int]:
        """Unread articles per page path (every page, 0 included)."""
        return library_state.unread_counts(self.connection())

    def next_unread(
        self, path: str | os.PathLike[str], index: int, order: Sequence[str] | None = None
    ) -> ArticleRef | None:
        """Where Space at the end of an article goes: the next unread article
        on this page, else on the following pages of *order* (the window's page
        order; default the library's, as :meth:`pages` lists them)."""
        pages = [_key(p) for p in order] if order is not None \
            else [p.path for p in self.pages()]
        return library_state.next_unread(self.connection(), _key(path), index, pages)

    def counts(self) -> tuple[int, int]:
        """(pages, articles) held."""
        conn = self.connection()
        pages = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return int(pages), int(articles)

    def optimize(self) -> None:
        """Merge the index into one segment: slower to write, fastest to read.
        Worth it after a large indexing run."""
        conn = self.connection()
        with write_transaction(conn):
            conn.execute("INSERT INTO chars (chars) VALUES ('optimize')")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            conns, self._all = self._all, []
        for conn in conns:
            conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _check_tokens(self, conn: sqlite3.Connection) -> None:
        """Rebuild the index if the tokens written for a text have changed
        (a new tokenizer, or new OpenCC data changing how text folds): the
        contentless index can only drop entries it is given the same tokens for."""
        signature = f"{TOKENS_VERSION}:{_fold_signature()}"
        if get_meta(conn, "tokens") == signature:
            return
        with write_transaction(conn):
            if get_meta(conn, "tokens") != signature:
                reindex_all(conn, self._tokens)
                set_meta(conn, "tokens", signature)


def _key(path: str | os.PathLike[str]) -> str:
    """*path* as the library names pages (absolute, symlinks resolved)."""
    return page_key(Path(path))


def _problem(path: Path, thorough: bool) -> str | None:
    """What is wrong with the file at *path*, or None."""
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as err:
        raise LibraryError(f"the library {path} cannot be read: {err}") from err
    if header and header != b"SQLite format 3\x00":
        return "not a database"
    try:
        conn = connect(path)
    except sqlite3.DatabaseError as err:
        return str(err)
    try:
        return check(conn, thorough)
    finally:
        conn.close()


@functools.cache
def _fold_signature() -> str:
    """A digest of how every character of the BMP and the ideograph planes folds."""
    digest = hashlib.blake2b(digest_size=8)
    # In slices: one long translate would hold the GIL (and stall a window) too long.
    for start in range(0, 0x30000, 0x800):
        if not 0xD800 <= start < 0xE000:  # surrogates
            digest.update(fold("".join(map(chr, range(start, start + 0x800)))).encode("utf-8"))
    return digest.hexdigest()
