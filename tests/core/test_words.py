"""Word segmentation with our own jieba tokenizer and its cache."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.fold import fold
from reader.core.text.words import MAX_RUN, Segmenter
from tests.core.jieba_pieces import record_pieces


@pytest.fixture(scope="module")
def segmenter(tmp_path_factory: pytest.TempPathFactory) -> Segmenter:
    seg = Segmenter(cache_dir=tmp_path_factory.mktemp("cache"))
    seg.load()
    return seg


def test_cut_finds_words_and_newspaper_vocabulary(segmenter: Segmenter) -> None:
    words = segmenter.cut("新冠肺炎疫情防控工作取得成效，粤港澳大湾区建设提速")
    for word in ("新冠肺炎", "疫情防控", "工作", "粤港澳大湾区", "建设"):
        assert word in words


def test_traditional_text_is_cut_like_simplified(segmenter: Segmenter) -> None:
    simplified = "经济开发区的招商引资工作"
    traditional = "經濟開發區的招商引資工作"
    cut_s = segmenter.cut(simplified)
    cut_t = segmenter.cut(traditional)
    assert [len(w) for w in cut_s] == [len(w) for w in cut_t]
    assert "開發區" in cut_t or "經濟開發區" in cut_t
    assert "".join(cut_t) == traditional


def test_latin_digits_and_full_width_inside_chinese(segmenter: Segmenter) -> None:
    words = segmenter.cut("华为发布Mate 60手机，５Ｇ用户达3.5亿")
    assert "Mate" in words
    assert "60" in words
    assert "５Ｇ" in words or "５" in words
    assert "".join(words) == "华为发布Mate 60手机，５Ｇ用户达3.5亿"


def test_override_phrases_are_one_word(segmenter: Segmenter) -> None:
    # 隨身碟 is what s2twp's override turns U盘 into; jieba alone splits it.
    assert "隨身碟" in segmenter.cut("把隨身碟裡的檔案")
    assert "U盘" in segmenter.cut("把U盘里的文件")


def test_extra_words_and_user_dictionaries_can_be_given(tmp_path: Path) -> None:
    userdict = tmp_path / "mine.txt"
    userdict.write_text("灯具协会会员 100 nt\n", encoding="utf-8")
    seg = Segmenter(cache_dir=tmp_path / "c", user_dicts=[userdict], extra_words=["盂城驿站"])
    words = seg.cut("盂城驿站和灯具协会会员")
    assert "盂城驿站" in words
    assert "灯具协会会员" in words


def test_cut_for_search_adds_the_words_inside_long_ones(segmenter: Segmenter) -> None:
    words = segmenter.cut_for_search("中华人民共和国成立七十周年")
    for word in ("中华人民共和国", "中华", "人民", "共和国", "成立"):
        assert word in words


def test_tokenize_gives_offsets_into_the_text(segmenter: Segmenter) -> None:
    text = "開發區 Windows 10 發布"
    for word, start, end in segmenter.tokenize(text, search=True):
        assert text[start:end] == word


def test_empty_and_blank_text(segmenter: Segmenter) -> None:
    assert segmenter.cut("") == []
    assert segmenter.cut_for_search("") == []
    assert "".join(segmenter.cut(" \n\n\t")) == " \n\n\t"


def test_very_long_text(segmenter: Segmenter) -> None:
    text = "记者从市发改委获悉，今年全市重点项目建设进展顺利。\n" * 5_000
    words = segmenter.cut(text)
    assert "".join(words) == text
    assert words.count("重点项目") == 5_000


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("开發区经济發展汉字ＡBc12 \n，。里裡后後")), max_size=50))
def test_cut_loses_and_duplicates_nothing(text: str) -> None:
    seg = _shared()
    assert "".join(seg.cut(text)) == text
    for word, start, end in seg.tokenize(text):
        assert text[start:end] == word


_SHARED: list[Segmenter] = []


def _shared() -> Segmenter:
    """Hypothesis cannot take function-scoped fixtures; one segmenter for its runs."""
    if not _SHARED:
        _SHARED.append(Segmenter())
    return _SHARED[0]


def test_the_cache_makes_the_second_start_load_from_it(tmp_path: Path) -> None:
    first = Segmenter(cache_dir=tmp_path)
    words = first.cut("高质量发展和乡村振兴")
    assert not first.loaded_from_cache
    assert list(tmp_path.glob("jieba-*.table"))
    second = Segmenter(cache_dir=tmp_path)
    assert second.cut("高质量发展和乡村振兴") == words
    assert second.loaded_from_cache
    # The whole dictionary comes back, not just enough of it for one sentence.
    assert second.frequencies() == first.frequencies()
    assert second._get().total == first._get().total
    assert second._get().user_word_tag_tab == first._get().user_word_tag_tab


def _damage_truncate(data: bytes) -> bytes:
    return data[: len(data) * 2 // 3]


def _damage_flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x20]) + data[middle + 1 :]


def _damage_garbage(data: bytes) -> bytes:
    return b"not a table at all"


def _damage_empty(data: bytes) -> bytes:
    return b""


@pytest.mark.parametrize("damage", [_damage_truncate, _damage_flip, _damage_garbage, _damage_empty])
def test_a_damaged_cache_is_rebuilt(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    Segmenter(cache_dir=tmp_path).load()
    (cache,) = tmp_path.glob("jieba-*.table")
    good = cache.read_bytes()
    cache.write_bytes(damage(good))
    seg = Segmenter(cache_dir=tmp_path)
    assert "乡村振兴" in seg.cut("推进乡村振兴")
    assert not seg.loaded_from_cache
    assert cache.read_bytes() == good  # rebuilt, and whole again
    assert Segmenter(cache_dir=tmp_path).cut("推进乡村振兴") == ["推进", "乡村振兴"]


def test_a_cache_built_from_other_sources_is_not_used(tmp_path: Path) -> None:
    """A table renamed to the name the current sources would give is refused:
    the key inside the file must match, not just the file name."""
    userdict = tmp_path / "u.txt"
    userdict.write_text("灯具协会会员 100\n", encoding="utf-8")
    Segmenter(cache_dir=tmp_path / "a", user_dicts=[userdict]).load()
    Segmenter(cache_dir=tmp_path / "b").load()
    (theirs,) = (tmp_path / "a").glob("jieba-*.table")
    (ours,) = (tmp_path / "b").glob("jieba-*.table")
    ours.write_bytes(theirs.read_bytes())
    seg = Segmenter(cache_dir=tmp_path / "b")
    assert seg.frequency("灯具协会会员") == 0
    assert not seg.loaded_from_cache


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    seg = Segmenter(cache_dir=blocker / "cache")
    assert seg.cut("推进乡村振兴") == ["推进", "乡村振兴"]
    assert not seg.loaded_from_cache


def test_an_old_cache_is_removed_when_a_new_one_is_written(tmp_path: Path) -> None:
    old = tmp_path / "jieba-0123456789abcdef01234567.marshal"
    stale = tmp_path / "jieba-0123456789abcdef01234567.table"
    old.write_bytes(b"format 2")
    stale.write_bytes(b"built from another dictionary")
    Segmenter(cache_dir=tmp_path).load()
    assert not old.exists()
    assert not stale.exists()
    assert len(list(tmp_path.glob("jieba-*"))) == 1
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_cache_key_follows_the_user_dictionary(tmp_path: Path) -> None:
    userdict = tmp_path / "u.txt"
    userdict.write_text("甲乙丙丁 100\n", encoding="utf-8")
    Segmenter(cache_dir=tmp_path / "c", user_dicts=[userdict]).load()
    userdict.write_text("戊己庚辛 100\n", encoding="utf-8")
    seg = Segmenter(cache_dir=tmp_path / "c", user_dicts=[userdict])
    assert "戊己庚辛" in seg.cut("戊己庚辛")
    assert not seg.loaded_from_cache


def test_first_cut_loads_once_whichever_thread_asks(tmp_path: Path) -> None:
    seg = Segmenter(cache_dir=tmp_path)
    assert not seg.is_loaded
    results: list[list[str]] = []
    barrier = threading.Barrier(4)

    def work() -> None:
        barrier.wait()
        results.append(seg.cut("疫情防控和复工复产"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seg.is_loaded
    assert results == [["疫情防控", "和", "复工复产"]] * 4


def test_jiebas_global_tokenizer_is_never_used(tmp_path: Path) -> None:
    code = (
        "import jieba\n"
        "from pathlib import Path\n"
        "from reader.core.text.words import Segmenter\n"
        f"s = Segmenter(cache_dir=Path({str(tmp_path)!r}))\n"
        "s.cut('开发区')\n"
        "import sys\n"
        "print(jieba.dt.initialized, 'jieba.analyse' in sys.modules, 'PySide6' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]


def test_loading_jieba_leaves_pkg_resources_unimported(tmp_path: Path) -> None:
    """jieba imports pkg_resources (~60 ms, most of its import time) only to find
    files we read by path; the segmenter keeps it out, and it stays importable."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.core.text.words import Segmenter\n"
        f"print(Segmenter(cache_dir=Path({str(tmp_path)!r})).cut('开发区招商'))\n"
        "print('pkg_resources' in sys.modules)\n"
        "import importlib.util\n"
        "print(importlib.util.find_spec('pkg_resources') is not None or 'absent')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[0] == "['开发区', '招商']"
    assert lines[1] == "False"
    assert lines[2] in ("True", "absent")


