"""The parser's lexical measures (reader.core.page.words, lexicon) against their
plain definitions: the pairs of adjacent CJK characters of each run of CJK, and the
share of them found in a stretch of text.  The module computes them without
making every pair (for speed); the figures must be the same to the last bit,
since the learned weights were fitted on them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.page.lexicon import clean_break, word_across, words
from reader.core.page.words import SAMPLE, alternate_share, pair_shares, recurring_share


def pairs(text: str) -> list[str]:
    return [run[k : k + 2] for run in re.findall(r"[\u3400-\u9fff]{2,}", text)
            for k in range(len(run) - 1)]


def share(grams: list[str], window: str) -> float:
    return sum(1 for g in grams if g in window) / len(grams)


# enough characters that a pair seldom recurs by chance; punctuation and Latin
# break runs; windows are bits of the text itself, so that some pairs are found
TEXT = st.text(alphabet="中国人民经济发展社会科技文化教育卫生体育城市农村，。a1　", max_size=90)


@st.composite
def text_and_window(draw: st.DrawFn) -> tuple[str, str]:
    text = draw(TEXT)
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(a, len(text)))
    return text, text[a:b] + "，" + draw(TEXT)


@settings(max_examples=500, deadline=None)
@given(text_and_window(), st.data())
def test_pair_shares_are_the_shares_of_the_sampled_pairs(tw: tuple[str, str],
                                                        data: st.DataObject) -> None:
    text, before = tw
    after = data.draw(TEXT) + text[len(text) // 2 :]
    grams = pairs(text)
    if len(grams) > SAMPLE:
        grams = grams[:: len(grams) // SAMPLE + 1]
    expected = (share(grams, before), share(grams, after)) if grams else None
    assert pair_shares(text, before, after) == expected


@settings(max_examples=500, deadline=None)
@given(text_and_window())
def test_recurring_share_is_the_share_of_every_pair(tw: tuple[str, str]) -> None:
    text, window = tw
    grams = pairs(text)
    assert recurring_share(text, window) == (share(grams, window) if grams else None)


@settings(max_examples=500, deadline=None)
@given(text_and_window())
def test_alternate_share_is_the_share_of_every_other_pair(tw: tuple[str, str]) -> None:
    text, window = tw
    grams = pairs(text)[::2]
    assert alternate_share(text, window) == (share(grams, window) if grams else None)


def test_shares_count_pairs_not_characters() -> None:
    # 经 and 济 are both in the window, but not side by side: not found
    assert pair_shares("经济", "经一济", "经济发展") == (0.0, 1.0)
    # 中国人民: pairs 中国 国人 人民; every other: 中国 人民
    assert alternate_share("中国人民", "人民日报") == 0.5
    assert alternate_share("abc，。", "abc") is None


def runs_on(before: str, after: str) -> bool:
    """A known word of two to four characters made of the end of *before* and
    the start of *after* (the plain definition)."""
    known = words()
    return any(before[-k:] + after[:m] in known
               for k in range(1, min(3, len(before)) + 1)
               for m in range(1, min(len(after), 4 - k) + 1))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="国家统计局发布数据中心人民日报社会主义，a", max_size=6),
       st.text(alphabet="国家统计局发布数据中心人民日报社会主义，a", max_size=6))
def test_word_across_is_a_known_word_over_the_join(before: str, after: str) -> None:
    assert word_across(before, after) == runs_on(before, after)


def test_word_across_examples() -> None:
    assert word_across("据国家统", "计局发布")  # 统计 / 统计局
    assert word_across("他做事一丝", "不苟。")  # only the four-character word crosses
    assert not word_across("经济", "")
    assert not word_across("。", "，")


def test_clean_break_is_a_known_word_on_either_side() -> None:
    assert clean_break("召开委员长会议", "决定会期")  # 会议 / 决定
    assert clean_break("精准施策分区", "分级防控")  # 分区 / 分级, though 区分 crosses
    assert not clean_break("加快药", "物攻关")  # 药物 cut in two
    assert not clean_break("据国家统", "计局发布")
    assert not clean_break("会议", "")
