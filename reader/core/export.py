"""Articles out of the reader: plain text, Markdown, JSON and CSV.

What is exported is a list of :class:`ExportItem` (an article and the page it
is on), gathered from a page, the starred articles or a search; every format
can show the text in another :class:`Script`.  Page text is data: Markdown
escapes it so that nothing a page prints becomes a heading, a list, a link
or HTML; CSV starts with a BOM and quotes properly so spreadsheet apps open
it as UTF-8, and never as formulas; JSON reads back (:func:`from_json`) as
the same articles.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import enum
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.filenames import shown
from reader.core.model import Article, Page
from reader.core.page.shown import article_blocks, convert_article
from reader.core.text.convert import Script, convert_text

if TYPE_CHECKING:
    from reader.core.library.facade import Library

#: Tells an export file apart from other JSON; bumped if its shape changes.
JSON_FORMAT = "dubao-export"
JSON_VERSION = 1
#: Columns of the CSV export, in order.
CSV_COLUMNS = (
    "path", "page", "date", "index", "kind", "kicker", "title", "subtitle", "dateline",
    "byline", "lead", "text", "continued",
)  # fmt: skip


class ExportFormat(enum.Enum):
    MARKDOWN = "md"
    JSON = "json"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One article to export and the page it comes from."""

    path: str
    page: str
    date: dt.date | None
    article: Article

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "page": self.page,
            "date": self.date.isoformat() if self.date else None,
            **self.article.to_json(),
        }


# -- gathering -----------------------------------------------------------------------------


def page_items(page: Page) -> list[ExportItem]:
    """Every article of a parsed page."""
    return [ExportItem(shown(page.path), page.name, page.date, a) for a in page.articles]


def starred_items(lib: Library) -> list[ExportItem]:
    """The starred articles, most recently starred first."""
    out = []
    for s in lib.starred():
        article = lib.article(s.path, s.index)
        if article is not None:
            out.append(ExportItem(shown(s.path), s.page_name, s.page_date, article))
    return out


def search_items(lib: Library, query: str, limit: int | None = None) -> list[ExportItem]:
    """The articles a search finds, best first (all of them without *limit*).
    Raises ``QueryError`` for a query that cannot be answered."""
    if limit is None:
        limit = lib.search(query, limit=0).total
    out = []
    for hit in lib.search(query, limit=limit).hits:
        article = lib.article(hit.path, hit.index)
        if article is not None:
            out.append(ExportItem(shown(hit.path), hit.page_name, hit.page_date, article))
    return out


def in_script(items: Iterable[ExportItem], script: Script | None) -> list[ExportItem]:
    """*items* with their articles' text converted to *script* (None: as printed).
    Paths and page names are file names and stay as they are (a name that is
    not UTF-8 was made visible when the items were gathered)."""
    if script is None:
        return list(items)
    return [
        dataclasses.replace(
            item, article=convert_article(item.article, lambda t: convert_text(t, script))
        )
        for item in items
    ]


# -- one article ---------------------------------------------------------------------------


def article_text(article: Article, script: Script | None = None) -> str:
    """The article as plain text, block by block as the reading pane shows it,
    with a blank line between blocks."""
    if script is not None:
        article = convert_article(article, lambda t: convert_text(t, script))
    return "\n\n".join(text for _role, text in article_blocks(article)) + "\n"


_MD_ROLES = {"kicker": "*{}*", "title": "## {}", "subtitle": "**{}**", "meta": "*{}*"}


def article_markdown(article: Article, script: Script | None = None) -> str:
    """The article as Markdown: title a level-2 heading, kicker and dateline in
    italics, subtitle in bold, paragraphs as paragraphs; all text escaped."""
    if script is not None:
        article = convert_article(article, lambda t: convert_text(t, script))
    blocks = []
    for role, text in article_blocks(article):
        escaped = escape_markdown(text)
        if not escaped:
            continue
        if role in _MD_ROLES:
            escaped = escaped.replace("\n", " ")  # a heading or emphasis is one line
        blocks.append(_MD_ROLES.get(role, "{}").format(escaped))
    return "\n\n".join(blocks) + "\n"


