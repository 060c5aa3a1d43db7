"""Files: opening pages and folders (and what happens when they arrive),
recent files, export and print."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader import APP_NAME
from reader.core.model import ArticleRef
from reader.core.session import MAX_RECENT
from reader.strings import Tr
from reader.ui.commands import showing
from reader.ui.commands.registry import command
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.open_pages import OpenRequest, page_order
from reader.ui.state import Change, ListingKind
from reader.ui.workers import TaskKind

if TYPE_CHECKING:
    from reader.core.export import ExportItem
    from reader.core.opening import Opened
    from reader.ui.exporting import ExportScope
    from reader.ui.problems import ExportFailed


@command("file.open")
def open_files(ctx: Context) -> None:
    files = ctx.view.ask_files()
    if files:
        showing.open_pages(ctx, files)


@command("folder.open")
def open_folder(ctx: Context) -> None:
    """Open every page of a folder; one the library does not know is offered
    to it (:func:`on_folder_offered`)."""
    folder = ctx.view.ask_folder()
    if folder:
        showing.open_pages(ctx, [folder])
        if ctx.services.library is not None:
            ctx.services.library.folder_opened(folder)


def on_folder_offered(ctx: Context, folder: str, real: str) -> None:
    ctx.view.offer_library_folder(folder, real)


@command("file.recent")
def show_recent(ctx: Context) -> None:
    ctx.view.show_recent(list(ctx.state.recent))


def on_opened(ctx: Context, opened: Opened, request: OpenRequest) -> None:
    """Pages arrived: take them in and show one of them; report what failed."""
    state, services = ctx.state, ctx.services
    for problem in opened.problems:
        ctx.report.problem(problem)
    if opened.pages:
        services.open.add(opened)
        new = {p.path for p in opened.pages}
        state.recent = ([p.path for p in opened.pages]
                        + [r for r in state.recent if r not in new])[:MAX_RECENT]
        reindex_open_pages(ctx)
        select, scroll = request.select, request.scroll
        if select is None or ctx.page(select.path) is None:
            select = ArticleRef(min(opened.pages, key=page_order).path, 0)
            if request.keep_current and state.current is not None:
                select, scroll = state.current, None
        services.open.convert(select.path)
        showing.refresh_pages(ctx)
        if state.current is None or select != state.current or state.current.path in new:
            showing.select(ctx, select, scroll=scroll)
        n = sum(len(p.articles) for p in opened.pages)
        ctx.report.say(tr(Tr.STATUS, "Opened %1 page(s), %2 article(s)", len(opened.pages), n))
        if services.library is not None:
            services.library.pages_opened([p.path for p in opened.pages])
        services.reading.load([p.path for p in opened.pages])
    if state.reveal is not None and state.reveal == state.current:
        state.reveal = None   # the hit that waited for its page
        showing.reveal_hit(ctx)
    ctx.changed(Change.LOADED | Change.SCRIPT)


def reindex_open_pages(ctx: Context) -> None:
    """The open pages changed: fold them for search (on a worker), then ask again."""
    pages, real = list(ctx.pages), dict(ctx.services.open.real_paths)
    index, search = ctx.services.open_search, ctx.services.search
    ctx.services.workers.submit(TaskKind.INDEX_OPEN_PAGES, lambda: index.set_pages(pages, real),
                                lambda _result: search.rerun())


def open_recent(ctx: Context, path: str) -> None:
    showing.open_pages(ctx, [path])


# ---- export and print ----------------------------------------------------------------------
@command("file.export")
def export(ctx: Context) -> None:
    """Ask what to export and where; write it on a worker."""
    from reader.ui.exporting import SCOPES, ExportScope  # Qt's PDF classes: on first use

    art = ctx.shown_article()
    name = art.title if art is not None else APP_NAME
    kind = ctx.state.listing_kind
    first = (ExportScope.STARRED if kind is ListingKind.STARRED
             else ExportScope.SEARCH if kind is not None else ExportScope.ARTICLE)
    answer = ctx.view.ask_export(sorted(SCOPES, key=lambda s: s != first), name)
    if answer is not None:
        export_to(ctx, *answer)


def export_to(ctx: Context, scope: ExportScope, path: str) -> None:
    from reader.ui.exporting import ExportJob, ExportScope, format_of

    fmt, path = format_of(path)
    made = _export_items(ctx, ExportScope(scope))
    if made is None:
        return
    gather, heading = made
    ctx.services.exporter.export(ExportJob(gather, fmt, path, ctx.state.script, heading),
                                 done=ctx.answer(on_exported), failed=ctx.answer(on_export_failed))
    ctx.report.say(tr(Tr.STATUS, "Exporting to %1…", path))


def _export_items(ctx: Context, scope: ExportScope
                  ) -> tuple[Callable[[], list[ExportItem]], str] | None:
    """What to export (gathered on the worker) and its heading; None when there
    is nothing (said)."""
    from reader.core.export import ExportItem, page_items, starred_items
    from reader.ui.exporting import ExportScope

    current = ctx.state.current
    page = ctx.page(current.path) if current is not None else None
    library = ctx.services.library
    lib = library.lib if library is not None else None
    if scope in (ExportScope.ARTICLE, ExportScope.PAGE):
        if page is None or current is None or not page.articles:
            ctx.report.say(tr(Tr.STATUS, "No article"))
            return None
        if scope is ExportScope.PAGE:
            return (lambda: page_items(page)), page.name
        art = page.articles[current.index]
        item = ExportItem(page.path, page.name, page.date, art)
        return (lambda: [item]), art.title
    if scope is ExportScope.STARRED:
        if lib is None:
            ctx.report.say(tr(Tr.STATUS, "The library is not open"))
            return None
        return (lambda: starred_items(lib)), tr(Tr.STATUS, "Starred")
    listing = ctx.state.listing
    refs = list(listing.refs) if listing is not None else []
    if not refs:
        ctx.report.say(tr(Tr.STATUS, "No search results"))
        return None
    pages = {p.path: p for p in ctx.pages}
    hits = dict(listing.hits) if listing is not None else {}

    def gather() -> list[ExportItem]:
        out: list[ExportItem] = []
        for ref in refs:
            p = pages.get(ref.path)
            if p is not None and 0 <= ref.index < len(p.articles):
                out.append(ExportItem(p.path, p.name, p.date, p.articles[ref.index]))
            elif lib is not None and (a := lib.article(ref.path, ref.index)) is not None:
                hit = hits.get(ref)
                out.append(ExportItem(ref.path, hit.page_name if hit else "",
                                      hit.page_date if hit else None, a))
        return out

    return gather, tr(Tr.STATUS, "Search: %1", ctx.services.search.query)


def on_exported(ctx: Context, written: tuple[str, int]) -> None:
    path, n = written
    ctx.report.say(tr(Tr.STATUS, "Exported %1 article(s) to %2", n, path))


def on_export_failed(ctx: Context, problem: ExportFailed) -> None:
    ctx.report.problem(problem)


@command("file.print")
def print_article(ctx: Context) -> None:
    from reader.core.export import article_markdown

    art = ctx.shown_article()
    if art is None:
        ctx.report.say(tr(Tr.STATUS, "No article"))
        return
    ctx.view.print_markdown(article_markdown(art), art.title)
