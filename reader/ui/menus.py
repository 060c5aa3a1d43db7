"""The menu bar, made from the action registry: one menu per category, its
entries made when it first opens (each shows its keys; the key dispatcher,
not a QShortcut, owns them), and the recent files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from reader.actions import Category, by_category
from reader.strings import Tr
from reader.ui.commands import files
from reader.ui.commands.runner import CommandRunner
from reader.ui.i18n import action_help, action_title, category_title, key_text, tr
from reader.ui.state import ReaderState


class Menus:
    def __init__(self, window: QMainWindow, state: ReaderState, runner: CommandRunner) -> None:
        self.window, self.state, self.runner = window, state, runner
        self.recent = QMenu(window)
        self.menus: dict[Category, QMenu] = {}
        self._entries: dict[str, QAction] = {}
        for cat, _actions in by_category(state.actions):
            menu = window.menuBar().addMenu(category_title(cat))
            menu.aboutToShow.connect(self._filler(cat))
            self.menus[cat] = menu
        self.recent.aboutToShow.connect(self.fill_recent)

    def _filler(self, category: Category) -> Callable[[], None]:
        return lambda: self.fill(category)

    def fill(self, category: Category) -> None:
        menu = self.menus[category]
        if menu.actions():
            return
        for a in dict(by_category(self.state.actions))[category]:
            qa = QAction(f"{action_title(a)}\t{key_text(a)}", self.window)
            qa.setToolTip(action_help(a))
            qa.setStatusTip(action_help(a))
            qa.triggered.connect(self._runner(a.id))
            menu.addAction(qa)
            self._entries[a.id] = qa
        if category is Category.FILES:
            menu.addMenu(self.recent)

    def entries(self) -> dict[str, QAction]:
        """Every menu entry, by action id (fills the menus not opened yet)."""
        for cat in self.menus:
            self.fill(cat)
        return self._entries

    def retranslate(self) -> None:
        """Titles in the interface language; entries made again when next opened
        (with the keys bound now)."""
        self.recent.setTitle(tr(Tr.WINDOW, "Recent"))
        for cat, menu in self.menus.items():
            menu.clear()
            menu.setTitle(category_title(cat))
        self._entries.clear()

    def _runner(self, action_id: str) -> Callable[[], None]:
        return lambda: self.runner.run(action_id)

    def fill_recent(self, paths: list[str] | None = None) -> None:
        """The recent files (default: the window's), numbered for the keyboard."""
        shown = self.state.recent if paths is None else paths
        self.recent.clear()
        for i, p in enumerate(shown):
            qa = self.recent.addAction(f"&{i + 1 if i < 9 else 0}  {p}")
            qa.triggered.connect(self._opener(p))
        if not shown:
            self.recent.addAction(tr(Tr.WINDOW, "(none)")).setEnabled(False)

    def _opener(self, path: str) -> Callable[[], None]:
        return lambda: self.runner.do(files.open_recent, path)
