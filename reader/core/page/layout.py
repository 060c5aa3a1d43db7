"""Reflow: the geometry of extracted page text, and joining it back into prose.

Text pulled out of an e-paper PDF keeps the printed line breaks: lines are cut
at the column width, and a blank line stands wherever a column ends, even in
mid-sentence.  Everything here works from what the text itself shows — line
widths against the column's width, end punctuation — never from names or
phrases of a particular paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: Characters that end a sentence.
SENTENCE_END = frozenset("。！？!?…")
#: Closing marks that may follow a sentence end (``。”``, ``！）``).
CLOSERS = frozenset("”’」』）)》〉】\"'")
#: Characters a sentence cannot end on (the text goes on after them).
OPENERS = frozenset("“‘「『（(《〈【—、，,：:；;")

_INDENT = re.compile(r"^(?:\u3000|[ \u00a0]{2,})")
# Spaces that extraction leaves between digits/Latin and CJK: "23 日", "333 省道".
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACE_AFTER_ALNUM = re.compile(rf"(?<=[0-9A-Za-z%％])[ \u00a0\u3000]+(?=[{_CJK}])")
_SPACE_BEFORE_ALNUM = re.compile(rf"(?<=[{_CJK}])[ \u00a0\u3000]+(?=[0-9A-Za-z])")
_SPACE_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])[ \u00a0]+(?=[0-9])")


def display_width(s: str) -> float:
    """Width in em: CJK characters and full-width punctuation count 1, ASCII ½.

    Counted with codecs rather than a Python loop so that reflowing tens of
    megabytes stays fast.
    """
    narrow = len(s.encode("latin-1", "ignore"))
    return len(s) - 0.5 * narrow


@dataclass(slots=True)
class Line:
    """One printed line: its text without surrounding blanks, and its shape."""

    number: int
    text: str
    width: float
    indented: bool
    lead_space: bool


@dataclass(slots=True)
class Unit:
    """A run of lines with no blank line inside: a paragraph, part of one, or a
    headline block.  ``gap_before`` says whether a blank line preceded it."""

    lines: list[Line]
    gap_before: bool
    #: Known to be a headline block (set when one was split off a body unit).
    headline: bool = False
    _text: str | None = field(default=None, repr=False, compare=False)
    _wrap: float | None = field(default=None, repr=False, compare=False)
    _wrapped: bool | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = join_lines(line.text for line in self.lines)
        return self._text

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]

    @property
    def wrap_width(self) -> float | None:
        """The column width the unit was wrapped at, when it has wrapped lines.

        The first line of a paragraph is printed indented by two characters that
        extraction drops, so it does not set the width."""
        lines = self.lines
        if len(lines) < 2:
            return None
        if self._wrap is None:
            w = lines[0].width
            for line in lines[1:-1]:
                if line.width > w:
                    w = line.width
            self._wrap = w
        return self._wrap

    def is_wrapped(self) -> bool:
        """True when the lines look cut at one column width (all but the last full).

        Compressed punctuation and unbreakable digit runs let a full line fall
        short of the column by a character or so; the first line may be
        indented by two."""
        if self._wrapped is None:
            w = self.wrap_width
            if w is None:
                self._wrapped = False
            else:
                lines = self.lines
                self._wrapped = (
                    w - lines[0].width <= 3.0
                    and all(w - line.width <= 1.5 for line in lines[1:-1])
                    and lines[-1].width <= w + 1.0
                )
        return self._wrapped


def split_lines(text: str) -> list[Line | None]:
    """Lines of *text*, with ``None`` standing for a blank line."""
    out: list[Line | None] = []
    append = out.append
    indent = _INDENT.match
    for number, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if not stripped:
            append(None)
            continue
        lead = raw[0] != stripped[0]
        narrow = len(stripped.encode("latin-1", "ignore"))
        append(
            Line(
                number,
                stripped,
                len(stripped) - 0.5 * narrow,
                lead and indent(raw) is not None,
                lead,
            )
        )
    return out


def split_units(lines: Sequence[Line | None]) -> list[Unit]:
    """Group lines into units at blank lines and at indented lines.

    Where the page marks paragraphs by indenting them, a line that is not
    indented and follows a sentence end starts a unit too (a headline set
    between paragraphs without blank lines)."""
    units: list[Unit] = []
    current: list[Line] = []
    gap = True
    indenting = sum(1 for line in lines if line is not None and line.indented) >= 3
    for line in lines:
        if line is None:
            if current:
                units.append(Unit(current, gap))
                current = []
            gap = True
            continue
        if current and (
            line.indented
            or (indenting and current[0].indented and ends_sentence(current[-1].text))
        ):
            units.append(Unit(current, gap))
            current = []
            gap = False
        current.append(line)
    if current:
        units.append(Unit(current, gap))
    return units


def ends_sentence(text: str) -> bool:
    """Does *text* end where a sentence ends (``。``, ``！”``, ``……``, ``（…电）``)?"""
    s = text.rstrip()
    while s and s[-1] in CLOSERS:
        if s[-1] in "）)" and _balanced_paren_tail(s):
            return True
        s = s[:-1]
    return bool(s) and s[-1] in SENTENCE_END


def _balanced_paren_tail(s: str) -> bool:
    """``（本报莫斯科2月20日电）`` — a whole bracketed remark closes a paragraph."""
    return s[0] in "（(" and s.count("（") + s.count("(") == s.count("）") + s.count(")")


def has_inner_sentence_end(text: str) -> bool:
    """A sentence ends somewhere before the last character (headlines never do that)."""
    s = text.rstrip()
    return any(ch in "。！？!?" for ch in s[:-2])


def tidy_spaces(text: str) -> str:
    """Drop the spaces extraction leaves between digits/Latin and CJK characters."""
    if " " not in text and "\u00a0" not in text and "\u3000" not in text:
        return text
    text = _SPACE_AFTER_ALNUM.sub("", text)
    text = _SPACE_BEFORE_ALNUM.sub("", text)
    return text


def join_lines(lines: Iterable[str]) -> str:
    """Join wrapped lines into one paragraph: no spaces inserted, stray spaces
    between digits/Latin and CJK removed."""
    return tidy_spaces("".join(lines))


def reflow(text: str) -> list[str]:
    """Paragraphs of a run of body text: wrapped lines joined, blank-line column
    breaks inside sentences closed, real paragraph ends kept.

    Reflowing its own output (one paragraph per line, blank lines between)
    changes nothing.
    """
    units = split_units(split_lines(text))
    paragraphs: list[str] = []
    width = column_width(units)
    open_para: list[str] = []
    for unit in units:
        open_para.append(unit.text)
        if not continues_after(unit, width):
            paragraphs.append(tidy_spaces("".join(open_para)))
            open_para = []
    if open_para:
        paragraphs.append(tidy_spaces("".join(open_para)))
    return paragraphs


def column_width(units: Sequence[Unit]) -> float | None:
    """The most common wrap width among units that wrapped, or None."""
    counts: dict[float, int] = {}
    for unit in units:
        if unit.is_wrapped():
            w = unit.wrap_width
            if w is not None:
                counts[w] = counts.get(w, 0) + len(unit.lines) - 1
    if not counts:
        return None
    return max(counts, key=lambda w: (counts[w], w))


def is_full(line: Line, width: float | None) -> bool:
    """Is *line* as wide as its column (so the text was cut there, not ended)?"""
    return width is not None and line.width >= width - 1.0


def continues_after(unit: Unit, width: float | None) -> bool:
    """Does the sentence run on past this unit's last line into the next unit?

    Only when the last line fills the column and does not end a sentence: a
    column break.  A short last line is a paragraph end whatever its punctuation.
    """
    own = unit.wrap_width if unit.is_wrapped() else None
    w = own if own is not None else width
    return is_full(unit.last, w) and not ends_sentence(unit.last.text)
