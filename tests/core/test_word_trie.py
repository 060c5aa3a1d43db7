"""jieba over the compact trie cuts exactly as jieba over its own dict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.word_trie import WordCounts, WordGraph, tokenizer
from reader.core.text.words import import_jieba

#: A small dictionary with words inside words, prefixes that are no word,
#: single characters, Latin, and counts that make ties likely.
DICTIONARY = """\
中 50
中国 300
中国人 80
中国人民 40
人民 200
人民币 30
国人 20
民币 5
币 10
发展 120
发展中国家 15
国家 150
家 60
经济 100
经济学 20
学 40
学家 20
经济学家 10
开发区 25
开发 50
发区 1
区 30
a股 12
ab 3
"""


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    """jieba's own tokenizer on DICTIONARY, and ours over the same words."""
    jieba = import_jieba()
    folder = tmp_path_factory.mktemp("dict")
    path = folder / "dict.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    theirs = jieba.Tokenizer(str(path))
    theirs.tmp_dir = str(folder)  # jieba's own cache file goes there, not to /tmp
    theirs.initialize()
    words = WordCounts.from_counts(theirs.FREQ, theirs.total)
    return theirs, tokenizer(jieba, words, {})


TEXTS = st.text(alphabet=st.sampled_from("中国人民币发展家经济学开区的了，ab股 1X"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_every_way_of_cutting_is_jiebas(pair: tuple[Any, Any], text: str) -> None:
    theirs, ours = pair
    assert ours.lcut(text) == theirs.lcut(text)
    assert ours.lcut(text, HMM=False) == theirs.lcut(text, HMM=False)
    assert ours.lcut(text, cut_all=True) == theirs.lcut(text, cut_all=True)
    assert ours.lcut_for_search(text) == theirs.lcut_for_search(text)
    assert ours.get_DAG(text) == theirs.get_DAG(text)


def test_the_route_is_jiebas_with_a_graph_of_either_kind(pair: tuple[Any, Any]) -> None:
    theirs, ours = pair
    text = "发展中国家的经济学家在开发区"
    graph = ours.get_DAG(text)
    assert isinstance(graph, WordGraph)
    expected: dict[int, tuple[float, int]] = {}
    theirs.calc(text, theirs.get_DAG(text), expected)
    for dag in (graph, dict(graph)):   # with its weights, and a plain DAG looked up
        route: dict[int, tuple[float, int]] = {}
        ours.calc(text, dag, route)
        assert route == expected


def test_the_counts_are_a_read_only_mapping_of_words(pair: tuple[Any, Any]) -> None:
    theirs, ours = pair
    counts = ours.FREQ
    assert counts["中国人民"] == 40 and counts.get("中国人民") == 40
    assert "中国人" in counts and "发展中" not in counts  # a prefix that is no word
    assert theirs.FREQ["发展中"] == 0                     # where jieba keeps it as 0
    assert counts.get("发展中", 0) == 0
    with pytest.raises(KeyError):
        counts["发展中"]
    assert len(counts) == len(DICTIONARY.splitlines())
    assert dict(counts) == {w: c for w, c in theirs.FREQ.items() if c}
    assert counts.total == theirs.total
    with pytest.raises(TypeError):
        ours.add_word("新词", 5)


def test_the_parts_round_trip_and_damage_is_refused(pair: tuple[Any, Any]) -> None:
    _, ours = pair
    counts = ours.FREQ
    parts = [bytearray(p) for p in counts.to_parts()]
    again = WordCounts.from_parts(parts, counts.total)
    assert dict(again) == dict(counts)
    assert list(again.logs) == list(counts.logs)
    with pytest.raises(ValueError):
        WordCounts.from_parts(parts[:2], counts.total)
    with pytest.raises(ValueError):
        WordCounts.from_parts([bytearray(b"not a trie"), parts[1], parts[2]], counts.total)
    with pytest.raises(ValueError):
        WordCounts.from_parts([parts[0], parts[1][:-4], parts[2]], counts.total)
    with pytest.raises(ValueError):
        WordCounts.from_parts([parts[0], parts[1][:-1], parts[2]], counts.total)


def test_the_segmenter_holds_the_trie_not_jiebas_dict(tmp_path: Path) -> None:
    from reader.core.text.words import Segmenter

    seg = Segmenter(cache_dir=tmp_path)
    assert isinstance(seg.frequencies(), WordCounts)
    assert seg.frequency("中国") > 0
    assert seg.frequency("中华人民共") == 0   # a prefix of 中华人民共和国, no word
    assert isinstance(Segmenter(cache_dir=tmp_path).frequencies(), WordCounts)
