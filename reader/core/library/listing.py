"""The library's pages as the library panel lists them: imported when they are
first listed (a command that only searches never needs them)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LibraryPage:
    """A page the library holds, for the library panel."""

    path: str
    name: str
    folder: str
    date: dt.date | None
    article_count: int


def library_pages(conn: sqlite3.Connection) -> list[LibraryPage]:
    """Every page: those with a known date newest first, then the rest by
    folder and name."""
    rows = conn.execute(
        "SELECT path, name, folder, date, article_count FROM pages "
        "ORDER BY date IS NULL, date DESC, folder, name"
    ).fetchall()
    return [
        LibraryPage(path, name, folder, dt.date.fromisoformat(d) if d else None, n)
        for path, name, folder, d, n in rows
    ]
