"""Highlight spans on the shown text: script-blind, non-overlapping, prioritised."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.convert import Script, convert_text
from reader.core.text.fold import fold
from reader.core.text.highlight import CATEGORIES, Span, compute_spans, find_all


def marked(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.category) for s in spans]


def test_a_simplified_watch_term_marks_traditional_text() -> None:
    shown = convert_text("经济开发区管委会在开发区召开会议", Script.TRADITIONAL)
    spans = compute_spans(shown, {"watch": ["开发区"]})
    assert marked(shown, spans) == [("開發區", "watch"), ("開發區", "watch")]
    assert all(s.term == "开发区" for s in spans)


def test_a_traditional_term_marks_simplified_text() -> None:
    spans = compute_spans("高质量发展", {"query": ["發展"]})
    assert spans == [Span(3, 5, "query", "發展")]


def test_spans_are_on_the_shown_text_when_conversion_changes_length() -> None:
    original = "他把U盘里的文件交给开发区"
    shown = convert_text(original, Script.TAIWAN)
    assert shown == "他把隨身碟裡的檔案交給開發區"
    spans = compute_spans(shown, {"query": ["U盘"], "watch": ["开发区"]}, script=Script.TAIWAN)
    assert marked(shown, spans) == [("隨身碟", "query"), ("開發區", "watch")]
    # Without knowing the script, only character-level matches are possible.
    assert marked(shown, compute_spans(shown, {"query": ["U盘"]})) == []


def test_longer_terms_win_within_a_category() -> None:
    text = "经济开发区和开发区"
    spans = compute_spans(text, {"keyword": ["开发区", "经济开发区", "开发"]})
    assert marked(text, spans) == [("经济开发区", "keyword"), ("开发区", "keyword")]


def test_higher_priority_categories_win_overlaps() -> None:
    text = "经济开发区"
    terms = {"keyword": ["经济开发区"], "watch": ["开发"], "find": ["济开"]}
    assert marked(text, compute_spans(text, terms)) == [("济开", "find")]
    custom = compute_spans(text, terms, priority=("keyword", "watch", "find"))
    assert marked(text, custom) == [("经济开发区", "keyword")]
    without_find = compute_spans(text, {"keyword": ["经济开发区"], "watch": ["开发"]})
    assert marked(text, without_find) == [("开发", "watch")]


def test_overlapping_terms_leave_no_overlap_and_partial_neighbours_survive() -> None:
    text = "人民日报社人民"
    spans = compute_spans(text, {"query": ["人民日报"], "keyword": ["日报社", "人民"]})
    assert marked(text, spans) == [("人民日报", "query"), ("人民", "keyword")]


def test_categories_not_in_priority_come_last() -> None:
    text = "半导体"
    spans = compute_spans(text, {"mine": ["半导体"], "keyword": ["导体"]})
    assert marked(text, spans) == [("导体", "keyword")]
    assert CATEGORIES == ("find", "query", "watch", "keyword")


def test_latin_terms_match_whole_words_except_in_find() -> None:
    text = "AI芯片 and MAIL, ai-first"
    assert marked(text, compute_spans(text, {"watch": ["ai"]})) == [("AI", "watch"), ("ai", "watch")]
    assert len(compute_spans(text, {"find": ["ai"]})) == 3


def test_full_width_and_case_are_folded() -> None:
    text = "ＡＢＣ公司与abc集团"
    spans = compute_spans(text, {"watch": ["ABC"]})
    assert marked(text, spans) == [("ＡＢＣ", "watch"), ("abc", "watch")]


def test_latin_digits_inside_chinese() -> None:
    text = "第5G基站建设，5G用户超过3亿"
    spans = compute_spans(text, {"query": ["5G"]})
    assert marked(text, spans) == [("5G", "query"), ("5G", "query")]


def test_empty_inputs() -> None:
    assert compute_spans("", {"query": ["半导体"]}) == []
    assert compute_spans("半导体", {}) == []
    assert compute_spans("半导体", {"query": ["", "  "]}) == []
    assert find_all("", "半") == []
    assert find_all("半导体", " ") == []


def test_very_long_text() -> None:
    text = "开发区的半导体企业。" * 50_000
    spans = compute_spans(text, {"watch": ["开发区"], "keyword": ["半导体", "企业"]})
    assert len(spans) == 150_000
    assert spans[-1] == Span(len(text) - 3, len(text) - 1, "keyword", "企业")


def test_find_all_is_non_overlapping_and_blind_to_script_and_case() -> None:
    assert find_all("aaaa", "aa") == [(0, 2), (2, 4)]
    assert find_all("開發區與开发区", "开發区") == [(0, 3), (4, 7)]
    assert find_all("MAIL ai", "AI") == [(1, 3), (5, 7)]


WORDS = ["开发", "开发区", "發展", "经济", "AI", "ai", "人民", "日报", "人民日报", "U盘"]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("开發发区展經经济人民日报AIai U盘隨身碟")), max_size=60),
    terms=st.dictionaries(
        st.sampled_from(["find", "query", "watch", "keyword"]),
        st.lists(st.sampled_from(WORDS), max_size=4),
        max_size=4,
    ),
)
def test_spans_are_sorted_disjoint_and_match_their_term(
    text: str, terms: dict[str, list[str]]
) -> None:
    spans = compute_spans(text, terms)
    ends = -1
    for span in spans:
        assert span.start >= ends
        assert span.start < span.end <= len(text)
        ends = span.end
        assert span.term in terms[span.category]
        assert fold(text[span.start : span.end]) == fold(span.term)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("开發区经济人民ab ")), max_size=40),
    needle=st.sampled_from(["开发", "發区", "人民", "ab", "a", "b b"]),
)
def test_find_all_finds_what_a_folded_search_finds(text: str, needle: str) -> None:
    found = find_all(text, needle)
    folded, target = fold(text), fold(needle)
    assert all(folded[s:e] == target for s, e in found)
    assert len(found) == folded.count(target)


@pytest.mark.parametrize("script", list(Script))
def test_every_script_marks_the_same_words(script: Script) -> None:
    original = "经济开发区的发展离不开人民群众"
    shown = convert_text(original, script)
    spans = compute_spans(shown, {"watch": ["开发区", "发展"], "keyword": ["人民"]}, script=script)
    assert [s.term for s in spans] == ["开发区", "发展", "人民"]
