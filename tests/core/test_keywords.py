"""Key terms: TF-IDF over the user's pages, stop words, headlines, scripts."""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.model import Article
from reader.core.text.headline_words import load_headline_words, shipped_headline_words
from reader.core.text.keywords import (
    DocumentFrequencies,
    Keyword,
    KeywordExtractor,
    load_stopwords,
    watched_terms,
)
from reader.core.text.term_features import MAX_TERM, Occurrences, is_fragment
from reader.core.text.words import MAX_RUN, Segmenter
from tests.core.jieba_pieces import record_pieces

SEMICONDUCTOR = (
    "本报讯（记者 王明 通讯员 李华）近日，我市功率半导体产业园迎来新项目。"
    "今年以来，开发区围绕半导体产业链招商，半导体企业达到30家，投资10亿元。\n"
    "园区负责人表示，半导体芯片封装测试项目将于2024年3月投产，"
    "届时半导体产值将同比增长20%。"
)


@pytest.fixture(scope="module")
def segmenter(tmp_path_factory: pytest.TempPathFactory) -> Segmenter:
    seg = Segmenter(cache_dir=tmp_path_factory.mktemp("cache"))
    seg.load()
    return seg


@pytest.fixture(scope="module")
def extractor(segmenter: Segmenter) -> KeywordExtractor:
    return KeywordExtractor(segmenter)


def test_the_topic_comes_first_and_boilerplate_never(extractor: KeywordExtractor) -> None:
    keywords = extractor.extract(SEMICONDUCTOR, top=10)
    words = [k.word for k in keywords]
    assert words[0] == "半导体"
    for boilerplate in ("本报讯", "记者", "通讯员", "近日", "今年", "我市", "表示", "届时"):
        assert boilerplate not in words
    for number in ("30家", "10亿元", "2024年", "3月", "20%", "30", "2024"):
        assert number not in words


def test_weights_are_positive_shares_in_descending_order(extractor: KeywordExtractor) -> None:
    keywords = extractor.extract(SEMICONDUCTOR, top=5)
    assert len(keywords) == 5
    weights = [k.weight for k in keywords]
    assert weights == sorted(weights, reverse=True)
    assert all(0 < w <= 1 for w in weights)
    assert sum(k.weight for k in extractor.extract(SEMICONDUCTOR, top=1000)) == pytest.approx(1.0)


def test_top_limits_and_empty_text(extractor: KeywordExtractor) -> None:
    assert len(extractor.extract(SEMICONDUCTOR, top=3)) == 3
    assert extractor.extract(SEMICONDUCTOR, top=0) == []
    assert extractor.extract("") == []
    assert extractor.extract("，。 2024年 \n 30%") == []


def test_headline_words_count_in_an_article(extractor: KeywordExtractor) -> None:
    body = ("园区里的企业正在加紧生产，工人们轮班上岗，订单排到了年底。",)
    article = Article(index=0, title="氢能装备产业园满负荷运转", paragraphs=body)
    words = [k.word for k in extractor.extract_article(article, top=5)]
    assert "氢能" in words or "氢能装备" in words
    assert all(w not in body[0] for w in words[:1])


def test_an_inferred_title_is_not_a_headline(extractor: KeywordExtractor) -> None:
    body = ("园区里的企业正在加紧生产，订单排到了年底。",)
    inferred = Article(index=0, title="氢能装备", paragraphs=body, title_inferred=True)
    assert "氢能" not in [k.word for k in extractor.extract_article(inferred, top=10)]


def test_terms_are_script_blind_and_shown_as_written(extractor: KeywordExtractor) -> None:
    traditional = "開發區圍繞半導體產業鏈招商，半導體企業達到三十家，半導體產值增長。"
    words = [k.word for k in extractor.extract(traditional, top=3)]
    assert words[0] == "半導體"


def test_latin_and_mixed_terms(extractor: KeywordExtractor) -> None:
    text = "华为发布5G芯片。5G芯片采用7nm工艺，5G基站数量增长，AI应用加快落地，AI芯片需求旺盛。"
    words = [k.word.lower() for k in extractor.extract(text, top=6)]
    assert "5g" in words or "5g基站" in words
    assert "ai" in words


def test_document_frequencies_count_documents_not_occurrences(segmenter: Segmenter) -> None:
    freqs = DocumentFrequencies.from_texts(["半导体 半导体 半导体", "半导体产业", "開發區"], segmenter)
    assert freqs.documents == 3
    assert freqs.count("半导体") == 2
    assert freqs.count("半導體") == 2
    assert freqs.count("开发区") == 1
    assert freqs.count("石油") == 0


