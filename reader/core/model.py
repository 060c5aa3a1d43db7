"""Immutable values the whole program passes around: pages and their articles.

They are frozen so the GUI, the CLI, the library and tests can share them
freely across threads without copying.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One item of a page, as printed: headline block, lead and body.

    ``title`` is never empty: when the page prints no headline the parser
    makes one and sets ``title_inferred``.  ``lead`` is the printed text
    that carried the dateline and byline (``本报讯（记者 X）``), kept so that
    every printed character lives in exactly one field.
    """

    index: int
    title: str
    paragraphs: tuple[str, ...]
    title_inferred: bool = False
    kicker: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    byline: str | None = None
    lead: str | None = None
    kind: str = "news"
    continued: bool = False

    @property
    def body(self) -> str:
        """The paragraphs joined by newlines: what search and key terms read."""
        return "\n".join(self.paragraphs)

    def to_json(self) -> dict[str, object]:
        """The object ``python -m reader parse --json`` prints for this article."""
        return {
            "index": self.index,
            "title": self.title,
            "title_inferred": self.title_inferred,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "dateline": self.dateline,
            "byline": self.byline,
            "lead": self.lead,
            "paragraphs": list(self.paragraphs),
            "kind": self.kind,
            "continued": self.continued,
        }


@dataclass(frozen=True, slots=True)
class Page:
    """A parsed page file: where it came from and the articles on it."""

    path: str
    name: str
    encoding: str
    articles: tuple[Article, ...] = field(default_factory=tuple)
    date: _dt.date | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "name": self.name,
            "encoding": self.encoding,
            "date": self.date.isoformat() if self.date else None,
            "articles": [a.to_json() for a in self.articles],
        }
