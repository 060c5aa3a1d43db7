"""Reading state: which articles the user has read and which they starred.

State is kept per article key (:func:`reader.core.library.rows.article_key`,
a digest of the printed text), not per article row: indexing deletes and
rewrites a page's rows whenever its file changes, and moving a file changes
its path, but neither changes what an article says.  An article whose page
leaves the library keeps its state, which comes back if the page does.
Functions here take the calling thread's connection; :class:`Library`
wraps them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.library.store import LibraryError, write_transaction
from reader.core.model import ArticleRef


class UnknownArticleError(LibraryError, LookupError):
    """The library holds no article *index* on the page at *path*."""


@dataclass(frozen=True, slots=True)
class StarredArticle:
    """A starred article, for the starred view: where it is and when it was starred."""

    path: str
    index: int
    title: str
    page_name: str
    page_date: dt.date | None
    starred_at: float

    @property
    def ref(self) -> ArticleRef:
        return ArticleRef(self.path, self.index)

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path, "index": self.index, "title": self.title,
            "page": self.page_name,
            "date": self.page_date.isoformat() if self.page_date else None,
            "starred_at": dt.datetime.fromtimestamp(self.starred_at, dt.UTC)
            .isoformat(timespec="seconds"),
        }


@dataclass(frozen=True, slots=True)
class PageReading:
    """One page's state, for dimming read articles and marking starred ones."""

    total: int
    read: frozenset[int]
    starred: frozenset[int]

    @property
    def unread(self) -> int:
        return self.total - len(self.read)


def _key(conn: sqlite3.Connection, path: str, index: int) -> tuple[str, str] | None:
    row = conn.execute(
        "SELECT a.key, a.title FROM articles a JOIN pages p ON p.id = a.page_id "
        "WHERE p.path = ? AND a.idx = ?",
        (path, index),
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def _known_key(conn: sqlite3.Connection, path: str, index: int) -> tuple[str, str]:
    found = _key(conn, path, index)
    if found is None:
        raise UnknownArticleError(f"the library holds no article {index} of {path}")
    return found


def set_read(conn: sqlite3.Connection, path: str, index: int, read: bool) -> None:
    with write_transaction(conn):
        key, title = _known_key(conn, path, index)
        _update(conn, key, title, "read_at", time.time() if read else None)


def set_starred(conn: sqlite3.Connection, path: str, index: int, starred: bool) -> None:
    with write_transaction(conn):
        key, title = _known_key(conn, path, index)
        _update(conn, key, title, "starred_at", _star_time(conn) if starred else None)


def toggle_star(conn: sqlite3.Connection, path: str, index: int) -> bool:
    """Star the article if it is not, unstar it if it is; its new state."""
    with write_transaction(conn):
        key, title = _known_key(conn, path, index)
        row = conn.execute("SELECT starred_at FROM reading WHERE key = ?", (key,)).fetchone()
        starred = row is None or row[0] is None
        _update(conn, key, title, "starred_at", _star_time(conn) if starred else None)
    return starred


def _star_time(conn: sqlite3.Connection) -> float:
    """Now, but always later than the last star: the starred view's order
    stays the order of starring even if the clock steps back."""
    row = conn.execute("SELECT max(starred_at) FROM reading").fetchone()
    now = time.time()
    return now if row[0] is None else max(now, float(row[0]) + 1e-6)


def _update(
    conn: sqlite3.Connection, key: str, title: str, column: str, value: float | None
) -> None:
    conn.execute(
        f"INSERT INTO reading (key, title, {column}) VALUES (?, ?, ?) "
        f"ON CONFLICT (key) DO UPDATE SET {column} = excluded.{column}, title = excluded.title",
        (key, title, value),
    )
    conn.execute(
        "DELETE FROM reading WHERE key = ? AND read_at IS NULL AND starred_at IS NULL", (key,)
    )


def is_read(conn: sqlite3.Connection, path: str, index: int) -> bool:
    """Whether the article is marked read; False for one the library lacks."""
    return _marked(conn, path, index, "read_at")


def is_starred(conn: sqlite3.Connection, path: str, index: int) -> bool:
    return _marked(conn, path, index, "starred_at")


def _marked(conn: sqlite3.Connection, path: str, index: int, column: str) -> bool:
    row = conn.execute(
        f"SELECT r.{column} FROM articles a JOIN pages p ON p.id = a.page_id "
        "JOIN reading r ON r.key = a.key WHERE p.path = ? AND a.idx = ?",
        (path, index),
    ).fetchone()
    return row is not None and row[0] is not None


def page_reading(conn: sqlite3.Connection, path: str) -> PageReading:
    rows = conn.execute(
        "SELECT a.idx, r.read_at IS NOT NULL, r.starred_at IS NOT NULL "
        "FROM articles a JOIN pages p ON p.id = a.page_id "
        "LEFT JOIN reading r ON r.key = a.key WHERE p.path = ?",
        (path,),
    ).fetchall()
    return PageReading(
        total=len(rows),
        read=frozenset(int(i) for i, read, _ in rows if read),
        starred=frozenset(int(i) for i, _, star in rows if star),
    )


def starred(conn: sqlite3.Connection) -> list[StarredArticle]:
    """Starred articles the library holds, most recently starred first.  An
    article printed on several pages is listed once, on its newest page."""
    rows = conn.execute(
        "SELECT r.key, r.starred_at, p.path, p.name, p.date, a.idx, a.title "
        "FROM reading r JOIN articles a ON a.key = r.key JOIN pages p ON p.id = a.page_id "
        "WHERE r.starred_at IS NOT NULL "
        "ORDER BY r.starred_at DESC, a.id DESC"
    ).fetchall()
    seen: set[str] = set()
    out: list[StarredArticle] = []
    for key, at, path, name, date, idx, title in rows:
        if key in seen:
            continue
        seen.add(key)
        out.append(StarredArticle(
            path=path, index=int(idx), title=title, page_name=name,
            page_date=dt.date.fromisoformat(date) if date else None, starred_at=float(at),
        ))
    return out


def unread_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Unread articles per page path, every page of the library included."""
    rows = conn.execute(
        "SELECT p.path, coalesce(sum(a.id IS NOT NULL AND r.read_at IS NULL), 0) "
        "FROM pages p LEFT JOIN articles a ON a.page_id = p.id "
        "LEFT JOIN reading r ON r.key = a.key GROUP BY p.id"
    ).fetchall()
    return {str(path): int(n) for path, n in rows}


def next_unread(
    conn: sqlite3.Connection, path: str, index: int, order: Sequence[str]
) -> ArticleRef | None:
    """The first unread article after *index* on the page at *path*, else the
    first unread one on the pages after it in *order*; None when there is none
    (no wrapping round to earlier pages)."""
    row = _first_unread(conn, path, index)
    if row is not None or path not in order:
        return row
    # Page by page, stopping at the first find: usually the next page.
    for later in list(order)[list(order).index(path) + 1:]:
        row = _first_unread(conn, later, -1)
        if row is not None:
            return row
    return None


def _first_unread(conn: sqlite3.Connection, path: str, after: int) -> ArticleRef | None:
    row = conn.execute(
        "SELECT a.idx FROM articles a JOIN pages p ON p.id = a.page_id "
        "LEFT JOIN reading r ON r.key = a.key "
        "WHERE p.path = ? AND a.idx > ? AND r.read_at IS NULL ORDER BY a.idx LIMIT 1",
        (path, after),
    ).fetchone()
    return ArticleRef(path, int(row[0])) if row else None
