"""The main window: lays the widgets out and shows what the controller decides.

It implements :class:`reader.ui.view.ReaderView`; its slots are thin (one call
on the controller each); menus are generated from the action registry.
"""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.actions import Category, Mode, by_category
from reader.core.model import Article
from reader.ui.bars import ErrorBar, FindBar, SearchBar
from reader.ui.controller import ReaderController
from reader.ui.delegates import ArticleDelegate, PageDelegate
from reader.ui.i18n import (
    Translations,
    action_help,
    action_title,
    category_title,
    key_text,
    tr,
)
from reader.ui.indexing import IndexJob, IndexStatus
from reader.ui.legend import Legend
from reader.ui.reading_pane import ReadingPane
from reader.ui.theme import STYLESHEET, apply_theme, stylesheet, ui_font

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reader.core.text.highlight import Span
    from reader.ui.help_overlay import HelpOverlay
    from reader.ui.keys import KeyDispatcher
    from reader.ui.library_panel import IndexBar, LibraryPanel
    from reader.ui.preferences_dialog import PreferencesDialog
    from reader.ui.terms_panel import TermsPanel
    from reader.ui.trends_chart import TrendDialog

def page_filter() -> str:
    """The open dialog's file types."""
    return f'{tr("window", "Page text (*.txt *.text)")};;{tr("window", "All files (*)")}'


def is_text_field(w: QObject) -> bool:
    """Whether keys typed into *w* are text (single-letter actions must not fire).
    By class name, so no Python class of every kind of field need be loaded."""
    if w.inherits("QLineEdit") or w.inherits("QAbstractSpinBox"):
        return True
    if w.inherits("QComboBox"):
        return bool(w.property("editable"))
    if w.inherits("QTextEdit") or w.inherits("QPlainTextEdit"):
        return not w.property("readOnly")
    return False


