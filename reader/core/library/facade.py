"""The library: every page the user has added, in one SQLite file, searchable.

:class:`Library` is what the window and the command line hold.  It opens
the file (refusing one that is not a Dubao library, read-only for a command
that only reads, creating it where asked, migrating it, or — when it is
damaged — setting it aside with everything readable carried over to a new
one), hands each thread its own connection, answers searches, lists pages and
keeps the reading state (read, starred: :mod:`reader.core.library.reading`).
A library that cannot be used for another reason raises a
:class:`LibraryError` whose ``fault`` says which (full, locked, read-only …).

For a window: open it on a worker (the first open of a library made by an
older Dubao migrates it and builds its text index: minutes for a large one);
:meth:`Library.search` may then be called from any thread.  Index
on a worker with ``lib.indexer().index_paths(paths, progress, cancel)``,
calling :meth:`Library.indexer` in that worker's thread (the indexer writes
through its thread's connection), or run ``python -m reader index
--progress-json PATH`` as a child process, which shares no interpreter lock
with the window and can be stopped at any moment without harm.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reader.core.filenames import fs_path
from reader.core.library.faults import Fault, LibraryDamagedError, LibraryError, library_error
from reader.core.library.hits import SearchHit
from reader.core.library.indexfaults import TextIndexDamagedError
from reader.core.library.marks import LibraryMarks
from reader.core.library.marks import library_key as _key
from reader.core.library.opener import Access
from reader.core.library.query import QueryError
from reader.core.library.rows import ARTICLE_COLUMNS_A, article_from_row, page_key, read_snapshot
from reader.core.library.search import SearchResult, search
from reader.core.library.store import TO_READ_AGAIN, get_meta, write_transaction
from reader.core.library.textcodec import TextCodec
from reader.core.library.textindex import TextIndex
from reader.core.model import Article, ArticleRef

if TYPE_CHECKING:
    # Indexing brings the page parser, recovery the salvage of a damaged file;
    # the marks, progress and the list of pages are modules of their own: each
    # is imported where it is used, so that a command that only searches loads
    # none of them.
    from reader.core.library.index import Indexer
    from reader.core.library.listing import LibraryPage
    from reader.core.library.progress import IndexProgress, IndexReport
    from reader.core.library.reading import PageReading, StarredArticle, UnknownArticleError
    from reader.core.library.recovery import Recovery
    from reader.core.library.trends import Trend
    from reader.core.problems import SearchIndexProblem

_T = TypeVar("_T")


#: What this module offers from the modules beside it that a search never
#: needs, imported on first use (the module that holds each).
_LAZY = {"Indexer": "index", "IndexProgress": "progress", "IndexReport": "progress",
         "PageReading": "reading", "StarredArticle": "reading",
         "UnknownArticleError": "reading", "Recovery": "recovery",
         "LibraryPage": "listing"}


def __getattr__(name: str) -> object:
    """``Indexer`` (it brings the page parser), progress, marks and recovery
    types, imported on first use: a command that only searches never needs them."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"reader.core.library.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

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


