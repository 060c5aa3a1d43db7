"""Key terms and the watch-list: highlighting on/off (``h``), the panel (``w``),
the next highlighted term (``m``), watching the selection (``a``)."""

from __future__ import annotations

from reader.core.model import ArticleRef
from reader.core.page.shown import shown_text
from reader.core.text.find import find_matches
from reader.strings import Tr
from reader.ui.commands import showing
from reader.ui.commands.registry import command
from reader.ui.commands.remember import save_settings
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.state import Change


@command("highlight.toggle")
def toggle_highlight(ctx: Context) -> None:
    terms = ctx.services.terms
    terms.on = not terms.on
    showing.update_highlights(ctx)
    ctx.changed(Change.HIGHLIGHT)
    ctx.report.say(tr(Tr.STATUS, "Highlighting on") if terms.on
                   else tr(Tr.STATUS, "Highlighting off"))


@command("terms.panel")
def show_terms_panel(ctx: Context) -> None:
    ctx.view.show_terms_panel()


@command("terms.next")
def next_term(ctx: Context) -> None:
    """Scroll to the next highlighted term after the last jump."""
    state = ctx.state
    spans = [s for s in state.spans if s.category in ("keyword", "watch", "query")]
    if not spans:
        ctx.report.say(tr(Tr.STATUS, "No highlighted terms in this article"))
        return
    nxt = next((s for s in spans if s.start > state.term_pos), spans[0])
    state.term_pos = nxt.start
    ctx.view.scroll_to_position(nxt.start)
    ctx.report.say(f"“{nxt.term}”")


def jump_to_term(ctx: Context, term: str) -> None:
    """Scroll to the next occurrence of *term* after the last jump (Enter on a
    key term in the panel)."""
    state = ctx.state
    art = ctx.shown_article()
    if art is None:
        return
    found = find_matches(shown_text(art), term)
    if not found:
        ctx.report.say(tr(Tr.STATUS, "“%1” is not in this article", term))
        return
    nxt = next((m for m in found if m[0] > state.term_pos), found[0])
    state.term_pos = nxt[0]
    ctx.view.scroll_to_position(nxt[0])
    ctx.report.say(f"“{term}” {found.index(nxt) + 1}/{len(found)}")


def on_segmenter_ready(ctx: Context) -> None:
    showing.request_keywords(ctx)


def on_keywords_arrived(ctx: Context, ref: ArticleRef) -> None:
    if ref == ctx.state.current:
        ctx.services.terms.show_keywords(ref, ctx.state.script)
        showing.update_highlights(ctx)
    ctx.changed(Change.KEYWORDS)


# ---- the watch-list ----------------------------------------------------------------------
@command("watch.add_selection")
def watch_selection(ctx: Context) -> None:
    find = ctx.state.find
    text = ctx.view.selected_text().strip() or (find.query if find.active else "")
    if not text:
        ctx.report.say(tr(Tr.STATUS, "Select text first, or type a term in the panel"))
        ctx.view.show_terms_panel()
        return
    add_watch(ctx, text)


@command("watch.remove")
def remove_chosen_watch(ctx: Context) -> None:
    remove_watch(ctx, ctx.view.current_watch_row())


def add_watch(ctx: Context, term: str, colour: str | None = None) -> bool:
    """Watch *term* (in *colour*, else the next of the palette); whether it was added."""
    problem = ctx.services.terms.add(term, colour)
    ctx.report.say(problem or tr(Tr.STATUS, "Watching “%1”", term.strip()))
    return problem is None


def remove_watch(ctx: Context, row: int) -> None:
    gone = ctx.services.terms.remove(row)
    if gone is not None:
        ctx.report.say(tr(Tr.STATUS, "No longer watching “%1”", gone))


def set_watch_colour(ctx: Context, row: int, colour: str) -> None:
    ctx.services.terms.set_colour(row, colour)


def on_watch_changed(ctx: Context) -> None:
    showing.update_highlights(ctx)
    ctx.changed(Change.WATCH)
    save_settings(ctx)
