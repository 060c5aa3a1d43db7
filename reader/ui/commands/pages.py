"""Pages: ``[`` and ``]`` move between the open pages (files)."""

from __future__ import annotations

from reader.strings import Tr
from reader.ui.commands import showing
from reader.ui.commands.registry import command
from reader.ui.context import Context
from reader.ui.i18n import tr


def move_page(ctx: Context, delta: int) -> None:
    if not ctx.pages:
        ctx.report.say(tr(Tr.STATUS, "No page is open"))
        return
    current = ctx.state.current
    i = ctx.page_index(current.path if current is not None else None)
    j = max(0, min(len(ctx.pages) - 1, i + delta))
    if j == i:
        ctx.report.say(tr(Tr.STATUS, "This is the first page") if delta < 0
                       else tr(Tr.STATUS, "This is the last page"))
        return
    showing.select_page(ctx, j)


@command("page.prev")
def previous_page(ctx: Context) -> None:
    move_page(ctx, -1)


@command("page.next")
def next_page(ctx: Context) -> None:
    move_page(ctx, +1)
