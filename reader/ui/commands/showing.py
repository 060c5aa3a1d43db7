"""What the commands share: which article is shown, what the list and the page
list show, and the highlights on the article.

Every function takes the :class:`Context` first; they change the state and
tell the view, and say what they changed (``ctx.changed``).
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.library.hits import article_snippet
from reader.core.library.query import parse_query, term_pattern
from reader.core.model import Article, ArticleRef
from reader.core.page.shown import shown_text
from reader.core.text.find import find_matches
from reader.strings import Tr
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.models import ArticleRow, page_rows
from reader.ui.open_pages import OpenRequest
from reader.ui.state import Change, Listing
from reader.ui.view import Focus


# ---- opening -----------------------------------------------------------------------------
def open_pages(ctx: Context, paths: Iterable[str], select: ArticleRef | None = None,
               scroll: int | None = None, keep_current: bool = False,
               restoring: bool = False) -> None:
    """Open files and folders (on a worker); then show *select* (or the first new
    page, or with *keep_current* what is shown now).  The answer comes back to
    :func:`reader.ui.commands.files.on_opened`."""
    wanted = tuple(str(p) for p in paths)
    if not wanted:
        return
    ctx.report.say(tr(Tr.STATUS, "Opening %1 item(s)…", len(wanted)))
    ctx.services.open.request(OpenRequest(wanted, select, scroll, keep_current, restoring))


# ---- the article shown -------------------------------------------------------------------
def select(ctx: Context, ref: ArticleRef, scroll: int | None = None) -> None:
    """Show the article *ref* (and its page), optionally scrolled to *scroll*."""
    state = ctx.state
    page_changed = state.current is None or state.current.path != ref.path
    page = ctx.page(ref.path)
    if page is None and state.listing is not None and ref in state.listing.hits:
        open_pages(ctx, [ref.path], select=ref)   # a library hit: open its page first
        return
    if page is None or not page.articles:
        state.current = ArticleRef(ref.path, 0) if page is not None else None
    else:
        state.current = ArticleRef(ref.path, max(0, min(ref.index, len(page.articles) - 1)))
    if page_changed:
        mark_current_page(ctx)
        if state.listing is None:
            refresh_rows(ctx)
        ctx.services.open.convert_one(ref.path)
    show_current(ctx, force=True)
    ctx.services.reading.shown(state.current)
    if scroll:
        ctx.view.restore_position(scroll)
    ctx.view.select_row(ctx.current_row())
    ctx.changed(Change.ARTICLE)


def select_row(ctx: Context, row: int) -> None:
    """The list's current row changed (mouse, or keys the list handled itself)."""
    rows = ctx.rows()
    if 0 <= row < len(rows) and rows[row] != ctx.state.current:
        select(ctx, rows[row])


def select_page(ctx: Context, i: int) -> None:
    """Show the first article of the *i*-th open page (back from a listing)."""
    if not 0 <= i < len(ctx.pages):
        return
    if ctx.state.listing is not None:
        close_listing(ctx)
    select(ctx, ArticleRef(ctx.pages[i].path, 0))


def show_current(ctx: Context, force: bool = False) -> None:
    """Show the current article in the pane (again, with *force*)."""
    state = ctx.state
    art = ctx.shown_article()
    if force or art != state.shown_article:
        state.shown_article = art
        ctx.view.show_article(art)
        state.term_pos = -1
        request_keywords(ctx)
        refresh_find(ctx, keep_position=False)  # also repaints the highlights
    ctx.changed(Change.ARTICLE)


def reveal_hit(ctx: Context) -> None:
    """Scroll the article shown to the first match of the query; focus it."""
    art = ctx.shown_article()
    terms = query_terms(ctx)
    if art is not None and terms:
        text = shown_text(art)
        found = sorted(m for t in terms for m in find_matches(text, t)[:1])
        if found:
            ctx.view.scroll_to_position(found[0][0])
    ctx.view.focus(Focus.ARTICLE)


# ---- the lists ---------------------------------------------------------------------------
def query_terms(ctx: Context) -> tuple[str, ...]:
    """The terms of the query whose hits the list shows (none for the page)."""
    if ctx.state.listing is None:
        return ()
    return parse_query(ctx.services.search.query).include


