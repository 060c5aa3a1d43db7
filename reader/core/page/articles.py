"""Page text into articles: the parser's one entry point.

The work is done in stages, one module each, from what the page itself shows
(line widths against the column, indentation, end punctuation, position,
recurring words) and never from the names or phrases of one paper:

1. :mod:`~reader.core.page.layout` — lines and their widths, cut into pieces
   that certainly run on (each line but the last fills the column);
2. :mod:`~reader.core.page.blocks` — each short piece weighed as headline or
   body (:mod:`~reader.core.page.features`, learned weights), photo credits
   found, body pieces joined into paragraphs;
3. :mod:`~reader.core.page.orient` — headline-first or headline-after, decided
   for the page; :mod:`~reader.core.page.segment` — blocks cut into articles;
   :mod:`~reader.core.page.digest` — a digest's reports, a column's briefs and
   a report's key points, cut apart there, joined back into one article each;
4. :mod:`~reader.core.page.heads`, :mod:`~reader.core.page.fields` — kicker,
   title, subtitle, dateline, byline.

Every printed character ends up in exactly one field of one article, in order.
A very long text (a whole issue in one file) is read a stretch at a time, cut
where one article certainly ends and the next begins (:func:`_boundary`), so
that time and memory grow in step with its length.
"""

from __future__ import annotations

import re

from reader.core.model import Article
from reader.core.page.blocks import page_blocks
from reader.core.page.digest import digest
from reader.core.page.features import AFTER, UNKNOWN
from reader.core.page.fields import finish, infer_title
from reader.core.page.marks import ends_sentence, is_dateline_start
from reader.core.page.script import as_printed, fold_ideographs, looks_traditional
from reader.core.page.segment import segment

#: Bumped whenever parsing changes its output; the library re-parses pages
#: stored under an older version.
PARSER_VERSION = 23

#: Texts longer than this (characters) are read a stretch at a time.
STRETCH = 30_000

__all__ = ["PARSER_VERSION", "STRETCH", "infer_title", "parse_articles"]


def parse_articles(text: str, stretch: int = STRETCH) -> tuple[Article, ...]:
    """All articles of a page, in page order."""
    if len(text) <= stretch:
        return _parse_page(text)[0]
    out: list[Article] = []
    start = 0
    orient = UNKNOWN
    n = len(text)
    page_break = -1
    while start < n:
        lo = start + stretch
        if lo >= n:
            cut = n
        else:
            if page_break < lo:
                page_break = text.find("\f", lo)
                if page_break < 0:
                    page_break = n
            cut = _boundary(text, lo, page_break, orient)
        articles, orient = _parse_page(text[start:cut], len(out))
        out += articles
        start = cut
    return tuple(out)


def _parse_page(text: str, first: int = 0) -> tuple[tuple[Article, ...], int]:
    """The articles of *text*, numbered from *first* (made so, not renumbered
    after: a long text has thousands), and the page's orientation."""
    if looks_traditional(text):
        folded = fold_ideographs(text)
        articles, orient = _parse_folded(folded, first)
        return as_printed(articles, folded, text), orient
    return _parse_folded(text, first)


def _parse_folded(text: str, first: int) -> tuple[tuple[Article, ...], int]:
    blocks, orient = page_blocks(text)
    if not blocks:
        return (), orient
    drafts = digest(segment(blocks, orient), orient)
    last = len(drafts) - 1
    return tuple(finish(first + i, d, last=i == last) for i, d in enumerate(drafts)), orient


_BLANK = re.compile(r"\n[ \t\u3000\u00a0]*\n")


def _boundary(text: str, lo: int, page_break: int, orient: int) -> int:
    """The first place from *lo* on where one stretch of a long text may end
    and the next begin: a page break (form feed), or where one article
    certainly ends and the next begins: a blank line before a dateline, with a
    sentence's end before it (no headline in between) or, once the text is
    known to print headlines after their bodies, anything."""
    for m in _BLANK.finditer(text, lo, page_break):
        after = text.find("\n", m.end())
        if not is_dateline_start(text[m.end() : after if after >= 0 else None].strip()):
            continue
        if orient == AFTER:
            return m.end()
        before = text.rfind("\n", 0, m.start()) + 1
        if ends_sentence(text[before : m.start()]):
            return m.end()
    return page_break + 1
