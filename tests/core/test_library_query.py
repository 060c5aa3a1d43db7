"""Queries into index terms, tokens, snippets: the library's pure parts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.library.hits import find_spans, make_snippet
from reader.core.library.query import (
    END,
    SPACE,
    char_tokens,
    pair_tokens,
    parse_query,
    term_pattern,
    term_tokens,
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


def test_every_character_starts_one_token_and_whitespace_runs_are_one() -> None:
    assert pair_tokens("中國 A\n\n1") == " ".join(
        ["中国", "国" + SPACE, SPACE + "a", "a" + SPACE, SPACE + "1", "1" + END])
    assert pair_tokens("") == "" and pair_tokens(" \n ") == ""
    assert term_tokens("国") == ["国"]
    assert term_tokens("中國") == ["中国"]
    assert term_tokens("春节前") == ["春节", "节前"]
    assert sorted(char_tokens("中國", "国人").split(" ")) == sorted("中国人")


def test_tokens_are_script_blind() -> None:
    assert pair_tokens("發展臺灣ＡＢＣ") == pair_tokens("发展台湾abc")


@given(st.text(max_size=30))
def test_any_text_makes_well_formed_tokens(text: str) -> None:
    """Whatever a page or a query holds, each token is one pair (or one
    character) with no whitespace the index's tokenizer would split on, and a
    term's tokens are the pairs of the text it is in."""
    def splits(token: str) -> bool:  # whitespace to Unicode (our SPACE and END are not)
        return any(c.isspace() and c not in (SPACE, END) for c in token)

    for token in pair_tokens(text).split(" "):
        assert token == "" or (len(token) == 2 and not splits(token))
    terms = term_tokens(text)
    assert not any(splits(t) for t in terms)
    if len(terms) > 1 or (terms and len(terms[0]) == 2):
        assert " ".join(terms) in pair_tokens("x" + text + "x")


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
