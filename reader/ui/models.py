"""Item models over immutable rows: articles, pages, key terms, watched terms."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from reader.core.model import Article, ArticleRef
from reader.core.page.shown import first_words
from reader.core.session import WatchTerm
from reader.strings import Tr
from reader.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex

ArticleRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3
MarksRole = Qt.ItemDataRole.UserRole + 4
PageNameRole = Qt.ItemDataRole.UserRole + 5
TermsRole = Qt.ItemDataRole.UserRole + 6
HeaderRole = Qt.ItemDataRole.UserRole + 7
CurrentRole = Qt.ItemDataRole.UserRole + 8
ReadRole = Qt.ItemDataRole.UserRole + 9
StarredRole = Qt.ItemDataRole.UserRole + 10
UnreadRole = Qt.ItemDataRole.UserRole + 11

MARK_INFERRED = "拟题"
MARK_PHOTO = "图片"
MARK_CONTINUED = "待续"
#: The marks' English names (the source texts of their translations, context "lists").
MARK_NAMES = {MARK_INFERRED: "Headline supplied", MARK_PHOTO: "Photo",
              MARK_CONTINUED: "Continued"}


def mark_label(mark: str) -> str:
    """A mark as the list shows it, in the interface language."""
    name = MARK_NAMES.get(mark)
    return tr(Tr.LISTS, name) if name is not None else mark


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One line of the article list, already in the script shown."""

    path: str
    index: int
    article: Article
    page_name: str = ""
    snippet: str | None = None

    @property
    def ref(self) -> ArticleRef:
        return ArticleRef(self.path, self.index)

    @property
    def marks(self) -> list[str]:
        out = []
        if self.article.title_inferred:
            out.append(MARK_INFERRED)
        if self.article.kind == "photo":
            out.append(MARK_PHOTO)
        elif self.article.kind != "news":
            out.append(self.article.kind)
        if self.article.continued:
            out.append(MARK_CONTINUED)
        return out

    @property
    def subtitle_line(self) -> str:
        return " ｜ ".join(p for p in (self.article.kicker, self.article.subtitle) if p)

    @property
    def detail_line(self) -> str:
        if self.snippet is not None:
            return self.snippet
        parts = [p for p in (self.article.byline, first_words(self.article)) if p]
        return "　".join(parts)


class _RowsModel(QAbstractListModel):
    """A flat list model over a Python list that is replaced as a whole."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _reset(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _row(self, index: Index) -> Any:
        """The row behind *index*, or None for an index out of range."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)


class ArticleListModel(_RowsModel):
    """The article list: the current page's articles, or search hits across pages."""

    _rows: list[ArticleRow]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.terms: tuple[str, ...] = ()
        self.read: frozenset[ArticleRef] = frozenset()
        self.starred: frozenset[ArticleRef] = frozenset()

    def set_reading(self, read: frozenset[ArticleRef], starred: frozenset[ArticleRef]) -> None:
        """Which articles are read (dimmed) and starred (marked)."""
        if (read, starred) == (self.read, self.starred):
            return
        self.read, self.starred = read, starred
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [ReadRole, StarredRole])

    def set_rows(self, rows: list[ArticleRow], terms: tuple[str, ...] = ()) -> None:
        self.terms = terms
        self._reset(list(rows))

    def row_at(self, row: int) -> ArticleRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[ArticleRow]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self._row(index)
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return r.article.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            marks = "".join(f"〔{mark_label(m)}〕" for m in r.marks)
            flags = ("★" if r.ref in self.starred else "") + (
                tr(Tr.LISTS, " (read)") if r.ref in self.read else "")
            return f"{marks}{r.article.title}{flags}"
        if role == ReadRole:
            return r.ref in self.read
        if role == StarredRole:
            return r.ref in self.starred
        if role == ArticleRole:
            return r.article
        if role == SubtitleRole:
            return r.subtitle_line
        if role == DetailRole:
            return r.detail_line
        if role == MarksRole:
            return r.marks
        if role == PageNameRole:
            return r.page_name
        if role == TermsRole:
            return self.terms
        return None


@dataclass(frozen=True, slots=True)
class PageRow:
    path: str
    name: str
    date: dt.date | None
    count: int
    header: str | None  # the date group this row opens, if it opens one


def page_rows(pages: list[tuple[str, str, dt.date | None, int]]) -> list[PageRow]:
    """Rows for (path, shown name, date, article count), a header where the date changes."""
    out: list[PageRow] = []
    last: object = object()
    for path, name, date, count in pages:
        header = None
        if date != last:
            header = date.isoformat() if date else tr(Tr.LISTS, "No date")
            last = date
        out.append(PageRow(path, name, date, count, header))
    return out


def library_page_rows(
        pages: list[tuple[str, str, str, dt.date | None, int]]) -> list[PageRow]:
    """Rows for the library panel from (path, name, folder, date, article count)
    in the library's order (dated newest first, then by folder): a header where
    the date changes, and for undated pages where the folder changes."""
    out: list[PageRow] = []
    last: object = object()
    for path, name, folder, date, count in pages:
        group: object = date if date is not None else ("folder", folder)
        header = None
        if group != last:
            last = group
            header = date.isoformat() if date else (os.path.basename(folder) or folder) + "/"
        out.append(PageRow(path, name, date, count, header))
    return out


class PageListModel(_RowsModel):
    """Pages grouped by date (the open pages; the library's pages)."""

    _rows: list[PageRow]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.current = -1
        #: Unread articles by page path (pages not in it show no count).
        self.unread: dict[str, int] = {}

    def set_unread(self, unread: dict[str, int]) -> None:
        if unread == self.unread:
            return
        self.unread = dict(unread)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.DisplayRole, UnreadRole])

    def set_rows(self, rows: list[PageRow], current: int) -> None:
        self.current = current
        self._reset(list(rows))

    def page_rows(self) -> list[PageRow]:
        return list(self._rows)

    def set_current(self, row: int) -> None:
        old, self.current = self.current, row
        for r in {old, row}:
            if 0 <= r < len(self._rows):
                idx = self.index(r, 0)
                self.dataChanged.emit(idx, idx, [CurrentRole])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self._row(index)
        if r is None:
            return None
        unread = self.unread.get(r.path)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if unread is None:
                return tr(Tr.LISTS, "%1 (%2 articles)", r.name, r.count)
            return tr(Tr.LISTS, "%1 (%2 articles, %3 unread)", r.name, r.count, unread)
        if role == UnreadRole:
            return unread
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.path
        if role == HeaderRole:
            return r.header
        if role == CurrentRole:
            return index.row() == self.current
        return None


class KeywordListModel(_RowsModel):
    """The current article's key terms, as shown (converted)."""

    def set_terms(self, terms: list[str]) -> None:
        self._reset(list(terms))

    def terms(self) -> list[str]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        term = self._row(index)
        if term is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return term
        return None


class WatchListModel(_RowsModel):
    """The user's watched terms, each with its colour."""

    def set_items(self, items: list[WatchTerm]) -> None:
        self._reset([WatchTerm(w.term, w.colour) for w in items])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._row(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.term
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(item.colour)
        return None
