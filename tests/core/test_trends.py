"""Trends: mentions per issue date equal a plain count over the library's articles."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from reader.core.library.facade import Library, QueryError
from reader.core.library.query import article_fields
from reader.core.text.fold import fold
from tests.core.newspages import write_news_pages
from tests.core.test_library_index import SENTENCES


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    folder = tmp_path_factory.mktemp("trends")
    write_news_pages(folder / "pages", 12, seed=7, undated=2)
    library = Library.open(folder / "library.sqlite3")
    library.indexer().index_paths([folder / "pages"])
    yield library
    library.close()


def plain_count(lib: Library, term: str) -> dict[dt.date | None, tuple[int, int, set[tuple[str, int]]]]:
    """Per date: (articles containing *term*, occurrences, which articles), by
    reading every article of every page."""
    arts: Counter[dt.date | None] = Counter()
    occ: Counter[dt.date | None] = Counter()
    which: dict[dt.date | None, set[tuple[str, int]]] = {}
    needle = fold(term)
    for page in lib.pages():
        for a in lib.articles(page.path):
            n = sum(fold(text).count(needle) for text in article_fields(a))
            if n:
                arts[page.date] += 1
                occ[page.date] += n
                which.setdefault(page.date, set()).add((page.path, a.index))
    return {d: (arts[d], occ[d], which[d]) for d in arts}


def terms(n: int) -> list[str]:
    """Substrings of the pages' sentences, 1 to 5 characters, in both scripts."""
    rng = random.Random(5)
    out = ["半導體", "春节", "发展", "的", "國家", "本报讯", "第1条", "没有这个词"]
    while len(out) < n:
        s = rng.choice(SENTENCES)
        start = rng.randrange(len(s))
        out.append(s[start: start + rng.randint(1, 5)])
    return out


@pytest.mark.parametrize("term", terms(40))
def test_counts_equal_a_plain_count_over_the_library(lib: Library, term: str) -> None:
    trend = lib.trend(term)
    want = plain_count(lib, term)
    got = {r.date: (r.articles, r.occurrences, {(i.path, i.index) for i in r.items})
           for r in trend.rows}
    assert got == want
    for row in trend.rows:
        assert row.articles == len(row.items)
        assert row.occurrences == sum(i.occurrences for i in row.items)
        for item in row.items:
            assert item.title == lib.articles(item.path)[item.index].title
    dates = [r.date for r in trend.rows]
    assert dates == sorted((d for d in dates if d), key=str) + [None] * (None in dates)


def test_the_trend_finds_what_search_finds(lib: Library) -> None:
    for query in ("半导体 春节", '"价格总体"', "发展 -半导体", "臺灣"):
        trend = lib.trend(query)
        hits = lib.search(query, limit=1000)
        assert trend.articles == hits.total
        assert {(i.path, i.index) for r in trend.rows for i in r.items} == \
            {(h.path, h.index) for h in hits.hits}


def test_undated_pages_come_last_and_empty_queries_find_nothing(lib: Library) -> None:
    trend = lib.trend("本报讯")
    assert trend.rows[-1].date is None and trend.rows[-1].articles == 8
    assert all(r.date is not None for r in trend.rows[:-1])
    assert lib.trend("  ").rows == ()
    with pytest.raises(QueryError):
        lib.trend("-发展")


def test_json_lists_each_dates_articles(lib: Library, tmp_path: Path) -> None:
    doc = lib.trend("春节").to_json()
    rows = cast("list[dict[str, Any]]", doc["rows"])
    assert doc["articles"] == sum(r["articles"] for r in rows)
    first = rows[0]
    assert {"date", "articles", "occurrences", "items"} <= first.keys()
    assert {"path", "index", "title", "occurrences"} <= first["items"][0].keys()


def test_spellings_are_counted_only_where_that_equals_a_folded_count() -> None:
    from reader.core.library.trends import _spellings as spell
    from reader.core.text.fold import unfolded

    def _spellings(terms: tuple[str, ...]) -> list[str] | None:
        return spell(terms, unfolded())  # a library holding every form

    got = _spellings(("经济",))
    assert got is not None and {"经济", "經濟", "经濟", "經济"} <= set(got)
    assert sorted(spell(("经济",), frozenset("經")) or []) == sorted(["经济", "經济"])
    assert _spellings(("國家", "发展")) is not None
    # Matches that could overlap, ASCII (which could meet the JSON the text is
    # kept in) and whitespace are counted on folded text instead.
    for terms in (("哈哈",), ("经济", "济发"), ("经济发展", "发展"), ("5G",), ("a b",), ("，",)):
        assert _spellings(terms) is None, terms


def test_tricky_terms_count_as_in_folded_text(tmp_path: Path) -> None:
    page = tmp_path / "2020-01-02" / "p1.txt"
    page.parent.mkdir(parents=True)
    page.write_text("哈哈哈哈哈，經濟经济經济。\n\n5G网络，ＡＢ“ab”，\"引号\" C:\\路径 经济发展发展。\n",
                    encoding="utf-8")
    with Library.open(tmp_path / "library.sqlite3") as library:
        library.indexer().index_paths([page])
        for term in ("哈哈", "经济", "發展", "5g", "ab", "，", "\\路", "济发"):
            trend = library.trend(term)
            want = sum(n for _, n, _ in plain_count(library, term).values())
            assert trend.occurrences == want > 0, term
        both = library.trend("经济 发展")
        text = fold("\n".join(article_fields(library.articles(str(page.resolve()))[0])))
        assert both.occurrences == len(re.findall("经济|发展", text))


@pytest.mark.parametrize("term", ["发展", "的", "國家"])
def test_counts_hold_across_chunks_and_threaded_decompression(
        lib: Library, term: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts uncompressed a few at a time, on zstd's threads: the same counts
    as a plain count (the library here is too small to reach either)."""
    from reader.core.library import textcodec, trends

    monkeypatch.setattr(trends, "CHUNK", 3)
    monkeypatch.setattr(textcodec, "THREADED_FRAMES", 2)
    got = {r.date: (r.articles, r.occurrences, {(i.path, i.index) for i in r.items})
           for r in lib.trend(term).rows}
    assert got == plain_count(lib, term)
