"""The cache file format of big word tables: round trips, damage, atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text import table_cache
from reader.core.text.table_cache import read_table, table_path, write_table

WORDS = {"半导体": 120, "半": 0, "開發區": 7, "U盘": 3, "a.b": 1, "": 5, "\ud800x": 2}


def test_an_int_table_and_its_extra_value_round_trip(tmp_path: Path) -> None:
    path = table_path(tmp_path, "words", "k1")
    assert write_table(path, "k1", WORDS, int, extra=(42, {"开发区": "n"}))
    loaded = read_table(path, "k1", int)
    assert loaded == (WORDS, (42, {"开发区": "n"}))


def test_a_float_table_round_trips(tmp_path: Path) -> None:
    idf = {"经济": 3.25, "半导体": 11.5, "的": 0.0001}
    path = table_path(tmp_path, "idf", "k")
    assert write_table(path, "k", idf, float)
    assert read_table(path, "k", float) == (idf, None)


def test_tables_spanning_many_slices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cache, "SLICE_ENTRIES", 7)
    table = {f"词{i}": i * 3 for i in range(100)}
    path = table_path(tmp_path, "words", "k")
    assert write_table(path, "k", table, int)
    assert read_table(path, "k", int) == (table, None)


def test_the_wrong_key_or_kind_is_refused(tmp_path: Path) -> None:
    path = table_path(tmp_path, "words", "k1")
    write_table(path, "k1", WORDS, int)
    assert read_table(path, "k2", int) is None
    assert read_table(path, "k1", float) is None
    assert read_table(tmp_path / "missing.table", "k1", int) is None


def test_every_truncation_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_cache, "SLICE_ENTRIES", 3)
    path = table_path(tmp_path, "words", "k")
    write_table(path, "k", WORDS, int)
    data = path.read_bytes()
    for size in range(len(data)):
        path.write_bytes(data[:size])
        assert read_table(path, "k", int) is None, size
    path.write_bytes(data + b"\0")
    assert read_table(path, "k", int) is None


def test_every_changed_byte_is_refused(tmp_path: Path) -> None:
    path = table_path(tmp_path, "words", "k")
    write_table(path, "k", WORDS, int)
    data = path.read_bytes()
    for i in range(len(data)):
        path.write_bytes(data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :])
        assert read_table(path, "k", int) is None, i


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = table_path(tmp_path, "words", "k")
    assert write_table(path, "k", WORDS, int)
    before = path.read_bytes()

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    assert not write_table(path, "k", {"别的": 1}, int)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    assert path.read_bytes() == before


def test_a_word_with_a_newline_is_not_cached(tmp_path: Path) -> None:
    path = table_path(tmp_path, "words", "k")
    assert not write_table(path, "k", {"两\n行": 1}, int)
    assert not path.exists()


def test_writing_removes_the_same_tables_built_for_other_keys(tmp_path: Path) -> None:
    old = table_path(tmp_path, "words", "old")
    other = table_path(tmp_path, "idf", "old")
    write_table(old, "old", WORDS, int)
    write_table(other, "old", {"x": 1.0}, float)
    new = table_path(tmp_path, "words", "new")
    write_table(new, "new", WORDS, int)
    assert not old.exists()
    assert other.exists()
    assert new.exists()


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=8),
                       st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=60))
def test_any_table_round_trips(table: dict[str, int]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = table_path(Path(tmp), "words", "k")
        assert write_table(path, "k", table, int)
        assert read_table(path, "k", int) == (table, None)
