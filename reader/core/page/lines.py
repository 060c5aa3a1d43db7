"""Printed lines: their text without surrounding blanks and their shape.

Widths are in em, measured as a reader's eye sees them in a column: CJK
characters count 1, ASCII ½, and CJK punctuation ¾ (typesetters often squeeze
it into half a character; extraction that keeps it whole prints a full one).
"""

from __future__ import annotations

import re
from types import FunctionType

from reader.core.page.marks import NO_LINE_START

#: Punctuation that typesetters often set in half a character's width (two in a
#: row, or at a line's end): a full line holds more of these than the column
#: has room for.  Counted as ¾, so lines of extraction that keeps them whole
#: and of pages that compress them both measure close to their column.
_SQUEEZABLE = "，。、；：？！“”‘’（）《》【】「」『』"
_FIND_SQUEEZABLE = re.compile(f"[{_SQUEEZABLE}]").findall


def display_width(s: str) -> float:
    """Width in em: CJK characters count 1, ASCII ½, CJK punctuation ¾.

    Counted with codecs and ``str.translate`` rather than a Python loop so that
    reading tens of megabytes stays fast."""
    squeezable = len(_FIND_SQUEEZABLE(s))
    return len(s) - 0.5 * len(s.encode("latin-1", "ignore")) - 0.25 * squeezable


class Line:
    """One printed line: its text without surrounding blanks, and its shape.

    (A plain class, not a dataclass: compiled by mypyc, a dataclass keeps the
    ``__init__`` the dataclasses module writes in Python, which sets each field
    through the generic attribute machinery; this one is built natively, five
    times faster, and a page has a few hundred lines.)"""

    __slots__ = ("core", "gap", "indent", "last_char", "number", "squeeze", "text", "width")

    def __init__(self, number: int, text: str, width: float, indent: int, gap: bool,
                 squeeze: int = 0, core: float = 0.0, last_char: str = "") -> None:
        self.number = number
        self.text = text
        self.width = width
        #: 0: flush left; 1: one stray space; 2: indented (``　`` or two spaces or more).
        self.indent = indent
        #: A blank line (or the top of the page) stands before this line.
        self.gap = gap
        #: How many marks of squeezable punctuation it holds.
        self.squeeze = squeeze
        #: Its width without a mark hanging past the column's end.
        self.core = core
        #: Its last character: looked at several times for every line (made once).
        self.last_char = last_char

    def fields(self) -> tuple[int, str, float, int, bool, int, float, str]:
        """Every field, in the constructor's order."""
        return (self.number, self.text, self.width, self.indent, self.gap, self.squeeze,
                self.core, self.last_char)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and self.fields() == other.fields()

    __hash__ = None  # type: ignore[assignment]  # (mutable, equal by value: as the dataclass was)

    def __repr__(self) -> str:
        return "Line(" + ", ".join(f"{k}={v!r}" for k, v in zip(
            ("number", "text", "width", "indent", "gap", "squeeze", "core", "last_char"),
            self.fields(), strict=True)) + ")"


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of *text*.  A margin every line shares is not an indent."""
    raw = text.split("\n")
    cut = 0
    for s in raw:
        if s and not s[0].isspace():
            break  # (a line flush left: no margin, the usual case)
    else:
        cut = min((len(s) - len(s.lstrip()) for s in raw if s.strip()), default=0)
    hang = _HANG
    new = object.__new__
    out: list[Line] = []
    append = out.append
    gap = True
    find = _FIND_SQUEEZABLE
    # each line's half-width characters, counted for the whole text at once
    # (one codec pass in C, then split at the line breaks it keeps) rather
    # than one encoding per line
    halves = map(len, text.encode("latin-1", "ignore").split(b"\n"))
    for number, (s, half) in enumerate(zip(raw, halves, strict=True)):
        t = s.strip()
        if not t:
            gap = True
            continue
        indent = 0
        if t is not s:  # (strip returns the line itself when it has no blanks)
            half = len(t.encode("latin-1", "ignore"))  # (the blanks stripped are not counted)
            if s[0].isspace():
                lead = len(s) - len(s.lstrip()) - cut
                if lead > 0:
                    head = s[cut : cut + lead]
                    em = head.count("\u3000") + 0.5 * (lead - head.count("\u3000"))
                    indent = 2 if em >= 1.0 else 1
        squeeze = len(find(t))
        w = len(t) - 0.5 * half - 0.25 * squeeze
        end = t[-1]
        if _COMPILED:  # (mypyc: its classes refuse object.__new__, and build fast)
            line = Line(number, t, w, indent, gap, squeeze, w - hang.get(end, 0.0), end)
        else:
            # (set field by field on a bare instance: a third cheaper than calling
            # __init__, for every line of every page)
            line = new(Line)
            line.number = number
            line.text = t
            line.width = w
            line.indent = indent
            line.gap = gap
            line.squeeze = squeeze
            line.last_char = end
            line.core = w - hang.get(end, 0.0)
        append(line)
        gap = False
    return out


#: This module runs compiled by mypyc (see :mod:`reader.core.page`).
_COMPILED = not isinstance(split_lines, FunctionType)

#: How much of a line's width a mark hanging past the column's end takes.
_HANG = {
    ch: 0.5 if ch.isascii() else 0.75 if ch in _SQUEEZABLE else 1.0 for ch in NO_LINE_START
}


def ascii_run(text: str) -> float:
    """Width of the half-width word a line starts with: a line before it may stop
    that much short of the column, since such words are not split."""
    k = 0
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".,%/+-"):
            k += 1
        else:
            break
    return 0.5 * k


# Spaces that extraction leaves between digits/Latin and CJK: "23 日", "333 省道".
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Each pattern opens with the space it looks for (the character before it is
# checked by a look-behind over both): the regex engine then skips from space
# to space in C instead of trying the look-behind at every character, ~2.5x
# faster over a page's paragraphs.  It matches whole runs of spaces only.
_SPACE = r"[ \u00a0\u3000]"
_SPACE_AFTER_ALNUM = re.compile(rf"{_SPACE}(?<=[0-9A-Za-z%％]{_SPACE}){_SPACE}*(?=[{_CJK}])")
_SPACE_BEFORE_ALNUM = re.compile(rf"{_SPACE}(?<=[{_CJK}]{_SPACE}){_SPACE}*(?=[0-9A-Za-z])")


def tidy_spaces(text: str) -> str:
    """Drop the spaces extraction leaves between digits/Latin and CJK characters."""
    if " " not in text and "\u00a0" not in text and "\u3000" not in text:
        return text
    text = _SPACE_AFTER_ALNUM.sub("", text)
    return _SPACE_BEFORE_ALNUM.sub("", text)
