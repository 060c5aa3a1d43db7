"""Export: Markdown that stays text, JSON that reads back, CSV for spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core import export
from reader.core.export import ExportFormat, ExportItem
from reader.core.library.facade import Library
from reader.core.model import Article
from reader.core.page.pages import load_page
from reader.core.page.shown import article_blocks
from reader.core.text.convert import Script
from tests.core.newspages import write_news_pages

#: CommonMark with GitHub's extensions, including bare-URL and e-mail links.
MD = MarkdownIt("gfm-like")

#: Text with every character Markdown might read as markup, CJK, and line breaks.
MARKUP = "\\`*_[]()<>#+-=.!|~&:@{}$^%/ \t\n"
texts = st.text(
    alphabet=st.one_of(
        st.sampled_from(MARKUP),
        st.sampled_from("国家發展半导体。，（）“”：　\u3000ab1"),
        st.characters(exclude_categories=("Cs", "Cc")),
    ),
    max_size=60,
)
words = (
    "# 标题", "- 列表", "1. 第一", "1) 第二", "> 引用", "    代码", "```", "~~删除~~", "**粗**",
    "[链接](http://x.cn)", "<b>加粗</b>", "&amp;", "https://example.com", "www.example.com",
    "example.com", "a@b.cn", "|a|b|", "---", "===", "***", "![图](x.png)", "[^1]", "\\",
    "2.1%", "<http://x.cn>", "`code`", "$x$",
)
nasty = st.lists(st.one_of(st.sampled_from(words), texts), max_size=6).map("".join)


def normal(text: str, sep: str = "\n") -> str:
    """What Markdown keeps of *text*: non-blank lines, trimmed."""
    return sep.join(line.strip() for line in text.splitlines() if line.strip())


def blocks(markdown: str) -> list[tuple[str, str]]:
    """(block, text) per block of rendered Markdown; fails on anything but
    headings, paragraphs, plain text, soft breaks and emphasis."""
    out = []
    tokens = MD.parse(markdown)
    for i, tok in enumerate(tokens):
        if tok.type != "inline":
            assert tok.type in ("heading_open", "heading_close", "paragraph_open",
                                "paragraph_close"), tok.type
            continue
        kinds = {c.type for c in tok.children or []}
        assert kinds <= {"text", "softbreak", "em_open", "em_close", "strong_open",
                         "strong_close"}, (markdown, kinds)
        children = [c for c in tok.children or [] if c.type != "text" or c.content]
        out.append((_block_name(tokens[i - 1], children), _text(children)))
    return out


def _block_name(opener: Token, children: list[Token]) -> str:
    if opener.type == "heading_open":
        return opener.tag
    if children and children[0].type in ("em_open", "strong_open"):
        assert children[-1].type == children[0].type.replace("open", "close")
        return children[0].tag
    return "p"


def _text(children: list[Token]) -> str:
    return "".join("\n" if c.type == "softbreak" else c.content for c in children)


@given(nasty)
@settings(max_examples=400)
def test_escaped_text_renders_as_exactly_that_text(text: str) -> None:
    rendered = blocks(export.escape_markdown(text))
    assert rendered == ([("p", normal(text))] if normal(text) else [])


articles = st.builds(
    Article,
    index=st.integers(0, 200),
    title=nasty,
    paragraphs=st.lists(nasty, max_size=4).map(tuple),
    title_inferred=st.booleans(),
    kicker=st.none() | nasty,
    subtitle=st.none() | nasty,
    dateline=st.none() | nasty,
    byline=st.none() | nasty,
    lead=st.none() | nasty,
    kind=st.sampled_from(["news", "photo", ""]) | texts,
    continued=st.booleans(),
)


@given(articles)
@settings(max_examples=200)
def test_article_markdown_keeps_every_block_as_text(article: Article) -> None:
    want = []
    for role, text in article_blocks(article):
        name = {"title": "h2", "kicker": "em", "meta": "em", "subtitle": "strong"}.get(role, "p")
        kept = normal(text, "\n" if name == "p" else " ")
        if kept:
            want.append((name, kept))
    assert blocks(export.article_markdown(article)) == want


items = st.lists(
    st.builds(
        ExportItem,
        path=texts,
        page=texts,
        date=st.none() | st.dates(dt.date(1949, 1, 1), dt.date(2100, 1, 1)),
        article=articles,
    ),
    max_size=5,
)


@given(items)
def test_json_reads_back_as_the_same_articles(got: list[ExportItem]) -> None:
    assert export.from_json(export.to_json(got)) == got


@given(items)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_json_in_a_script_reads_back_as_the_converted_articles(got: list[ExportItem]) -> None:
    back = export.from_json(export.to_json(got, Script.TAIWAN))
    assert back == export.in_script(got, Script.TAIWAN)


def test_json_that_is_not_an_export_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Dubao export"):
        export.from_json('{"articles": []}')
    doc = json.loads(export.to_json([]))
    doc["articles"] = [{"path": "p", "page": "p", "date": None, "index": "0", "title": "t",
                        "paragraphs": []}]
    with pytest.raises(ValueError, match="index"):
        export.from_json(json.dumps(doc))


@given(items)
def test_csv_is_utf8_with_bom_and_every_cell_comes_back(got: list[ExportItem]) -> None:
    data = export.render(got, ExportFormat.CSV)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(export.CSV_COLUMNS)
    assert len(rows) == len(got) + 1
    for row, item in zip(rows[1:], got, strict=True):
        cells = dict(zip(export.CSV_COLUMNS, row, strict=True))
        for name, value in (("path", item.path), ("title", item.article.title),
                            ("text", item.article.body), ("byline", item.article.byline or "")):
            formula = value.startswith(("=", "+", "-", "@", "\t", "\r"))
            assert cells[name] == ("'" + value if formula else value)
        assert cells["date"] == (item.date.isoformat() if item.date else "")
        assert int(cells["index"]) == item.article.index


def test_csv_quotes_commas_quotes_and_line_breaks() -> None:
    a = Article(0, '标题,带"引号"', ("第一段，", "第二段"), byline="=SUM(A1)")
    text = export.to_csv([ExportItem("/p/x.txt", "x", None, a)])
    row = text.split("\r\n", 1)[1]
    assert row.startswith('/p/x.txt,x,,0,news,,"标题,带""引号""",')
    assert '"第一段，\n第二段"' in row and ",'=SUM(A1)," in row


