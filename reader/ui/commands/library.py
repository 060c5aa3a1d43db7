"""The library: its panel (``l``), opening one of its pages, indexing, and the
trend chart (``T``) with the articles of a bar."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from reader.core.library.hits import SearchHit
from reader.core.model import ArticleRef
from reader.strings import Tr
from reader.ui.commands import showing
from reader.ui.commands.registry import command
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.indexing import IndexJob, IndexOutcome
from reader.ui.state import Change, Listing, ListingKind, TrendAnswer
from reader.ui.view import Focus
from reader.ui.workers import TaskKind

if TYPE_CHECKING:
    from reader.core.library.trends import Trend, TrendRow


@command("library.panel")
def show_library_panel(ctx: Context) -> None:
    ctx.view.show_library_panel()


@command("library.open_page")
def open_chosen_page(ctx: Context) -> None:
    path = ctx.view.current_library_path()
    if path:
        open_library_page(ctx, path)


def open_library_page(ctx: Context, path: str) -> None:
    """Enter in the library panel: show the page (opening it if need be)."""
    # The library names files by their real path; an open page may go by another.
    shown = ctx.services.open.known_as(path)
    if shown is not None:
        showing.select_page(ctx, ctx.page_index(shown))
    else:
        if ctx.state.listing is not None:
            showing.close_listing(ctx)
        showing.open_pages(ctx, [path])
    ctx.view.focus(Focus.LIST)


@command("library.cancel_index")
def cancel_indexing(ctx: Context) -> None:
    library = ctx.services.library
    if library is not None and library.cancel():
        ctx.report.say(tr(Tr.STATUS, "Indexing stopped"))
    else:
        ctx.report.say(tr(Tr.STATUS, "Nothing is being indexed"))


def add_folder_to_library(ctx: Context, folder: str, real: str | None = None) -> None:
    """The user accepted the offer: index *folder* (progress in the window)."""
    library = ctx.services.library
    if library is not None:
        library.add_folder(folder, real)


def on_index_finished(ctx: Context, job: IndexJob, outcome: IndexOutcome) -> None:
    if job.visible and outcome is IndexOutcome.DONE:
        ctx.report.say(tr(Tr.STATUS, "Added to the library (%1 item(s))", len(job.paths)))
    ctx.services.search.rerun()
    ctx.changed(Change.INDEXING | Change.LIBRARY)


def on_marks_written(ctx: Context) -> None:
    """Marks reached the library: the panel's unread counts, if it is shown."""
    library = ctx.services.library
    if library is not None and ctx.view.library_panel_visible():
        library.refresh_pages()


# ---- trends --------------------------------------------------------------------------------
@command("trends.show")
def show_trends(ctx: Context) -> None:
    """The trend chart of the query searched, else the watched term chosen."""
    library = ctx.services.library
    if library is None or library.lib is None:
        ctx.report.say(tr(Tr.STATUS, "The library is not open"))
        return
    row = ctx.view.current_watch_row()
    watched = [w.term for w in ctx.services.terms.watch]
    term = ctx.services.search.query or (watched[row] if 0 <= row < len(watched) else "") or (
        watched[0] if watched else "")
    ctx.view.show_trends(term, watched)


def request_trend(ctx: Context, query: str) -> None:
    """Count *query*'s mentions per issue over the library (on a worker)."""
    library = ctx.services.library
    lib = library.lib if library is not None else None
    if lib is None:
        ctx.state.trend = TrendAnswer(query, problem=tr(Tr.STATUS, "The library is not open"))
        ctx.changed(Change.TREND)
        return
    ctx.services.workers.submit(TaskKind.TRENDS, lambda: lib.trend(query), ctx.answer(on_trend),
                                lambda err: ctx.enter(on_trend_failed, query, err))


def on_trend(ctx: Context, trend: Trend) -> None:
    ctx.state.trend = TrendAnswer(trend.query, trend)
    ctx.changed(Change.TREND)


def on_trend_failed(ctx: Context, query: str, err: Exception) -> None:
    ctx.state.trend = TrendAnswer(query, problem=tr(Tr.STATUS, "Could not count: %1", err))
    ctx.changed(Change.TREND)


def open_trend_row(ctx: Context, row: TrendRow) -> None:
    """A bar of the chart: its articles in the list."""
    aliases = ctx.services.open.aliases()
    date = row.date.isoformat() if row.date else ""
    hits: dict[ArticleRef, SearchHit] = {}
    for item in row.items:
        path = item.path if ctx.page(item.path) else aliases.get(item.path, item.path)
        name = os.path.splitext(os.path.basename(item.path))[0]
        hits[ArticleRef(path, item.index)] = SearchHit(
            path, item.index, item.title,
            tr(Tr.STATUS, "%1　%2　%3 time(s)", name, date, item.occurrences),
            page_name=name, page_date=row.date)
    showing.show_listing(ctx, Listing(ListingKind.TREND, list(hits), hits),
                         tr(Tr.STATUS, "%1: %2 article(s)", date or "—", len(hits)))
    ctx.report.say(tr(Tr.STATUS, "%1: %2 article(s); Esc goes back", date, len(hits)))
