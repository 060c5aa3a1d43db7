"""The application: preferences, the key list, Esc, quitting."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from reader.actions import ACTIONS, Action, rebound
from reader.core.preferences import Preferences
from reader.strings import Tr
from reader.ui.commands import showing
from reader.ui.commands.find import close_find
from reader.ui.commands.registry import command
from reader.ui.commands.remember import save_now
from reader.ui.commands.text import set_text_size
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.keys import key_problem
from reader.ui.state import Change
from reader.ui.view import Focus
from reader.ui.workers import TaskKind

if TYPE_CHECKING:
    from reader.ui.problems import KeysRefused


@command("app.preferences")
def show_preferences(ctx: Context) -> None:
    ctx.view.show_preferences()


@command("help.show")
def toggle_help(ctx: Context) -> None:
    ctx.view.toggle_overlay(None)


@command("app.escape")
def escape(ctx: Context) -> None:
    """Close the key list; else close find and search; then back to the list."""
    view = ctx.view
    if view.toggle_overlay(False):
        return
    if ctx.state.find.active or view.find_visible():
        close_find(ctx)
    if ctx.state.listing is not None or view.search_visible() or ctx.services.search.text:
        showing.close_listing(ctx)
    view.close_library_panel()
    view.focus(Focus.LIST)


@command("app.quit")
def quit_window(ctx: Context) -> None:
    ctx.view.close_window()


def bound_actions(prefs: Preferences) -> tuple[tuple[Action, ...], KeysRefused | None]:
    """The actions with the keys *prefs* set, or the registry's and why not."""
    if not prefs.keys:
        return ACTIONS, None
    actions = rebound(prefs.keys)
    problem = key_problem(actions)
    if problem is None:
        return actions, None
    from reader.ui.problems import KeysRefused

    return ACTIONS, KeysRefused(problem)


def set_preferences(ctx: Context, prefs: Preferences, text_size: int | None = None) -> None:
    """Take the preferences chosen in the dialog, keep them, apply them."""
    state, services = ctx.state, ctx.services
    actions, refused = bound_actions(prefs)
    if refused is not None:
        ctx.report.problem(refused)
        prefs.keys = {}
    state.prefs, state.actions = prefs, actions
    services.terms.palette = list(prefs.watch_colours)
    if text_size is not None and text_size != state.text_size:
        set_text_size(ctx, text_size)
    store = services.prefs_store
    if store is not None:
        ticket, saved = store.writes.ticket(), copy.deepcopy(prefs)
        services.workers.submit(TaskKind.SAVE, lambda: store.save(saved, ticket),
                                lambda _result: None, exclusive=False)
    ctx.changed(Change.PREFERENCES)
    # Said once the window shows the preferences: in the language they chose.
    ctx.after(lambda: ctx.report.say(tr(Tr.STATUS, "Preferences saved")))


def shutdown(ctx: Context) -> None:
    """The window is closing: save, stop timers, drop every answer still on its way."""
    services = ctx.services
    save_now(ctx)
    services.search.stop()
    services.reading.stop()
    if services.library is not None:
        services.library.shutdown()
    services.workers.close()
