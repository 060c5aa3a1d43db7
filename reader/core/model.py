"""Immutable values the whole program passes around: pages and their articles.

They are frozen so the GUI, the CLI, the library and tests can share them
freely across threads without copying.  They are records
(:mod:`reader.core.record`), not dataclasses: a command that only searches
loads this module and never ``dataclasses``.
"""

from __future__ import annotations

import datetime as _dt
import enum

from reader.core.record import record


@record
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

    @classmethod
    def from_json(cls, obj: dict[str, object]) -> Article:
        """The article :meth:`to_json` described (other keys are ignored).
        Raises ``ValueError`` for an object that is not one."""

        def text(key: str) -> str | None:
            value = obj.get(key)
            if value is None or isinstance(value, str):
                return value
            raise ValueError(f"{key} must be text, not {type(value).__name__}")

        def flag(key: str) -> bool:
            value = obj.get(key, False)
            if isinstance(value, bool):
                return value
            raise ValueError(f"{key} must be true or false")

        index, title, paragraphs = obj.get("index"), obj.get("title"), obj.get("paragraphs")
        if not isinstance(index, int) or isinstance(index, bool):
            raise ValueError("an article needs a whole-number index")
        if not isinstance(title, str):
            raise ValueError("an article needs a title")
        if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
            raise ValueError("paragraphs must be a list of text")
        kind = text("kind")
        return cls(
            index=index, title=title, paragraphs=tuple(paragraphs),
            title_inferred=flag("title_inferred"),
            kicker=text("kicker"), subtitle=text("subtitle"), dateline=text("dateline"),
            byline=text("byline"), lead=text("lead"), kind="news" if kind is None else kind,
            continued=flag("continued"),
        )


@record(order=True)
class ArticleRef:
    """Which article: its page file and its index on the page.

    The one key for an article everywhere (the window's current article and
    lists, the library's hits, starred articles and trend bars, reading marks).
    Its title is not part of it: the same article shows another title in
    another script.
    """

    path: str
    index: int


class MarkKind(enum.StrEnum):
    """The marks a reader puts on an article (the values are how files store them)."""

    READ = "read"
    STAR = "star"


@record(order=True)
class PendingMark:
    """A mark set on an article the library cannot take yet (its page not
    indexed yet): kept in the settings until it can."""

    ref: ArticleRef
    kind: MarkKind
    value: bool


@record
class Page:
    """A parsed page file: where it came from and the articles on it."""

    path: str
    name: str
    encoding: str
    articles: tuple[Article, ...] = ()
    date: _dt.date | None = None
    #: Places where the file's bytes could not be decoded (each shown as �).
    replaced: int = 0
    #: The page's own lines, outside every article: masthead, date, edition,
    #: staff and imprint (:mod:`reader.core.page.furniture`).
    furniture: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "name": self.name,
            "encoding": self.encoding,
            "date": self.date.isoformat() if self.date else None,
            "furniture": list(self.furniture),
            "articles": [a.to_json() for a in self.articles],
        }