def test_document_frequencies_round_trip_through_json(segmenter: Segmenter) -> None:
    freqs = DocumentFrequencies.from_texts(["半导体产业", "开发区招商"], segmenter)
    again = DocumentFrequencies.from_json(json.loads(json.dumps(freqs.to_json())))
    assert again.documents == 2
    assert again.count("招商") == 1
    assert again.to_json() == freqs.to_json()
    with pytest.raises(ValueError):
        DocumentFrequencies.from_json({"documents": "many", "counts": []})


def test_own_pages_lower_words_every_page_has(segmenter: Segmenter) -> None:
    # 招商 is in every one of the user's articles; 氢能 only here.
    pages = [f"开发区招商第{i}批项目落地，涉及产业{i}个。" for i in range(2000)]
    freqs = DocumentFrequencies.from_texts(pages[:400], segmenter)
    text = "开发区招商引进氢能项目，招商团队赴外地招商，氢能企业落户。"
    plain = KeywordExtractor(segmenter)
    own = KeywordExtractor(segmenter, freqs)
    assert own.idf("招商") < plain.idf("招商")
    assert own.idf("氢能") > own.idf("招商")
    rank = [k.word for k in own.extract(text, top=5)]
    assert rank.index("氢能") < rank.index("招商")


def test_idf_falls_back_to_jieba_when_there_are_few_pages(segmenter: Segmenter) -> None:
    few = DocumentFrequencies.from_texts(["招商"], segmenter)
    plain = KeywordExtractor(segmenter)
    own = KeywordExtractor(segmenter, few)
    assert math.isclose(own.idf("招商"), plain.idf("招商"), rel_tol=0.05)


def test_custom_stop_words(segmenter: Segmenter, tmp_path: Path) -> None:
    path = tmp_path / "stop.txt"
    path.write_text("# ours\n半导体 产业链\n", encoding="utf-8")
    stop = load_stopwords(path)
    assert stop == {"半导体", "产业链"}
    words = [k.word for k in KeywordExtractor(segmenter, stopwords=stop).extract(SEMICONDUCTOR)]
    assert "半导体" not in words


def test_keyword_is_frozen() -> None:
    keyword = Keyword("半导体", 0.5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        keyword.weight = 1.0  # type: ignore[misc]
    assert keyword.to_json() == {"word": "半导体", "weight": 0.5}


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("半导体產業开發区园經濟记者今年，。12%年 \nAI")), max_size=80))
def test_any_text_gives_terms_of_the_text(text: str) -> None:
    extractor = _shared()
    keywords = extractor.extract(text, top=5)
    assert len(keywords) <= 5
    assert len({k.word for k in keywords}) == len(keywords)
    for keyword in keywords:
        assert keyword.word in text
        assert len(keyword.word) >= 2


_SHARED: list[KeywordExtractor] = []


def _shared() -> KeywordExtractor:
    if not _SHARED:
        _SHARED.append(KeywordExtractor(Segmenter()))
    return _SHARED[0]


def test_watched_terms_are_found_in_any_script() -> None:
    text = "經濟開發區的半導體企業"
    watch = ["开发区", "石油", "半导体", "开发区", " "]
    assert watched_terms(text, watch) == ["开发区", "半导体"]
    assert watched_terms("", watch) == []


def _candidates(extractor: KeywordExtractor, text: str) -> set[str]:
    return {word for word, _ in extractor.features(text)}


def test_short_forms_inside_long_dictionary_words_are_candidates(extractor: KeywordExtractor) -> None:
    text = "各地抓好疫情防控。疫情防控不放松，疫情防控要精准。"
    assert "疫情防控" in extractor.segmenter.cut(text)
    found = _candidates(extractor, text)
    assert {"疫情防控", "疫情", "防控"} <= found
    # …but not a rare string that happens to sit inside a common word.
    assert "书馆" not in _candidates(extractor, "图书馆开放。图书馆的读者多。")


def test_words_that_keep_following_each_other_are_one_candidate(extractor: KeywordExtractor) -> None:
    text = "影片流浪地球上映。观众称流浪地球好看，流浪地球票房领先。"
    words = extractor.segmenter.cut(text)
    assert "流浪地球" not in words  # jieba cuts it in two
    assert "流浪地球" in _candidates(extractor, text)
    assert "上映观众" not in _candidates(extractor, text)  # adjacent once only


