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

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.actions import Mode
from reader.strings import Tr
from reader.ui.bars import ErrorBar, FindBar, SearchBar
from reader.ui.delegates import ArticleDelegate, PageDelegate
from reader.ui.focus_ring import FocusRing
from reader.ui.i18n import Translations, tr
from reader.ui.indicators import Indicators
from reader.ui.layout import (
    ARTICLE_MIN,
    LEFT_MIN,
    MARGIN,
    RIGHT_MIN,
    WINDOW_MIN,
    AreaSplitter,
)
from reader.ui.menus import Menus
from reader.ui.models import Models
from reader.ui.reading_pane import ReadingPane
from reader.ui.state import Change, ReaderState
from reader.ui.theme import Colours, apply_theme, ui_font
from reader.ui.widgets import column, list_view
from reader.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.commands.runner import CommandRunner
    from reader.ui.context import Services
    from reader.ui.help_overlay import HelpOverlay
    from reader.ui.keys import KeyDispatcher
    from reader.ui.library_panel import IndexBar, LibraryPanel
    from reader.ui.preferences_dialog import PreferencesDialog
    from reader.ui.terms_panel import TermsPanel
    from reader.ui.trends_chart import TrendDialog


def _is_text_field(w: QObject) -> bool:
    from reader.ui.keys import is_text_field  # the key dispatcher's module: after paint

    return is_text_field(w)


