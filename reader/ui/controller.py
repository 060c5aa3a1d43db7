"""The reader's state and one handler per action id.

The controller decides what is open, what is shown and how; it changes the
models and tells the view (a :class:`ReaderView`) what to show.  Its helpers
own one concern each: :class:`OpenPages` (pages and their conversion),
:class:`SearchRunner` (search as you type), :class:`HighlightTerms` (key terms
and the watch-list), :class:`ArticleFinder` (find in the article),
:class:`LibraryKeeper` (the persistent library: search, indexing, its pages),
:class:`ReadingKeeper` (read and starred marks), :class:`SearchHitCommands` (the
hits in the list), :class:`ListingCommands` (the marks' keys, the starred and
trend listings) and :class:`ExportCommands` (copy, print, export); the handlers
of their actions call them.  Slow work
goes to the worker pool, and only the latest answer to each question is used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader import APP_NAME
from reader.actions import ACTIONS, Action, rebound
from reader.core.library.backends import OpenPagesSearch, SearchBackend
from reader.core.library.hits import SearchHit, article_snippet
from reader.core.library.query import parse_query, term_pattern
from reader.core.model import Article, Page
from reader.core.page.shown import shown_text
from reader.core.preferences import Preferences, PreferencesStore
from reader.core.session import (
    DEFAULT_TEXT_SIZE,
    MAX_RECENT,
    MAX_TEXT_SIZE,
    MIN_TEXT_SIZE,
    Settings,
    SettingsStore,
    WatchTerm,
)
from reader.core.text.find import FindState, find_matches
from reader.core.text.script import Script
from reader.ui.engine import TextEngine
from reader.ui.export_commands import ExportCommands
from reader.ui.finder import ArticleFinder
from reader.ui.i18n import tr
from reader.ui.indexing import IndexJob
from reader.ui.keys import key_problem
from reader.ui.library import LibraryKeeper
from reader.ui.listings import ListingCommands
from reader.ui.models import (
    ArticleListModel,
    ArticleRow,
    KeywordListModel,
    PageListModel,
    WatchListModel,
    page_rows,
)
from reader.ui.open_pages import OpenPages, page_order
from reader.ui.problems import describe
from reader.ui.reading_state import ReadingKeeper
from reader.ui.search import SearchRunner
from reader.ui.search_hits import SearchHitCommands
from reader.ui.terms import HighlightTerms
from reader.ui.view import ReaderView
from reader.ui.workers import TaskKind, WorkerPool

if TYPE_CHECKING:
    from reader.core.library.trends import TrendRow
    from reader.core.opening import Opened
    from reader.core.problems import CoreProblem
    from reader.core.text.highlight import Span
    from reader.ui.exporting import Exporter

Key = tuple[str, int]  # (page path, article position on the page)


class ReaderController(QObject):
    title_changed = Signal(str)
    script_changed = Signal(str)          # the script's label
    shown_changed = Signal()              # converted text of the article read arrived
    article_changed = Signal()
    pages_changed = Signal()
    pages_loaded = Signal()               # an open (files, folder, startup) finished
    search_finished = Signal()
    find_changed = Signal()
    highlight_changed = Signal(bool)
    keywords_changed = Signal()
    watch_changed = Signal()
    text_size_changed = Signal(int)
    status_message = Signal(str)
    error_reported = Signal(str)
    preferences_changed = Signal()
    trend_ready = Signal(object)          # a Trend
    trend_failed = Signal(str)

    def __init__(self, *, workers: WorkerPool, engine: TextEngine, store: SettingsStore,
                 settings: Settings, article_model: ArticleListModel,
                 page_model: PageListModel, keyword_model: KeywordListModel,
                 watch_model: WatchListModel, backend: SearchBackend | None = None,
                 library: LibraryKeeper | None = None,
                 prefs: Preferences | None = None,
                 prefs_store: PreferencesStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.engine = engine
        self.store = store
        self.settings = settings
        self.article_model = article_model
        self.page_model = page_model
        self.keyword_model = keyword_model
        self.watch_model = watch_model
        self.view: ReaderView | None = None

        self.prefs = prefs if prefs is not None else Preferences()
        self.prefs_store = prefs_store
        #: The actions with the user's keys (the registry's when those conflict).
        self.actions: tuple[Action, ...] = self._rebound(self.prefs)
        self.script: Script = self.prefs.default_script or settings.script
        self.open = OpenPages(workers, engine, self.script, self)
        self.library = library
        self._index = library.search.open_pages if library is not None else OpenPagesSearch()
        if backend is None:
            backend = library.search if library is not None else self._index
        self.search = SearchRunner(workers, backend, parent=self)
        self.terms = HighlightTerms(workers, engine, keyword_model, watch_model,
                                    settings.watch, settings.highlight, self)
        self.terms.palette = list(self.prefs.watch_colours)
        self.finder = ArticleFinder(engine, self._view, self._find_source,
                                    self._on_find_changed, self.say)
        self.exports = ExportCommands(self)
        self.hits = SearchHitCommands(self)
        self.listings = ListingCommands(self)
        self.reading = ReadingKeeper(workers, library, lambda: [p.path for p in self.pages],
                                     self)
        self.reading.restore(settings.pending_marks)
        #: What the list shows instead of the page: None, "search", "starred" or "trend".
        self.list_kind: str | None = None
        self.current: Key | None = None
        self.text_size = settings.text_size
        self.recent: list[str] = list(settings.recent)
        self.search_hits: list[Key] | None = None
        #: What the search said of each hit (its page may not be open).
        self._hit_info: dict[Key, SearchHit] = {}
        self.spans: list[Span] = []
        self._shown_article: Article | None = None
        self._term_pos = -1

        self.handlers: dict[str, Callable[[], None]] = {
            "article.next": lambda: self.move_article(+1),
            "article.prev": lambda: self.move_article(-1),
            "article.first": lambda: self.jump_article(0),
            "article.last": lambda: self.jump_article(-1),
            "article.page_down": lambda: self.page_scroll(True),
            "article.page_up": lambda: self.page_scroll(False),
            "article.read": self.read_article,
            "focus.toggle": lambda: self._view().focus("toggle"),
            "article.toggle_read": self.listings.toggle_read,
            "article.star": self.listings.toggle_star,
            "starred.show": self.listings.show_starred,
            "trends.show": self.listings.show_trends,
            "page.prev": lambda: self.move_page(-1),
            "page.next": lambda: self.move_page(+1),
            "find.start": self.finder.start,
            "find.next": lambda: self.finder.step(True),
            "find.prev": lambda: self.finder.step(False),
            "search.start": self.start_search,
            "search.open_first": self.hits.open_first_hit,
            "search.to_list": lambda: self._view().focus("list"),
            "script.cycle": self.cycle_script,
            "text.larger": lambda: self.set_text_size(self.text_size + 1),
            "text.smaller": lambda: self.set_text_size(self.text_size - 1),
            "text.reset": lambda: self.set_text_size(DEFAULT_TEXT_SIZE),
            "highlight.toggle": self.toggle_highlight,
            "terms.panel": lambda: self._view().show_terms_panel(),
            "terms.next": self.next_term,
            "watch.add_selection": self.watch_selection,
            "watch.remove": lambda: self.remove_watch(self._view().current_watch_row()),
            "library.panel": lambda: self._view().show_library_panel(),
            "library.open_page": self.open_chosen_library_page,
            "library.cancel_index": self.cancel_indexing,
            "file.open": self.ask_open_files,
            "folder.open": self.ask_open_folder,
            "text.copy": lambda: self.exports.copy_article(markdown=False),
            "text.copy_markdown": lambda: self.exports.copy_article(markdown=True),
            "file.export": self.exports.export,
            "file.print": self.exports.print_article,
            "file.recent": lambda: self._view().show_recent(list(self.recent)),
            "app.preferences": lambda: self._view().show_preferences(),
            "help.show": self.toggle_help,
            "app.escape": self.escape,
            "app.quit": lambda: self._view().close_window(),
        }
        missing = {a.id for a in ACTIONS} - self.handlers.keys()
        if missing:
            raise RuntimeError(f"actions without a handler: {sorted(missing)}")
        engine.converter_ready.connect(self.on_engine_converter_ready)
        engine.segmenter_ready.connect(self.on_engine_segmenter_ready)
        engine.failed.connect(self.report_error)
        self.open.converted.connect(self.on_open_converted)
        self.search.results.connect(self.hits.on_search_results)
        self.search.failed.connect(self.report_error)
        self.terms.keywords_arrived.connect(self.on_terms_keywords_arrived)
        self.terms.watch_changed.connect(self.on_terms_watch_changed)
        self.reading.changed.connect(self.on_reading_changed)
        self.reading.said.connect(self.say)
        if library is not None:
            library.reported.connect(self.report_error)
            library.said.connect(self.say)
            library.index_finished.connect(self.on_library_index_finished)

    # ---- plumbing ----------------------------------------------------------------------------
    def attach(self, view: ReaderView) -> None:
        self.view = view
        view.set_text_size(self.text_size)

    def _view(self) -> ReaderView:
        assert self.view is not None, "attach() a view first"
        return self.view

    def run(self, action_id: str) -> None:
        """Carry out an action of the registry."""
        self.handlers[action_id]()

    def say(self, text: str) -> None:
        self.status_message.emit(text)

    def report_error(self, text: str) -> None:
        self.error_reported.emit(text)
        if self.view is not None:
            self.view.show_error(text)

    # ---- what is open and shown --------------------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        return self.open.pages

    def page_by_path(self, path: str) -> Page | None:
        return self.open.page(path)

    def page_index(self, path: str | None) -> int:
        return self.open.index(path)

    def shown_article(self, key: Key | None = None) -> Article | None:
        return self.open.shown_article(key if key is not None else self.current)

    @property
    def watch(self) -> list[WatchTerm]:
        return self.terms.watch

    @property
    def highlight_on(self) -> bool:
        return self.terms.on

    def window_title(self) -> str:
        art = self.shown_article()
        page = self.open.shown(self.current[0]) if self.current else None
        if art is None or page is None:
            return APP_NAME
        return f"{art.title} — {page.name} — {APP_NAME}"

    # ---- opening -----------------------------------------------------------------------------
    def open_paths(self, paths: Iterable[str], select: Key | None = None,
                   scroll: int | None = None, keep_current: bool = False) -> None:
        """Open files and folders on a worker; then show *select* (or the first new
        page, or with *keep_current* what is shown now)."""
        paths = [str(p) for p in paths]
        if not paths:
            return
        self.say(tr("status", "Opening %1 item(s)…", len(paths)))

        def work() -> Opened:
            from reader.core.opening import open_paths

            return open_paths(paths)

        self.workers.submit(
            TaskKind.OPEN, work,
            lambda result: self.add_loaded(result.pages, result.problems, select=select,
                                           scroll=scroll, keep_current=keep_current),
            exclusive=False)

    def add_loaded(self, pages: list[Page], problems: list[CoreProblem],
                   select: Key | None = None,
                   scroll: int | None = None, keep_current: bool = False) -> None:
        """Take loaded pages in and show one of them; report what failed."""
        for p in problems:
            self.report_error(describe(p))
        self.script_changed.emit(self.script_label())
        if pages:
            self.open.add(pages)
            new = {p.path for p in pages}
            self.recent = ([p.path for p in pages]
                           + [r for r in self.recent if r not in new])[:MAX_RECENT]
            self._reindex()
            if select is None or self.page_by_path(select[0]) is None:
                select = (min(pages, key=page_order).path, 0)
                if keep_current and self.current is not None:
                    select, scroll = self.current, None
            self.open.convert(select[0])
            self._refresh_pages()
            self.pages_changed.emit()
            if self.current is None or select != self.current or self.current[0] in new:
                self.select(select, scroll=scroll)
            n = sum(len(p.articles) for p in pages)
            self.say(tr("status", "Opened %1 page(s), %2 article(s)", len(pages), n))
            if self.library is not None:
                self.library.pages_opened([p.path for p in pages])
            self.reading.load([p.path for p in pages])
        self.hits.page_shown()
        self.pages_loaded.emit()

    def _reindex(self) -> None:
        pages = list(self.pages)
        self.workers.submit(TaskKind.INDEX_OPEN_PAGES, lambda: self._index.set_pages(pages),
                            lambda _r: self.search.rerun())

    def ask_open_files(self) -> None:
        files = self._view().ask_files()
        if files:
            self.open_paths(files)

    def ask_open_folder(self) -> None:
        folder = self._view().ask_folder()
        if folder:
            self.open_paths([folder])
            if self.library is not None and self.library.folder_opened(folder):
                self._view().offer_library_folder(folder)

    # ---- the library -------------------------------------------------------------------------
    def library_start(self) -> None:
        if self.library is not None:
            self.library.start()

    def add_folder_to_library(self, folder: str) -> None:
        """The user accepted the offer: index *folder* (progress in the window)."""
        if self.library is not None:
            self.library.add_folder(folder)

    def cancel_indexing(self) -> None:
        if self.library is not None and self.library.cancel():
            self.say(tr("status", "Indexing stopped"))
        else:
            self.say(tr("status", "Nothing is being indexed"))

    def on_library_index_finished(self, job: IndexJob, status: str) -> None:
        if job.visible and status == "done":
            self.say(tr("status", "Added to the library (%1 item(s))", len(job.paths)))
        self.search.rerun()

    def open_chosen_library_page(self) -> None:
        path = self._view().current_library_path()
        if path:
            self.open_library_page(path)

    def open_library_page(self, path: str) -> None:
        """Enter in the library panel: show the page (opening it if need be)."""
        # The library names files by their real path; an open page may go by another.
        shown = path if self.page_by_path(path) else self._index.aliases().get(path)
        if shown is not None and self.page_by_path(shown) is not None:
            self.select_page(self.page_index(shown))
        else:
            if self.search_hits is not None:
                self.clear_search()
            self.open_paths([path])
        self._view().focus("list")

    def _update_shown_converter(self) -> None:
        """Titles and snippets of hits on pages not open follow the script shown."""
        if self.library is not None:
            self.library.search.shown = (
                self.engine.converter(self.script) if self.engine.has_converter else None)

    # ---- moving through pages and articles ---------------------------------------------------
    def rows(self) -> list[Key]:
        """The articles the list shows: the hits of a search, or the current page's."""
        if self.search_hits is not None:
            return list(self.search_hits)
        page = self.page_by_path(self.current[0]) if self.current else None
        return [] if page is None else [(page.path, i) for i in range(len(page.articles))]

    def current_row(self) -> int:
        rows = self.rows()
        return rows.index(self.current) if self.current in rows else -1

    def move_article(self, delta: int) -> None:
        rows = self.rows()
        if not rows:
            return
        row = self.current_row()
        new = max(0, min(len(rows) - 1, row + delta)) if row >= 0 else 0
        if new == row:
            self.say(tr("status", "This is the first article") if delta < 0
                     else tr("status", "This is the last article"))
            return
        self.select(rows[new])

    def read_article(self) -> None:
        """Enter in the list: into the article (the first one listed if none is chosen,
        as in the starred view or the hits)."""
        rows = self.rows()
        if self.current_row() < 0 and rows:
            self.select(rows[0])
        self._view().focus("article")

    def jump_article(self, row: int) -> None:
        rows = self.rows()
        if rows:
            self.select(rows[row])

    def select_row(self, row: int) -> None:
        """The list's current row changed (mouse, or keys the list handled itself)."""
        rows = self.rows()
        if 0 <= row < len(rows) and rows[row] != self.current:
            self.select(rows[row])

    def move_page(self, delta: int) -> None:
        if not self.pages:
            self.say(tr("status", "No page is open"))
            return
        i = self.page_index(self.current[0] if self.current else None)
        j = max(0, min(len(self.pages) - 1, i + delta))
        if j == i:
            self.say(tr("status", "This is the first page") if delta < 0
                     else tr("status", "This is the last page"))
            return
        self.select_page(j)

    def select_page(self, i: int) -> None:
        if not 0 <= i < len(self.pages):
            return
        if self.search_hits is not None:
            self.clear_search()
        self.select((self.pages[i].path, 0))

    def select(self, key: Key, scroll: int | None = None) -> None:
        """Show the article *key* (and its page), optionally scrolled to *scroll*."""
        page_changed = self.current is None or self.current[0] != key[0]
        page = self.page_by_path(key[0])
        if page is None and key in self._hit_info:
            self.open_paths([key[0]], select=key)   # a library hit: open its page first
            return
        if page is None or not page.articles:
            self.current = (key[0], 0) if page is not None else None
        else:
            self.current = (key[0], max(0, min(key[1], len(page.articles) - 1)))
        if page_changed:
            self._mark_current_page()
            if self.search_hits is None:
                self._refresh_rows()
            self.open.convert_one(key[0])
        self._show_current(force=True)
        self.reading.shown(self.current)
        if scroll:
            self._view().restore_position(scroll)
        self._view().select_row(self.current_row())
        self.article_changed.emit()

    def page_scroll(self, forward: bool) -> None:
        """Space: a screen down; at the end of the article, the next unread one."""
        moved = self._view().scroll_page(forward)
        if forward and not moved and self.current is not None:
            later: list[tuple[str, int]] = []
            if self.search_hits is None:
                i = self.page_index(self.current[0])
                later = [(p.path, len(p.articles)) for p in self.pages[i + 1:]]
            nxt = self.reading.next_unread(self.current, self.rows(), later)
            if nxt is None:
                self.say(tr("status", "No unread articles left"))
            else:
                if nxt[0] != self.current[0] and self.search_hits is None:
                    self.say(tr("status", "On to the next page"))
                self.select(nxt)

    # ---- telling the view --------------------------------------------------------------------
    def _show_current(self, force: bool = False) -> None:
        art = self.shown_article()
        if force or art != self._shown_article:
            self._shown_article = art
            self._view().show_article(art)
            self._term_pos = -1
            self._request_keywords()
            self.finder.refresh(keep_position=False)  # also repaints the highlights
        self.title_changed.emit(self.window_title())

    def _refresh_rows(self) -> None:
        terms = self._query_terms()
        pattern = term_pattern(terms) if terms else None
        rows: list[ArticleRow] = []
        for key in self.rows():
            art = self.shown_article(key)
            page = self.open.shown(key[0])
            if art is None or page is None:
                hit = self._hit_info.get(key)
                if hit is not None:
                    rows.append(ArticleRow(key[0], key[1], Article(key[1], hit.title, ()),
                                           hit.page_name, hit.snippet))
                continue
            snippet = article_snippet(art, pattern)[0] if pattern is not None else None
            rows.append(ArticleRow(key[0], key[1], art, page.name, snippet))
        self.article_model.set_rows(rows, terms)
        if self.view is not None:
            self.view.select_row(self.current_row())

    def _refresh_pages(self) -> None:
        """Rebuild the page list if the pages or their shown names changed."""
        data = []
        for p in self.pages:
            shown = self.open.shown(p.path) or p
            data.append((p.path, shown.name, p.date, len(p.articles)))
        rows = page_rows(data)
        if rows != self.page_model.page_rows():
            self.page_model.set_rows(rows, -1)
        self._show_unread()
        self._mark_current_page()

    # ---- reading state -----------------------------------------------------------------------
    def _show_unread(self) -> None:
        self.page_model.set_unread(
            {p.path: self.reading.unread_of(p.path, len(p.articles)) for p in self.pages})

    def on_reading_changed(self) -> None:
        self.article_model.set_reading(self.reading.read_keys(),
                                       self.reading.starred_keys())
        self._show_unread()

    def show_listing(self, kind: str, info: dict[Key, SearchHit], status: str) -> None:
        """The list shows *info*'s articles instead of the page (Esc goes back)."""
        self._hit_info = info
        self.list_kind = kind
        self.search_hits = list(info)
        self._refresh_rows()
        self._update_highlights()
        self._view().set_search_status(status)
        self._view().focus("list")

    # ---- trends ------------------------------------------------------------------------------
    def _mark_current_page(self) -> None:
        cur = self.page_index(self.current[0] if self.current else None)
        self.page_model.set_current(cur)
        if self.view is not None:
            self.view.select_page_row(cur)

    # ---- script ------------------------------------------------------------------------------
    def script_label(self) -> str:
        return self.script.label

    def cycle_script(self) -> None:
        self.script = self.script.next()
        self.open.set_script(self.script, self.current[0] if self.current else None)
        self._update_shown_converter()
        self.search.rerun()
        self.script_changed.emit(self.script_label())
        if self.engine.has_converter:
            self.say(tr("status", "Script: %1", self.script_label()))
        else:
            self.say(tr("status", "Script: %1 (loading the converter…)", self.script_label()))

    def on_engine_converter_ready(self) -> None:
        self._update_shown_converter()
        self.open.convert(self.current[0] if self.current else None)
        self.script_changed.emit(self.script_label())

    def on_open_converted(self, _script: str, paths: set[str]) -> None:
        self._refresh_pages()
        if (self.current and self.current[0] in paths) or self.search_hits is not None:
            top = self.view.top_position() if self.view is not None else 0
            self._refresh_rows()
            before = self._shown_article
            self._show_current()
            if before != self._shown_article and top:
                self._view().restore_position(top)
            self.terms.show_keywords(self.current, self.script)
            self.shown_changed.emit()

    # ---- find in the article ---------------------------------------------------------------
    @property
    def find(self) -> FindState:
        return self.finder.state

    @property
    def find_matches(self) -> list[tuple[int, int]]:
        return self.finder.state.matches

    @property
    def find_current(self) -> int:
        return self.finder.state.current

    def _find_source(self) -> tuple[str | None, Script]:
        art = self.shown_article()
        return (None if art is None else shown_text(art)), self.script

    def _on_find_changed(self) -> None:
        self._update_highlights()
        self.find_changed.emit()

    # ---- search across open pages ------------------------------------------------------------
    @property
    def search_query(self) -> str:
        return self.search.query

    def _query_terms(self) -> tuple[str, ...]:
        if self.search_hits is None:
            return ()
        return parse_query(self.search.query).include

    def start_search(self) -> None:
        self._view().show_search(self.search.text)

    def set_search_text(self, text: str) -> None:
        self.search.set_text(text)

    def clear_search(self) -> None:
        """Close the search and show the page again."""
        self.hits.clear_search()

    # ---- highlighting and key terms ----------------------------------------------------------
    def highlight_terms(self) -> dict[str, list[str]]:
        return self.terms.terms(self.current, self._query_terms())

    def _update_highlights(self) -> None:
        art = self.shown_article()
        spans: list[Span] = []
        terms = self.highlight_terms()
        if art is not None and terms:
            spans = self.engine.spans(shown_text(art), terms, self.script)
        self.spans = spans
        if self.view is not None:
            self.view.set_highlights(spans, self.find.matches, self.find.current)

    def toggle_highlight(self) -> None:
        self.terms.on = not self.terms.on
        self._update_highlights()
        self.highlight_changed.emit(self.terms.on)
        self.say(tr("status", "Highlighting on") if self.terms.on
                 else tr("status", "Highlighting off"))

    def on_engine_segmenter_ready(self) -> None:
        self._request_keywords()

    def _request_keywords(self) -> None:
        page = self.page_by_path(self.current[0]) if self.current else None
        if self.current is not None and page is not None \
                and 0 <= self.current[1] < len(page.articles):
            self.terms.request_keywords(self.current, page.articles[self.current[1]])
        self.terms.show_keywords(self.current, self.script)

    def on_terms_keywords_arrived(self, key: Key) -> None:
        if key == self.current:
            self.terms.show_keywords(key, self.script)
            self._update_highlights()
        self.keywords_changed.emit()

    def jump_to_term(self, term: str) -> None:
        """Scroll to the next occurrence of *term* after the last jump."""
        art = self.shown_article()
        if art is None:
            return
        found = find_matches(shown_text(art), term)
        if not found:
            self.say(tr("status", "“%1” is not in this article", term))
            return
        nxt = next((m for m in found if m[0] > self._term_pos), found[0])
        self._term_pos = nxt[0]
        self._view().scroll_to_position(nxt[0])
        self.say(f"“{term}” {found.index(nxt) + 1}/{len(found)}")

    def next_term(self) -> None:
        spans = [s for s in self.spans if s.category in ("keyword", "watch", "query")]
        if not spans:
            self.say(tr("status", "No highlighted terms in this article"))
            return
        nxt = next((s for s in spans if s.start > self._term_pos), spans[0])
        self._term_pos = nxt.start
        self._view().scroll_to_position(nxt.start)
        self.say(f"“{nxt.term}”")

    # ---- the watch-list ----------------------------------------------------------------------
    def add_watch(self, term: str, colour: str | None = None) -> bool:
        problem = self.terms.add(term, colour)
        self.say(problem or tr("status", "Watching “%1”", term.strip()))
        return problem is None

    def remove_watch(self, row: int) -> None:
        gone = self.terms.remove(row)
        if gone is not None:
            self.say(tr("status", "No longer watching “%1”", gone))

    def set_watch_colour(self, row: int, colour: str) -> None:
        self.terms.set_colour(row, colour)

    def on_terms_watch_changed(self) -> None:
        self._update_highlights()
        self.watch_changed.emit()
        self.save()

    def watch_selection(self) -> None:
        text = self._view().selected_text().strip() or (
            self.find.query if self.find.active else "")
        if not text:
            self.say(tr("status", "Select text first, or type a term in the panel"))
            self._view().show_terms_panel()
            return
        self.add_watch(text)

    # ---- text size, help, escape -------------------------------------------------------------
    def set_text_size(self, points: int) -> None:
        self.text_size = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, points))
        self._view().set_text_size(self.text_size)
        self.text_size_changed.emit(self.text_size)

    def toggle_help(self) -> None:
        self._view().toggle_overlay(None)

    def escape(self) -> None:
        """Close the key list; else close find and search; then back to the list."""
        view = self._view()
        if view.toggle_overlay(False):
            return
        if self.find.active or view.find_visible():
            self.finder.close()
        if self.search_hits is not None or view.search_visible() or self.search.text:
            self.clear_search()
        view.close_library_panel()
        view.focus("list")

    # ---- preferences -----------------------------------------------------------------------
    def _rebound(self, prefs: Preferences) -> tuple[Action, ...]:
        if not prefs.keys:
            return ACTIONS
        actions = rebound(prefs.keys)
        problem = key_problem(actions)
        if problem is None:
            return actions
        self.status_message.emit(tr(
            "status", "The keys set were not valid; the default keys are used: %1", problem))
        prefs.keys = {}
        return ACTIONS

    def set_preferences(self, prefs: Preferences, text_size: int | None = None) -> None:
        """Take the preferences chosen in the dialog, keep them, apply them."""
        self.prefs = prefs
        self.actions = self._rebound(prefs)
        self.terms.palette = list(prefs.watch_colours)
        if text_size is not None and text_size != self.text_size:
            self.set_text_size(text_size)
        if self.prefs_store is not None:
            try:
                self.prefs_store.save(prefs)
            except OSError as err:
                self.say(tr("status", "Preferences not saved: %1", err))
        self.preferences_changed.emit()
        self.say(tr("status", "Preferences saved"))

    # ---- taking text out (ExportCommands), trends (ListingCommands) ----------------------------
    @property
    def exporter(self) -> Exporter:
        """Writes export files (made on first use)."""
        return self.exports.exporter

    def request_trend(self, query: str) -> None:
        self.listings.request_trend(query)

    def open_trend_row(self, row: TrendRow) -> None:
        self.listings.open_trend_row(row)

    # ---- remembering -------------------------------------------------------------------------
    def snapshot(self) -> Settings:
        s = self.settings
        s.pages = [p.path for p in self.pages]
        s.current_page = self.current[0] if self.current else None
        s.current_article = self.current[1] if self.current else 0
        s.scroll = self.view.top_position() if self.view is not None else 0
        s.script = self.script
        s.text_size = self.text_size
        s.highlight = self.terms.on
        s.watch = [WatchTerm(w.term, w.colour) for w in self.terms.watch]
        s.recent = [r for r in self.recent if os.path.exists(r)] or self.recent
        s.pending_marks = [m for m in self.reading.pending_marks() if os.path.exists(m.ref.path)]
        return s

    def save(self) -> None:
        try:
            self.store.save(self.snapshot())
        except OSError as err:
            self.say(tr("status", "Settings not saved: %1", err))

    def shutdown(self) -> None:
        """The window is closing: stop timers and drop every answer still on its way."""
        self.search.stop()
        self.reading.stop()
        if self.library is not None:
            self.library.shutdown()
        self.workers.close()
