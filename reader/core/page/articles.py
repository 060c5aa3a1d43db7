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
4. :mod:`~reader.core.page.heads`, :mod:`~reader.core.page.fields` — kicker,
   title, subtitle, dateline, byline.

Every printed character ends up in exactly one field of one article, in order.
A very long text (a whole issue in one file) is read a stretch at a time, cut
where one article certainly ends and the next begins, so that time and memory
grow in step with its length.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from reader.core.model import Article
from reader.core.page.blocks import page_blocks
from reader.core.page.fields import finish, infer_title
from reader.core.page.marks import ends_sentence, is_dateline_start
from reader.core.page.segment import segment

#: Bumped whenever parsing changes its output; the library re-parses pages
#: stored under an older version.
PARSER_VERSION = 5

#: Texts longer than this (characters) are read a stretch at a time.
STRETCH = 30_000

__all__ = ["PARSER_VERSION", "STRETCH", "infer_title", "parse_articles"]


def parse_articles(text: str, stretch: int = STRETCH) -> tuple[Article, ...]:
    """All articles of a page, in page order."""
    if len(text) <= stretch:
        return _parse_page(text)
    out: list[Article] = []
    for part in stretches(text, stretch):
        for article in _parse_page(part):
            out.append(dataclasses.replace(article, index=len(out)))
    return tuple(out)


def _parse_page(text: str) -> tuple[Article, ...]:
    blocks, orient = page_blocks(text)
    if not blocks:
        return ()
    drafts = segment(blocks, orient)
    return tuple(finish(i, d, last=i == len(drafts) - 1) for i, d in enumerate(drafts))


_BLANK = re.compile(r"\n[ \t\u3000\u00a0]*\n")


def stretches(text: str, size: int) -> Iterator[str]:
    """*text* in stretches of about *size* characters, each cut at a page break
    (form feed) or where an article certainly ends and the next begins: a
    blank line between a sentence's end and a dateline; failing that, a blank
    line after a sentence's end."""
    start = 0
    n = len(text)
    while n - start > size:
        cut = _boundary(text, start + size, start + 2 * size)
        yield text[start:cut]
        start = cut
    yield text[start:]


def _boundary(text: str, lo: int, hi: int) -> int:
    k = text.find("\f", lo, hi)
    if k >= 0:
        return k + 1
    fallback = -1
    for m in _BLANK.finditer(text, lo, hi):
        before = text.rfind("\n", 0, m.start()) + 1
        if not ends_sentence(text[before : m.start()]):
            continue
        if fallback < 0:
            fallback = m.end()
        after = text.find("\n", m.end())
        if is_dateline_start(text[m.end() : after if after >= 0 else None].strip()):
            return m.end()
    if fallback >= 0:
        return fallback
    k = text.find("\n", lo)
    return k + 1 if k >= 0 else len(text)
