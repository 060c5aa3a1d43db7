"""What the window remembers between runs: the settings, saved on a worker while
the window is open and once more, at once, as it closes."""

from __future__ import annotations

import copy
import os

from reader.core.session import Settings, SettingsStore, WatchTerm
from reader.strings import Tr
from reader.ui.context import Context
from reader.ui.i18n import tr
from reader.ui.workers import TaskKind


def snapshot(ctx: Context) -> Settings:
    """The settings as they are now (the window's layout is written in by the
    window itself)."""
    state, services = ctx.state, ctx.services
    s = services.settings
    s.pages = [p.path for p in ctx.pages]
    s.current_page = state.current.path if state.current is not None else None
    s.current_article = state.current.index if state.current is not None else 0
    s.scroll = ctx.view.top_position()
    s.script = state.script
    s.text_size = state.text_size
    s.highlight = services.terms.on
    s.watch = [WatchTerm(w.term, w.colour) for w in services.terms.watch]
    s.recent = list(state.recent)
    s.pending_marks = services.reading.pending_marks()
    return s


def _write(store: SettingsStore, settings: Settings, ticket: int) -> None:
    """Write the settings, leaving out files that are gone (this touches the
    file system: on a worker, or as the window closes)."""
    settings.recent = [r for r in settings.recent if os.path.exists(r)] or settings.recent
    settings.pending_marks = [m for m in settings.pending_marks if os.path.exists(m.ref.path)]
    store.save(settings, ticket)


def save_settings(ctx: Context) -> None:
    """Save the settings on a worker (a failure reaches the error bar)."""
    settings = copy.deepcopy(snapshot(ctx))   # the worker's own copy
    store = ctx.services.settings_store
    ticket = store.writes.ticket()
    ctx.services.workers.submit(TaskKind.SAVE, lambda: _write(store, settings, ticket),
                                lambda _result: None, exclusive=False)


def save_now(ctx: Context) -> None:
    """The window is closing: save at once, on this thread."""
    try:
        store = ctx.services.settings_store
        _write(store, snapshot(ctx), store.writes.ticket())
    except OSError as err:
        ctx.report.say(tr(Tr.STATUS, "Settings not saved: %1", err))
