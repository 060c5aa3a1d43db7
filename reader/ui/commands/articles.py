"""Articles: moving through the list, reading on, read and star marks, the
starred articles (``S``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.library.hits import SearchHit
from reader.core.model import ArticleRef, MarkKind, Page
from reader.strings import Tr
from reader.ui.commands import showing
from reader.ui.commands.registry import command
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.library import LibraryState
from reader.ui.state import Change, Listing, ListingKind
from reader.ui.view import Focus

if TYPE_CHECKING:
    from reader.core.library.reading import StarredArticle


def move_article(ctx: Context, delta: int) -> None:
    rows = ctx.rows()
    if not rows:
        return
    row = ctx.current_row()
    new = max(0, min(len(rows) - 1, row + delta)) if row >= 0 else 0
    if new == row:
        ctx.report.say(tr(Tr.STATUS, "This is the first article") if delta < 0
                       else tr(Tr.STATUS, "This is the last article"))
        return
    showing.select(ctx, rows[new])


def jump_article(ctx: Context, row: int) -> None:
    rows = ctx.rows()
    if rows:
        showing.select(ctx, rows[row])


@command("article.next")
def next_article(ctx: Context) -> None:
    move_article(ctx, +1)


@command("article.prev")
def previous_article(ctx: Context) -> None:
    move_article(ctx, -1)


@command("article.first")
def first_article(ctx: Context) -> None:
    jump_article(ctx, 0)


@command("article.last")
def last_article(ctx: Context) -> None:
    jump_article(ctx, -1)


@command("article.page_down")
def page_down(ctx: Context) -> None:
    """Space: a screen down; at the end of the article, the next unread one."""
    state = ctx.state
    if ctx.view.scroll_page(True) or state.current is None:
        return
    later: list[Page] = []
    if state.listing is None:
        later = ctx.pages[ctx.page_index(state.current.path) + 1:]
    nxt = ctx.services.reading.next_unread(state.current, ctx.rows(), later)
    if nxt is None:
        ctx.report.say(tr(Tr.STATUS, "No unread articles left"))
        return
    if nxt.path != state.current.path and state.listing is None:
        ctx.report.say(tr(Tr.STATUS, "On to the next page"))
    showing.select(ctx, nxt)


@command("article.page_up")
def page_up(ctx: Context) -> None:
    ctx.view.scroll_page(False)


@command("article.read")
def read_article(ctx: Context) -> None:
    """Enter in the list: into the article (the first one listed if none is chosen,
    as in the starred view or the hits)."""
    rows = ctx.rows()
    if ctx.current_row() < 0 and rows:
        showing.select(ctx, rows[0])
    ctx.view.focus(Focus.ARTICLE)


@command("focus.toggle")
def toggle_focus(ctx: Context) -> None:
    ctx.view.focus(Focus.TOGGLE)


# ---- read and star marks -------------------------------------------------------------------
def _marked_article(ctx: Context) -> ArticleRef | None:
    """The article the marks' keys act on (one that exists)."""
    if ctx.state.current is None or ctx.shown_article() is None:
        ctx.report.say(tr(Tr.STATUS, "No article"))
        return None
    return ctx.state.current


def _unsaved_note(ctx: Context) -> str:
    lib = ctx.services.library
    if lib is None or lib.state is LibraryState.UNAVAILABLE:
        return tr(Tr.STATUS, " (not saved: the library is unavailable)")
    return ""


def _toggle_mark(ctx: Context, kind: MarkKind, said_set: str, said_cleared: str) -> None:
    ref = _marked_article(ctx)
    if ref is not None:
        marked = ctx.services.reading.toggle(ref, kind)
        ctx.report.say((said_set if marked else said_cleared) + _unsaved_note(ctx))


@command("article.toggle_read")
def toggle_read(ctx: Context) -> None:
    _toggle_mark(ctx, MarkKind.READ, tr(Tr.STATUS, "Marked read"),
                 tr(Tr.STATUS, "Marked unread"))


@command("article.star")
def toggle_star(ctx: Context) -> None:
    _toggle_mark(ctx, MarkKind.STAR, tr(Tr.STATUS, "★ Starred"), tr(Tr.STATUS, "Unstarred"))


def on_reading_changed(ctx: Context) -> None:
    """Marks changed (a key, a moment's reading, the library's answer)."""
    reading = ctx.services.reading
    ctx.models.articles.set_reading(reading.read_refs(), reading.starred_refs())
    showing.show_unread(ctx)
    ctx.changed(Change.READING)


# ---- the starred articles ------------------------------------------------------------------
@command("starred.show")
def show_starred(ctx: Context) -> None:
    """``S``: the list shows the library's starred articles (Esc goes back)."""
    if not ctx.services.reading.starred(ctx.answer(on_starred)):
        ctx.report.say(tr(Tr.STATUS, "The library is not open") + _unsaved_note(ctx))


def on_starred(ctx: Context, items: list[StarredArticle]) -> None:
    showing.close_listing(ctx)
    aliases = ctx.services.open.aliases()
    hits: dict[ArticleRef, SearchHit] = {}
    for s in items:
        path = s.path if ctx.page(s.path) else aliases.get(s.path, s.path)
        date = s.page_date.isoformat() if s.page_date else ""
        hits[ArticleRef(path, s.index)] = SearchHit(
            path, s.index, s.title, f"{s.page_name}　{date}".strip(),
            page_name=s.page_name, page_date=s.page_date)
    # Starred now but not yet in the library (its page is being indexed).
    for ref in sorted(ctx.services.reading.starred_refs() - hits.keys()):
        art = ctx.shown_article(ref)
        page = ctx.services.open.shown(ref.path)
        if art is not None and page is not None:
            hits[ref] = SearchHit(ref.path, ref.index, art.title, page.name,
                                  page_name=page.name)
    showing.show_listing(ctx, Listing(ListingKind.STARRED, list(hits), hits),
                         tr(Tr.STATUS, "%1 starred", len(hits)))
    ctx.report.say(tr(Tr.STATUS, "%1 starred article(s); Esc goes back", len(hits)))