def test_quoted_phrases_are_candidates_shown_as_written(extractor: KeywordExtractor) -> None:
    text = "云南接續發力“三張牌”，推進綠色能源。“三張牌”帶動發展，三張牌成效明顯。"
    assert "三张牌" in _candidates(extractor, text)
    assert "三張牌" in [k.word for k in extractor.extract(text, top=10)]


def test_a_glued_pair_of_characters_is_never_a_term(segmenter: Segmenter) -> None:
    occ = Occurrences(0, 0, alone=1)
    assert is_fragment("上要", occ, frequency=0)
    assert not is_fragment("陈飞", occ, frequency=0)  # a surname first: maybe a name
    assert not is_fragment("上海", occ, frequency=100)  # in the dictionary
    assert not is_fragment("上要", Occurrences(0, 9, alone=2), frequency=0)  # seen twice


def test_earlier_and_widely_spread_terms_rank_higher(extractor: KeywordExtractor) -> None:
    # 氢能 and 光伏 occur equally often; 氢能 opens the article and runs through it.
    text = (
        "氢能产业园开工建设。园区规划了制氢、储氢项目。\n"
        "企业负责人介绍了进展，光伏光伏光伏设备也在安装。\n"
        "各方表示将加强合作。\n"
        "氢能项目明年投产，氢能装备将运往各地。"
    )
    rank = [k.word for k in extractor.extract(text, top=10)]
    assert rank.index("氢能") < rank.index("光伏")


