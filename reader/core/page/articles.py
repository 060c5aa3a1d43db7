"""Page text into articles: the parser's one entry point.

The work is done in stages, one module each, from what the page itself shows
(line widths against the column, indentation, end punctuation, position,
recurring words) and never from the names or phrases of one paper:

1. :mod:`~reader.core.page.layout` — lines and their widths, cut into pieces
   that certainly run on (each line but the last fills the column);
2. :mod:`~reader.core.page.blocks` — each short piece weighed as headline or
   body (:mod:`~reader.core.page.features`, learned weights), photo credits
   found, body pieces joined into paragraphs;
3. :mod:`~reader.core.page.segment` — headline-first or headline-after, decided
   for the page, then blocks cut into articles;
4. :mod:`~reader.core.page.fields` — kicker, title, subtitle, dateline, byline.

Every printed character ends up in exactly one field of one article, in order.
"""

from __future__ import annotations

from reader.core.model import Article
from reader.core.page.blocks import page_blocks
from reader.core.page.fields import finish, infer_title
from reader.core.page.segment import segment

#: Bumped whenever parsing changes its output; the library re-parses pages
#: stored under an older version.
PARSER_VERSION = 5

__all__ = ["PARSER_VERSION", "infer_title", "parse_articles"]


def parse_articles(text: str) -> tuple[Article, ...]:
    """All articles of a page, in page order."""
    blocks, orient = page_blocks(text)
    if not blocks:
        return ()
    drafts = segment(blocks, orient)
    return tuple(finish(i, d, last=i == len(drafts) - 1) for i, d in enumerate(drafts))
