"""Find in the article being read: Ctrl+F, n/N, F3/Shift+F3.

Matches are computed on the text as shown (after conversion), script-blind;
the state itself is :class:`reader.core.text.find.FindState` (pure, tested in core).
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.text.find import FindState
from reader.core.text.script import Script
from reader.ui.engine import TextEngine
from reader.ui.i18n import tr
from reader.ui.view import ReaderView


class ArticleFinder:
    def __init__(self, engine: TextEngine, view: Callable[[], ReaderView],
                 shown: Callable[[], tuple[str | None, Script]],
                 changed: Callable[[], None], say: Callable[[str], None]) -> None:
        """*shown* gives the shown text of the article being read (None when there is
        none) and the script's name; *changed* is called when matches or the current
        one changed (to repaint highlights)."""
        self.state = FindState()
        self._engine = engine
        self._view = view
        self._shown = shown
        self._changed = changed
        self._say = say

    def start(self) -> None:
        """Open the find bar with the selection (or the last query) in it."""
        view = self._view()
        sel = view.selected_text().strip()
        text = sel if sel and "\n" not in sel and len(sel) < 40 else self.state.query
        view.show_find(text)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """The find field changed: find from what is on screen onwards."""
        self.state.query = text
        self.state.active = True
        self.refresh(keep_position=True)
        self._scroll_to_current()

    def refresh(self, keep_position: bool) -> None:
        """Find again (new text, new article, new script) and report the count."""
        text, script = self._shown()
        s = self.state
        if not s.active or not s.query or text is None:
            s.clear()
        else:
            matches = self._engine.find(text, s.query, script)
            s.set_matches(matches, self._view().first_visible_position() if keep_position else 0)
        self._view().set_find_status(s.status)
        self._changed()

    def step(self, forward: bool) -> None:
        s = self.state
        if not s.query:
            self._say(tr("status", "Press Ctrl+F to find"))
            return
        if not s.active:  # n after Esc: find the last query again
            s.active = True
            self.refresh(keep_position=True)
            if s.current_match is not None:
                self._scroll_to_current()
                return
        if not s.matches:
            self._say(tr("status", "“%1” not found", s.query))
            return
        if s.step(forward):
            self._say(tr("status", "Find wrapped to the top") if forward
                      else tr("status", "Find wrapped to the bottom"))
        self._view().set_find_status(s.status)
        self._changed()
        self._scroll_to_current()

    def close(self) -> None:
        self.state.active = False
        self._view().hide_find()
        self.refresh(keep_position=False)

    def _scroll_to_current(self) -> None:
        match = self.state.current_match
        if match is not None:
            self._view().scroll_to_position(match[0])
