"""Search: recall against a plain substring scan, ranking, snippets, paging."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.library.facade import Library, QueryError, SearchHit
from reader.core.library.query import CharTokens, article_fields, parse_query
from reader.core.library.search import search
from reader.core.text.convert import get_converter
from reader.core.text.fold import fold
from tests.core.test_library_index import SENTENCES, write_pages

#: Characters the generated queries are drawn from: common ones, both
#: scripts, Latin and digits, punctuation.
ALPHABET = "".join(sorted(set("".join(SENTENCES)) - set(" \n")))


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("search")
    write_pages(root / "pages", 60, seed=7, articles=4)
    lib = Library.open(root / "library.sqlite3")
    lib.indexer().index_paths([root / "pages"])
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def texts(library: Library) -> dict[tuple[str, int], str]:
    """Every stored article's searchable text, folded, whitespace collapsed."""
    out = {}
    for page in library.pages():
        for a in library.articles(page.path):
            head, body = article_fields(a)
            out[(page.path, a.index)] = re.sub(r"\s+", " ", fold(head + "\n" + body))
    return out


def plain_scan(texts: dict[tuple[str, int], str], query: str) -> set[tuple[str, int]]:
    q = parse_query(query)

    def has(text: str, term: str) -> bool:
        return re.sub(r"\s+", " ", fold(term)) in text

    return {
        key for key, text in texts.items()
        if all(has(text, t) for t in q.include) and not any(has(text, t) for t in q.exclude)
    }


def found(library: Library, query: str) -> set[tuple[str, int]]:
    result = library.search(query, limit=100_000)
    keys = {(h.path, h.index) for h in result.hits}
    assert len(keys) == len(result.hits) == result.total
    return keys


@st.composite
def substrings(draw: st.DrawFn, texts: list[str]) -> str:
    text = draw(st.sampled_from(texts)).replace(" ", "")
    start = draw(st.integers(0, max(0, len(text) - 1)))
    return text[start: start + draw(st.integers(1, 6))]


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_recall_equals_a_plain_scan(
    library: Library, texts: dict[tuple[str, int], str], data: st.DataObject
) -> None:
    """Every article holding the query (in either script) is found, no other."""
    originals = [t for t in texts.values() if t]
    term = st.one_of(substrings(originals), st.text(alphabet=ALPHABET, min_size=1, max_size=3))
    include = data.draw(st.lists(term, min_size=1, max_size=2))
    exclude = data.draw(st.lists(term, max_size=1))
    if data.draw(st.booleans()):
        include = [get_converter("s2t").convert(t) for t in include]
    parts = [f'"{t}"' if '"' not in t else t for t in include]
    parts += [f'-"{t}"' for t in exclude if '"' not in t]
    query = " ".join(p for p in parts if p.strip('"').strip())
    if not parse_query(query).include:
        return
    assert found(library, query) == plain_scan(texts, query)


def test_traditional_and_simplified_find_the_same(library: Library) -> None:
    a = found(library, "發展")
    assert a and a == found(library, "发展") == found(library, "発展") | a


def test_single_characters_and_latin_digits(
    library: Library, texts: dict[tuple[str, int], str]
) -> None:
    for query in ("的", "國", "5", "g", "5G", "2.1%", "“", "120万"):
        assert found(library, query) == plain_scan(texts, query), query


def test_phrase_and_exclusion(library: Library, texts: dict[tuple[str, int], str]) -> None:
    for query in ('"春节前夕"', "春节 -半导体", '"市场供应" 人民 -"高速公路"'):
        got = found(library, query)
        assert got == plain_scan(texts, query), query


def test_only_exclusions_raises_and_empty_finds_nothing(library: Library) -> None:
    with pytest.raises(QueryError):
        library.search("-春节")
    assert library.search("   ").total == 0


def test_syntax_in_queries_is_just_text(library: Library) -> None:
    for query in ('"', "NEAR(a b)", "a*", "col:x", "(", "AND OR NOT", "^", "'", "\\"):
        library.search(query)  # never an FTS5 syntax error


def test_hits_carry_a_marked_snippet_and_page(library: Library) -> None:
    result = library.search("半導體")
    assert result.total > 0 and result.took_ms > 0
    assert result.terms == ("半導體",)
    for hit in result.hits:
        assert hit.snippet_spans
        for s, e in hit.snippet_spans:
            assert fold(hit.snippet[s:e]) == "半导体"
        assert hit.page_date is not None and hit.page_name
        assert hit.score > 0


def test_paging_covers_every_match_once(library: Library) -> None:
    total = library.search("人").total
    pages = [library.search("人", limit=7, offset=o).hits for o in range(0, total + 7, 7)]
    keys = [(h.path, h.index) for page in pages for h in page]
    assert len(keys) == len(set(keys)) == total


def article_id(hit: SearchHit) -> int:
    """A library hit's article id (every hit the library gives has one)."""
    assert hit.article_id is not None
    return hit.article_id


@pytest.mark.parametrize("query", ["的", "人民"])
def test_large_match_sets_rank_a_window_and_page_on(library: Library, query: str) -> None:
    """Past the rank window: total still counts all, pages go on newest first."""
    conn, tokens = library.connection(), CharTokens()
    full = search(conn, tokens, query, limit=10_000)
    assert full.total > 20

    def pages(size: int) -> list[tuple[int, float]]:
        return [
            (article_id(h), h.score)
            for o in range(0, full.total + 5, 5)
            for h in search(conn, tokens, query, limit=5, offset=o, rank_window=8,
                            corpus_size=lambda: size).hits
        ]

    ranked = pages(10**9)  # the matches are a small part of a huge library
    ids = [i for i, _ in ranked]
    assert sorted(ids) == sorted(article_id(h) for h in full.hits)
    assert ids[8:] == sorted(ids[8:], reverse=True)
    assert [s for _, s in ranked[:8]] == sorted((s for _, s in ranked[:8]), reverse=True)
    flat = pages(full.total)  # the matches are over half the library: all ties
    assert [i for i, _ in flat] == sorted(ids, reverse=True)
    assert {s for _, s in flat} == {0.0}


def test_relevance_then_newest_first(tmp_path: Path) -> None:
    """More hits in a short article, or a hit in the headline, rank higher;
    equal articles come newest first."""
    texts = {
        "2019-01-01/many.txt": "数字经济。数字经济发展快，数字经济规模大。\n",
        "2019-01-02/once.txt": "今年以来，各地积极推进数字经济和实体经济融合发展，效果明显，群众满意。\n",
        "2018-05-01/same-old.txt": "一篇普通文章提到数字经济。\n",
        "2020-05-01/same-new.txt": "一篇普通文章提到数字经济。\n",
    }
    for rel, text in texts.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    with Library.open(tmp_path / "library.sqlite3") as lib:
        lib.indexer().index_paths([tmp_path])
        names = [Path(h.path).stem for h in lib.search("数字经济").hits]
    assert names.index("many") < names.index("once")
    assert names.index("same-new") < names.index("same-old")


def test_many_threads_search_at_once(library: Library) -> None:
    import threading

    rng = random.Random(3)
    queries = [rng.choice(SENTENCES)[:2] for _ in range(40)]
    want = {q: library.search(q).total for q in queries}
    bad: list[str] = []

    def run(qs: list[str]) -> None:
        for q in qs:
            if library.search(q).total != want[q]:
                bad.append(q)

    threads = [threading.Thread(target=run, args=(queries[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert bad == []
