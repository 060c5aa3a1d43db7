"""The Qt layer: the only package that imports PySide6.

How it fits together (``app.py`` builds and wires everything):

* ``reader.actions`` (pure) lists every action: id, titles, help, keys, context.
* ``keys.KeyDispatcher`` filters the window's key presses: key code + modifiers →
  action id (by focus mode, so letters never fire in a text field) → controller.
* ``controller.ReaderController`` has one handler per action id and owns the
  reading state; its helpers each own one concern: ``open_pages.OpenPages``
  (pages, conversion on workers), ``search.SearchRunner`` (search as you type
  behind the ``SearchBackend`` seam), ``terms.HighlightTerms`` (key terms,
  watch-list), ``finder.ArticleFinder`` (find in the article).
* ``window.ReaderWindow`` lays out the widgets (``models``/``delegates`` for the
  lists, ``reading_pane``/``document`` for the article, ``bars``, ``help_overlay``,
  ``terms_panel``) and implements ``view.ReaderView``, all the controller asks of it.
* ``workers.WorkerPool`` runs slow work on threads; only the latest answer per
  question is delivered.  ``engine.TextEngine`` loads OpenCC and jieba after the
  first paint.
"""
