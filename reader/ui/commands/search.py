"""Search the library and the open pages (``/``): the hits replace the list as
one types, Enter opens the first hit scrolled to its first match, Esc goes back
to the page (:func:`reader.ui.commands.showing.close_listing`)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.library.hits import SearchHit
from reader.strings import Tr
from reader.ui.commands import showing
from reader.ui.commands.registry import command
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.state import Change, Listing, ListingKind
from reader.ui.view import Focus


@command("search.start")
def start_search(ctx: Context) -> None:
    ctx.view.show_search(ctx.services.search.text)


def set_search_text(ctx: Context, text: str) -> None:
    """The search field changed: search once typing pauses."""
    ctx.services.search.set_text(text)


@command("search.to_list")
def go_to_hits(ctx: Context) -> None:
    ctx.view.focus(Focus.LIST)


@command("search.open_first")
def open_first_hit(ctx: Context) -> None:
    """Enter in the search field: the first hit, scrolled to its first match
    (once the search has answered what the field says)."""
    state, search = ctx.state, ctx.services.search
    if search.pending():
        state.open_first_hit = True
        search.run_now()
        return
    refs = state.listing.refs if state.listing is not None else []
    if not refs:
        ctx.report.say(tr(Tr.STATUS, "Nothing found"))
        return
    first = refs[0]
    if ctx.page(first.path) is None:
        state.reveal = first   # scrolled to once its page is open
        showing.select(ctx, first)
        return
    showing.select(ctx, first)
    showing.reveal_hit(ctx)


def on_search_results(ctx: Context, query: str, hits: Sequence[SearchHit] | None) -> None:
    """The search answered *query* (None: the query is empty, the page comes back)."""
    if hits is None:
        showing.set_listing(ctx, None)
    else:
        found = {h.ref: h for h in hits}
        showing.set_listing(ctx, Listing(ListingKind.SEARCH, list(found), found))
        ctx.view.set_search_status(tr(Tr.STATUS, "%1 article(s)", len(found)))
        ctx.report.say(tr(Tr.STATUS, "“%1”: %2 article(s) match", query, len(found)))
    ctx.changed(Change.SEARCH)
    if ctx.state.open_first_hit and not ctx.services.search.pending():
        ctx.state.open_first_hit = False
        open_first_hit(ctx)
