"""The main window: lays the widgets out and applies what commands changed.

It keeps no state of its own: what it shows comes from the window's state
(:class:`reader.ui.state.ReaderState`) and the services' models, and is
brought up to date by :meth:`ReaderWindow.apply` on each change notification
of the command runner.  Its slots are thin (one operation through the runner
each); its menus are generated from the action registry.  What commands ask of
it is done by :class:`reader.ui.window_view.WindowView`; its dialogs live in
:mod:`reader.ui.dialogs`.
"""

from __future__ import annotations

import base64
import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.actions import Mode
from reader.strings import Tr
from reader.ui.bars import ErrorBar, FindBar, SearchBar
from reader.ui.commands import application, find, library, search, showing, terms
from reader.ui.commands.runner import CommandRunner
from reader.ui.context import Services
from reader.ui.delegates import ArticleDelegate, PageDelegate
from reader.ui.i18n import Translations, tr
from reader.ui.keys import is_text_field
from reader.ui.legend import Legend
from reader.ui.menus import Menus
from reader.ui.reading_pane import ReadingPane
from reader.ui.state import Change, ReaderState
from reader.ui.theme import STYLESHEET, apply_theme, stylesheet, ui_font
from reader.ui.widgets import column, list_view

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.help_overlay import HelpOverlay
    from reader.ui.keys import KeyDispatcher
    from reader.ui.library_panel import IndexBar, LibraryPanel
    from reader.ui.preferences_dialog import PreferencesDialog
    from reader.ui.terms_panel import TermsPanel
    from reader.ui.trends_chart import TrendDialog