class Library(LibraryMarks):
    """An open library file.  Safe to use from any thread: each thread gets
    its own connection; WAL lets searches run while an indexer writes."""

    def __init__(self, path: Path, recovery: Recovery | None = None,
                 read_only: bool = False) -> None:
        """Use :meth:`open`, which checks, migrates and recovers the file."""
        super().__init__(path, recovery, read_only)
        self._codec = TextCodec()
        self._text = TextIndex(path, read_only)
        #: What was last said about the search index (told once).
        self._told: SearchIndexProblem | None = None
        #: Whether the text index was looked at: an opening that only reads
        #: leaves it until the first search (listing marks never needs it).
        self._text_seen = False

    def indexer(self, parse_workers: int = 0) -> Indexer:
        """An indexer writing through the calling thread's connection; up to
        *parse_workers* other processes parse a long run's pages ahead of it."""
        from reader.core.library.index import Indexer

        return Indexer(self.connection(), self._codec, self._text, parse_workers)

    @property
    def index_damage(self) -> str | None:
        """Why the search index was found damaged and made again from the
        library's rows on opening or while searching (None: it was not).
        Nothing is lost, but the user should be told."""
        return self._text.damage

    def search(self, query: str, limit: int = 20, offset: int = 0) -> SearchResult:
        """Ranked articles for *query*.  Raises ``QueryError`` for a query of
        exclusions only and ``LibraryDamagedError`` if the file turns out broken;
        a damaged search index is made again from the library (or, where it
        cannot be, read around: :meth:`index_notice` says which)."""
        return self._reading(lambda conn: search(conn, self._text, self._codec, query,
                                                 limit, offset))

    def trend(self, query: str) -> Trend:
        """How often the library mentions *query*, issue by issue (the whole
        library may be read: call it on a worker).  Raises ``QueryError`` for a
        query of exclusions only."""
        from reader.core.library.trends import mention_trend

        return self._reading(lambda conn: mention_trend(conn, self._text, self._codec, query))

    def _reading(self, ask: Callable[[sqlite3.Connection], _T]) -> _T:
        """*ask* the index and the rows from one snapshot, the index first
        brought up to what any connection committed; damage to the index is
        mended (or, where it cannot be now, read around) and *ask* asked again."""
        conn = self.connection()
        try:
            self._see_text(conn)
            try:
                return self._asked(conn, ask)
            except TextIndexDamagedError as err:
                if self.read_only:
                    self._remake_text(conn, str(err), damaged=True)
                else:
                    self._text.mend(conn, self._codec, str(err))
                return self._asked(conn, ask)
        except sqlite3.Error as err:
            raise library_error(err, self.path) from err

    def _asked(self, conn: sqlite3.Connection, ask: Callable[[sqlite3.Connection], _T]) -> _T:
        with read_snapshot(conn):
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            if getattr(self._local, "seen", None) != version:
                self._text.reload()
                self._local.seen = version
            return ask(conn)

    def _see_text(self, conn: sqlite3.Connection, thorough: bool = False) -> None:
        if not self._text_seen:
            self._text_seen = True
            self._text.look(conn, thorough)
            trouble = self._text.unusable
            if trouble is not None and trouble.fault is None:
                self._remake_text(conn, trouble.reason, trouble.damaged)

    def _remake_text(self, conn: sqlite3.Connection, reason: str, damaged: bool) -> None:
        """An opening that only reads writes nothing, so its index, found
        damaged or missing, is made again by an opening that writes, made for
        the moment (as a migration is).  Where none can be (a read-only disk,
        the disk full, another program's lock), searches read around it."""
        try:
            with self._open(self.path, False, Access.WRITE) as other:
                text = other._text
                if damaged and not text.rebuilt:  # damage only a search meets
                    text.mend(other.connection(), other._codec, reason)
                made = text.unusable is None
        except LibraryError as err:
            self._text.read_around(reason, damaged, err)
            return
        if made:
            self._text.made_elsewhere(conn, reason if damaged else None)

    def note_index_damage(self, reason: str) -> None:
        """Damage met while writing the index: the next opening that may write
        makes it again from the library (and tells)."""
        from reader.core.library.indexmarker import note_damage

        note_damage(self._text.folder, reason)

    def index_notice(self) -> SearchIndexProblem | None:
        """What the user should be told about the search index, once: it was
        damaged and made again from the library (nothing lost), or it cannot
        be used now and searches read the library itself.  None: nothing (new)."""
        text = self._text
        if text.unusable is None and not (text.rebuilt and text.damage):
            return None
        from reader.core.problems import SearchIndexProblem  # problems load when they happen

        notice = SearchIndexProblem(
            str(self.path), text.unusable.reason if text.unusable else text.damage or "",
            rebuilt=text.unusable is None, damaged=text.damage is not None)
        if notice == self._told:
            return None
        self._told = notice
        return notice

    def pages(self) -> list[LibraryPage]:
        """Every page: those with a known date newest first, then the rest by
        folder and name."""
        from reader.core.library.listing import library_pages

        return library_pages(self.connection())

    def stale_pages(self) -> list[str]:
        """Pages parsed by another version of the parser: the window refreshes
        them (``lib.indexer().refresh()``) on a worker after opening."""
        from reader.core.page.articles import PARSER_VERSION

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
        conn = self.connection()
        rows = conn.execute(
            f"SELECT {ARTICLE_COLUMNS_A} "
            "FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.path = ? ORDER BY a.idx",
            (path,),
        ).fetchall()
        return tuple(article_from_row(r, self._codec, conn) for r in rows)

    def article(self, path: str | os.PathLike[str], index: int) -> Article | None:
        """The stored article *index* of the page at *path*, or None."""
        conn = self.connection()
        row = conn.execute(
            f"SELECT {ARTICLE_COLUMNS_A} "
            "FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.path = ? AND a.idx = ?",
            (_key(path), index),
        ).fetchone()
        return article_from_row(row, self._codec, conn) if row else None

    def next_unread(
        self, path: str | os.PathLike[str], index: int, order: Sequence[str] | None = None
    ) -> ArticleRef | None:
        """Where Space at the end of an article goes: the next unread article
        on this page, else on the following pages of *order* (the window's page
        order; default the library's, as :meth:`pages` lists them)."""
        from reader.core.library.reading import next_unread

        pages = [_key(p) for p in order] if order is not None \
            else [p.path for p in self.pages()]
        return next_unread(self.connection(), _key(path), index, pages)

    def counts(self) -> tuple[int, int]:
        """(pages, articles) held."""
        conn = self.connection()
        pages = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return int(pages), int(articles)

    def index_problem(self) -> str | None:
        """None when the search index holds exactly the library's articles
        (what is queued for it taken in first), else what differs.  Reads
        every id: for checks, not for every opening."""
        conn = self.connection()
        self._see_text(conn)
        return self._text.problem(conn, self._codec)

    def optimize(self) -> None:
        """After a large indexing run: fold the write-ahead log back into the
        file (it can grow to the size of what was written) and refresh the
        query planner's statistics.  The text index merges as it is written."""
        conn = self.connection()
        conn.execute("PRAGMA optimize")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        super().close()
        self._text.close()

    # -- what opening asks of the index engine (see LibraryFile)

    def _bring_up_to_date(self, conn: sqlite3.Connection, thorough: bool) -> None:
        self._vacuum(conn)
        self._codec.load(conn)
        self._text.open(conn, self._codec, thorough)
        self._text_seen = True

    def _warm(self, conn: sqlite3.Connection, thorough: bool) -> None:
        if self.read_only:
            self._codec.load(conn)
            if thorough:
                self._see_text(conn, thorough)

    @staticmethod
    def _build_index(conn: sqlite3.Connection) -> None:
        from reader.core.library.schema_v3 import index_anew

        index_anew(conn)

    def _vacuum(self, conn: sqlite3.Connection) -> None:
        """Just migrated to schema 3: give the FTS5 index's space back, once.
        A disk too full for the copy VACUUM makes leaves it for a later opening."""
        from reader.core.library.schema_v3 import vacuum_after_v3

        try:
            vacuum_after_v3(conn)
        except sqlite3.OperationalError as err:
            if library_error(err, self.path).fault is not Fault.FULL:
                raise