def test_article_text_and_markdown_in_a_script() -> None:
    a = Article(0, "国家发展", ("半导体产业发展迅速。",), kicker="引题", dateline="本报讯")
    assert export.article_text(a) == "引题\n\n国家发展\n\n本报讯\n\n半导体产业发展迅速。\n"
    assert export.article_text(a, Script.TRADITIONAL) == \
        "引題\n\n國家發展\n\n本報訊\n\n半導體產業發展迅速。\n"
    md = export.article_markdown(a, Script.TAIWAN)
    assert md.startswith("*引題*\n\n## 國家發展\n\n*本報訊*\n\n半導體")


def test_items_from_a_page_the_starred_articles_and_a_search(tmp_path: Path) -> None:
    pages = write_news_pages(tmp_path / "pages", 4)
    page = load_page(pages[0])
    got = export.page_items(page)
    assert [i.article for i in got] == list(page.articles)
    assert got[0].date == dt.date(2019, 2, 1) and got[0].page == "p000"

    with Library.open(tmp_path / "lib.sqlite3") as lib:
        lib.indexer().index_paths([tmp_path / "pages"])
        paths = [p.path for p in lib.pages()]
        lib.set_starred(paths[2], 1)
        lib.set_starred(paths[0], 3)
        starred = export.starred_items(lib)
        assert [(i.path, i.article.index) for i in starred] == [(paths[0], 3), (paths[2], 1)]
        assert starred[0].article == lib.articles(paths[0])[3]

        found = export.search_items(lib, "春节")
        result = lib.search("春节", limit=100)
        assert result.total > 0 and len(found) == result.total
        assert [(i.path, i.article.index) for i in found] == [(h.path, h.index) for h in result.hits]
        assert all("春节" in i.article.body + i.article.title for i in found)
        assert len(export.search_items(lib, "春节", limit=1)) == 1


def test_markdown_document_names_pages_and_escapes_the_heading() -> None:
    a = Article(0, "标题", ("正文",))
    doc = export.to_markdown([ExportItem("/p/x.txt", "p01_x", dt.date(2019, 2, 1), a)],
                             heading="Search: #1 [a]")
    assert blocks(doc) == [("h1", "Search: #1 [a]"), ("h2", "标题"), ("p", "正文"),
                           ("em", "p01_x · 2019-02-01")]
