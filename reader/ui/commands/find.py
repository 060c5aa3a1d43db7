"""Find in the article being read: Ctrl+F, n/N, F3/Shift+F3.

Matches are computed on the text as shown (after conversion), script-blind
(:func:`reader.ui.commands.showing.refresh_find`); the state itself is
:class:`reader.core.text.find.FindState`, in the window's state.
"""

from __future__ import annotations

from reader.strings import Tr
from reader.ui.commands import showing
from reader.ui.commands.registry import command
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.state import Change


@command("find.start")
def start_find(ctx: Context) -> None:
    """Open the find bar with the selection (or the last query) in it."""
    sel = ctx.view.selected_text().strip()
    text = sel if sel and "\n" not in sel and len(sel) < 40 else ctx.state.find.query
    ctx.view.show_find(text)
    set_find_text(ctx, text)


def set_find_text(ctx: Context, text: str) -> None:
    """The find field changed: find from what is on screen onwards."""
    find = ctx.state.find
    find.query = text
    find.active = True
    showing.refresh_find(ctx, keep_position=True)
    _scroll_to_current(ctx)


@command("find.next")
def next_match(ctx: Context) -> None:
    step(ctx, True)


@command("find.prev")
def previous_match(ctx: Context) -> None:
    step(ctx, False)


def step(ctx: Context, forward: bool) -> None:
    find = ctx.state.find
    if not find.query:
        ctx.report.say(tr(Tr.STATUS, "Press Ctrl+F to find"))
        return
    if not find.active:  # n after Esc: find the last query again
        find.active = True
        showing.refresh_find(ctx, keep_position=True)
        if find.current_match is not None:
            _scroll_to_current(ctx)
            return
    if not find.matches:
        ctx.report.say(tr(Tr.STATUS, "“%1” not found", find.query))
        return
    if find.step(forward):
        ctx.report.say(tr(Tr.STATUS, "Find wrapped to the top") if forward
                       else tr(Tr.STATUS, "Find wrapped to the bottom"))
    ctx.view.set_find_status(find.status)
    showing.update_highlights(ctx)
    ctx.changed(Change.FIND)
    _scroll_to_current(ctx)


def close_find(ctx: Context) -> None:
    ctx.state.find.active = False
    ctx.view.hide_find()
    showing.refresh_find(ctx, keep_position=False)


def _scroll_to_current(ctx: Context) -> None:
    match = ctx.state.find.current_match
    if match is not None:
        ctx.view.scroll_to_position(match[0])
