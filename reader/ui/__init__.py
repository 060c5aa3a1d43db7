"""The Qt layer: the only package that imports PySide6.

How it fits together (``app.py`` builds and wires everything; the whole path
from a page file to the screen is in ``docs/ARCHITECTURE.md``):

* ``reader.actions`` (pure) lists every action: id, titles, help, keys, context.
* ``keys.KeyDispatcher`` filters the window's key presses: key code + modifiers →
  a trie of the bindings live in the focus mode → action id → the command runner.
* ``state.ReaderState`` is what the window shows (plain data); ``context.Context``
  is what a command receives: the state, the services, the view, a reporter.
* ``commands/`` holds every action as a small function, one module per category;
  ``commands.runner.CommandRunner`` runs them (and the services' answers) through
  one entry point with one error boundary and emits one ``changed`` notification.
* Services do the work, on threads where it is slow: ``open_pages.OpenPages``
  (opening, conversion), ``search.SearchRunner`` (search as you type behind the
  ``SearchBackend`` seam), ``terms.HighlightTerms`` (key terms, watch-list),
  ``reading_state.ReadingKeeper`` (marks), ``library.LibraryKeeper`` (the library,
  indexing in a child process), ``exporting.Exporter``; ``workers.WorkerPool``
  delivers only the latest answer per question and reports every failure;
  ``engine.TextEngine`` loads OpenCC and jieba after the first paint.
* ``window.ReaderWindow`` lays out the widgets (``models``/``delegates`` for the
  lists, ``reading_pane``/``document`` for the article, ``bars``, ``help_overlay``,
  ``terms_panel``) and applies changes; ``window_view.WindowView`` is the
  ``view.ReaderView`` commands drive; ``dialogs`` and ``menus`` hold the rest.
"""
