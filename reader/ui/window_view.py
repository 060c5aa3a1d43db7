"""The window as commands see it: :class:`WindowView` implements
:class:`reader.ui.view.ReaderView` over the window's widgets (a fake view takes
its place in tests of the commands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from reader.core.model import Article
from reader.ui import dialogs
from reader.ui.view import Focus

if TYPE_CHECKING:
    from reader.core.text.highlight import Span
    from reader.ui.exporting import ExportScope
    from reader.ui.window import ReaderWindow


class WindowView:
    def __init__(self, window: ReaderWindow) -> None:
        self.w = window

    # ---- the reading pane ----------------------------------------------------------
    def show_article(self, article: Article | None) -> None:
        self.w.pane.show_article(article)

    def set_highlights(self, spans: list[Span], finds: list[tuple[int, int]], current: int,
                       watch_colours: dict[str, str]) -> None:
        self.w.pane.watch_colours = watch_colours
        self.w.pane.set_highlights(spans, finds, current)

    def scroll_to_position(self, pos: int) -> None:
        self.w.pane.scroll_to_position(pos)

    def scroll_page(self, forward: bool) -> bool:
        return self.w.pane.scroll_page(forward)

    def top_position(self) -> int:
        return self.w.pane.first_visible_position()

    def restore_position(self, pos: int) -> None:
        self.w.pane.restore_position(pos)

    def selected_text(self) -> str:
        return self.w.pane.textCursor().selectedText().replace("\u2029", "\n")

    # ---- the lists ------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        view = self.w.article_view
        model = view.model()
        idx = model.index(row, 0) if row >= 0 and model is not None else QModelIndex()
        if idx != view.currentIndex():
            view.setCurrentIndex(idx)
        if idx.isValid():
            view.scrollTo(idx)

    def select_page_row(self, row: int) -> None:
        view = self.w.page_view
        model = view.model()
        view.setCurrentIndex(model.index(row, 0) if row >= 0 and model is not None
                             else QModelIndex())

    def focus(self, target: Focus) -> None:
        w = self.w
        if target is Focus.TOGGLE:
            target = Focus.LIST if w.pane.hasFocus() else Focus.ARTICLE
        widget = w.article_view if target is Focus.LIST else w.pane
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- bars, panels, overlay ------------------------------------------------------
    def toggle_overlay(self, visible: bool | None = None) -> bool:
        """Show/hide the key list; returns whether that changed anything."""
        w = self.w
        shown = w._overlay is not None and w._overlay.isVisible()
        want = (not shown) if visible is None else visible
        if want == shown:
            return False
        if want:
            w.overlay.open()
        else:
            w.overlay.hide()
            w.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_find(self, text: str) -> None:
        self.w.find_bar.open(text)

    def hide_find(self) -> None:
        w = self.w
        had_focus = w.find_bar.close()
        self.set_find_status("")
        if had_focus:
            w.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_visible(self) -> bool:
        return self.w.find_bar.isVisible()

    def set_find_status(self, text: str) -> None:
        self.w.find_bar.set_count(text)
        self.w.show_counts()

    def show_search(self, text: str) -> None:
        self.w.search_bar.open(text)

    def hide_search(self) -> None:
        if self.w.search_bar.close(clear=True):
            self.w.article_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def search_visible(self) -> bool:
        return self.w.search_bar.isVisible()

    def set_search_status(self, text: str) -> None:
        self.w.search_bar.set_count(text)
        self.w.show_counts()

    def show_terms_panel(self) -> None:
        """``w``: show the key terms and the watch-list and move into them; from
        inside them: hide them."""
        w = self.w
        panel = w.terms_panel  # built (hidden) on first use
        if not w.terms_box.isVisible():
            panel.show()
            w.terms_box.show()
            sizes = w.splitter.sizes()
            if sizes[2] < 150:
                w.splitter.setSizes([sizes[0], max(300, sizes[1] - 260), 260])
            self._focus_keywords()
        elif (focused := QApplication.focusWidget()) is not None and \
                w.terms_box.isAncestorOf(focused):
            w.terms_box.hide()
            w.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focus_keywords()

    def _focus_keywords(self) -> None:
        view = self.w.terms_panel.keyword_view
        model = view.model()
        if not view.currentIndex().isValid() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_watch_row(self) -> int:
        panel = self.w._terms_panel
        return -1 if panel is None else int(panel.watch_view.currentIndex().row())

    def show_library_panel(self) -> None:
        """``l``: show the library's pages and move into them; again: hide them."""
        w = self.w
        panel = w.library_panel
        if panel.isVisible() and panel.view.hasFocus():
            self.close_library_panel()
            return
        if not panel.isVisible():
            panel.show()
            w.show_library_state()
            if w.services.library is not None:
                w.services.library.refresh_pages()
        panel.focus_list()

    def library_panel_visible(self) -> bool:
        panel = self.w._library_panel
        return panel is not None and panel.isVisible()

    def close_library_panel(self) -> bool:
        panel = self.w._library_panel
        if panel is None or not panel.isVisible():
            return False
        had_focus = panel.view.hasFocus()
        panel.hide()
        if had_focus:
            self.w.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def current_library_path(self) -> str | None:
        panel = self.w._library_panel
        return panel.current_path() if panel is not None else None

    # ---- asking and telling ---------------------------------------------------------
    def offer_library_folder(self, folder: str, real: str) -> None:
        dialogs.offer_library_folder(self.w, folder, real)

    def ask_files(self) -> list[str]:
        return dialogs.ask_files(self.w)

    def ask_folder(self) -> str | None:
        return dialogs.ask_folder(self.w)

    def ask_export(self, scopes: list[ExportScope], name: str
                   ) -> tuple[ExportScope, str] | None:
        return dialogs.ask_export(self.w, scopes, name)

    def show_recent(self, paths: list[str]) -> None:
        w = self.w
        w.menus.fill_recent(paths)
        w.recent_menu.popup(w.article_view.mapToGlobal(w.article_view.rect().topLeft()))

    def show_preferences(self) -> None:
        dialogs.show_preferences(self.w)

    def show_trends(self, term: str, watched: list[str]) -> None:
        dialogs.show_trends(self.w, term, watched)

    def set_clipboard(self, text: str) -> None:
        QApplication.clipboard().setText(text)

    def print_markdown(self, markdown: str, title: str) -> None:
        dialogs.print_markdown(self.w, markdown, title)

    def show_message(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 5000)

    def show_error(self, text: str) -> None:
        self.w.error_bar.add(text)
        self.w.statusBar().showMessage(text, 8000)

    def close_window(self) -> None:
        self.w.close()