def test_a_run_without_breaks_is_no_term_and_is_cut_in_windows(
    extractor: KeywordExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    pieces = record_pieces(extractor.segmenter, monkeypatch)
    text = "半导体产业。" + "a" * 40_000 + "\n" + "汉" * 20_000
    words = [k.word for k in extractor.extract(text, top=10)]
    assert all(len(w) <= MAX_TERM for w in words)
    assert "半导体" in words
    assert max(pieces) <= MAX_RUN + 1
    assert sum(pieces) <= 2 * len(text)


def test_a_page_counted_for_document_frequencies_is_not_cut_again(
    segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [
        Article(index=0, title="半导体产业园开工", paragraphs=(SEMICONDUCTOR,)),
        Article(index=1, title="氢能装备", title_inferred=True,
                paragraphs=("园区里的氢能企业正在加紧生产。", "订单排到了年底。")),
    ]
    fresh = [KeywordExtractor(segmenter).extract_article(a, top=8) for a in articles]
    freqs = DocumentFrequencies.from_texts((a.body for a in articles), segmenter)
    cut: list[str] = []
    real = segmenter.cut_folded

    def cut_and_count(text: str) -> list[str]:
        cut.append(text)
        return real(text)

    monkeypatch.setattr(segmenter, "cut_folded", cut_and_count)
    extractor = KeywordExtractor(segmenter, freqs)
    again = [extractor.extract_article(a, top=8) for a in articles]
    assert cut == ["半导体产业园开工"]  # the headline only; the bodies were cut when counted
    assert [[k.word for k in ks] for ks in again] == [[k.word for k in ks] for ks in fresh]


def test_jiebas_idf_table_without_jieba_analyse(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.core.text.keywords import KeywordExtractor, jieba_idf\n"
        "from reader.core.text.words import Segmenter\n"
        f"e = KeywordExtractor(Segmenter(cache_dir=Path({str(tmp_path)!r})))\n"
        "print([k.word for k in e.extract('半导体产业链招商，半导体企业投产。', 1)])\n"
        "table, median = jieba_idf()\n"
        "print(round(table['经济'], 2), 10 < median < 13, '不存在的词' in table)\n"
        "print('jieba.analyse' in sys.modules, 'jieba.posseg' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["['半导体']", "3.57 True False", "False False"]
    assert list(tmp_path.glob("idf-*.table"))


def test_a_quoted_phrase_of_the_headline_counts_as_a_headline_word(
    extractor: KeywordExtractor,
) -> None:
    article = Article(index=0, title="功率器件“链长制”见成效", paragraphs=tuple(SEMICONDUCTOR.split("\n")))
    assert "链长制" not in extractor.segmenter.cut(article.title)
    assert "链长制" in [k.word for k in extractor.extract_article(article, top=3)]


def test_document_frequencies_count_printed_headlines(segmenter: Segmenter) -> None:
    articles = [
        Article(index=0, title="氢能产业加快发展", paragraphs=("开发区氢能项目落地。",)),
        Article(index=1, title="氢能汽车上路", paragraphs=("氢能汽车示范运营。",)),
        Article(index=2, title="本市召开会议", paragraphs=("会议研究氢能。",), title_inferred=True),
    ]
    freqs = DocumentFrequencies.from_articles(articles, segmenter)
    assert (freqs.documents, freqs.titled) == (3, 2)       # a made-up title is not counted
    assert freqs.title_count_folded("氢能") == 2
    assert freqs.title_count_folded("会议") == 0
    assert freqs.count("氢能") == 3
    again = DocumentFrequencies.from_json(json.loads(json.dumps(freqs.to_json())))
    assert again.to_json() == freqs.to_json()
    freqs.remove_text(articles[0].body, segmenter, articles[0].title)
    assert (freqs.documents, freqs.titled) == (2, 1)
    assert (freqs.title_count_folded("氢能"), freqs.count("氢能")) == (1, 2)
    assert DocumentFrequencies.from_json({"version": 1, "documents": 1, "counts": {"a": 1}}).titled == 0


def test_a_library_of_headlines_favours_what_this_paper_puts_in_them(segmenter: Segmenter) -> None:
    """Two topics a body gives equal weight: the one this paper's headlines
    keep naming comes first once the library has enough headlines."""
    body = "园区推进氢能和储能项目。氢能企业与储能企业签约，氢能、储能产业链加快集聚。"
    library = DocumentFrequencies()
    few = DocumentFrequencies()
    for i in range(240):
        text = f"第{i}个项目涉及氢能和储能。"
        title = f"氢能项目第{i}批落地"
        library.add_text(text, segmenter, title)
        if i < 20:
            few.add_text(text, segmenter, title)

    def rank(freqs: DocumentFrequencies | None) -> list[str]:
        return [k.word for k in KeywordExtractor(segmenter, freqs).extract(body, top=5)]

    assert rank(library).index("氢能") < rank(library).index("储能")
    flipped = DocumentFrequencies()
    for i in range(240):
        flipped.add_text(f"第{i}个项目涉及氢能和储能。", segmenter, f"储能项目第{i}批落地")
    assert rank(flipped).index("储能") < rank(flipped).index("氢能")
    # Below the threshold of headlines the plain weights rank as without a library.
    assert few.titled < 200
    assert rank(few)[:2] == rank(DocumentFrequencies.from_texts(
        [f"第{i}个项目涉及氢能和储能。" for i in range(20)], segmenter))[:2]


def test_the_shipped_headline_table_holds_counts_of_folded_words(tmp_path: Path) -> None:
    table = shipped_headline_words()
    assert len(table) > 1000
    for word in list(table)[:200]:
        titles, seen = table[word]
        assert 1 <= titles <= seen and word == word.strip()
    assert table.get("不是一个词的字串") is None and "不是一个词的字串" not in table
    path = tmp_path / "table.txt"
    many = {f"{chr(0x4E00 + 7 * i)}{chr(0x9000 - 3 * i)}": (i, 2 * i + 1) for i in range(1, 300)}
    path.write_text("# comment\n氢能 3 5\n储能 1 9 # why\nbroken 1\n"
                    + "".join(f"{w} {t} {a}\n" for w, (t, a) in many.items()), encoding="utf-8")
    loaded = load_headline_words(path)
    assert dict(loaded.items()) == {"氢能": (3, 5), "储能": (1, 9), **many}
    assert all(loaded.get(word) == counts for word, counts in many.items())
    with pytest.raises(KeyError):
        loaded["broken"]


def test_without_a_library_words_headlines_keep_naming_come_first(segmenter: Segmenter) -> None:
    """Two topics a body gives equal weight: the one the headline table says
    headlines name comes first, whichever of the two it is."""
    body = "园区推进氢能和储能项目。氢能企业与储能企业签约，氢能、储能产业链加快集聚。"

    def rank(table: dict[str, tuple[int, int]]) -> list[str]:
        extractor = KeywordExtractor(segmenter, headline_words=table)
        return [k.word for k in extractor.extract(body, top=5)]

    favour_hydrogen = rank({"氢能": (40, 60)})
    favour_storage = rank({"储能": (40, 60)})
    assert favour_hydrogen.index("氢能") < favour_hydrogen.index("储能")
    assert favour_storage.index("储能") < favour_storage.index("氢能")
