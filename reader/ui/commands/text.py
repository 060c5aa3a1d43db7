"""Text: the script shown (``t``), copying the article (``y``, ``Y``), text size."""

from __future__ import annotations

from reader.core.session import DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE, MIN_TEXT_SIZE
from reader.core.text.script import Script
from reader.strings import Tr
from reader.ui.commands import showing
from reader.ui.commands.registry import command
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.state import Change


@command("script.cycle")
def cycle_script(ctx: Context) -> None:
    state, engine = ctx.state, ctx.services.engine
    state.script = state.script.next()
    ctx.services.open.set_script(state.script,
                                 state.current.path if state.current is not None else None)
    update_shown_converter(ctx)
    ctx.services.search.rerun()
    ctx.changed(Change.SCRIPT)
    if engine.has_converter:
        ctx.report.say(tr(Tr.STATUS, "Script: %1", state.script.label))
    else:
        ctx.report.say(tr(Tr.STATUS, "Script: %1 (loading the converter…)", state.script.label))


def update_shown_converter(ctx: Context) -> None:
    """Titles and snippets of hits on pages not open follow the script shown."""
    library, engine = ctx.services.library, ctx.services.engine
    if library is not None:
        library.search.shown = (
            engine.converter(ctx.state.script) if engine.has_converter else None)


def on_converter_ready(ctx: Context) -> None:
    update_shown_converter(ctx)
    current = ctx.state.current
    ctx.services.open.convert(current.path if current is not None else None)
    ctx.changed(Change.SCRIPT)


def on_converted(ctx: Context, _script: Script, paths: set[str]) -> None:
    """Pages arrived in the script shown: show them so."""
    state = ctx.state
    showing.refresh_pages(ctx)
    if (state.current is not None and state.current.path in paths) \
            or state.listing is not None:
        top = ctx.view.top_position()
        showing.refresh_rows(ctx)
        before = state.shown_article
        showing.show_current(ctx)
        if before != state.shown_article and top:
            ctx.view.restore_position(top)
        ctx.services.terms.show_keywords(state.current, state.script)
        ctx.changed(Change.SHOWN)


# ---- copying -------------------------------------------------------------------------------
def copy_article(ctx: Context, markdown: bool) -> None:
    """``y`` / ``Y``: the article shown, as plain text or Markdown, in its script."""
    from reader.core.export import article_markdown, article_text

    art = ctx.shown_article()
    if art is None:
        ctx.report.say(tr(Tr.STATUS, "No article"))
        return
    ctx.view.set_clipboard(article_markdown(art) if markdown else article_text(art))
    ctx.report.say(tr(Tr.STATUS, "Copied as Markdown") if markdown
                   else tr(Tr.STATUS, "Article copied"))


@command("text.copy")
def copy_text(ctx: Context) -> None:
    copy_article(ctx, markdown=False)


@command("text.copy_markdown")
def copy_markdown(ctx: Context) -> None:
    copy_article(ctx, markdown=True)


# ---- text size -----------------------------------------------------------------------------
def set_text_size(ctx: Context, points: int) -> None:
    ctx.state.text_size = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, points))
    ctx.changed(Change.TEXT_SIZE)


@command("text.larger")
def larger_text(ctx: Context) -> None:
    set_text_size(ctx, ctx.state.text_size + 1)


@command("text.smaller")
def smaller_text(ctx: Context) -> None:
    set_text_size(ctx, ctx.state.text_size - 1)


@command("text.reset")
def default_text_size(ctx: Context) -> None:
    set_text_size(ctx, DEFAULT_TEXT_SIZE)
