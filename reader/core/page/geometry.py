"""How a page is set, as a whole: indented paragraphs, first lines short of
the column where extraction dropped the indent, how much full lines vary."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.page.lines import Line
from reader.core.page.marks import SENTENCE_TAIL, ends_sentence

#: How far short of its column a full line may fall (compressed punctuation).
TOLERANCE = 1.5


def uses_indent(lines: list[Line]) -> bool:
    """Does the page mark paragraphs by indenting their first line?"""
    n = sum([line.indent == 2 for line in lines])
    return n >= 3 and n * 25 >= len(lines)


@dataclass(slots=True)
class Geometry:
    """How the page is set, as a whole."""

    #: Paragraphs are marked by indenting their first line.
    indenting: bool
    #: How much shorter than the column a paragraph's first line may be.
    first_allowance: float
    #: How far short of its column a full line may fall.
    tolerance: float
    #: Each line is a whole paragraph (no column width: extractors that reflow).
    whole: bool = False


def geometry(lines: list[Line]) -> Geometry:
    indenting = uses_indent(lines)
    allowance = 2.0 if indenting or drops_indent(lines) else 0.0
    return Geometry(indenting, allowance, TOLERANCE + 1.5 * max(0.0, _spread(lines) - 0.5),
                    whole_paragraphs(lines))


#: A line this wide (em) is long enough to show whether lines are wrapped.
LONG = 12.0
#: Wider than a newspaper's column ever is (em).
WIDE = 48.0


def whole_paragraphs(lines: list[Line]) -> bool:
    """Is every line a whole paragraph rather than a line wrapped at a column?

    Wrapped lines mostly stop in mid-sentence and cluster at the column's
    width (on generated and dev pages at most a fifth of the long lines end a
    sentence); a page that prints each paragraph on one line ends nearly every
    long line with a sentence, and its widths spread as paragraphs' lengths do.
    Looked at over the top of the page (it is set one way throughout)."""
    widths: list[float] = []
    ends = wide = same = 0
    open_width = -9.0  # the width of a long line above that ends no sentence
    for line in lines[:300]:
        if not line.gap and abs(line.width - open_width) <= 1.5:
            same += 1  # (two lines of one width, the first open: wrapped)
        open_width = -9.0
        if line.width >= LONG:
            widths.append(line.width)
            if line.last_char in SENTENCE_TAIL and ends_sentence(line.text):
                ends += 1
            else:
                open_width = line.width
            if line.width >= WIDE:
                wide += 1
    n = len(widths)
    # (a list of items, one a line, ends few sentences: lines wider than any
    # column tell instead, and without one the lines are a column's, however
    # they end; a page with some articles wrapped is read as wrapped: its
    # wrapped lines then come in runs of one width)
    if n < 4 or not wide or (ends * 2 < n and wide < 3) or same * 4 >= n:
        return False
    widths.sort()
    mid = widths[n // 2]
    near = 0
    for w in widths:
        if mid - 2.0 <= w <= mid + 2.0:
            near += 1
    return near * 2 < n


def _spread(lines: list[Line]) -> float:
    """How much full lines vary in width on this page (typesetters squeeze and
    stretch lines with punctuation): most full lines lie within this of the
    column."""
    devs: list[float] = []
    run: list[float] = []
    for line in lines[:300]:  # (the page is set one way throughout)
        if (line.gap or line.indent == 2) and run:
            _deviations(run, devs)
            if len(devs) >= 400:
                break  # (enough to tell: the page is set one way throughout)
            run = []
        run.append(line.width)
    _deviations(run, devs)
    if len(devs) < 20:
        return 0.5
    devs.sort()
    return devs[int(len(devs) * 0.9)]


def _deviations(run: list[float], out: list[float]) -> None:
    inner = run[1:-1]
    if len(inner) < 3:
        return
    med = sorted(inner)[len(inner) // 2]
    for w in inner:
        d = w - med if w >= med else med - w
        if d <= 3.0:
            out.append(d)


def drops_indent(lines: list[Line]) -> bool:
    """Are paragraphs' first lines two characters short of the column?  Papers
    indent them and some extraction drops the indent, leaving a short line
    that does not end the paragraph."""
    diffs = []
    n = len(lines)
    for i in [k for k in range(1, n - 2) if lines[k].gap]:
        if not lines[i + 1].gap and not lines[i + 2].gap and ends_sentence(lines[i - 1].text):
            diffs.append(min(lines[i + 1].width, lines[i + 2].width) - lines[i].width)
            if len(diffs) >= 60:
                break  # (enough to tell: the page is set one way throughout)
    if len(diffs) < 3:
        return False
    diffs.sort()
    return diffs[len(diffs) // 2] >= 1.0
