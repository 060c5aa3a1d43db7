"""What a command receives: the state, the services, the view and a way to report.

A command is a small function ``fn(ctx, …)``; everything it may touch comes
in through :class:`Context`: :class:`ReaderState` (plain data),
:class:`Services` (the open pages, search, key terms, marks, the library, the
workers, the item models), the :class:`ReaderView` (the window, or a fake one
in a test) and :class:`Reporter` (the status bar and the error bar).  It also
answers a few read-only questions every command asks (which articles the list
shows, the article shown).  Built once, by the composition root.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from reader import APP_NAME
from reader.core.model import Article, ArticleRef, Page
from reader.core.preferences import PreferencesStore
from reader.core.session import Settings, SettingsStore
from reader.ui.engine import TextEngine
from reader.ui.models import ArticleListModel, KeywordListModel, PageListModel, WatchListModel
from reader.ui.open_pages import OpenPages
from reader.ui.reading_state import ReadingKeeper
from reader.ui.search import SearchRunner
from reader.ui.state import Change, ReaderState
from reader.ui.terms import HighlightTerms
from reader.ui.view import ReaderView
from reader.ui.workers import WorkerPool

if TYPE_CHECKING:
    from reader.core.library.backends import OpenPagesSearch
    from reader.ui.exporting import Exporter
    from reader.ui.library import LibraryKeeper
    from reader.ui.problems import Problem

T = TypeVar("T")


@dataclass(slots=True)
class Models:
    """The item models the window's lists show."""

    articles: ArticleListModel
    pages: PageListModel
    keywords: KeywordListModel
    watch: WatchListModel


@dataclass(slots=True)
class Services:
    """The objects that do the work (most of it on workers) and keep their own
    caches; commands ask them, the runner hands their answers to handlers."""

    workers: WorkerPool
    engine: TextEngine
    open: OpenPages
    #: The open pages, folded for search (the search's fallback and complement).
    open_search: OpenPagesSearch
    search: SearchRunner
    terms: HighlightTerms
    reading: ReadingKeeper
    library: LibraryKeeper | None
    models: Models
    #: What was remembered from the last run (written back when saving).
    settings: Settings
    settings_store: SettingsStore
    prefs_store: PreferencesStore | None = None
    _exporter: Exporter | None = None

    @property
    def exporter(self) -> Exporter:
        """Writes export files (made on first use: Qt's PDF and text classes
        cost start-up time)."""
        if self._exporter is None:
            from reader.ui.exporting import Exporter

            self._exporter = Exporter(self.workers)
        return self._exporter


class ReportSink(Protocol):
    def show_message(self, text: str) -> None: ...
    def show_error(self, text: str) -> None: ...


class Reporter:
    """The status bar (:meth:`say`) and the error bar (:meth:`problem`).

    What is reported before the window exists (a damaged settings file, keys
    that were refused) is kept and shown once it does: nothing said at
    start-up is lost for want of a listener."""

    def __init__(self) -> None:
        self._sink: ReportSink | None = None
        self._queued: list[Callable[[ReportSink], None]] = []

    def attach(self, sink: ReportSink) -> None:
        self._sink = sink
        queued, self._queued = self._queued, []
        for show in queued:
            show(sink)

    def say(self, text: str) -> None:
        self._send(lambda sink: sink.show_message(text))

    def problem(self, problem: Problem) -> None:
        from reader.ui.problems import describe  # loaded the first time something fails

        self._send(lambda sink: sink.show_error(describe(problem)))

    def _send(self, show: Callable[[ReportSink], None]) -> None:
        if self._sink is None:
            self._queued.append(show)
        else:
            show(self._sink)


@dataclass(slots=True)
class Context:
    """What every command receives."""

    state: ReaderState
    services: Services
    view: ReaderView
    report: Reporter
    #: Runs an operation through the runner's one entry point (error boundary,
    #: change notification): how answers from workers come back in.
    enter: Callable[..., Any]
    #: What the operation running now changed (the runner tells the window).
    changes: Change = Change.NONE
    #: What to do once the window has applied the changes (see :meth:`after`).
    afterwards: list[Callable[[], None]] = field(default_factory=list)

    def changed(self, what: Change) -> None:
        self.changes |= what

    def after(self, fn: Callable[[], None]) -> None:
        """Call *fn* once the window has applied this operation's changes (to say
        something in the language the preferences just chose, say)."""
        self.afterwards.append(fn)

    def answer(self, op: Callable[[Context, T], None]) -> Callable[[T], None]:
        """A callback for a worker's answer that runs *op(ctx, answer)* through
        the one entry point."""
        return lambda value: self.enter(op, value)

    # ---- read-only questions ---------------------------------------------------
    @property
    def models(self) -> Models:
        return self.services.models

    @property
    def pages(self) -> list[Page]:
        """The open pages, in date order."""
        return self.services.open.pages

    def page(self, path: str) -> Page | None:
        return self.services.open.page(path)

    def page_index(self, path: str | None) -> int:
        return self.services.open.index(path)

    def shown_article(self, ref: ArticleRef | None = None) -> Article | None:
        """The article *ref* (default: the current one) as shown, in the script shown."""
        return self.services.open.shown_article(ref if ref is not None else self.state.current)

    def rows(self) -> list[ArticleRef]:
        """The articles the list shows: the listing's, or the current page's."""
        if self.state.listing is not None:
            return list(self.state.listing.refs)
        current = self.state.current
        page = self.page(current.path) if current is not None else None
        return [] if page is None else [ArticleRef(page.path, i) for i in range(len(page.articles))]

    def current_row(self) -> int:
        rows = self.rows()
        return rows.index(self.state.current) if self.state.current in rows else -1

    def window_title(self) -> str:
        art = self.shown_article()
        current = self.state.current
        page = self.services.open.shown(current.path) if current is not None else None
        if art is None or page is None:
            return APP_NAME
        return f"{art.title} — {page.name} — {APP_NAME}"
