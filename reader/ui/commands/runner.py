"""The one entry point: every command, every operation a widget starts and
every answer a service brings back runs through :meth:`CommandRunner.do`.

As git-cola's ``cmds.do`` runs a command and reports what it raised, ``do``
runs an operation with one error boundary (a bug becomes a message in the
error bar, never a dead window) and then, as Anki's ``operation_did_execute``,
emits one :attr:`CommandRunner.changed` notification carrying what the
operation changed.  The runner also routes the services' signals to their
handlers; it holds no state of its own.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from reader.actions import ACTIONS
from reader.ui.commands import (
    application,
    articles,
    files,
    find,
    library,
    pages,
    search,
    terms,
    text,
)
from reader.ui.commands.registry import COMMANDS
from reader.ui.context import Context, Reporter, Services
from reader.ui.state import Change, ReaderState
from reader.ui.view import ReaderView

P = ParamSpec("P")
T = TypeVar("T")

#: The category modules, imported for the commands they register.
CATEGORY_MODULES = (articles, pages, find, search, text, terms, library, files, application)


class CommandRunner(QObject):
    #: What an operation changed (a :class:`Change`), once per operation.
    changed = Signal(object)

    def __init__(self, state: ReaderState, services: Services, report: Reporter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        missing = {a.id for a in ACTIONS} - COMMANDS.keys()
        if missing:
            raise RuntimeError(f"actions without a command: {sorted(missing)}")
        self.state = state
        self.services = services
        self.report = report
        self._ctx: Context | None = None
        self._depth = 0

    @property
    def ctx(self) -> Context:
        assert self._ctx is not None, "attach() a view first"
        return self._ctx

    def attach(self, view: ReaderView) -> Context:
        """Commands drive *view* from now on; the services' answers reach them."""
        self._ctx = Context(self.state, self.services, view, self.report, self.do)
        self._connect()
        return self._ctx

    # ---- the entry point -----------------------------------------------------------------
    def run(self, action_id: str) -> None:
        """Carry out an action of the registry (a key, a menu entry)."""
        self.do(COMMANDS[action_id])

    def do(self, op: Callable[Concatenate[Context, P], T], *args: P.args,
           **kwargs: P.kwargs) -> T | None:
        """Run *op(ctx, …)*; report what it raised; then say what it changed.
        Returns what *op* returned (None when it raised)."""
        ctx = self.ctx
        self._depth += 1
        try:
            return op(ctx, *args, **kwargs)
        except Exception as err:  # the one error boundary: a bug is said, not fatal
            from reader.ui.problems import CommandFailed

            traceback.print_exception(err, file=sys.stderr)
            self.report.problem(CommandFailed(getattr(op, "__name__", str(op)), err))
            return None
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._notify(ctx)

    def _notify(self, ctx: Context) -> None:
        """Tell the window what changed, then run what waited for that."""
        if ctx.changes is not Change.NONE:
            what, ctx.changes = ctx.changes, Change.NONE
            self.changed.emit(what)
        while ctx.afterwards:
            ctx.afterwards.pop(0)()

    def later(self, op: Callable[..., Any]) -> Callable[..., None]:
        """A slot that runs *op* with the signal's arguments through :meth:`do`."""
        return lambda *args: self.do(op, *args)

    # ---- the services' answers -------------------------------------------------------------
    def _connect(self) -> None:
        s, later = self.services, self.later
        s.engine.converter_ready.connect(later(text.on_converter_ready))
        s.engine.segmenter_ready.connect(later(terms.on_segmenter_ready))
        s.open.opened.connect(later(files.on_opened))
        s.open.converted.connect(later(text.on_converted))
        s.search.results.connect(later(search.on_search_results))
        s.terms.keywords_arrived.connect(later(terms.on_keywords_arrived))
        s.terms.watch_changed.connect(later(terms.on_watch_changed))
        s.reading.changed.connect(later(articles.on_reading_changed))
        s.reading.written.connect(later(library.on_marks_written))
        lib = s.library
        if lib is not None:
            lib.reported.connect(self.report.problem)
            lib.said.connect(self.report.say)
            lib.folder_offered.connect(later(files.on_folder_offered))
            lib.index_finished.connect(later(library.on_index_finished))
            for signal in (lib.state_changed, lib.pages_listed):
                signal.connect(later(_library_changed))
            for signal in (lib.index_started, lib.index_progressed):
                signal.connect(later(_indexing_changed))


def _library_changed(ctx: Context, *_args: object) -> None:
    ctx.changed(Change.LIBRARY)


def _indexing_changed(ctx: Context, *_args: object) -> None:
    ctx.changed(Change.INDEXING)
