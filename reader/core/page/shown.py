"""What the reading pane shows for an article, as plain blocks (pure: no Qt).

The pane builds its document from :func:`article_blocks`; highlight spans and
find matches are computed on :func:`shown_text` of the same blocks, so offsets
in that text are positions in the pane's document (one ``\\n`` per block end).
Conversion happens before: :func:`convert_page` returns a page whose text is
in the script shown.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.model import Article, Page
from reader.core.record import replace

#: Roles of the blocks, in the order they are shown.
HEAD_ROLES = ("kicker", "title", "subtitle", "meta")


def meta_line(article: Article) -> str:
    parts = [p for p in (article.dateline, article.byline) if p]
    if parts:
        return "　".join(parts)
    return article.lead or ""


def article_blocks(article: Article) -> list[tuple[str, str]]:
    """(role, text) for every block the pane shows, top to bottom."""
    blocks: list[tuple[str, str]] = []
    if article.kicker:
        blocks.append(("kicker", article.kicker))
    blocks.append(("title", article.title))
    if article.subtitle:
        blocks.append(("subtitle", article.subtitle))
    meta = meta_line(article)
    if meta:
        blocks.append(("meta", meta))
    blocks.extend(("paragraph", p) for p in article.paragraphs if p.strip())
    return blocks


def shown_text(article: Article) -> str:
    return "\n".join(text for _role, text in article_blocks(article))


def first_words(article: Article, n: int = 40) -> str:
    """The opening of the body for the article list; paragraphs set a space
    apart (本报记者 张三 连日来…, not 张三连日来…)."""
    body = " ".join(p.strip() for p in article.paragraphs if p.strip())
    return body[:n] + ("…" if len(body) > n else "")


def _opt(conv: Callable[[str], str], text: str | None) -> str | None:
    return None if text is None else conv(text)


def convert_article(article: Article, conv: Callable[[str], str]) -> Article:
    return replace(
        article,
        title=conv(article.title),
        paragraphs=tuple(conv(p) for p in article.paragraphs),
        kicker=_opt(conv, article.kicker),
        subtitle=_opt(conv, article.subtitle),
        dateline=_opt(conv, article.dateline),
        byline=_opt(conv, article.byline),
        lead=_opt(conv, article.lead),
    )


def convert_page(page: Page, conv: Callable[[str], str]) -> Page:
    return replace(
        page, name=conv(page.name), articles=tuple(convert_article(a, conv) for a in page.articles)
    )
