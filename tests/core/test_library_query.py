"""Queries into FTS5 expressions, tokens, snippets: the library's pure parts."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.library.hits import find_spans, make_snippet
from reader.core.library.query import (
    CharTokens,
    QueryError,
    fts_expression,
    parse_query,
    term_pattern,
)
from reader.core.text.fold import fold


def test_terms_phrases_and_exclusions() -> None:
    q = parse_query('半导体  "春节 前" -新冠 -"两 会" 人民')
    assert q.include == ("半导体", "春节 前", "人民")
    assert q.exclude == ("新冠", "两 会")


def test_curly_quotes_unclosed_quote_and_lone_dash() -> None:
    assert parse_query("“春节 前”").include == ("春节 前",)
    assert parse_query('"春节 前').include == ("春节 前",)
    assert parse_query("- 5-3").include == ("-", "5-3")
    assert parse_query("--x").exclude == ("-x",)
    assert parse_query('  ""  ').empty


def test_only_exclusions_is_an_error() -> None:
    with pytest.raises(QueryError):
        fts_expression(parse_query("-新冠 -疫情"), CharTokens())


def test_every_character_starts_one_token_and_whitespace_runs_are_one() -> None:
    tokens = CharTokens()
    assert tokens.tokens("中國 A\n\n1") == (
        "004e2d0056fd 0056fd000020 000020000061 000061000020 000020000031 000031zzzzzz"
    )
    assert tokens.tokens("") == ""
    assert tokens.phrase("国") == '"0056fd"*'
    assert tokens.phrase("中國") == '"004e2d0056fd"'
    assert len(tokens.phrase("春节前").split()) == 2


def test_tokens_are_script_blind() -> None:
    tokens = CharTokens()
    assert tokens.tokens("發展臺灣ＡＢＣ") == tokens.tokens("发展台湾abc")


@given(st.text(max_size=30))
def test_no_query_text_breaks_the_fts_syntax(text: str) -> None:
    """Whatever is typed, the expression is valid FTS5 (or a QueryError)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, content='', tokenize='ascii', prefix='6')")
    try:
        expr = fts_expression(parse_query(text), CharTokens())
    except QueryError:
        assert not parse_query(text).include
        return
    conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)).fetchall()


@given(st.text(alphabet="中國国发發展人民 ab", min_size=1, max_size=60), st.data())
def test_snippet_spans_mark_the_terms(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    term = text[start: start + data.draw(st.integers(1, 3))].strip()
    if not term:
        return
    pattern = term_pattern((term,))
    snippet, spans = make_snippet(text, pattern, width=20)
    assert len(snippet) <= 22
    for s, e in spans:
        assert " ".join(fold(snippet[s:e]).split()) == " ".join(fold(term).split())
    if " " not in term:
        assert spans, "the best hit is in the snippet"


def test_snippet_prefers_the_place_with_most_terms() -> None:
    text = "人民" + "。" * 100 + "人民日报报道半导体" + "。" * 100
    snippet, spans = make_snippet(text, term_pattern(("人民", "半导体")), width=40)
    assert "人民日报报道半导体" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[s:e] for s, e in spans] == ["人民", "半导体"]


def test_find_spans_on_traditional_text() -> None:
    assert find_spans("臺灣發展", term_pattern(("发展",))) == ((2, 4),)