# Every character with a meaning somewhere in CommonMark or its common
# extensions (GFM tables, strikethrough, autolinks, footnotes, math), besides
# those that only matter at the start of a line (handled there).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!(){}$^.:@])")
_MD_LINE_START = re.compile(r"^([-+=])")
_WS = re.compile(r"\s+")


def escape_markdown(text: str) -> str:
    """*text* as Markdown that renders as exactly this text, in one paragraph:
    line breaks become soft breaks, blank lines and the whitespace at either
    end of a line (which Markdown drops or reads as layout) are dropped."""
    lines = []
    for raw in text.splitlines():
        line = raw.strip().replace("\x00", "\ufffd")
        if line:
            lines.append(_MD_LINE_START.sub(r"\\\1", _MD_SPECIAL.sub(r"\\\1", line)))
    return "\n".join(lines)


def to_markdown(
    items: Sequence[ExportItem], script: Script | None = None, heading: str | None = None
) -> str:
    """A Markdown document: an optional level-1 *heading*, then each article
    with a line naming its page and date."""
    parts = [f"# {escape_markdown(_WS.sub(' ', heading))}"] if heading else []
    for item in in_script(items, script):
        source = " · ".join(x for x in (item.page, item.date.isoformat() if item.date else "") if x)
        body = article_markdown(item.article).rstrip("\n")
        parts.append(body + (f"\n\n*{escape_markdown(_WS.sub(' ', source))}*" if source else ""))
    return "\n\n".join(parts) + "\n"


# -- JSON ----------------------------------------------------------------------------------


def to_json(items: Sequence[ExportItem], script: Script | None = None) -> str:
    """The articles as one JSON document; :func:`from_json` reads it back."""
    doc = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "script": script.value if script else None,
        "articles": [item.to_json() for item in in_script(items, script)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def from_json(text: str) -> list[ExportItem]:
    """The articles of a JSON export.  Raises ``ValueError`` for anything else."""
    doc = json.loads(text)
    if not isinstance(doc, dict) or doc.get("format") != JSON_FORMAT:
        raise ValueError("not a Dubao export")
    if doc.get("version") != JSON_VERSION:
        raise ValueError(f"a Dubao export of version {doc.get('version')}, not {JSON_VERSION}")
    articles = doc.get("articles")
    if not isinstance(articles, list):
        raise ValueError("a Dubao export without a list of articles")
    out = []
    for obj in articles:
        if not isinstance(obj, dict):
            raise ValueError("an article must be an object")
        path, page, date = obj.get("path"), obj.get("page"), obj.get("date")
        if not isinstance(path, str) or not isinstance(page, str):
            raise ValueError("an article needs the path and name of its page")
        if date is not None and not isinstance(date, str):
            raise ValueError("a date must be text (YYYY-MM-DD)")
        out.append(ExportItem(
            path, page, dt.date.fromisoformat(date) if date else None, Article.from_json(obj)
        ))
    return out


# -- CSV -----------------------------------------------------------------------------------

#: A cell starting with one of these is a formula to a spreadsheet.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(items: Sequence[ExportItem], script: Script | None = None) -> str:
    """A header row and one row per article, starting with a BOM (so spreadsheet
    apps read UTF-8), fields quoted where needed, CRLF row ends.  ``text`` holds
    the paragraphs, one per line.  A cell that a spreadsheet would take for a
    formula is prefixed with ``'``, which makes it text there."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in in_script(items, script):
        a = item.article
        writer.writerow([_cell(v) for v in (
            item.path, item.page, item.date.isoformat() if item.date else "", a.index, a.kind,
            a.kicker, a.title, a.subtitle, a.dateline, a.byline, a.lead, a.body,
            "true" if a.continued else "false",
        )])
    return out.getvalue()


def render(
    items: Sequence[ExportItem],
    fmt: ExportFormat,
    script: Script | None = None,
    heading: str | None = None,
) -> bytes:
    """*items* in *fmt*, as the UTF-8 bytes of a file."""
    if fmt is ExportFormat.MARKDOWN:
        text = to_markdown(items, script, heading)
    elif fmt is ExportFormat.JSON:
        text = to_json(items, script)
    else:
        text = to_csv(items, script)
    return text.encode("utf-8")