class ReaderWindow(QMainWindow):
    def __init__(self, state: ReaderState, services: Services, runner: CommandRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.services, self.runner = state, services, runner
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setFont(ui_font(10))
        avail = self.screen().availableGeometry()
        self.resize(min(1180, int(avail.width() * 0.92)), min(780, int(avail.height() * 0.9)))
        models = services.models
        self.article_view = list_view("ArticleList", tr(Tr.WINDOW, "Articles"))
        self.article_view.setModel(models.articles)
        self.article_view.setItemDelegate(ArticleDelegate(self.article_view))
        self.page_view = list_view("PageList", tr(Tr.WINDOW, "Open pages"))
        self.page_view.setModel(models.pages)
        self.page_view.setItemDelegate(PageDelegate(self.page_view))
        self.page_view.hide()
        self.pane = ReadingPane()
        self.search_bar, self.find_bar, self.error_bar = SearchBar(), FindBar(), ErrorBar()
        # Built the first time they are asked for: the panels, the key list, the bar.
        self._library_panel: LibraryPanel | None = None
        self._index_bar: IndexBar | None = None
        self._terms_panel: TermsPanel | None = None
        self._overlay: HelpOverlay | None = None
        self.terms_box = QWidget()
        self.terms_box.setObjectName("TermsBox")
        QVBoxLayout(self.terms_box).setContentsMargins(0, 0, 0, 0)
        self.terms_box.hide()
        #: Dialogs while they are open (:mod:`reader.ui.dialogs` sets them).
        self.library_offer: QMessageBox | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.trend_dialog: TrendDialog | None = None

        self.left_split = QSplitter(Qt.Orientation.Vertical)
        self.left_split.addWidget(self.page_view)
        self.left_split.addWidget(self.article_view)
        self.left_split.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(column(self.search_bar, self.left_split, stretch=self.left_split))
        self.splitter.addWidget(column(self.pane, self.find_bar, stretch=self.pane))
        self.splitter.addWidget(self.terms_box)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 820, 0])
        self.splitter.setChildrenCollapsible(False)
        central = column(self.error_bar, self.splitter, stretch=self.splitter)
        central.layout().setContentsMargins(4, 4, 4, 0)  # type: ignore[union-attr]
        self.setCentralWidget(central)

        self.find_label, self.hits_label = QLabel(""), QLabel("")
        self.highlight_label, self.size_label = QLabel(""), QLabel("")
        self.legend = Legend()
        self.script_badge = QLabel("")  # set once pages arrive
        self.script_badge.setObjectName("ScriptBadge")
        for w in (self.find_label, self.hits_label, self.legend, self.highlight_label,
                  self.size_label, self.script_badge):
            self.statusBar().addPermanentWidget(w)
        self.translations = Translations(self)
        #: The key dispatcher (set by the composition root); lazily built panels
        #: hand their widgets to it.
        self.key_filter: KeyDispatcher | None = None
        self.menus = Menus(self, state, runner)
        self.recent_menu = self.menus.recent
        self.setTabOrder(self.article_view, self.pane)
        self._styled: list[QWidget] = [self.article_view, self.page_view, self.pane,
                                       self.error_bar, self.script_badge]
        for widget in self._styled:
            widget.setStyleSheet(STYLESHEET)
        self._dark = False
        self._wire()

    # ---- menus ------------------------------------------------------------------
    @property
    def menu_actions(self) -> dict[str, QAction]:
        """Every menu entry, by action id."""
        return self.menus.entries()

    def on_recent_menu_about_to_show(self) -> None:
        self.menus.fill_recent()

    # ---- signals: one operation each ----------------------------------------------
    def _wire(self) -> None:
        do, later = self.runner.do, self.runner.later
        self.runner.changed.connect(self.apply)
        self.article_view.selectionModel().currentChanged.connect(
            lambda current, _prev: do(showing.select_row, current.row()))
        self.article_view.activated.connect(self.on_article_view_activated)
        self.page_view.activated.connect(self.on_page_view_activated)
        self.page_view.clicked.connect(self.on_page_view_activated)
        self.search_bar.text_edited.connect(later(search.set_search_text))
        self.search_bar.close_requested.connect(later(application.escape))
        self.find_bar.text_edited.connect(later(find.set_find_text))
        self.find_bar.close_requested.connect(later(find.close_find))

    def on_article_view_activated(self, _index: QModelIndex) -> None:
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_page_view_activated(self, index: QModelIndex) -> None:
        self.runner.do(showing.select_page, index.row())

    # ---- built on first use -------------------------------------------------------
    @property
    def terms_panel(self) -> TermsPanel:
        if self._terms_panel is None:
            from reader.ui.terms_panel import TermsPanel

            later, models = self.runner.later, self.services.models
            tp = TermsPanel(models.keywords, models.watch)
            tp.term_activated.connect(later(terms.jump_to_term))
            tp.watch_add_requested.connect(later(terms.add_watch))
            tp.watch_add_selection_requested.connect(later(terms.watch_selection))
            tp.watch_remove_requested.connect(later(terms.remove_watch))
            tp.watch_colour_requested.connect(later(terms.set_watch_colour))
            tp.set_colours(list(self.state.prefs.watch_colours))
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
            from reader.ui.help_overlay import HelpOverlay

            central = self.centralWidget()
            assert central is not None
            self._overlay = HelpOverlay(central)
            self._overlay.set_actions(self.state.actions)
            self._watch_keys(self._overlay)
        return self._overlay

    def _watch_keys(self, widget: QWidget) -> None:
        if self.key_filter is not None:
            self.key_filter.watch(widget)

    # ---- applying changes ---------------------------------------------------------
    def apply(self, change: Change) -> None:
        """Show what an operation changed."""
        ctx = self.runner.ctx
        title = ctx.window_title()
        if title != self.windowTitle():
            self.setWindowTitle(title)
        if change & (Change.ARTICLE | Change.SHOWN):
            art = ctx.shown_article()
            self.pane.setAccessibleName(tr(Tr.WINDOW, "Article: %1", art.title)
                                        if art is not None else tr(Tr.WINDOW, "Article"))
        if change & (Change.SCRIPT | Change.LOADED):
            self.script_badge.setText(self.state.script.label)
        if change & (Change.PAGES | Change.LOADED):
            self.page_view.setVisible(len(ctx.pages) > 1)
        if change & Change.TEXT_SIZE:
            self.pane.set_points(self.state.text_size)
            self.size_label.setText(tr(Tr.WINDOW, "%1 pt", self.state.text_size))
        if change & Change.HIGHLIGHT:
            on = self.services.terms.on
            self.highlight_label.setText(tr(Tr.WINDOW, "Highlighting on") if on
                                         else tr(Tr.WINDOW, "Highlighting off"))
            self.legend.setVisible(on)
        if change & Change.PREFERENCES:
            self.apply_preferences()
        if change & Change.LIBRARY:
            self.show_library_state()
        if change & Change.INDEXING:
            self.show_indexing()
        if change & Change.TREND and self.trend_dialog is not None:
            answer = self.state.trend
            if answer is not None and answer.trend is not None:
                self.trend_dialog.set_trend(answer.trend)
            elif answer is not None:
                self.trend_dialog.set_failed(answer.problem)

    def show_counts(self) -> None:
        """The find and search counts in the status bar, as the bars show them."""
        found, hits = self.find_bar.count.text(), self.search_bar.count.text()
        self.find_label.setText(tr(Tr.WINDOW, "Find %1", found) if found else "")
        self.hits_label.setText(tr(Tr.WINDOW, "Search %1", hits) if hits else "")

    def show_library_state(self) -> None:
        panel, lib = self._library_panel, self.services.library
        if panel is None:
            return
        if lib is not None:
            panel.set_counts(*lib.counts, lib.state)
        panel.ensure_current()

    def show_indexing(self) -> None:
        """The progress bar of a folder being added (hidden for quiet jobs)."""
        lib = self.services.library
        job = lib.runner.job if lib is not None else None
        if lib is None or job is None or not job.visible:
            if self._index_bar is not None:
                self._index_bar.hide()
            return
        if not self.index_bar.isVisible():
            self.index_bar.begin()
        if lib.runner.status is not None:
            self.index_bar.set_status(lib.runner.status)

    def apply_preferences(self) -> None:
        """Show what the preferences say: font, spacing, theme, keys, colours."""
        p = self.state.prefs
        self.pane.set_look(p.font_family, p.line_spacing)
        dark = apply_theme(p.theme)
        if dark != self._dark:
            self._dark = dark
            for widget in self._styled:
                widget.setStyleSheet(stylesheet(dark))
            self.article_view.viewport().update()
            self.page_view.viewport().update()
        if self.key_filter is not None:
            self.key_filter.set_actions(self.state.actions)
        self.translations.use(p.language)
        self.menus.retranslate()
        self.retranslate()
        if self._overlay is not None:
            self._overlay.set_actions(self.state.actions)
        if self._terms_panel is not None:
            self._terms_panel.set_colours(list(p.watch_colours))

    def retranslate(self) -> None:
        """Show the window's own texts in the interface language (after a switch)."""
        self.article_view.setAccessibleName(tr(Tr.WINDOW, "Articles"))
        self.page_view.setAccessibleName(tr(Tr.WINDOW, "Open pages"))
        self.script_badge.setToolTip(tr(Tr.WINDOW, "Script (t cycles)"))
        for w, name in ((self.find_label, "Find"), (self.hits_label, "Search"),
                        (self.legend, "Legend"), (self.highlight_label, "Highlighting"),
                        (self.size_label, "Text size"), (self.script_badge, "Script")):
            w.setAccessibleName(tr(Tr.WINDOW, name))
        self.apply(Change.HIGHLIGHT | Change.TEXT_SIZE | Change.ARTICLE)
        self.show_counts()
        self.legend.retranslate()
        for bar in (self.search_bar, self.find_bar, self.error_bar):
            bar.retranslate()
        if self._library_panel is not None:
            self._library_panel.retranslate()
            self.show_library_state()
        if self._index_bar is not None:
            self._index_bar.retranslate()
        if self._terms_panel is not None:
            self._terms_panel.retranslate()

    # ---- keys: which bindings are live -----------------------------------------------
    def focus_mode(self, widget: QObject | None = None) -> Mode:
        w = widget if widget is not None else QApplication.focusWidget()
        if w is self and QApplication.focusWidget() is not None:
            w = QApplication.focusWidget()  # a key its focus widget did not take
        if self._overlay is not None and self._overlay.isVisible():
            return Mode.OVERLAY
        if w is self.search_bar.field:
            return Mode.SEARCH
        if w is self.find_bar.field:
            return Mode.FIND
        if w is not None and is_text_field(w):
            return Mode.TEXT
        if isinstance(w, QWidget) and self.terms_box.isAncestorOf(w):
            return Mode.PANEL
        if self._library_panel is not None and w is self._library_panel.view:
            return Mode.LIBRARY
        if w is self.article_view:
            return Mode.LIST
        if w is self.pane:
            return Mode.ARTICLE
        return Mode.OTHER

    # ---- remembering, drops, closing -----------------------------------------------
    def restore_layout(self, geometry: str, splitter: list[int]) -> None:
        if geometry:
            with contextlib.suppress(ValueError):
                self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
        if len(splitter) == 3 and all(s >= 0 for s in splitter):
            self.splitter.setSizes(splitter)

    def remember_layout(self) -> None:
        s = self.services.settings
        s.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        s.splitter = [int(x) for x in self.splitter.sizes()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.runner.do(showing.open_pages, paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_layout()
        self.runner.do(application.shutdown)
        super().closeEvent(event)
