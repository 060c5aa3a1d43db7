"""The library: every page the user has added, in one SQLite file, searchable.

:class:`Library` is what the window and the command line hold.  It opens
the file (refusing one that is not a Dubao library, read-only for a command
that only reads, creating it where asked, migrating it, or — when it is
damaged — setting it aside with everything readable carried over to a new
one), hands each thread its own connection, answers searches, lists pages and
keeps the reading state (read, starred: :mod:`reader.core.library.reading`).
A library that cannot be used for another reason raises a
:class:`LibraryError` whose ``fault`` says which (full, locked, read-only …).

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
import errno
import functools
import hashlib
import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.filenames import fs_path, shown
from reader.core.library import reading as library_state
from reader.core.library.faults import Fault, LibraryDamagedError, LibraryError, library_error
from reader.core.library.hits import SearchHit
from reader.core.library.index import Indexer, IndexReport, page_key
from reader.core.library.opener import Access, LibraryFile
from reader.core.library.progress import IndexProgress
from reader.core.library.query import TOKENS_VERSION, CharTokens, QueryError
from reader.core.library.reading import PageReading, StarredArticle, UnknownArticleError
from reader.core.library.recovery import TO_READ_AGAIN, Recovery
from reader.core.library.rows import ARTICLE_COLUMNS, article_from_row, reindex_all
from reader.core.library.search import SearchResult, search
from reader.core.library.store import get_meta, set_meta, write_transaction
from reader.core.model import Article, ArticleRef
from reader.core.page.articles import PARSER_VERSION
from reader.core.text.fold import fold

if TYPE_CHECKING:
    from reader.core.library.trends import Trend

__all__ = [
    "Access",
    "ArticleRef",
    "Fault",
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


class Library(LibraryFile):
    """An open library file.  Safe to use from any thread: each thread gets
    its own connection; WAL lets searches run while an indexer writes."""

    def __init__(self, path: Path, recovery: Recovery | None = None,
                 read_only: bool = False) -> None:
        """Use :meth:`open`, which checks, migrates and recovers the file."""
        super().__init__(path, recovery, read_only)
        self._tokens = CharTokens()

    def indexer(self) -> Indexer:
        """An indexer writing through the calling thread's connection."""
        return Indexer(self.connection(), self._tokens)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> SearchResult:
        """Ranked articles for *query*.  Raises ``QueryError`` for a query of
        exclusions only and ``LibraryDamagedError`` if the file turns out broken."""
        try:
            return search(self.connection(), self._tokens, query, limit, offset,
                          corpus_size=self._corpus_size)
        except sqlite3.Error as err:
            raise library_error(err, self.path) from err

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
        """The page files of a damaged library whose articles could not all be
        carried over, that are there and not indexed again yet: indexing them
        completes the library.  The list is kept in the library, so a run cut
        short is taken up by the next one.  Touches the disk: call it on a worker."""
        conn = self.connection()
        listed = get_meta(conn, TO_READ_AGAIN)
        if not listed:
            return []
        held = {r[0] for r in conn.execute("SELECT path FROM pages")}
        left = [p for p in json.loads(listed) if p not in held and os.path.isfile(fs_path(p))]
        if not left and not self.read_only:
            with write_transaction(conn):
                conn.execute("DELETE FROM meta WHERE key = ?", (TO_READ_AGAIN,))
        return left

    def pages_under(self, folder: str | os.PathLike[str]) -> int:
        """How many pages the library holds below *folder*: when the user opens
        a folder the library does not know (0), the window can offer to add it."""
        prefix = page_key(Path(folder)).rstrip(os.sep) + os.sep
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
        library_state.set_read(self._writer(), _key(path), index, read, self._journal)

    def is_read(self, path: str | os.PathLike[str], index: int) -> bool:
        return library_state.is_read(self.connection(), _key(path), index)

    def set_starred(
        self, path: str | os.PathLike[str], index: int, starred: bool = True
    ) -> None:
        library_state.set_starred(self._writer(), _key(path), index, starred, self._journal)

    def toggle_star(self, path: str | os.PathLike[str], index: int) -> bool:
        """Star or unstar an article; returns whether it is starred now."""
        return library_state.toggle_star(self._writer(), _key(path), index, self._journal)

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

    # -- what opening asks of the index engine (see LibraryFile)

    def _up_to_date(self, conn: sqlite3.Connection) -> bool:
        return get_meta(conn, "tokens") == f"{TOKENS_VERSION}:{_fold_signature()}"

    def _bring_up_to_date(self, conn: sqlite3.Connection) -> None:
        self._check_tokens(conn)

    def _warm(self) -> None:
        self._corpus_size()  # the first search of a common character needs it

    @staticmethod
    def _build_index(conn: sqlite3.Connection) -> None:
        build_index(conn)

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
    """*path* as the library names pages (absolute, symlinks resolved).  A
    symlink loop is refused in plain words."""
    try:
        os.stat(fs_path(os.fspath(path)))
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise LibraryError(f"{shown(os.fspath(path))} cannot be followed "
                               "(too many levels of symbolic links)") from None
    return page_key(Path(path))


def build_index(conn: sqlite3.Connection) -> None:
    """Build the search index of a library made from a damaged one's articles
    (inside the caller's write transaction)."""
    reindex_all(conn, CharTokens())
    set_meta(conn, "tokens", f"{TOKENS_VERSION}:{_fold_signature()}")


@functools.cache
def _fold_signature() -> str:
    """A digest of how every character of the BMP and the ideograph planes folds."""
    digest = hashlib.blake2b(digest_size=8)
    # In slices: one long translate would hold the GIL (and stall a window) too long.
    for start in range(0, 0x30000, 0x800):
        if not 0xD800 <= start < 0xE000:  # surrogates
            digest.update(fold("".join(map(chr, range(start, start + 0x800)))).encode("utf-8"))
    return digest.hexdigest()
