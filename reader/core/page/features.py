"""What the parser's learned weights look at: signals any newspaper page shows.

A short piece of text (a line or two between blank lines, a line that stops
short of the column) is a headline line or body text: a section head, a list
item, the end of a paragraph cut off by a column break.  No single mark tells;
many weak ones do, and :func:`head_signals` lists them for one piece with its
surroundings: its length and width against the column, end punctuation, marks
only headlines carry, what stands before and after it (a dateline, an
article's end or opening: :mod:`~reader.core.page.edges`), how many such
pieces stand in a row, and whether its words come back before or after it.
Weights: ``resources/parser_model.json``, fitted by ``scripts/train_parser.py``.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field

from reader.core.page.edges import EDGE_SIGNALS, edge_signals
from reader.core.page.geometry import Geometry
from reader.core.page.layout import (
    BLANK,
    DATELINE_CUT,
    INDENT,
    SENTENCE,
    SHORT,
    START,
    Piece,
)
from reader.core.page.lexicon import word_across
from reader.core.page.marks import (
    CLAUSE_MARKS,
    CLOSING_REMARK,
    COLUMN_TAG,
    ITEM_MARK,
    MARKER_LEAD,
    NO_LINE_START,
    REPORTER_LINE,
    SECTION_MARKERS,
    SENTENCE_TAIL,
    TWO_PART,
    ends_sentence,
    inner_sentence_end,
    is_dateline_start,
    is_section_marker,
    unbalanced,
)
from reader.core.page.words import alternate_share, pair_shares
from reader.core.resources import resource

MODEL_FILE = "parser_model.json"


@functools.cache
def model(name: str) -> dict[str, float]:
    """The weights of one of the parser's linear models (empty when missing)."""
    try:
        data = json.loads(resource(MODEL_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    weights = data.get(name, {}) if isinstance(data, dict) else {}
    return {str(k): float(v) for k, v in weights.items()}


def score(weights: dict[str, float], signals: dict[str, float]) -> float:
    """The model's log-odds for *signals*."""
    s = 0.0
    get = weights.get
    for k, v in signals.items():
        s += get(k, 0.0) * v
    return s


@dataclass(slots=True)
class Context:
    """What :func:`head_signals` needs to know about the page around a piece."""

    pieces: list[Piece]
    #: Candidate headline pieces (short ones); the rest are body for sure.
    candidate: list[bool]
    #: Column width around each piece, when the page shows one.
    column: list[float | None]
    #: (first, last) piece index of the run of candidates each candidate is in.
    run: list[tuple[int, int]]
    geo: Geometry
    #: The text of the page, and where each piece's text starts in it.
    flat: str
    offset: list[int]
    #: The cohesion signal of each run of candidates, by its first piece.
    cohesion: dict[int, float] = field(default_factory=dict)
    #: Some article on the page opens with a dateline (news); a page without
    #: any (features, essays) has section heads inside its articles, told from
    #: headlines mostly by their words.
    dated: bool = True
    #: For each piece: a section marker (核心阅读) stands above it with no
    #: dateline in between — inside a long feature, whose section heads are
    #: printed like headlines.
    marked: list[bool] = field(default_factory=list)


_ITEM_FIRST = frozenset("一二三四五六七八九十0123456789０１２３４５６７８９（(第■□●○◆◇▲△★☆▶►·•")
_BRACKETS = re.compile("[（()“”《》]").search
_CLAUSES = re.compile("[" + "".join(sorted(CLAUSE_MARKS)) + "]").findall
_DIGITS = re.compile(r"\d").findall


#: How far before and after a piece its words are looked for (characters).
_WINDOW = 700


#: Which way round the page prints headlines, when known: the meaning of some
#: signals depends on it (a headline's words recur after it, or before it).
UNKNOWN, AFTER, FIRST = 0, 1, 2
_ORIENTED: tuple[str, ...] = (
    "words_before", "words_after", "page_top", "page_bottom", "after_credit", "prev_ends",
    "before_dateline", "after_dateline", "run_first", "run_last", "next_indented",
    "cut_blank", "cut_short", "cut_sentence", "cut_top", "after_blank", "after_short",
    "after_sentence", "after_end", "after_indent", "same_column", "other_column",
    "before_marker", "prev_head", "next_head", "prev_body", "next_body", "kicker_over_head",
    "words_before~u", "words_after~u", "marked", *EDGE_SIGNALS,
)
#: Signals weighed apart by where the piece stands in its run of short pieces
#: (alone, first, inside, last) and whether the page indents: the weighing is
#: linear, these are its products (a lone line whose words come back after it).
_CROSSED = (
    "words_before", "words_after", "ends_sentence", "prev_ends", "prev_runs_on", "clause1",
    "clause2", "len4", "len8", "len16", "len26", "len_long", "full", "wrapped", "cohesion",
    "after_blank", "after_short", "after_sentence", "cut_blank", "cut_short", "cut_sentence",
)
_RUN_CLASS = ("@alone", "@first", "@mid", "@last", "@alone_i", "@first_i", "@mid_i", "@last_i")
_CROSS_NAMES = {k: tuple(k + c for c in _RUN_CLASS) for k in _CROSSED}
#: For each run class: (signal, its crossed name), in the order of _CROSSED.
_CROSS_BY_CLASS = tuple(tuple((k, _CROSS_NAMES[k][c]) for k in _CROSSED)
                        for c in range(len(_RUN_CLASS)))
_ORIENTED += tuple(n for k in _CROSSED if k in _ORIENTED for n in _CROSS_NAMES[k])
_SUFFIX = {k: (k, k + "|after", k + "|first") for k in _ORIENTED}


def head_signals(ctx: Context, i: int, orient: int = UNKNOWN) -> dict[str, float]:
    """Signals for: is candidate piece *i* a headline line (rather than body)?
    With the page's orientation known, the signals that depend on it are also
    given as their own (``words_after|first``)."""
    f = base_signals(ctx, i)
    if orient != UNKNOWN:
        for k in _ORIENTED:
            v = f.get(k)
            if v is not None:
                f[_SUFFIX[k][orient]] = v
    return f


def neighbour_signals(ctx: Context, i: int) -> dict[str, float]:
    """What the first weighing made of the pieces next to candidate *i*: a
    headline line seldom stands alone (kicker, title, subtitle)."""
    f: dict[str, float] = {}
    pieces = ctx.pieces
    if i and ctx.candidate[i - 1]:
        f["prev_head" if pieces[i - 1].label == 1 else "prev_body"] = 1.0
    if i + 1 < len(pieces) and ctx.candidate[i + 1]:
        if pieces[i + 1].label == 1:
            f["next_head"] = 1.0
            if pieces[i].text.endswith("——"):
                f["kicker_over_head"] = 1.0  # 市发展改革委—— over its title
        else:
            f["next_body"] = 1.0
    return f


def oriented(weights: dict[str, float], orient: int) -> dict[str, float]:
    """Weights to score the signals without orientation as
    ``score(weights, head_signals(ctx, i, orient))`` would: each signal's
    weight plus that of its oriented twin."""
    key = (id(weights), orient)
    cached = _ORIENTED_WEIGHTS.get(key)
    if cached is None:
        cached = dict(weights)
        for k, names in _SUFFIX.items():
            cached[k] = weights.get(k, 0.0) + weights.get(names[orient], 0.0)
        _ORIENTED_WEIGHTS[key] = cached
    return cached


_ORIENTED_WEIGHTS: dict[tuple[int, int], dict[str, float]] = {}


def base_signals(ctx: Context, i: int, *, cohesion: bool = True) -> dict[str, float]:
    """:func:`head_signals` without the page's orientation, and without
    :func:`run_cohesion` (the dearest to measure) if not *cohesion*."""
    pieces = ctx.pieces
    p = pieces[i]
    text = p.text
    n = len(p.lines)
    chars = len(text)
    f: dict[str, float] = {"bias": 1.0}
    f["n1" if n == 1 else "n2" if n == 2 else "n3" if n == 3 else "n4"] = 1.0
    if chars <= 4:
        f["len4"] = 1.0
    elif chars <= 8:
        f["len8"] = 1.0
    elif chars <= 16:
        f["len16"] = 1.0
    elif chars <= 26:
        f["len26"] = 1.0
    else:
        f["len_long"] = 1.0
    last = text[-1]
    if last in SENTENCE_TAIL and ends_sentence(text):
        f["ends_sentence"] = 1.0
        if last in "！？!?" or (last in "”’" and len(text) > 1 and text[-2] in "！？!?"):
            f["ends_exclaim"] = 1.0
    if last in "：:":
        f["ends_colon"] = 1.0
    if text.endswith("—"):
        f["ends_dash"] = 1.0
    if text.startswith("—"):
        f["starts_dash"] = 1.0
    if inner_sentence_end(text):
        f["inner_end"] = 1.0
    elif chars > 2 and _SENTENCE_MARK(text, 1, chars - 1):
        f["mark_inside"] = 1.0  # 。 one character before the end: 不只是魏明忠。国
    if last in _PARTICLES:
        f["ends_particle"] = 1.0  # 的 了 在 …: a phrase goes on
    if text[0] in _PARTICLES:
        f["starts_particle"] = 1.0
    clauses = len(_CLAUSES(text))
    if clauses:
        f["clause1" if clauses == 1 else "clause2"] = 1.0
    if last in "）)" and COLUMN_TAG.search(text):
        if CLOSING_REMARK.match(text):
            f["remark"] = 1.0
        else:
            f["tag"] = 1.0
    if (" " in text or "\u3000" in text) and TWO_PART.search(text):
        f["two_part"] = 1.0
    if text[0] in "“\"" and last in "”\"" and text.count("“") == 1:
        f["quoted"] = 1.0
    if text[0] in _ITEM_FIRST and ITEM_MARK.match(text):
        f["item"] = 1.0
    if chars <= 8 and text.lstrip(MARKER_LEAD) in SECTION_MARKERS:
        f["marker"] = 1.0
    if ("记" in text or "記" in text) and REPORTER_LINE.match(text):
        f["reporter"] = 1.0
    if _BRACKETS(text) and unbalanced(text):
        f["unbalanced"] = 1.0
    digits = len(_DIGITS(text))
    if digits:
        f["digits"] = digits / chars
    if text[0] in NO_LINE_START:
        f["bad_start"] = 1.0
    if n > 1:
        # the marks of a headline block printed over several lines
        for line in p.lines[:-1]:
            if line.text.endswith(("——", "：")):
                f["line_kicker"] = 1.0
            if COLUMN_TAG.search(line.text):
                f["line_tag"] = 1.0
        for line in p.lines[1:]:
            if line.text.startswith("——"):
                f["line_subtitle"] = 1.0
    # shape against the column
    w = ctx.column[i]
    widest = p.lines[0].width if n == 1 else max(line.width for line in p.lines)
    if w is None:
        f["no_column"] = 1.0
    else:
        f["rel"] = min(widest / w, 2.0)
        if widest > w + 1.5:
            f["wider"] = 1.0
        elif widest >= w - 1.5:
            f["full"] = 1.0
        if n >= 2 and all(line.width >= w - 1.5 for line in p.lines[:-1]):
            f["wrapped"] = 1.0
    if n == 2 and abs(len(p.lines[0].text) - len(p.lines[1].text)) <= 3:
        f["halves"] = 1.0
    if p.first.indent == 2:
        f["indented"] = 1.0
    elif p.first.indent == 1:
        f["stray_space"] = 1.0
    indenting = ctx.geo.indenting
    if indenting:
        f["indent_page"] = 1.0
    # what stands before and after
    cut = p.cut
    f[_CUT_NAMES[cut]] = 1.0
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    f[_AFTER_NAMES[nxt.cut] if nxt is not None else "after_end"] = 1.0
    prev = pieces[i - 1] if i else None
    if nxt is not None:
        if word_across(text, nxt.text):
            f["word_on"] = 1.0  # a word runs on into the next piece: 国 / 家统计局
        if nxt.first.text[0] in NO_LINE_START:
            f["next_bad_start"] = 1.0
        if nxt.first.text.startswith("——"):
            f["next_dash"] = 1.0  # a subtitle follows: this is its title
    if prev is not None and word_across(prev.text, text):
        f["word_in"] = 1.0
    if "full" in f and "ends_sentence" not in f:
        f["full_open"] = 1.0  # as wide as the column and the sentence goes on
    if prev is not None:
        pl = prev.last
        if ends_sentence(pl.text):
            f["prev_ends"] = 1.0
        elif not ctx.candidate[i - 1]:
            pw = ctx.column[i - 1]
            if pw is not None and pl.width >= pw - 1.5:
                f["prev_runs_on"] = 1.0
                if f.get("full"):
                    f["full_after_runs_on"] = 1.0
        if prev.label == 2:
            f["after_credit"] = 1.0
        if pl.text.endswith("——"):
            f["prev_dash"] = 1.0  # under a kicker
    if nxt is not None and nxt.first.indent == 2:
        f["next_indented"] = 1.0
    if nxt is not None and len(nxt.lines) == 1 and is_section_marker(nxt.text):
        f["before_marker"] = 1.0  # 核心阅读 right under a headline
    first, end = ctx.run[i]
    size = end - first + 1
    f["run1" if size == 1 else "run2" if size == 2 else "run3" if size == 3
      else "run6" if size <= 6 else "run_many"] = 1.0
    if size > 1:
        f["run_first" if i == first else "run_last" if i == end else "run_mid"] = 1.0
    if first == 0:
        f["page_top"] = 1.0
    if end == len(pieces) - 1:
        f["page_bottom"] = 1.0
    before = pieces[first - 1] if first else None
    after = pieces[end + 1] if end + 1 < len(pieces) else None
    if after is not None and (after.cut == DATELINE_CUT or is_dateline_start(after.first.text)):
        f["before_dateline"] = 1.0
    if before is not None and len(before.lines) <= 2 and is_dateline_start(before.first.text):
        f["after_dateline"] = 1.0  # a dateline on a line of its own, then this
    edge_signals(before, after, f)
    wb = ctx.column[first - 1] if before is not None else None
    wa = ctx.column[end + 1] if after is not None else None
    if wb is not None and wa is not None:
        f["same_column" if abs(wb - wa) <= 1.0 else "other_column"] = 1.0
    if not ctx.dated:
        f["undated"] = 1.0
    if ctx.marked and ctx.marked[first]:
        f["marked"] = 1.0
    # do its words come back before or after it?
    flat = ctx.flat
    start = ctx.offset[i]
    stop = ctx.offset[i + 1] if i + 1 < len(pieces) else len(flat)
    shares = pair_shares(text, flat[max(0, start - _WINDOW) : start], flat[stop : stop + _WINDOW])
    if shares is not None:
        ob, oa = shares
        f["words_before"] = ob
        f["words_after"] = oa
        f["words_most"] = ob if ob > oa else oa
        f["words_least"] = oa if ob > oa else ob
        if not ctx.dated:
            f["words_before~u"] = ob
            f["words_after~u"] = oa
    if cohesion:
        c = run_cohesion(ctx, i)
        if c >= 0.0:
            f["cohesion"] = c
    for k, name in _CROSS_BY_CLASS[run_class(ctx, i)]:
        if k in f:
            f[name] = f[k]
    return f


def run_cohesion(ctx: Context, i: int) -> float:
    """Does the text around piece *i*'s run of short pieces tell of one subject
    or of two (an article ends here)?  -1.0: no words.  Measured once a run."""
    first, end = ctx.run[i]
    c = ctx.cohesion.get(first)
    if c is None:
        flat = ctx.flat
        start = ctx.offset[first]
        stop = ctx.offset[end + 1] if end + 1 < len(ctx.pieces) else len(flat)
        share = alternate_share(flat[stop : stop + _COHESION],
                                flat[max(0, start - _COHESION) : start])
        c = ctx.cohesion[first] = -1.0 if share is None else share
    return c


def run_class(ctx: Context, i: int) -> int:
    """Where piece *i* stands in its run (alone, first, inside, last), page indenting or not."""
    first, end = ctx.run[i]
    where = 0 if first == end else 1 if i == first else 3 if i == end else 2
    return where + 4 * ctx.geo.indenting


#: How far either side of a piece the subject is compared (characters).
_COHESION = 200
#: Characters that seldom end a phrase (or start one): 的 了 在 和 ….
_PARTICLES = frozenset("的了在和是对为与将把被从以及并而就也都还又向于着过之其让使由到给比跟同或但")
_SENTENCE_MARK = re.compile("[。！？!?]").search


_CUT_NAMES = {START: "cut_top", BLANK: "cut_blank", INDENT: "cut_indent", SHORT: "cut_short",
              SENTENCE: "cut_sentence", DATELINE_CUT: "cut_dateline"}
_AFTER_NAMES = {k: "after_" + v[4:] for k, v in _CUT_NAMES.items()}

