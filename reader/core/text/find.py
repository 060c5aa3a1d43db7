"""Find in shown text, whatever script the query and the text are in.

Both sides are folded (:func:`reader.core.text.fold.fold` keeps lengths), so the
offsets of a match in the folded text are its offsets in the shown text.
"""

from __future__ import annotations

from reader.core.text.fold import fold


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping ``(start, end)`` of *query* in *text*, script- and case-blind."""
    needle = fold(query.strip())
    if not needle:
        return []
    hay = fold(text)
    out: list[tuple[int, int]] = []
    start = hay.find(needle)
    while start >= 0:
        out.append((start, start + len(needle)))
        start = hay.find(needle, start + len(needle))
    return out


def step(current: int, count: int, forward: bool) -> tuple[int, bool]:
    """The match after (or before) *current* among *count*, and whether it wrapped."""
    if count <= 0:
        return -1, False
    if current < 0:
        return (0, False) if forward else (count - 1, False)
    nxt = current + (1 if forward else -1)
    if nxt >= count:
        return 0, True
    if nxt < 0:
        return count - 1, True
    return nxt, False


def first_at_or_after(matches: list[tuple[int, int]], position: int) -> int:
    """Index of the first match that starts at or after *position* (0 if none)."""
    for i, (start, _end) in enumerate(matches):
        if start >= position:
            return i
    return 0


class FindState:
    """Find in the article: the query, its matches in the shown text, the current
    one, and (once find is closed) the match it was on, for ``n`` to go on from."""

    def __init__(self) -> None:
        self.query = ""
        self.active = False
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.last: tuple[int, int] | None = None

    def set_matches(self, matches: list[tuple[int, int]], from_position: int = 0) -> None:
        """New matches; the current one is the first at or after *from_position*."""
        self.matches = list(matches)
        self.current = first_at_or_after(self.matches, from_position) if self.matches else -1

    def clear(self) -> None:
        self.matches, self.current = [], -1

    def close(self) -> None:
        """Find is closed: remember the match it was on, forget the matches."""
        self.last = self.current_match or self.last
        self.active = False
        self.clear()

    def resume(self, matches: list[tuple[int, int]], forward: bool) -> bool:
        """Find again after it was closed: *matches*, the current one the next
        (*forward*) or previous one from the match it was on; True when that
        wrapped around.  Without a match to go on from, the first (last) one."""
        self.active = True
        self.matches = list(matches)
        if not self.matches:
            self.current = -1
            return False
        if self.last is None:
            self.current = 0 if forward else len(self.matches) - 1
            return False
        start = self.last[0]
        if forward:
            after = [i for i, (s, _e) in enumerate(self.matches) if s > start]
            self.current = after[0] if after else 0
            return not after
        before = [i for i, (s, _e) in enumerate(self.matches) if s < start]
        self.current = before[-1] if before else len(self.matches) - 1
        return not before

    def step(self, forward: bool) -> bool:
        """Move to the next (previous) match; True when that wrapped around."""
        self.current, wrapped = step(self.current, len(self.matches), forward)
        return wrapped

    @property
    def current_match(self) -> tuple[int, int] | None:
        return self.matches[self.current] if 0 <= self.current < len(self.matches) else None

    @property
    def status(self) -> str:
        """``3/12`` (``0/0`` when nothing matches, empty when find is off)."""
        if not self.active or not self.query:
            return ""
        if not self.matches:
            return "0/0"
        return f"{self.current + 1}/{len(self.matches)}"
