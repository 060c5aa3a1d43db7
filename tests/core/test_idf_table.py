"""jieba's IDF table in flat arrays: lookups like a dict, a cache that is checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text import idf_table
from reader.core.text.idf_table import IdfTable

TABLE = {"经济": 3.57, "半导体": 9.5, "开发区": 8.25, "u盘": 11.0, "a": 1.0, "𠀀字": 13.5}


def test_lookups_answer_like_the_dict_it_was_built_from() -> None:
    table = IdfTable.from_mapping(TABLE)
    assert len(table) == len(TABLE)
    for word, value in TABLE.items():
        assert table[word] == pytest.approx(value)
        assert word in table
    assert table.get("石油") is None
    assert "石油" not in table
    number: object = 12
    assert number not in table
    with pytest.raises(KeyError):
        table["石油"]
    assert sorted(table) == sorted(TABLE)
    assert table.median == pytest.approx(9.5)


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=6), st.floats(0, 20), max_size=300),
       st.lists(st.text(max_size=6), max_size=30))
def test_any_table_answers_every_word_and_no_other(table: dict[str, float], others: list[str]) -> None:
    idf = IdfTable.from_mapping(table)
    for word, value in table.items():
        assert idf.get(word) == pytest.approx(value, rel=1e-6, abs=1e-6)
    for word in others:
        assert (word in idf) == (word in table)


def test_the_arrays_round_trip_and_damage_is_refused() -> None:
    table = IdfTable.from_mapping(TABLE)
    again = IdfTable.from_parts([bytearray(p) for p in table.to_parts()])
    assert dict(again.items()) == pytest.approx(dict(table.items()))
    assert again.median == table.median
    parts = [bytearray(p) for p in table.to_parts()]
    with pytest.raises(ValueError):
        IdfTable.from_parts(parts[:4])
    with pytest.raises(ValueError):
        IdfTable.from_parts([parts[0], parts[1][:-4], *parts[2:]])  # offsets cut short
    with pytest.raises(ValueError):
        IdfTable.from_parts([parts[0], parts[1][:-1], *parts[2:]])  # not whole numbers


def test_jiebas_table_is_cached_and_a_damaged_cache_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = idf_table._load(tmp_path)
    (cache,) = tmp_path.glob("idf-*.table")
    assert built["经济"] == pytest.approx(3.574, abs=1e-3)
    assert len(built) > 200_000

    def no_rebuild(table: object) -> IdfTable:
        raise AssertionError("rebuilt although the cache is good")

    with monkeypatch.context() as patch:
        patch.setattr(IdfTable, "from_mapping", no_rebuild)
        loaded = idf_table._load(tmp_path)
    assert loaded["开发区"] == built["开发区"]
    assert loaded.median == built.median

    data = cache.read_bytes()
    cache.write_bytes(data[: len(data) // 2])
    rebuilt = idf_table._load(tmp_path)
    assert rebuilt["经济"] == built["经济"]
    assert cache.read_bytes() == data


def test_built_from_entries_the_first_value_of_a_word_counts() -> None:
    # 經濟 folds to 经济: jieba's table has both, the first one wins (as before).
    table = IdfTable.from_entries([("经济", 3.5), ("半导体", 9.0), ("经济", 7.0)], most=3)
    assert len(table) == 2
    assert table["经济"] == pytest.approx(3.5)
    with pytest.raises(ValueError):
        IdfTable.from_entries([("甲", 1.0), ("乙", 2.0)], most=1)
