"""A second copy of the read and star marks, outside the library file.

Pages can always be read again from their files; the marks a person made
cannot.  So every change of a mark is also appended, as one JSON line, to
``<library>.marks`` beside the library file, inside the same write transaction
(the library's write lock orders the lines of every copy of the reader).
When the library file is damaged, however badly (cut short, its first page
overwritten, its marks table dropped), the marks come back from here.  The
file is rewritten from the library now and then, so it stays about as long as
the marks are many.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

#: The first line of a marks file: says whose it is.
HEADER = {"dubao": "marks", "version": 1}
#: Lines allowed beyond twice the marks before the file is rewritten.
SLACK = 200


def journal_path(library: Path) -> Path:
    return library.with_name(library.name + ".marks")


@dataclass(frozen=True, slots=True)
class MarkState:
    """One article's marks as they are after a change (both None: cleared)."""

    key: str
    title: str
    read_at: float | None
    starred_at: float | None

    @property
    def marked(self) -> bool:
        return self.read_at is not None or self.starred_at is not None

    def line(self) -> str:
        return json.dumps({"key": self.key, "title": self.title, "read_at": self.read_at,
                           "starred_at": self.starred_at}, ensure_ascii=False) + "\n"


def _state(line: str) -> MarkState | None:
    try:
        d = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(d, dict):
        return None
    key, title, read, star = d.get("key"), d.get("title"), d.get("read_at"), d.get("starred_at")
    if not (isinstance(key, str) and isinstance(title, str)):
        return None
    if not all(v is None or (isinstance(v, float | int) and not isinstance(v, bool))
               for v in (read, star)):
        return None
    return MarkState(key, title, None if read is None else float(read),
                     None if star is None else float(star))


class MarksJournal:
    """The marks file of one library."""

    def __init__(self, library: Path) -> None:
        self.path = journal_path(library)
        self._lines: int | None = None

    def exists(self) -> bool:
        return self.path.is_file()

    def is_ours(self) -> bool:
        """Whether the file is a marks file (evidence that its library is ours)."""
        try:
            with self.path.open("rb") as fh:
                first = fh.readline(200)
        except OSError:
            return False
        try:
            return bool(json.loads(first) == HEADER)
        except ValueError:
            return False

    def append(self, states: Iterable[MarkState]) -> None:
        """Add changes (call inside the library's write transaction)."""
        text = "".join(s.line() for s in states)
        if not text:
            return
        if self._lines is None:
            self._lines = self._count()
        if not self.exists():
            text = json.dumps(HEADER) + "\n" + text
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
        self._lines += text.count("\n")

    def needs_rewriting(self, marks: int) -> bool:
        return self._lines is not None and self._lines > 2 * marks + SLACK

    def rewrite(self, states: Iterable[MarkState]) -> None:
        """Replace the file by *states* (the library's marks), whole or not at all."""
        import tempfile  # here: only a rewrite needs it (it brings shutil and random)

        folder = self.path.parent
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        lines = 0
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(HEADER) + "\n")
                for s in states:
                    if s.marked:
                        fh.write(s.line())
                        lines += 1
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self._lines = lines + 1

    def replay(self) -> dict[str, MarkState]:
        """Every article's last state that still marks it (unreadable lines skipped)."""
        out: dict[str, MarkState] = {}
        try:
            with self.path.open("r", encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    state = _state(line)
                    if state is None:
                        continue
                    if state.marked:
                        out[state.key] = state
                    else:
                        out.pop(state.key, None)
        except OSError:
            return {}
        return out

    def _count(self) -> int:
        try:
            with self.path.open("rb") as fh:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 16), b""))
        except FileNotFoundError:
            return 0


def mark_states(conn: sqlite3.Connection) -> Iterator[MarkState]:
    """Every mark the library at the other end of *conn* holds."""
    for key, title, read, star in conn.execute(
            "SELECT key, title, read_at, starred_at FROM reading"):
        yield MarkState(str(key), str(title), read, star)