class ReaderWindow(WindowParts):
    """Built in two steps: the widgets, shown at once (:meth:`__init__`: nothing
    but the state and the item models they show), then the commands behind them
    (:meth:`attach`), which the composition root does after the first paint."""

    def __init__(self, state: ReaderState, models: Models,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.models = state, models
        self._runner: CommandRunner | None = None
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setFont(ui_font(10))
        avail = self.screen().availableGeometry()
        self.resize(min(1180, int(avail.width() * 0.92)), min(780, int(avail.height() * 0.9)))
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
        self.splitter = AreaSplitter(self.pane.readable_width)
        self.splitter.setObjectName("MainSplitter")
        self.lists = column(self.search_bar, self.left_split, stretch=self.left_split)
        self.lists.setMinimumWidth(LEFT_MIN)
        self.pane.setMinimumWidth(ARTICLE_MIN)
        self.terms_box.setMinimumWidth(RIGHT_MIN)
        self.splitter.addWidget(self.lists)
        self.splitter.addWidget(column(self.pane, self.find_bar, stretch=self.pane))
        self.splitter.addWidget(self.terms_box)
        self.splitter.setStretchFactor(1, 1)
        self.setMinimumSize(*WINDOW_MIN)
        #: The key-terms panel was shown when full-width reading began.
        self._terms_before_full_width = False
        central = column(self.error_bar, self.splitter, stretch=self.splitter)
        central.layout().setContentsMargins(MARGIN, MARGIN, MARGIN, 0)  # type: ignore[union-attr]
        self.setCentralWidget(central)
        self.focus_ring = FocusRing(central)

        self.indicators = Indicators(self.statusBar())
        self.legend, self.script_badge = self.indicators.legend, self.indicators.script_badge
        self.highlight_label = self.indicators.highlight_label
        self.translations = Translations(self)
        #: The key dispatcher (set by the composition root); lazily built panels
        #: hand their widgets to it.
        self.key_filter: KeyDispatcher | None = None
        self.menus = Menus(self, state)
        self.recent_menu = self.menus.recent
        self.setTabOrder(self.article_view, self.pane)
        #: The theme's colours in use (set by :meth:`apply_preferences`).
        self.theme: Colours | None = None
        QApplication.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)

    # ---- the commands behind it -------------------------------------------------------
    def attach(self, runner: CommandRunner) -> None:
        """Run the commands through *runner* from now on (keys, menus, the bars)."""
        self._runner = runner
        self.menus.attach(runner)
        self._wire()
        self.retranslate()

    @property
    def runner(self) -> CommandRunner:
        assert self._runner is not None, "attach() the commands first"
        return self._runner

    @property
    def services(self) -> Services:
        return self.runner.services

    # ---- menus ------------------------------------------------------------------
    @property
    def menu_actions(self) -> dict[str, QAction]:
        """Every menu entry, by action id."""
        return self.menus.entries()

    def on_recent_menu_about_to_show(self) -> None:
        self.menus.fill_recent()

    # ---- signals: one operation each ----------------------------------------------
    def _wire(self) -> None:
        from reader.ui.commands import application, find, search, showing

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

    def on_color_scheme_changed(self, _scheme: object) -> None:
        """The system switched between light and dark: follow it if asked to."""
        self.apply_theme()

    def on_article_view_activated(self, _index: QModelIndex) -> None:
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_page_view_activated(self, index: QModelIndex) -> None:
        from reader.ui.commands import showing

        self.runner.do(showing.select_page, index.row())

    # ---- applying changes ---------------------------------------------------------
    def apply(self, change: Change) -> None:
        """Show what an operation changed."""
        if self._runner is None:
            return
        ctx = self.runner.ctx
        title = ctx.window_title()
        if title != self.windowTitle():
            self.setWindowTitle(title)
        if change & (Change.ARTICLE | Change.SHOWN):
            art = ctx.shown_article()
            self.pane.setAccessibleName(tr(Tr.WINDOW, "Article: %1", art.title)
                                        if art is not None else tr(Tr.WINDOW, "Article"))
        if change & (Change.SCRIPT | Change.LOADED | Change.SHOWN):
            # "…" while the article is still being converted to it.
            current = self.state.current
            self.indicators.show_script(self.state.script, self.services.open.converting(
                current.path if current is not None else None))
        if change & (Change.PAGES | Change.LOADED | Change.SHOWN):
            self.page_view.setVisible(self.models.pages.rowCount() > 1)
        if change & Change.TEXT_SIZE:
            self.pane.set_points(self.state.text_size)
            self.fit_areas()   # a readable line is wider now, or narrower
            self.indicators.show_size(self.state.text_size)
        if change & Change.HIGHLIGHT:
            terms = self.services.terms
            self.indicators.show_highlighting(terms.on, terms.legend())
            if self._terms_panel is not None:
                self._terms_panel.legend.show_categories(terms.legend())
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
        self.indicators.show_counts(self.find_bar.count.text(), self.search_bar.count.text())

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
        self.apply_theme()
        if self.key_filter is not None:
            self.key_filter.set_actions(self.state.actions)
        self.translations.use(p.language)
        self.menus.retranslate()
        self.retranslate()
        if self._overlay is not None:
            self._overlay.set_actions(self.state.actions)
        if self._terms_panel is not None:
            self._terms_panel.set_colours(list(p.watch_colours))

    def apply_theme(self) -> None:
        """Show the theme the preferences ask for (the palette and style sheet
        reach every widget; what we paint ourselves is painted again)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme = apply_theme(app, self.state.prefs.theme)
        if theme is self.theme:
            return
        first = self.theme is None
        self.theme = theme
        if first:
            return   # nothing painted with other colours yet
        self.pane.restyle()
        self.legend.retranslate()
        for bar in (self.find_bar, self.search_bar):
            bar.restyle()
        if self._overlay is not None:
            self._overlay.set_actions(self.state.actions)
        if self._terms_panel is not None:
            self._terms_panel.legend.retranslate()
        for view in (self.article_view, self.page_view):
            view.viewport().update()

    def retranslate(self) -> None:
        """Show the window's own texts in the interface language (after a switch)."""
        self.article_view.setAccessibleName(tr(Tr.WINDOW, "Articles"))
        self.page_view.setAccessibleName(tr(Tr.WINDOW, "Open pages"))
        self.indicators.retranslate()
        self.apply(Change.HIGHLIGHT | Change.TEXT_SIZE | Change.ARTICLE | Change.SCRIPT)
        self.show_counts()
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
        if w is not None and _is_text_field(w):
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
            # The widths the reader gave the lists and the panel; the article
            # takes the rest.
            left, _article, right = splitter
            self.splitter.left = max(LEFT_MIN, left) if left else self.splitter.left
            self.splitter.right = max(RIGHT_MIN, right) if right else self.splitter.right
        self.splitter.fit()

    def remember_layout(self) -> None:
        if self._runner is None:
            return
        s = self.services.settings
        s.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        s.splitter = [self.splitter.left, int(self.splitter.sizes()[1]), self.splitter.right]

    def event(self, event: QEvent) -> bool:
        """A modal dialog blocks the window (or no longer does): it covers the article."""
        kind = event.type()
        if self._runner is not None and kind in (QEvent.Type.WindowBlocked,
                                                 QEvent.Type.WindowUnblocked):
            from reader.ui.commands import articles
            from reader.ui.reading_state import Cover

            self.runner.do(articles.on_covered, Cover.DIALOG,
                           kind == QEvent.Type.WindowBlocked)
        return super().event(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self._runner is not None:
            from reader.ui.commands import showing

            event.acceptProposedAction()
            self.runner.do(showing.open_pages, paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._runner is not None:
            from reader.ui.commands import application

            self.remember_layout()
            self.runner.do(application.shutdown)
        super().closeEvent(event)