def refresh_rows(ctx: Context) -> None:
    """Fill the article list from the listing, or the current page."""
    terms = query_terms(ctx)
    pattern = term_pattern(terms) if terms else None
    listing = ctx.state.listing
    rows: list[ArticleRow] = []
    for ref in ctx.rows():
        art = ctx.shown_article(ref)
        page = ctx.services.open.shown(ref.path)
        if art is None or page is None:
            hit = listing.hits.get(ref) if listing is not None else None
            if hit is not None:
                rows.append(ArticleRow(ref.path, ref.index, Article(ref.index, hit.title, ()),
                                       hit.page_name, hit.snippet))
            continue
        snippet = article_snippet(art, pattern)[0] if pattern is not None else None
        rows.append(ArticleRow(ref.path, ref.index, art, page.name, snippet))
    ctx.models.articles.set_rows(rows, terms)
    ctx.view.select_row(ctx.current_row())
    ctx.changed(Change.LISTING)


def refresh_pages(ctx: Context) -> None:
    """Rebuild the page list if the pages or their shown names changed."""
    data = []
    for p in ctx.pages:
        shown = ctx.services.open.shown(p.path) or p
        data.append((p.path, shown.name, p.date, len(p.articles)))
    rows = page_rows(data)
    if rows != ctx.models.pages.page_rows():
        ctx.models.pages.set_rows(rows, -1)
    show_unread(ctx)
    mark_current_page(ctx)
    ctx.changed(Change.PAGES)


def show_unread(ctx: Context) -> None:
    reading = ctx.services.reading
    ctx.models.pages.set_unread(
        {p.path: reading.unread_of(p.path, len(p.articles)) for p in ctx.pages})


def mark_current_page(ctx: Context) -> None:
    current = ctx.state.current
    row = ctx.page_index(current.path if current is not None else None)
    ctx.models.pages.set_current(row)
    ctx.view.select_page_row(row)


def show_listing(ctx: Context, listing: Listing, status: str) -> None:
    """The list shows *listing* instead of the page (Esc goes back)."""
    ctx.state.listing = listing
    refresh_rows(ctx)
    update_highlights(ctx)
    ctx.view.set_search_status(status)
    ctx.view.focus(Focus.LIST)


def set_listing(ctx: Context, listing: Listing | None) -> None:
    """The list shows *listing*, or (None) the page again."""
    ctx.state.listing = listing
    if listing is None:
        ctx.view.set_search_status("")
    refresh_rows(ctx)
    update_highlights(ctx)


def close_listing(ctx: Context) -> None:
    """Close the search and show the page again."""
    state = ctx.state
    ctx.services.search.cancel()
    state.open_first_hit = False
    state.reveal = None
    ctx.view.hide_search()
    if state.listing is not None:
        set_listing(ctx, None)
        mark_current_page(ctx)


# ---- find and highlights -----------------------------------------------------------------
def refresh_find(ctx: Context, keep_position: bool) -> None:
    """Find again (new text, new article, new script) and report the count."""
    art = ctx.shown_article()
    find = ctx.state.find
    if not find.active or not find.query or art is None:
        find.clear()
    else:
        matches = ctx.services.engine.find(shown_text(art), find.query, ctx.state.script)
        find.set_matches(matches, ctx.view.top_position() if keep_position else 0)
    ctx.view.set_find_status(find.status)
    update_highlights(ctx)
    ctx.changed(Change.FIND)


def highlight_terms(ctx: Context) -> dict[str, list[str]]:
    return ctx.services.terms.terms(ctx.state.current, query_terms(ctx))


def update_highlights(ctx: Context) -> None:
    state = ctx.state
    art = ctx.shown_article()
    terms = highlight_terms(ctx)
    state.spans = (ctx.services.engine.spans(shown_text(art), terms, state.script)
                   if art is not None and terms else [])
    ctx.view.set_highlights(state.spans, state.find.matches, state.find.current,
                            ctx.services.terms.colours())


def request_keywords(ctx: Context) -> None:
    """The current article's key terms (computed on a worker unless known)."""
    current = ctx.state.current
    page = ctx.page(current.path) if current is not None else None
    if current is not None and page is not None and 0 <= current.index < len(page.articles):
        ctx.services.terms.request_keywords(current, page.articles[current.index])
    ctx.services.terms.show_keywords(current, ctx.state.script)