def _word_spans(words: list[str]) -> set[tuple[int, int]]:
    spans, pos = set(), 0
    for word in words:
        spans.add((pos, pos + len(word)))
        pos += len(word)
    return spans


@pytest.mark.parametrize(
    "text",
    [
        "a" * 30_000,
        "汉" * 12_000,
        "开发区" * 4_000 + "，" + "9" * 5_000,
        ("经济开发区招商引资" * 500 + "\n") * 3,
    ],
)
def test_long_runs_reach_jieba_a_window_at_a_time(
    segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """jieba's cutter is quadratic in the length of a run it cannot split (one
    letter repeated took 34 s for 1 MB): what it is handed at once must stay
    bounded, and all it is handed must add up to about the text's length."""
    pieces = record_pieces(segmenter, monkeypatch)
    words = segmenter.cut(text)
    assert "".join(words) == text
    assert max(pieces) <= MAX_RUN + 1  # + the newline or comma that ends a run
    assert sum(pieces) <= 2 * len(text)


def test_text_with_punctuation_is_cut_exactly_as_jieba_cuts_it_whole(
    segmenter: Segmenter, sample_page_path: Path
) -> None:
    page = sample_page_path.read_text(encoding="utf-8")
    assert segmenter.cut_folded(page) == segmenter._get().lcut(fold(page))


def test_a_long_unpunctuated_run_of_real_words_is_cut_as_a_whole_would_be(
    segmenter: Segmenter,
) -> None:
    text = "中华人民共和国成立七十周年大会在北京隆重举行各界群众参加庆祝活动" * 40
    assert len(text) > 3 * MAX_RUN
    ours = _word_spans(segmenter.cut(text))
    whole = _word_spans(segmenter._get().lcut(text))
    assert len(ours & whole) >= 0.98 * len(whole)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["汉", "a", "7", "开发区", "，", " ", "經濟", "-", "%"]),
                min_size=0, max_size=600))
def test_runs_longer_than_a_window_lose_and_duplicate_nothing(parts: list[str]) -> None:
    text = "".join(parts)
    seg = _shared()
    assert "".join(seg.cut(text)) == text
    assert "".join(seg.cut_for_search(text)) != "" or text == ""
    for word, start, end in seg.tokenize(text, search=True):
        assert text[start:end] == word


def test_parts_are_the_words_a_long_word_is_made_of(segmenter: Segmenter) -> None:
    assert segmenter.parts("疫情防控") == ["疫情", "防控"]
    assert segmenter.parts("粤港澳大湾区") == ["粤港澳", "大湾区"]
    assert segmenter.parts("图书馆") == ["图书", "馆"]
    assert segmenter.parts("习近平") == ["习", "近", "平"]
    assert segmenter.parts("经") == ["经"]
    for word in ("中华人民共和国", "北京冬奥会", "供给侧结构性改革", "abc"):
        parts = segmenter.parts(word)
        assert "".join(parts) == word
        assert len(parts) > 1
