"""The parts of the main window built the first time they are asked for (the
key-terms panel, the library panel, the indexing bar, the key list): each costs
start-up time and many sessions never open it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QWidget

from reader.ui.layout import WindowAreas

if TYPE_CHECKING:
    from reader.ui.commands.runner import CommandRunner
    from reader.ui.context import Services
    from reader.ui.help_overlay import HelpOverlay
    from reader.ui.keys import KeyDispatcher
    from reader.ui.library_panel import IndexBar, LibraryPanel
    from reader.ui.models import Models
    from reader.ui.state import ReaderState
    from reader.ui.terms_panel import TermsPanel


class WindowParts(WindowAreas):
    """The main window's parts built on first use (see :class:`ReaderWindow`,
    which sets up what they hang on)."""

    state: ReaderState
    models: Models
    terms_box: QWidget
    left_split: QSplitter
    key_filter: KeyDispatcher | None
    _terms_panel: TermsPanel | None
    _library_panel: LibraryPanel | None
    _index_bar: IndexBar | None
    _overlay: HelpOverlay | None

    @property
    def runner(self) -> CommandRunner:
        raise NotImplementedError

    @property
    def services(self) -> Services:
        raise NotImplementedError

    # ---- built on first use -------------------------------------------------------
    @property
    def terms_panel(self) -> TermsPanel:
        if self._terms_panel is None:
            from reader.ui.commands import terms
            from reader.ui.terms_panel import TermsPanel

            later, models = self.runner.later, self.models
            tp = TermsPanel(models.keywords, models.watch)
            tp.term_activated.connect(later(terms.jump_to_term))
            tp.watch_add_requested.connect(later(terms.add_watch))
            tp.watch_add_selection_requested.connect(later(terms.watch_selection))
            tp.watch_remove_requested.connect(later(terms.remove_watch))
            tp.watch_colour_requested.connect(later(terms.set_watch_colour))
            tp.set_colours(list(self.state.prefs.watch_colours))
            tp.legend.show_categories(self.services.terms.legend())
            layout = self.terms_box.layout()
            assert layout is not None
            layout.addWidget(tp)
            self._terms_panel = tp
            self._watch_keys(tp)
        return self._terms_panel

    @property
    def library_panel(self) -> LibraryPanel:
        """The library's pages, above the open pages (built on first use)."""
        if self._library_panel is None:
            from reader.ui.commands import library
            from reader.ui.library_panel import LibraryPanel
            from reader.ui.models import PageListModel

            lib = self.services.library
            panel = LibraryPanel(lib.model if lib is not None else PageListModel())
            panel.page_requested.connect(self.runner.later(library.open_library_page))
            self.left_split.insertWidget(0, panel)
            self.left_split.setStretchFactor(0, 1)
            self._library_panel = panel
            self._watch_keys(panel)
        return self._library_panel

    @property
    def index_bar(self) -> IndexBar:
        """In the status bar while a folder is added (built on first use)."""
        if self._index_bar is None:
            from reader.ui.library_panel import IndexBar

            bar = IndexBar()
            bar.cancel_requested.connect(lambda: self.runner.run("library.cancel_index"))
            self.statusBar().insertPermanentWidget(0, bar)
            self._index_bar = bar
        return self._index_bar

    @property
    def overlay(self) -> HelpOverlay:
        if self._overlay is None:
            from reader.ui.commands import articles
            from reader.ui.help_overlay import HelpOverlay
            from reader.ui.reading_state import Cover

            central = self.centralWidget()
            assert central is not None
            self._overlay = HelpOverlay(central)
            self._overlay.set_actions(self.state.actions)
            self._overlay.shown_changed.connect(
                lambda shown: self.runner.do(articles.on_covered, Cover.KEY_LIST, shown))
            self._watch_keys(self._overlay)
        return self._overlay

    def _watch_keys(self, widget: QWidget) -> None:
        if self.key_filter is not None:
            self.key_filter.watch(widget)
