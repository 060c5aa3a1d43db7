"""Pages printed in traditional characters: read as if simplified, shown as printed.

The parser's signals were learned from pages in simplified characters, and
some of them read words: the lexicon that tells a line broken inside a word,
the recurring words that tie a headline to its body, the phrases of a kicker
or a saying.  On the same pages converted to traditional (OpenCC ``s2t``) the
parser lost ground: title .952 → .916 headline-after, seg .917 → .888 and
title .876 → .823 headline-first (develop seeds 1030–1032, 120 pages).  So a
page that is plainly traditional is parsed in its folded form (each ideograph
to its simplified form, one character for one: :func:`reader.core.text.fold.fold`,
ideographs only, so widths, punctuation and spaces stay as printed), and each
field of the result is then read back from the printed text at the same
place.  Every field the parser makes is a run of the page's printed
characters in order (spaces aside), so the place is found by looking for the
folded field in the folded page; an inferred title is made again from the
printed paragraphs.
"""

from __future__ import annotations

import functools
import re

from reader.core.model import Article
from reader.core.record import replace

#: Characters that only traditional text has and that any page of it uses
#: often: a few of them in a page's opening stretch mark it as traditional.
_TRADITIONAL = re.compile(
    "[們個這國來時為會說對發後與過還從進開關問題區實現長車東門見電話書學經濟業務員機構產場動體認識]"
)
#: How much of a page is looked at, and how many such characters make it traditional.
_SAMPLE = 500
_ENOUGH = 5


def looks_traditional(text: str) -> bool:
    """Is *text* printed in traditional characters (judged from its opening)?"""
    return len(_TRADITIONAL.findall(text, 0, _SAMPLE)) >= _ENOUGH


@functools.cache
def _ideograph_table() -> dict[int, int]:
    """The fold table's ideographs; empty (pages read as printed) where
    OpenCC's tables cannot be read."""
    from reader.core.text.fold import ideograph_translation

    try:
        return ideograph_translation()
    except (OSError, ImportError):
        return {}


def fold_ideographs(text: str) -> str:
    """*text* with each ideograph in its simplified form; same length, and
    every other character as it was."""
    return text.translate(_ideograph_table())


class _Printed:
    """Reads a field made from the folded page back from the printed page."""

    def __init__(self, folded: str, printed: str) -> None:
        self.printed = printed
        self.places = [i for i, ch in enumerate(folded) if not ch.isspace()]
        self.solid = "".join(folded[i] for i in self.places)
        self.hint = 0

    def field(self, value: str | None) -> str | None:
        if not value:
            return value
        solid = "".join(value.split())
        at = self.solid.find(solid, self.hint)
        if at < 0:
            at = self.solid.find(solid)
        if at < 0:  # not a run of the page (never made so): leave it as it is
            return value
        self.hint = at + len(solid)
        out: list[str] = []
        k = at
        for ch in value:
            if ch.isspace():
                out.append(ch)
            else:
                out.append(self.printed[self.places[k]])
                k += 1
        return "".join(out)


def as_printed(articles: tuple[Article, ...], folded: str, printed: str) -> tuple[Article, ...]:
    """*articles* parsed from *folded* (``fold_ideographs(printed)``), each field
    as *printed* has it."""
    from reader.core.page.fields import infer_title

    page = _Printed(folded, printed)
    out: list[Article] = []
    for a in articles:
        paragraphs = tuple(page.field(p) or p for p in a.paragraphs)
        if a.title_inferred:
            title = infer_title(paragraphs, a.kind)
        else:
            title = page.field(a.title) or a.title
        out.append(replace(
            a, title=title, paragraphs=paragraphs, kicker=page.field(a.kicker),
            subtitle=page.field(a.subtitle), lead=page.field(a.lead),
            dateline=page.field(a.dateline), byline=page.field(a.byline),
        ))
    return tuple(out)