def _list_view(name: str, accessible: str) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setUniformItemSizes(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    # Single-letter keys go to the dispatcher, not into an input method's composition.
    view.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    return view


class ReaderWindow(QMainWindow):
    def __init__(self, controller: ReaderController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setFont(ui_font(10))
        avail = self.screen().availableGeometry()
        self.resize(min(1180, int(avail.width() * 0.92)), min(780, int(avail.height() * 0.9)))

        self.article_view = _list_view("ArticleList", tr("window", "Articles"))
        self.article_view.setModel(controller.article_model)
        self.article_view.setItemDelegate(ArticleDelegate(self.article_view))
        self.page_view = _list_view("PageList", tr("window", "Open pages"))
        self.page_view.setModel(controller.page_model)
        self.page_view.setItemDelegate(PageDelegate(self.page_view))
        self.page_view.hide()
        self.pane = ReadingPane()
        # The library panel and the indexing bar are built when first needed.
        self._library_panel: LibraryPanel | None = None
        self._index_bar: IndexBar | None = None
        #: The open offer to add a folder to the library (a window-modal question).
        self.library_offer: QMessageBox | None = None
        self.search_bar = SearchBar()
        self.find_bar = FindBar()
        self.error_bar = ErrorBar()
        # The key-terms panel and the key list are built the first time they are asked for.
        self._terms_panel: TermsPanel | None = None
        self.terms_box = QWidget()
        self.terms_box.setObjectName("TermsBox")
        QVBoxLayout(self.terms_box).setContentsMargins(0, 0, 0, 0)
        self.terms_box.hide()
        self._overlay: HelpOverlay | None = None

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.setSpacing(2)
        self.left_split = QSplitter(Qt.Orientation.Vertical)
        self.left_split.addWidget(self.page_view)
        self.left_split.addWidget(self.article_view)
        self.left_split.setStretchFactor(1, 3)
        left_lay.addWidget(self.search_bar)
        left_lay.addWidget(self.left_split)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.setSpacing(2)
        right_lay.addWidget(self.pane, 1)
        right_lay.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.addWidget(self.terms_box)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 820, 0])
        self.splitter.setChildrenCollapsible(False)

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(4, 4, 4, 0)
        lay.setSpacing(2)
        lay.addWidget(self.error_bar)
        lay.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        sb = self.statusBar()
        self.find_label = QLabel("")
        self.hits_label = QLabel("")
        self.highlight_label = QLabel("")
        self.legend = Legend()
        self.size_label = QLabel("")
        self.script_badge = QLabel("")  # set once pages arrive (it loads the converter module)
        self.script_badge.setObjectName("ScriptBadge")
        for w in (self.find_label, self.hits_label, self.legend, self.highlight_label,
                  self.size_label, self.script_badge):
            sb.addPermanentWidget(w)
        self._find_text = self._search_text = ""
        self.retranslate()
        self._menu_actions: dict[str, QAction] = {}
        self.translations = Translations(self)
        #: The key dispatcher (set by the composition root); lazily built panels
        #: hand their widgets to it.
        self.key_filter: KeyDispatcher | None = None
        self.recent_menu = QMenu(self)
        self._build_menus()
        self._wire()
        controller.attach(self)
        self.on_controller_highlight_changed(controller.highlight_on)
        self.setTabOrder(self.article_view, self.pane)
        self._styled: list[QWidget] = [self.article_view, self.page_view, self.pane,
                                       self.error_bar, self.script_badge]
        for widget in self._styled:
            widget.setStyleSheet(STYLESHEET)
        self._dark = False
        #: The preferences dialog while it is open.
        self.preferences_dialog: PreferencesDialog | None = None
        self.trend_dialog: TrendDialog | None = None

    # ---- construction -----------------------------------------------------------
    def _build_menus(self) -> None:
        """One menu per category; its entries are made when it first opens."""
        bar = self.menuBar()
        self._menus: dict[Category, QMenu] = {}
        for cat, _actions in by_category(self.controller.actions):
            menu = bar.addMenu(category_title(cat))
            menu.aboutToShow.connect(self._filler(cat))
            self._menus[cat] = menu
        self.recent_menu.aboutToShow.connect(self.on_recent_menu_about_to_show)

    def _filler(self, category: Category) -> Callable[[], None]:
        return lambda: self._fill_menu(category)

    def _fill_menu(self, category: Category) -> None:
        menu = self._menus[category]
        if menu.actions():
            return
        for a in dict(by_category(self.controller.actions))[category]:
            # The keys are shown after a tab; the dispatcher, not a QShortcut, owns them.
            qa = QAction(f"{action_title(a)}\t{key_text(a)}", self)
            qa.setToolTip(action_help(a))
            qa.setStatusTip(action_help(a))
            qa.triggered.connect(self._runner(a.id))
            menu.addAction(qa)
            self._menu_actions[a.id] = qa
        if category == Category.FILES:
            menu.addMenu(self.recent_menu)

    @property
    def menu_actions(self) -> dict[str, QAction]:
        """Every menu entry, by action id (fills the menus not opened yet)."""
        for cat in self._menus:
            self._fill_menu(cat)
        return self._menu_actions

    def _runner(self, action_id: str) -> Callable[[], None]:
        return lambda: self.controller.run(action_id)

    def _wire(self) -> None:
        c = self.controller
        c.title_changed.connect(self.setWindowTitle)
        c.script_changed.connect(self.script_badge.setText)
        c.status_message.connect(self.show_message)
        c.highlight_changed.connect(self.on_controller_highlight_changed)
        c.text_size_changed.connect(self.on_controller_text_size_changed)
        c.pages_changed.connect(self.on_controller_pages_changed)
        c.preferences_changed.connect(self.apply_preferences)
        self.article_view.selectionModel().currentChanged.connect(
            self.on_article_view_current_changed)
        self.article_view.activated.connect(self.on_article_view_activated)
        self.page_view.activated.connect(self.on_page_view_activated)
        self.page_view.clicked.connect(self.on_page_view_activated)
        self.search_bar.text_edited.connect(c.set_search_text)
        self.search_bar.close_requested.connect(c.escape)
        self.find_bar.text_edited.connect(c.finder.set_text)
        self.find_bar.close_requested.connect(c.finder.close)
        if c.library is not None:
            c.library.index_started.connect(self.on_library_index_started)
            c.library.index_progressed.connect(self.on_library_index_progressed)
            c.library.index_finished.connect(self.on_library_index_finished)
            c.library.pages_listed.connect(self.on_library_changed)
            c.library.state_changed.connect(self.on_library_changed)
        c.reading.written.connect(self.on_reading_written)

    @property
    def terms_panel(self) -> TermsPanel:
        if self._terms_panel is None:
            from reader.ui.terms_panel import TermsPanel

            c = self.controller
            tp = TermsPanel(c.keyword_model, c.watch_model)
            tp.term_activated.connect(c.jump_to_term)
            tp.watch_add_requested.connect(c.add_watch)
            tp.watch_add_selection_requested.connect(c.watch_selection)
            tp.watch_remove_requested.connect(c.remove_watch)
            tp.watch_colour_requested.connect(c.set_watch_colour)
            tp.set_colours(list(c.prefs.watch_colours))
            layout = self.terms_box.layout()
            assert layout is not None
            layout.addWidget(tp)
            self._terms_panel = tp
            if self.key_filter is not None:
                self.key_filter.watch(tp)
        return self._terms_panel

    @property
    def library_panel(self) -> LibraryPanel:
        """The library's pages, above the open pages (built on first use)."""
        if self._library_panel is None:
            from reader.ui.library_panel import LibraryPanel
            from reader.ui.models import PageListModel

            c = self.controller
            panel = LibraryPanel(c.library.model if c.library is not None else PageListModel())
            panel.page_requested.connect(c.open_library_page)
            self.left_split.insertWidget(0, panel)
            self.left_split.setStretchFactor(0, 1)
            self._library_panel = panel
            if self.key_filter is not None:
                self.key_filter.watch(panel)
        return self._library_panel

    @property
    def index_bar(self) -> IndexBar:
        """In the status bar while a folder is added (built on first use)."""
        if self._index_bar is None:
            from reader.ui.library_panel import IndexBar

            bar = IndexBar()
            bar.cancel_requested.connect(self.controller.cancel_indexing)
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
            self._overlay.set_actions(self.controller.actions)
            if self.key_filter is not None:
                self.key_filter.watch(self._overlay)
        return self._overlay

    # ---- preferences ---------------------------------------------------------------
    def apply_preferences(self) -> None:
        """Show what the preferences say: font, spacing, theme, keys, colours."""
        c = self.controller
        p = c.prefs
        self.pane.set_look(p.font_family, p.line_spacing)
        dark = apply_theme(p.theme)
        if dark != self._dark:
            self._dark = dark
            for widget in self._styled:
                widget.setStyleSheet(stylesheet(dark))
            self.article_view.viewport().update()
            self.page_view.viewport().update()
        if self.key_filter is not None:
            self.key_filter.set_actions(c.actions)
        self.translations.use(p.language)
        self.recent_menu.setTitle(tr("window", "Recent"))
        self.retranslate()
        for cat, menu in self._menus.items():
            menu.clear()
            menu.setTitle(category_title(cat))
        self._menu_actions.clear()
        if self._overlay is not None:
            self._overlay.set_actions(c.actions)
        if self._terms_panel is not None:
            self._terms_panel.set_colours(list(p.watch_colours))

    def retranslate(self) -> None:
        """Show the window's own texts in the interface language (after a switch)."""
        self.article_view.setAccessibleName(tr("window", "Articles"))
        self.page_view.setAccessibleName(tr("window", "Open pages"))
        self.script_badge.setToolTip(tr("window", "Script (t cycles)"))
        for w, name in ((self.find_label, "Find"), (self.hits_label, "Search"),
                        (self.legend, "Legend"), (self.highlight_label, "Highlighting"),
                        (self.size_label, "Text size"), (self.script_badge, "Script")):
            w.setAccessibleName(tr("window", name))
        self.on_controller_highlight_changed(self.controller.highlight_on)
        self.size_label.setText(tr("window", "%1 pt", self.controller.text_size))
        self.set_find_status(self._find_text)
        self.set_search_status(self._search_text)
        self.legend.retranslate()
        self.pane.setAccessibleName(tr("window", "Article"))
        art = self.controller.shown_article()
        if art is not None:
            self.pane.setAccessibleName(tr("window", "Article: %1", art.title))
        for bar in (self.search_bar, self.find_bar, self.error_bar):
            bar.retranslate()
        if self._library_panel is not None:
            self._library_panel.retranslate()
            self.on_library_changed()
        if self._index_bar is not None:
            self._index_bar.retranslate()
        if self._terms_panel is not None:
            self._terms_panel.retranslate()

    def show_preferences(self) -> None:
        """``Ctrl+,``: the preferences dialog (window-modal; Esc cancels)."""
        from reader.ui.preferences_dialog import PreferencesDialog

        if self.preferences_dialog is not None:
            self.preferences_dialog.raise_()
            return
        c = self.controller
        dialog = PreferencesDialog(c.prefs, c.text_size, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_preferences.connect(c.set_preferences)
        dialog.finished.connect(self.on_preferences_dialog_finished)
        self.preferences_dialog = dialog
        dialog.open()

    def show_trends(self, term: str, watched: list[str]) -> None:
        """``T``: the trend chart (window-modal; Esc closes, Enter on a bar opens)."""
        from reader.ui.trends_chart import TrendDialog

        c = self.controller
        dialog = TrendDialog(term, watched, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.trend_requested.connect(c.request_trend)
        dialog.bar_activated.connect(c.open_trend_row)
        c.trend_ready.connect(dialog.set_trend)
        c.trend_failed.connect(dialog.set_failed)
        dialog.finished.connect(lambda _r: self.on_trend_dialog_finished(dialog))
        self.trend_dialog = dialog
        dialog.open()
        if term:
            dialog.on_term_entered()

    def on_trend_dialog_finished(self, dialog: TrendDialog) -> None:
        c = self.controller
        with contextlib.suppress(RuntimeError, TypeError):
            c.trend_ready.disconnect(dialog.set_trend)
            c.trend_failed.disconnect(dialog.set_failed)
        self.trend_dialog = None
        self._refocus()   # into the list (showing the bar's articles, if one was opened)

    def on_preferences_dialog_finished(self, _result: int) -> None:
        self.preferences_dialog = None
        self._refocus()

    # ---- slots ---------------------------------------------------------------------
    def on_article_view_current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        self.controller.select_row(current.row())

    def on_article_view_activated(self, _index: QModelIndex) -> None:
        self.focus("article")

    def on_page_view_activated(self, index: QModelIndex) -> None:
        self.controller.select_page(index.row())

    def on_controller_highlight_changed(self, on: bool) -> None:
        self.highlight_label.setText(tr("window", "Highlighting on") if on
                                      else tr("window", "Highlighting off"))
        self.legend.setVisible(on)

    def on_controller_text_size_changed(self, points: int) -> None:
        self.size_label.setText(tr("window", "%1 pt", points))

    def on_library_index_started(self, job: IndexJob) -> None:
        if job.visible:
            self.index_bar.begin()

    def on_library_index_progressed(self, status: IndexStatus) -> None:
        job = self.controller.library.runner.job if self.controller.library else None
        if job is not None and job.visible:
            self.index_bar.set_status(status)

    def on_library_index_finished(self, _job: IndexJob, _status: str) -> None:
        if self._index_bar is not None:
            self._index_bar.hide()

    def on_library_changed(self, *_args: object) -> None:
        panel, lib = self._library_panel, self.controller.library
        if panel is None:
            return
        if lib is not None:
            panel.set_counts(*lib.counts, lib.state)
        panel.ensure_current()

    def on_reading_written(self) -> None:
        """Marks reached the library: the panel's unread counts, if it is shown."""
        lib = self.controller.library
        if lib is not None and self._library_panel is not None \
                and self._library_panel.isVisible():
            lib.refresh_pages()

    def on_library_offer_finished(self, folder: str, box: QMessageBox) -> None:
        from PySide6.QtWidgets import QMessageBox

        accepted = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
        self.library_offer = None
        self._refocus()
        if accepted:
            self.controller.add_folder_to_library(folder)

    def on_controller_pages_changed(self) -> None:
        self.page_view.setVisible(len(self.controller.pages) > 1)

    def on_recent_menu_about_to_show(self) -> None:
        self._fill_recent(self.controller.recent)

    def _fill_recent(self, paths: list[str]) -> None:
        self.recent_menu.clear()
        for i, p in enumerate(paths):
            qa = self.recent_menu.addAction(f"&{i + 1 if i < 9 else 0}  {p}")
            qa.triggered.connect(self._opener(p))
        if not paths:
            self.recent_menu.addAction(tr("window", "(none)")).setEnabled(False)

    def _opener(self, path: str) -> Callable[[], None]:
        return lambda: self.controller.open_paths([path])

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

    # ---- ReaderView -----------------------------------------------------------------------
    def show_article(self, article: Article | None) -> None:
        self.pane.show_article(article)
        self.pane.setAccessibleName(
            tr("window", "Article: %1", article.title) if article is not None
            else tr("window", "Article"))

    def set_highlights(self, spans: list[Span],
                       finds: list[tuple[int, int]], current: int) -> None:
        self.pane.watch_colours = {w.term: w.colour for w in self.controller.watch}
        self.pane.set_highlights(spans, finds, current)

    def scroll_to_position(self, pos: int) -> None:
        self.pane.scroll_to_position(pos)

    def scroll_page(self, forward: bool) -> bool:
        return self.pane.scroll_page(forward)

    def top_position(self) -> int:
        return self.pane.first_visible_position()

    def restore_position(self, pos: int) -> None:
        self.pane.restore_position(pos)

    def first_visible_position(self) -> int:
        return self.pane.first_visible_position()

    def selected_text(self) -> str:
        return self.pane.textCursor().selectedText().replace("\u2029", "\n")

    def set_text_size(self, points: int) -> None:
        self.pane.set_points(points)
        self.size_label.setText(tr("window", "%1 pt", points))

    def select_row(self, row: int) -> None:
        model = self.controller.article_model
        idx = model.index(row, 0) if row >= 0 else QModelIndex()
        if idx != self.article_view.currentIndex():
            self.article_view.setCurrentIndex(idx)
        if idx.isValid():
            self.article_view.scrollTo(idx)

    def select_page_row(self, row: int) -> None:
        idx = self.controller.page_model.index(row, 0) if row >= 0 else QModelIndex()
        self.page_view.setCurrentIndex(idx)

    def focus(self, target: str) -> None:
        if target == "toggle":
            target = "list" if self.pane.hasFocus() else "article"
        widget = {"list": self.article_view, "article": self.pane,
                  "search": self.search_bar.field, "find": self.find_bar.field}[target]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_overlay(self, visible: bool | None = None) -> bool:
        """Show/hide the key list; returns whether that changed anything."""
        shown = self._overlay is not None and self._overlay.isVisible()
        want = (not shown) if visible is None else visible
        if want == shown:
            return False
        if want:
            self.overlay.open()
        else:
            self.overlay.hide()
            self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_find(self, text: str) -> None:
        self.find_bar.open(text)

    def hide_find(self) -> None:
        had_focus = self.find_bar.field.hasFocus()
        self.find_bar.hide()
        self.find_label.setText("")
        if had_focus:
            self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_visible(self) -> bool:
        return self.find_bar.isVisible()

    def set_find_status(self, text: str) -> None:
        self.find_bar.set_count(text)
        self._find_text = text
        self.find_label.setText(tr("window", "Find %1", text) if text else "")

    def show_search(self, text: str) -> None:
        self.search_bar.open(text)

    def hide_search(self) -> None:
        had_focus = self.search_bar.field.hasFocus()
        self.search_bar.hide()
        self.search_bar.field.blockSignals(True)
        self.search_bar.field.clear()
        self.search_bar.field.blockSignals(False)
        if had_focus:
            self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def search_visible(self) -> bool:
        return self.search_bar.isVisible()

    def set_search_status(self, text: str) -> None:
        self.search_bar.set_count(text)
        self._search_text = text
        self.hits_label.setText(tr("window", "Search %1", text) if text else "")

    def _focus_keywords(self) -> None:
        view = self.terms_panel.keyword_view
        model = view.model()
        if not view.currentIndex().isValid() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_terms_panel(self) -> None:
        panel = self.terms_panel  # built (hidden) on first use
        if not self.terms_box.isVisible():
            panel.show()
            self.terms_box.show()
            sizes = self.splitter.sizes()
            if sizes[2] < 150:
                self.splitter.setSizes([sizes[0], max(300, sizes[1] - 260), 260])
            self._focus_keywords()
        elif (focused := QApplication.focusWidget()) is not None and \
                self.terms_box.isAncestorOf(focused):
            self.terms_box.hide()
            self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focus_keywords()

    def show_library_panel(self) -> None:
        """``l``: show the library's pages and move into them; again: hide them."""
        panel = self.library_panel
        if panel.isVisible() and panel.view.hasFocus():
            self.close_library_panel()
            return
        if not panel.isVisible():
            panel.show()
            self.on_library_changed()
            if self.controller.library is not None:
                self.controller.library.refresh_pages()
        panel.focus_list()

    def close_library_panel(self) -> bool:
        if self._library_panel is None or not self._library_panel.isVisible():
            return False
        had_focus = self.library_panel.view.hasFocus()
        self.library_panel.hide()
        if had_focus:
            self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def current_library_path(self) -> str | None:
        return self._library_panel.current_path() if self._library_panel else None

    def offer_library_folder(self, folder: str) -> None:
        """Ask (without blocking the window) whether to add *folder* to the library.
        Enter accepts, Esc declines."""
        from PySide6.QtWidgets import QMessageBox

        question = tr("window", "Add this folder to the library so it can be searched?")
        box = QMessageBox(QMessageBox.Icon.Question, tr("window", "Add to the library"),
                          f"{question}\n\n{folder}",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.on_library_offer_finished(folder, box))
        self.library_offer = box
        box.open()

    def current_watch_row(self) -> int:
        if self._terms_panel is None:
            return -1
        return int(self._terms_panel.watch_view.currentIndex().row())

    def show_error(self, text: str) -> None:
        self.error_bar.add(text)
        self.statusBar().showMessage(text, 8000)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def ask_files(self) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(self, tr("window", "Open pages"), "",
                                                page_filter())
        self._refocus()
        return list(files)

    def ask_folder(self) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, tr("window", "Open folder"))
        self._refocus()
        return folder or None

    def _refocus(self) -> None:
        self.activateWindow()
        self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_recent(self, paths: list[str]) -> None:
        self._fill_recent(paths)
        pos = self.article_view.mapToGlobal(self.article_view.rect().topLeft())
        self.recent_menu.popup(pos)

    def close_window(self) -> None:
        self.close()

    def set_clipboard(self, text: str) -> None:
        QApplication.clipboard().setText(text)

    def ask_export(self, scopes: list[tuple[str, str]], name: str) -> tuple[str, str] | None:
        """What to export (a list: arrows and Enter) and to which file (its type
        chosen in the save dialog)."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from reader.ui.exporting import file_filter, format_of

        labels = [tr("export", label) for _id, label in scopes]
        label, ok = QInputDialog.getItem(self, tr("export", "Export"),
                                         tr("export", "What to export?"), labels, 0, False)
        self._refocus()
        if not ok:
            return None
        scope = scopes[labels.index(label)][0]
        safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|').strip()[:40] or "dubao"
        path, chosen = QFileDialog.getSaveFileName(self, tr("export", "Export"), f"{safe}.md",
                                                   file_filter())
        self._refocus()
        if not path:
            return None
        return scope, format_of(path, chosen)[1]

    def print_markdown(self, markdown: str, title: str) -> None:
        """Qt's print dialog (which can also save as PDF) for the article."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from reader.ui.exporting import markdown_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("window", "Print"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            markdown_document(markdown).print_(printer)
        self._refocus()

    # ---- remembering, drops, closing -----------------------------------------------
    def restore_layout(self, geometry: str, splitter: list[int]) -> None:
        if geometry:
            with contextlib.suppress(ValueError):
                self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
        if len(splitter) == 3 and all(s >= 0 for s in splitter):
            self.splitter.setSizes(splitter)

    def remember_layout(self) -> None:
        s = self.controller.settings
        s.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        s.splitter = [int(x) for x in self.splitter.sizes()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.controller.open_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_layout()
        self.controller.save()
        self.controller.shutdown()
        super().closeEvent(event)
